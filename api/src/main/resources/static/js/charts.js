// Draws each metric evidence item: the points come from the REST evidence endpoint
// (data-series-url), the markers (alert, deploys, anomaly flags) from data-markers, which the
// server also lists as text under the chart. Markers differ by dash pattern as well as colour.
(function () {
  'use strict';
  const HEIGHT = 220;
  const STYLE = {
    alert: {color: '#b3261e', dash: []},
    deploy: {color: '#1f5fbf', dash: [8, 4]},
    anomaly: {color: '#8a5a00', dash: [2, 3]}
  };
  const plots = new WeakMap();

  function markersPlugin(markers) {
    return {
      hooks: {
        draw: [u => {
          const ctx = u.ctx;
          const ratio = uPlot.pxRatio;
          ctx.save();
          markers.forEach((m, i) => {
            const x = Math.round(u.valToPos(m.atMillis / 1000, 'x', true));
            if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
            const style = STYLE[m.kind] || {color: '#333', dash: []};
            ctx.strokeStyle = style.color;
            ctx.fillStyle = style.color;
            ctx.lineWidth = 2 * ratio;
            ctx.setLineDash(style.dash.map(d => d * ratio));
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
            ctx.font = (12 * ratio) + 'px sans-serif';
            ctx.textAlign = 'left';
            // Stagger labels so markers close in time stay readable.
            ctx.fillText(m.label, x + 4 * ratio, u.bbox.top + (14 + 14 * (i % 3)) * ratio);
          });
          ctx.restore();
        }]
      }
    };
  }

  async function draw(el) {
    if (el.dataset.state) return;
    el.dataset.state = 'loading';
    const res = await fetch(el.dataset.seriesUrl, {headers: {Accept: 'application/json'}});
    if (!res.ok) throw new Error('HTTP ' + res.status);
    const item = await res.json();
    const series = item.series;
    if (!series || !series.timestamps || series.timestamps.length === 0) {
      el.textContent = 'This series has no points.';
      el.dataset.state = 'empty';
      return;
    }
    const xs = series.timestamps.map(t => t / 1000);
    const markers = JSON.parse(el.dataset.markers || '[]');
    const marked = markers.map(m => m.atMillis / 1000);
    const opts = {
      width: Math.max(260, el.clientWidth),
      height: HEIGHT,
      // Times in UTC, like every time the server prints.
      tzDate: ts => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      scales: {x: {time: true, range: (u, min, max) => [Math.min(min, ...marked), Math.max(max, ...marked)]}},
      axes: [{label: 'time (UTC)'}, {size: 60}],
      // The figure caption names the series; a short legend label keeps the hover readout narrow.
      series: [{}, {label: 'value', stroke: '#333', width: 1.5, fill: 'rgba(51,51,51,0.06)'}],
      plugins: [markersPlugin(markers)]
    };
    el.textContent = '';
    plots.set(el, new uPlot(opts, [xs, series.values], el));
    el.dataset.state = 'drawn';
    el.dataset.points = String(xs.length);
  }

  function drawAll(root) {
    root.querySelectorAll('.chart[data-series-url]').forEach(el => {
      draw(el).catch(err => {
        el.dataset.state = 'failed';
        el.textContent = 'Could not load the series (' + err.message + ').';
      });
    });
  }

  let resizeTimer = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      document.querySelectorAll('.chart[data-state=drawn]').forEach(el => {
        const plot = plots.get(el);
        if (plot) plot.setSize({width: Math.max(260, el.clientWidth), height: HEIGHT});
      });
    }, 150);
  });
  document.addEventListener('live:updated', e => drawAll(e.target));
  drawAll(document);
})();
