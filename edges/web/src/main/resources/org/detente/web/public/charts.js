// Apache ECharts charts (served from its WebJar as /vendor/echarts.min.js): the agreement space of a
// case — the cloud of packages as the brief draws it, the Pareto frontier, the ZOPA, the solutions —
// and the concession curves of a session. Labels are laid out here so that they never overlap. Colours and markers come from the one palette
// (palette.js); tooltips name the whole package, one issue a line, as escaped text.
import { PALETTE, look, symbol } from './palette.js';

const encode = s => window.echarts.format.encodeHTML(String(s));
const SOLUTIONS = [['nash', 'nash'], ['kalaiSmorodinsky', 'kalaiSmorodinsky'], ['egalitarian', 'egalitarian'],
  ['maxWelfare', 'maxWelfare']];

/** A tooltip's lines: what the point is, each side's utility, then every issue of the package. */
function tip(d, parties) {
  const head = [`<strong>${encode(d.kind)}</strong>`];
  if (d.n) head.push(`offer ${d.n}${d.by ? ` by ${encode(d.by)}` : ''}`);
  if (d.crosses && d.crosses.length) head.push(`<span style="color:#922b21">crosses the red line of ${encode(d.crosses.join(', '))}</span>`);
  const us = d.utilities.map((u, i) => `${encode(parties[i])}: ${u === null || u === undefined ? '—' : Number(u).toFixed(4)}`);
  const issues = Object.entries(d.outcome || {}).map(([k, v]) => `${encode(k)} = ${encode(v)}`);
  return [...head, us.join(' · '), ...issues].join('<br>');
}

function item(kind, p, extra = {}) {
  return { value: [p.utilities[0], p.utilities[1]], kind, outcome: p.outcome, utilities: p.utilities, ...extra };
}

function scatter(key, name, data, size, extra = {}) {
  return { type: 'scatter', name, data, ...look(key, size), z: 5, ...extra };
}

function base(parties, legend) {
  return {
    animation: false,
    grid: { left: 56, right: 24, top: 16, bottom: 96, containLabel: false },
    legend: { bottom: 0, type: 'plain', data: legend, textStyle: { fontSize: 11 }, itemWidth: 14, itemHeight: 10 },
    tooltip: { trigger: 'item', confine: true, className: 'chart-tooltip',
      extraCssText: 'max-width: 460px; white-space: normal; line-height: 1.35;',
      formatter: p => (p.data && p.data.outcome !== undefined ? tip(p.data, parties) : encode(p.seriesName)) },
  };
}

/**
 * The agreement space of the first two parties: the cloud of packages (when given), the ZOPA, the
 * frontier, the solutions with labels that never overlap (moved apart, with leader lines), and
 * optionally the offers of a session (those across a red line as crosses, never as possible
 * agreements), the packages better for every party and the agreement.
 */
export function frontierOption(analysis, extra = {}) {
  const parties = analysis.parties;
  const [a, b] = parties;
  const [ra, rb] = analysis.reservation;
  const series = [];
  const legend = [];
  const add = s => { series.push(s); if (s.name && !s.skipLegend) legend.push(s.name); delete s.skipLegend; };
  for (const layer of (extra.cloud && extra.cloud.layers) || []) {
    add({ type: 'scatter', name: PALETTE[layer.kind].label, data: layer.points, large: true, largeThreshold: 500,
      symbol: symbol(PALETTE[layer.kind].marker), symbolSize: layer.kind === 'crossesRedLine' ? 4 : 3,
      itemStyle: { color: PALETTE[layer.kind].color }, silent: true, z: 1 });
  }
  add({ type: 'line', name: PALETTE.frontier.label, data: analysis.paretoFrontier.map(p => item(PALETTE.frontier.label, p)),
    ...look('frontier', 5), lineStyle: { color: PALETTE.frontier.color, width: 1.5 }, z: 3,
    markArea: { silent: true, itemStyle: { color: 'rgba(46, 125, 50, 0.07)' }, data: [[{ coord: [ra, rb] }, { coord: [1, 1] }]] },
    markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#7f8c8d' },
      label: { formatter: '{b}', color: '#1d2733' },
      data: [{ xAxis: ra, name: `RV ${a}`, label: { position: 'end' } }, { yAxis: rb, name: `RV ${b}`, label: { position: 'insideEndTop' } }] } });
  const offers = extra.offers || [];
  const crossing = offers.filter(o => (o.crossesRedLineOf || []).length);
  parties.slice(0, 2).forEach((p, i) => {
    const own = offers.map((o, n) => [o, n]).filter(([o]) => o.party === p && !(o.crossesRedLineOf || []).length);
    if (offers.length) {
      add(scatter(i === 0 ? 'ours' : 'theirs', `offers by ${p}`, own.map(([o, n]) => item(`offer by ${p}`, o,
        { n: n + 1, by: p })), 8, { itemStyle: { color: PALETTE[i === 0 ? 'ours' : 'theirs'].color, opacity: 0.75 } }));
    }
  });
  const texts = offers.map((o, n) => [o, n]).filter(([o]) => o.party === 'mediator' && !(o.crossesRedLineOf || []).length);
  if (texts.length) {
    add(scatter('mediatorText', PALETTE.mediatorText.label, texts.map(([o, n]) => item('text by the mediator', o,
      { n: n + 1, by: 'mediator' })), 8, { itemStyle: { color: PALETTE.mediatorText.color, opacity: 0.75 } }));
  }
  if (crossing.length) {
    add(scatter('crossesRedLine', 'offers crossing a red line (no agreement possible)', crossing.map(o => item('offer crossing a red line', o,
      { n: offers.indexOf(o) + 1, by: o.party, crosses: o.crossesRedLineOf })), 11));
  }
  if (extra.improvements && extra.improvements.length) {
    add(scatter('betterForAll', PALETTE.betterForAll.label, extra.improvements.map(p => item(PALETTE.betterForAll.label, p)), 9));
  }
  const labels = [];
  for (const [key, field] of SOLUTIONS) {
    if (!analysis[field]) continue;
    add(scatter(key, PALETTE[key].label, [item(PALETTE[key].label, analysis[field])], 14, { z: 6 }));
    labels.push({ text: PALETTE[key].label, value: analysis[field].utilities.slice(0, 2), color: PALETTE[key].color });
  }
  const same = (x, y) => JSON.stringify(x) === JSON.stringify(y);
  const crossed = extra.agreement && crossing.find(o => same(o.outcome, extra.agreement.outcome));
  if (crossed) {
    // an agreement across a red line (an agent accepted what a side's red line refuses): a cross, never a possible agreement
    add(scatter('crossesRedLine', 'agreement crossing a red line', [item('agreement crossing a red line', extra.agreement,
      { crosses: crossed.crossesRedLineOf })], 20, { z: 7 }));
  } else if (extra.agreement) {
    add(scatter('agreement', PALETTE.agreement.label, [item(PALETTE.agreement.label, extra.agreement)], 20, { z: 7 }));
    labels.push({ text: PALETTE.agreement.label, value: extra.agreement.utilities.slice(0, 2), color: PALETTE.agreement.color });
  }
  return {
    ...base(parties, legend),
    xAxis: { type: 'value', name: `utility of ${a}`, nameLocation: 'middle', nameGap: 26, min: 0, max: 1 },
    yAxis: { type: 'value', name: `utility of ${b}`, nameLocation: 'middle', nameGap: 40, min: 0, max: 1 },
    series,
    labels,
  };
}

const LABEL_FONT = '12px sans-serif';
const LABEL_HEIGHT = 17;
const LABEL_OFFSET = 16;

/**
 * Places label boxes beside their points so that no two overlap: each goes to the right of its
 * point (to the left where the right runs out of the plot), a little above it, and moves down past
 * every box already placed that it would overlap. items: [{x, y, w, h}] in pixels; bounds: {left,
 * right, top, bottom}. Answers [{left, top, w, h, side}] in the items' order.
 */
export function layoutLabels(items, bounds, gap = 3) {
  const placed = [];
  const out = new Array(items.length);
  const order = items.map((_, i) => i).sort((a, b) => items[a].y - items[b].y || items[a].x - items[b].x);
  const hits = (b, o) => b.left < o.left + o.w + gap && o.left < b.left + b.w + gap && b.top < o.top + o.h + gap && o.top < b.top + b.h + gap;
  const settle = box => {
    for (let o = placed.find(q => hits(box, q)); o; o = placed.find(q => hits(box, q))) box.top = o.top + o.h + gap;
    return box;
  };
  for (const i of order) {
    const { x, y, w, h } = items[i];
    const top = y - h - 4;
    let box = settle({ left: x + LABEL_OFFSET, top, w, h, side: 'right' });
    if (box.left + box.w > bounds.right || box.top + box.h > bounds.bottom) {
      const left = settle({ left: x - LABEL_OFFSET - w, top, w, h, side: 'left' });
      if (left.left >= bounds.left && left.top + left.h <= bounds.bottom) box = left;
    }
    placed.push(box);
    out[i] = box;
  }
  return out;
}

let measurer;
function textWidth(text) {
  measurer = measurer || document.createElement('canvas').getContext('2d');
  measurer.font = LABEL_FONT;
  return Math.ceil(measurer.measureText(text).width);
}

/** Draws the option's labels as boxes laid out by layoutLabels, each joined to its point by a leader line. */
function placeLabels(chart, labels) {
  if (!labels || !labels.length) return;
  const at = v => chart.convertToPixel({ xAxisIndex: 0, yAxisIndex: 0 }, v);
  const [left, bottom] = at([0, 0]);
  const [right, top] = at([1, 1]);
  const points = labels.map(l => at(l.value));
  const boxes = layoutLabels(points.map(([x, y], i) => ({ x, y, w: textWidth(labels[i].text) + 8, h: LABEL_HEIGHT })),
    { left, right, top, bottom });
  const graphic = labels.flatMap((l, i) => {
    const b = boxes[i];
    const [x, y] = points[i];
    const end = [b.side === 'right' ? b.left : b.left + b.w, b.top + b.h / 2];
    return [
      { type: 'line', id: `leader-${i}`, silent: true, z: 20, shape: { x1: x, y1: y, x2: end[0], y2: end[1] },
        style: { stroke: l.color, lineWidth: 1 } },
      { type: 'rect', id: `label-box-${i}`, silent: true, z: 21, shape: { x: b.left, y: b.top, width: b.w, height: b.h, r: 3 },
        style: { fill: 'rgba(255,255,255,0.9)', stroke: l.color, lineWidth: 1 } },
      { type: 'text', id: `label-${i}`, silent: true, z: 22, x: b.left + 4, y: b.top + 3,
        style: { text: l.text, font: LABEL_FONT, fill: '#1d2733' } },
    ];
  });
  chart.setOption({ graphic }, { replaceMerge: ['graphic'] });
}

/** Each party's utility of every offer, offer by offer; who made it as its marker. */
export function concessionOption(parties, trace) {
  const makers = [...new Set(trace.map(o => o.party))];
  const symbols = ['ours', 'theirs'].map(k => symbol(PALETTE[k].marker));
  const series = parties.map((p, i) => ({
    type: 'line', name: `utility of ${p}`, lineStyle: { color: i < 2 ? PALETTE[i === 0 ? 'ours' : 'theirs'].color : undefined },
    itemStyle: { color: i < 2 ? PALETTE[i === 0 ? 'ours' : 'theirs'].color : undefined }, symbolSize: 7,
    data: trace.map((o, n) => ({ value: [n + 1, o.utilities[i]], symbol: symbols[Math.min(1, makers.indexOf(o.party))],
      kind: `utility of ${p}`, n: n + 1, by: o.party, outcome: o.outcome, utilities: o.utilities, crosses: o.crossesRedLineOf })),
  }));
  return {
    ...base(parties, series.map(s => s.name)),
    grid: { left: 56, right: 24, top: 16, bottom: 64 },
    xAxis: { type: 'value', name: 'offer (circles: offers by the first to move; triangles: by the other)', nameLocation: 'middle',
      nameGap: 26, min: 1, max: Math.max(2, trace.length), minInterval: 1 },
    yAxis: { type: 'value', name: 'utility', nameLocation: 'middle', nameGap: 40, min: 0, max: 1 },
    series,
  };
}

const relayouts = new WeakMap();

/** Draws an option into an element (SVG), replacing what was there; the chart follows the window's width. */
export function draw(target, option) {
  const el = typeof target === 'string' ? document.querySelector(target) : target;
  const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el, null, { renderer: 'svg' });
  const { labels, ...rest } = option;
  chart.setOption(rest, { notMerge: true });
  placeLabels(chart, labels);
  if (!relayouts.has(el)) window.addEventListener('resize', () => relayouts.get(el)());
  relayouts.set(el, () => { chart.resize(); placeLabels(chart, labels); });
  return chart;
}
