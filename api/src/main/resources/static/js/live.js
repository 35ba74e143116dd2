// Keeps a page current without reloading it. It polls the REST resource named by
// <body data-watch>; when the answer changes, it fetches this page again and swaps in the regions
// marked data-live whose server-rendered content changed. Rendering stays in the server's
// templates: the page never builds incident markup itself.
(function () {
  'use strict';
  const body = document.body;
  const watchUrl = body.dataset.watch;
  if (!watchUrl) {
    return;
  }
  const interval = Number(body.dataset.pollMillis) || 2000;
  // Compare against what the server sent, not the live DOM: scripts draw charts and tick clocks
  // inside regions, and that must not count as a change.
  // Ticking clocks (<time data-since>) do not count either: elapsed.js advances them in place.
  const serverHtml = new Map();
  document.querySelectorAll('[data-live][id]').forEach(r => serverHtml.set(r.id, withoutClocks(r.innerHTML)));
  let lastAnswer = null;
  let timer = null;
  let busy = false;

  async function check() {
    if (busy) {
      return;
    }
    busy = true;
    try {
      const res = await fetch(watchUrl, {headers: {Accept: 'application/json'}, cache: 'no-store'});
      if (res.ok) {
        const answer = await res.text();
        if (answer !== lastAnswer) {
          const complete = await refreshRegions();
          lastAnswer = complete ? answer : null;
        }
      }
    } catch (e) {
      // A network blip or a restarting server: the next tick tries again.
    } finally {
      busy = false;
      schedule(interval);
    }
  }

  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(check, delay);
  }

  /** Returns false when a region was left alone because someone is typing in it. */
  async function refreshRegions() {
    const res = await fetch(location.href, {headers: {Accept: 'text/html'}, cache: 'no-store'});
    if (!res.ok) {
      return false;
    }
    const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
    let complete = true;
    doc.querySelectorAll('[data-live][id]').forEach(fresh => {
      const current = document.getElementById(fresh.id);
      if (!current || serverHtml.get(fresh.id) === withoutClocks(fresh.innerHTML)) {
        return;
      }
      if (isBeingEdited(current)) {
        complete = false;
        return;
      }
      swap(current, fresh.innerHTML);
    });
    return complete;
  }

  function isBeingEdited(region) {
    const active = document.activeElement;
    return active && region.contains(active) && active.matches('input[type=text], textarea, select');
  }

  /** Replaces a region, keeping what the person had typed and which <details> they had opened. */
  function swap(region, html) {
    const typed = new Map();
    region.querySelectorAll('input[name], textarea[name]').forEach(f => {
      // A chosen file cannot be put back by script (browsers forbid it); it is simply chosen again.
      if (f.type !== 'checkbox' && f.type !== 'file' && f.value !== f.defaultValue) {
        typed.set(fieldKey(f), f.value);
      }
    });
    const opened = [...region.querySelectorAll('details[open]')].map(d => d.className);
    region.innerHTML = html;
    serverHtml.set(region.id, withoutClocks(html));
    region.querySelectorAll('input[name], textarea[name]').forEach(f => {
      if (typed.has(fieldKey(f))) {
        f.value = typed.get(fieldKey(f));
      }
    });
    region.querySelectorAll('details').forEach(d => {
      if (opened.includes(d.className)) {
        d.open = true;
      }
    });
    region.dispatchEvent(new CustomEvent('live:updated', {bubbles: true}));
  }

  function withoutClocks(html) {
    return html.replace(/(<time[^>]*data-since[^>]*>)[^<]*(<\/time>)/g, '$1$2');
  }

  function fieldKey(field) {
    const form = field.closest('form');
    return (form && form.dataset.api || '') + '|' + field.name;
  }

  window.FirebreakLive = {now: () => schedule(0)};
  schedule(0);
})();
