// Preferences written as weights and value functions (docs/case-file.md#value-functions), for a
// party or a ratifier: a slider per weight (the others follow so that they sum to 1) and, per
// issue, its value function as a form — a table of evaluations, a linear function, or a
// piecewise-linear one through points — never as raw JSON.
import { el } from './common.js';
import { isNumeric, issueValues, member, sameValue, setOptional, setWeight, valueCount } from './case-model.js';
import { numberField, removeButton, select, slot } from './case-controls.js';

const clamp = y => Math.min(1, Math.max(0, y));
const round = y => Number(y.toFixed(4));

/** The kind of a value function: table, linear or points. */
export function functionKind(fn) {
  if (fn && fn.linear) return 'linear';
  if (fn && fn.points) return 'points';
  return 'table';
}

/** The evaluation of value x of `issue` under `fn` (undefined where a table says nothing). */
export function evaluate(fn, issue, x) {
  if (!fn) return undefined;
  if (fn.linear) {
    const { slope = 0, offset = 0, origin = issue.min } = fn.linear;
    return clamp(offset + slope * (Number(x) - origin));
  }
  if (fn.points) {
    const ps = fn.points.filter(p => Number.isFinite(p[0]) && Number.isFinite(p[1]));
    if (!ps.length) return undefined;
    if (x <= ps[0][0]) return ps[0][1];
    for (let k = 1; k < ps.length; k++) {
      const [x0, y0] = ps[k - 1]; const [x1, y1] = ps[k];
      if (x <= x1) return x1 === x0 ? y1 : y0 + (y1 - y0) * (x - x0) / (x1 - x0);
    }
    return ps[ps.length - 1][1];
  }
  const key = Object.keys(fn).find(k => sameValue(issue, k, x));
  return key === undefined ? undefined : fn[key];
}

/** `fn` rewritten as a function of kind `kind`, keeping its shape where it can. */
export function convertFunction(fn, issue, kind) {
  const values = issueValues(issue);
  const at = x => round(evaluate(fn, issue, x) ?? 0);
  if (kind === 'table') {
    return Object.fromEntries(values.map(v => [String(v), at(v)]));
  }
  const lo = isNumeric(issue) ? issue.min : 0;
  const hi = isNumeric(issue) ? issue.max : 1;
  if (kind === 'linear') {
    return { linear: { slope: hi > lo ? round((at(hi) - at(lo)) / (hi - lo)) : 0, offset: at(lo) } };
  }
  const xs = functionKind(fn) === 'table' && values && values.length <= 12 ? values : [lo, hi];
  return { points: xs.map(x => [Number(x), at(x)]) };
}

function table(owner, issue, values, who, changed) {
  const fn = (owner.values || {})[issue.name] || {};
  return el('span', { class: 'checks' }, values.map(v => {
    const key = Object.keys(fn).find(k => sameValue(issue, k, v)) ?? String(v);
    return el('label', { class: 'compact' }, String(v), el('input', {
      type: 'number', min: 0, max: 1, step: 0.05, value: fn[key] ?? '', style: 'width:4.5rem',
      'aria-label': `${who}: evaluation of ${issue.name}=${v}`,
      oninput: e => {
        owner.values = owner.values || {};
        owner.values[issue.name] = fn;
        setOptional(fn, key, e.target.value === '' ? undefined : Number(e.target.value));
        changed();
      },
    }));
  }));
}

function linear(fn, issue, who, changed) {
  return el('span', { class: 'checks' }, ['slope', 'offset', 'origin'].map(k => el('label', { class: 'compact' }, k,
    numberField(fn.linear, k, changed, { placeholder: k === 'origin' ? String(issue.min) : '', 'aria-label': `${who}: ${k} of ${issue.name}` }))));
}

function points(fn, issue, who, changed, redraw) {
  const rows = fn.points.map((p, k) => el('span', { class: 'point' },
    ['x', 'y'].map((axis, j) => el('label', { class: 'compact' }, axis, el('input', {
      type: 'number', step: 'any', style: 'width:5rem', value: p[j] ?? '', min: j ? 0 : undefined, max: j ? 1 : undefined,
      'aria-label': `${who}: ${issue.name} point ${k + 1}: ${axis}`,
      oninput: e => { p[j] = e.target.value === '' ? null : Number(e.target.value); changed(); },
    }))),
    removeButton(`remove ${who}: ${issue.name} point ${k + 1}`, () => { fn.points.splice(k, 1); changed(); redraw(); })));
  const add = el('button', {
    class: 'secondary', 'aria-label': `${who}: add a point to ${issue.name}`,
    onclick: () => {
      const last = fn.points[fn.points.length - 1] || [issue.min, 0];
      fn.points.push([Math.min(issue.max, Number(last[0]) + (issue.max - issue.min) / 4), last[1]]);
      changed();
      redraw();
    },
  }, '+ point');
  return el('span', { class: 'points' }, rows, add);
}

/**
 * The value function of `issue` in owner.values (a party or a ratifier) as a form: a choice of
 * kind (table where the values can be listed; linear and points on numeric issues) and its fields.
 */
export function valueFunctionEditor(owner, issue, who, changed) {
  const box = el('span', { class: 'value-function' });
  const values = issueValues(issue);
  const kinds = [...(values ? [['table', 'table']] : []), ...(isNumeric(issue) ? [['linear', 'linear'], ['points', 'points']] : [])];
  function draw() {
    const fn = (owner.values || {})[issue.name];
    const kind = functionKind(fn);
    const choose = kinds.length > 1 ? select(kinds, kind, {
      'aria-label': `${who}: value function of ${issue.name}`,
      onchange: e => {
        owner.values = owner.values || {};
        owner.values[issue.name] = convertFunction(fn, issue, e.target.value);
        changed();
        draw();
      },
    }) : '';
    let body;
    if (kind === 'table' && !values) {
      body = el('span', { class: 'muted' }, `${valueCount(issue)} values: too many to list; choose linear or points`);
    } else if (kind === 'table') {
      body = table(owner, issue, values, who, changed);
    } else {
      body = kind === 'linear' ? linear(fn, issue, who, changed) : points(fn, issue, who, changed, draw);
    }
    box.replaceChildren(...[choose, body].filter(Boolean));
  }
  draw();
  return box;
}

/**
 * The weights (sliders kept summing to 1) and value functions of `owner` at path `field`, one row
 * per issue; `who` names the controls.
 */
export function preferencesTable(doc, owner, field, who, changed) {
  const rows = doc.issues.map(issue => {
    const w = owner.weights[issue.name] ?? 0;
    const out = el('span', { class: 'num' }, w.toFixed(3));
    const slider = el('input', {
      type: 'range', min: 0, max: 1, step: 0.005, value: w, 'aria-label': `weight of ${issue.name}`,
      oninput: e => { setWeight(owner.weights, issue.name, Number(e.target.value)); changed(); refresh(); },
    });
    slider.dataset.issue = issue.name;
    out.dataset.issue = issue.name;
    return el('tr', {}, el('td', {}, issue.name), el('td', { class: 'nowrap' }, slider, ' ', out, slot(member(member(field, 'weights'), issue.name))),
      el('td', {}, valueFunctionEditor(owner, issue, who, changed), slot(member(member(field, 'values'), issue.name))));
  });
  const t = el('table', { class: 'weights' }, el('tr', {}, el('th', {}, 'issue'), el('th', {}, 'weight'),
    el('th', {}, 'value function: the evaluation of each value, 0 to 1')), rows);
  function refresh() {
    for (const s of t.querySelectorAll('input[type=range]')) s.value = owner.weights[s.dataset.issue];
    for (const o of t.querySelectorAll('span.num')) o.textContent = owner.weights[o.dataset.issue].toFixed(3);
  }
  return t;
}
