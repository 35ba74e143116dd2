// Draws each metric evidence item: the points come from the REST evidence endpoint
// (data-series-url), the anomaly detector's score of each point from its anomaly-scores endpoint
// (data-scores-url; drawn on a 0–1 right axis with the threshold, and the flagged points circled on
// the series), the markers (alert, deploys, first anomaly flag) from data-markers, which the server
// also lists as text under the chart. Markers differ by dash pattern as well as colour.
(function () {
  'use strict';
  const HEIGHT = 220;
  const STYLE = {
    alert: {color: '#b3261e', dash: []},
    deploy: {color: '#1f5fbf', dash: [8, 4]},
    anomaly: {color: '#8a5a00', dash: [2, 3]}
  };
  const SCORE_COLOR = '#6b3fa0';
  const FLAG_COLOR = '#b3261e';
  const plots = new WeakMap();

  /** The detector's scores; null when they cannot be had (the chart is drawn without them). */
  async function scoresOf(el) {
    if (!el.dataset.scoresUrl) return null;
    try {
      const res = await fetch(el.dataset.scoresUrl, {headers: {Accept: 'application/json'}});
      return res.ok ? await res.json() : null;
    } catch (e) {
      return null;
    }
  }

  function hhmmss(ms) {
    return new Date(ms).toISOString().substring(11, 19);
  }

  /** One sentence under the chart, so the flags do not depend on seeing the circles. */
  function summarise(el, scores, points) {
    const p = el.parentElement && el.parentElement.querySelector('.flag-summary');
    const flagged = scores && scores.detector !== 'off' ? scores.flagged.length : 0;
    el.dataset.flagged = String(flagged);
    if (!p) return;
    if (!scores) {
      p.textContent = 'Anomaly scores could not be loaded.';
    } else if (scores.detector === 'off') {
      p.textContent = 'Anomaly detection is turned off.';
    } else if (flagged === 0) {
      p.textContent = 'The anomaly detector flagged none of the ' + points + ' points (threshold ' + scores.threshold + ').';
    } else {
      p.textContent = 'The anomaly detector flagged ' + flagged + ' of ' + points + ' points (score ≥ '
        + scores.threshold + '), first at ' + hhmmss(scores.flagged[0].at) + ' UTC.';
    }
  }

  function markersPlugin(markers, threshold) {
    return {
      hooks: {
        draw: [u => {
          const ctx = u.ctx;
          const ratio = uPlot.pxRatio;
          ctx.save();
          if (threshold != null) {
            const y = Math.round(u.valToPos(threshold, 'score', true));
            ctx.strokeStyle = SCORE_COLOR;
            ctx.lineWidth = ratio;
            ctx.setLineDash([4 * ratio, 4 * ratio]);
            ctx.beginPath();
            ctx.moveTo(u.bbox.left, y);
            ctx.lineTo(u.bbox.left + u.bbox.width, y);
            ctx.stroke();
          }
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
    const [res, scores] = await Promise.all([
      fetch(el.dataset.seriesUrl, {headers: {Accept: 'application/json'}}), scoresOf(el)]);
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
    // Scores come from the same stored points, one per timestamp; anything else is not drawn.
    const scored = scores && scores.detector !== 'off' && scores.scores.length === xs.length;
    const flaggedAt = new Set(scored ? scores.flagged.map(f => f.at) : []);
    const flaggedValues = series.timestamps.map((t, i) => flaggedAt.has(t) ? series.values[i] : null);
    const opts = {
      width: Math.max(260, el.clientWidth),
      height: HEIGHT,
      // Times in UTC, like every time the server prints.
      tzDate: ts => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      scales: {
        x: {time: true, range: (u, min, max) => [Math.min(min, ...marked), Math.max(max, ...marked)]},
        score: {auto: false, range: [0, 1]}
      },
      // Three significant digits: small ratios (0.0015) keep distinct tick labels.
      axes: [{label: 'time (UTC)'}, {size: 60, values: (u, splits) => splits.map(v => v == null ? '' : String(Number(v.toPrecision(3))))},
        {scale: 'score', side: 1, size: 40, grid: {show: false}, stroke: SCORE_COLOR, show: scored}],
      // The figure caption names the series; a short legend label keeps the hover readout narrow.
      series: [{}, {label: 'value', stroke: '#333', width: 1.5, fill: 'rgba(51,51,51,0.06)'},
        {label: 'score', scale: 'score', stroke: SCORE_COLOR, width: 1, show: scored},
        {label: 'flagged', stroke: FLAG_COLOR, width: 0, paths: () => null, show: scored,
          points: {show: true, size: 9, width: 2, stroke: FLAG_COLOR, fill: '#fff'}}],
      plugins: [markersPlugin(markers, scored ? scores.threshold : null)]
    };
    const data = [xs, series.values, scored ? scores.scores : xs.map(() => null), flaggedValues];
    el.textContent = '';
    plots.set(el, new uPlot(opts, data, el));
    summarise(el, scores, xs.length);
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
