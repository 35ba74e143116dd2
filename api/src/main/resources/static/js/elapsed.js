// Ages and elapsed times keep ticking between server updates. The server renders the first value
// (so the page reads right without script); this only advances <time data-since> elements.
(function () {
  'use strict';
  function format(ms) {
    const s = Math.max(0, Math.floor(ms / 1000));
    if (s < 60) return s + 's';
    const m = Math.floor(s / 60);
    if (m < 60) return m + 'm';
    const h = Math.floor(m / 60);
    if (h < 24) return h + 'h ' + String(m % 60).padStart(2, '0') + 'm';
    return Math.floor(h / 24) + 'd ' + (h % 24) + 'h';
  }
  function tick() {
    document.querySelectorAll('time[data-since]').forEach(t => {
      const since = Date.parse(t.dataset.since);
      if (!Number.isNaN(since)) {
        t.textContent = format(Date.now() - since);
      }
    });
  }
  document.addEventListener('live:updated', tick);
  setInterval(tick, 15000);
})();
