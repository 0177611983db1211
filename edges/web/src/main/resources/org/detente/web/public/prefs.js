// One party's preferences as a person reads them: reservation value, weights, evaluations, red lines.
import { el, num } from './common.js';

/** The preferences `p` (a party of the case file's JSON form) over `issues` ([{name, values}]), `who`'s. */
export function prefs(p, issues, who = 'Your') {
  const rows = issues.map(i => {
    const f = p.values ? p.values[i.name] : undefined;
    const shown = !f ? '' : f.linear ? `linear: ${f.linear.offset} + ${f.linear.slope} × (${i.name} − ${f.linear.origin ?? 0})`
      : f.points ? `through ${f.points.map(([x, v]) => `${x} → ${v}`).join(', ')}`
        : i.values.map(v => `${v}: ${f[v]}`).join(', ');
    return el('tr', {}, el('td', {}, i.name), el('td', { class: 'num' }, p.weights ? num(p.weights[i.name], 3) : ''), el('td', {}, shown));
  });
  return [el('p', {}, `${who} alternative to any deal (reservation value): ${num(p.reservation, 2)}`),
    el('table', {}, el('tr', {}, el('th', {}, 'issue'), el('th', { class: 'num' }, 'weight'), el('th', {}, `${who === 'Your' ? 'your' : who} evaluation`)), rows),
    p.redLines ? el('p', {}, `${who} red lines: `, p.redLines.map(r => (r.within ? `${r.issue} only from ${r.within[0]} to ${r.within[1]}`
      : `${r.issue} never ${(r.refuse || []).join(' or ')}`)).join('; '), '.') : ''];
}
