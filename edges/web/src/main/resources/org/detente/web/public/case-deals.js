// Deals: named packages (status quo, proposals), one value per issue — a select of the issue's
// values, or a number for a continuum or an issue of too many values to list.
import { el } from './common.js';
import { freshName, issueValues, item, member, sameValue, setOptional, written } from './case-model.js';
import { listSection, removeButton, select, slot, textField } from './case-controls.js';

function valueControl(issue, deal, name, changed) {
  const values = issueValues(issue);
  const current = deal.values[issue.name];
  const label = `${name}: ${issue.name}`;
  if (!values) {
    return el('input', {
      type: 'number', step: 'any', min: issue.min, max: issue.max, style: 'width:7rem', value: current ?? '', 'aria-label': label,
      oninput: e => { setOptional(deal.values, issue.name, e.target.value === '' ? undefined : Number(e.target.value)); changed(); },
    });
  }
  const known = current === undefined || values.some(v => sameValue(issue, current, v));
  const options = values.map(v => [String(v), String(v)]);
  if (!known) options.unshift([String(current), `${current} (not a value of ${issue.name})`]);
  if (current === undefined) options.unshift(['', '— choose —']);
  const index = current === undefined ? '' : String(known ? values.find(v => sameValue(issue, current, v)) : current);
  return select(options, index, {
    'aria-label': label, 'data-issue': issue.name,
    onchange: e => { setOptional(deal.values, issue.name, e.target.value === '' ? undefined : written(issue, e.target.value)); changed(); },
  });
}

function deal(doc, d, i, remove, changed) {
  const field = item('deals', i);
  const name = `deal ${i + 1}`;
  d.values = d.values || {};
  const values = member(field, 'values');
  return el('section', { class: 'card deal', 'data-deal': i },
    el('div', { class: 'row' },
      el('label', {}, 'Deal', textField(d, 'name', changed, { required: true, size: 36, 'aria-label': `${name}: name` })),
      el('label', { class: 'grow' }, 'Note', textField(d, 'note', changed, { size: 60, 'aria-label': `${name}: note` })),
      removeButton(`remove ${name}`, remove)),
    slot(member(field, 'name')),
    el('div', { class: 'package' }, doc.issues.map(issue => el('div', { class: 'field' },
      el('label', { class: 'block' }, el('span', { class: 'muted' }, issue.name), valueControl(issue, d, name, changed)),
      slot(member(values, issue.name))))),
    slot(field));
}

/** The deals section: one card per deal and a button to add one (each issue at its first value). */
export function dealsEditor(doc, changed, render) {
  const fresh = () => {
    const values = {};
    for (const issue of doc.issues) {
      const vs = issueValues(issue);
      values[issue.name] = vs && vs.length ? written(issue, vs[0]) : issue.min;
    }
    return { name: freshName('deal', (doc.deals || []).map(d => d.name)), values };
  };
  return listSection(doc, 'deals', {
    card: (d, i, remove) => deal(doc, d, i, remove, changed), fresh, empty: 'No deals.', add: 'Add a deal', id: 'addDeal',
  }, changed, render);
}
