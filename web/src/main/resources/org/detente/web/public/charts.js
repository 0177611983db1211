// Vega-Lite charts (vega-embed, bundled from npm into the jar): the frontier and ZOPA of a case,
// and the concession curves of a session. Tooltips are text (vega-tooltip escapes HTML).
import { pkg } from './common.js';

const embedOptions = { actions: false, renderer: 'svg' };

function point(kind, p, extra = {}) {
  return { kind, u0: p.utilities[0], u1: p.utilities[1], package: pkg(p.outcome), ...extra };
}

/**
 * The Pareto frontier of two parties (the first two when there are more), the ZOPA (both above
 * their reservation values), the Nash, Kalai–Smorodinsky, egalitarian and max-welfare points, and
 * optionally an agreement, the packages better for both, and the offers of a session.
 */
export function frontierSpec(analysis, extra = {}) {
  const [a, b] = analysis.parties;
  const [ra, rb] = analysis.reservation;
  const frontier = analysis.paretoFrontier.map(p => point('Pareto frontier', p));
  const marks = [];
  for (const [key, label] of [['nash', 'Nash'], ['kalaiSmorodinsky', 'Kalai–Smorodinsky'],
    ['egalitarian', 'egalitarian'], ['maxWelfare', 'max welfare']]) {
    if (analysis[key]) marks.push(point(label, analysis[key]));
  }
  const others = [];
  if (extra.offers) extra.offers.forEach((o, i) => others.push(point(`offer by ${o.party}`, o, { n: i + 1 })));
  if (extra.improvements) extra.improvements.forEach(p => others.push(point('better for both', p)));
  if (extra.agreement) others.push(point('agreement', extra.agreement));
  const tooltip = [{ field: 'kind', title: 'point' }, { field: 'package', title: 'package' },
    { field: 'u0', title: a, format: '.4f' }, { field: 'u1', title: b, format: '.4f' }];
  const x = { field: 'u0', type: 'quantitative', title: `utility of ${a}`, scale: { domain: [0, 1] } };
  const y = { field: 'u1', type: 'quantitative', title: `utility of ${b}`, scale: { domain: [0, 1] } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 'container', height: 380,
    layer: [
      { data: { values: [{ x: ra, y: rb, x2: 1, y2: 1 }] }, mark: { type: 'rect', color: '#2e7d32', opacity: 0.08 },
        encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' },
          x2: { field: 'x2' }, y2: { field: 'y2' } } },
      { data: { values: [{ v: ra }] }, mark: { type: 'rule', strokeDash: [4, 4], color: '#888' },
        encoding: { x: { field: 'v', type: 'quantitative' } } },
      { data: { values: [{ v: rb }] }, mark: { type: 'rule', strokeDash: [4, 4], color: '#888' },
        encoding: { y: { field: 'v', type: 'quantitative' } } },
      { data: { values: frontier }, mark: { type: 'line', interpolate: 'step-after', color: '#9aa7bd' },
        encoding: { x, y, order: { field: 'u0' } } },
      { data: { values: frontier }, mark: { type: 'circle', size: 28, color: '#2456a6' },
        encoding: { x, y, tooltip } },
      { data: { values: others }, mark: { type: 'point', filled: true, size: 70 },
        encoding: { x, y, tooltip, color: { field: 'kind', type: 'nominal', title: null,
          scale: { scheme: 'dark2' } }, shape: { field: 'kind', type: 'nominal', title: null } } },
      { data: { values: marks }, mark: { type: 'point', shape: 'diamond', filled: true, size: 140, color: '#c2410c' },
        encoding: { x, y, tooltip } },
      { data: { values: marks }, mark: { type: 'text', dx: 8, dy: -8, align: 'left', color: '#c2410c' },
        encoding: { x, y, text: { field: 'kind' } } },
    ],
  };
}

/** Each party's utility of every offer, round by round; the offers' makers as shapes. */
export function concessionSpec(parties, trace) {
  const rows = [];
  trace.forEach((o, i) => o.utilities.forEach((u, p) => rows.push({
    n: i + 1, round: o.round + 1, by: o.party, whose: `utility of ${parties[p]}`, u, package: pkg(o.outcome) })));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 'container', height: 300, data: { values: rows },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'n', type: 'quantitative', title: 'offer' },
      y: { field: 'u', type: 'quantitative', title: 'utility', scale: { domain: [0, 1] } },
      color: { field: 'whose', type: 'nominal', title: null },
      detail: { field: 'by' },
      shape: { field: 'by', type: 'nominal', title: 'offered by' },
      tooltip: [{ field: 'n', title: 'offer' }, { field: 'round' }, { field: 'by', title: 'offered by' },
        { field: 'package' }, { field: 'whose', title: 'utility' }, { field: 'u', format: '.4f', title: 'value' }],
    },
  };
}

/** Draws a spec into an element. */
export function draw(target, spec) {
  return window.vegaEmbed(target, spec, embedOptions);
}
