// Ratifiers: the constituencies whose consent a party needs (docs/case-file.md#ratifiers), each
// with its party, threshold, rule in words, and preferences as weights and value functions.
import { el } from './common.js';
import { freshName, item, member } from './case-model.js';
import { labelled, listSection, numberField, removeButton, select, slot, textField } from './case-controls.js';
import { preferencesTable } from './case-values.js';

function ratifier(doc, r, i, remove, changed) {
  const field = item('ratifiers', i);
  const at = key => member(field, key);
  const name = `ratifier ${i + 1}`;
  const parties = doc.parties.map(p => p.name);
  return el('section', { class: 'card ratifier', 'data-ratifier': i },
    el('div', { class: 'row' },
      labelled(at('name'), 'Ratifier', textField(r, 'name', changed, { required: true, size: 28, 'aria-label': `${name}: name` })),
      labelled(at('party'), 'ratifies for', select(parties.concat(parties.includes(r.party) ? [] : [r.party ?? '']), r.party, {
        'aria-label': `${name}: party`, onchange: e => { r.party = e.target.value; changed(); },
      })),
      labelled(at('threshold'), 'accepts at utility ≥', numberField(r, 'threshold', changed,
        { min: 0, max: 1, step: 0.01, style: 'width:5rem', 'aria-label': `${name}: threshold` })),
      removeButton(`remove ${name}`, remove)),
    labelled(at('rule'), 'Rule, in words', textField(r, 'rule', changed, { size: 80, 'aria-label': `${name}: rule` })),
    r.weights ? preferencesTable(doc, r, field, name, changed)
      : el('p', { class: 'muted' }, 'Not linear additive: edit this ratifier\'s utility in the whole case\'s JSON below.'),
    slot(at('weights')), slot(at('values')), slot(field));
}

/** A new ratifier of the first party, starting from that party's own preferences. */
function fresh(doc) {
  const p = doc.parties[0];
  if (!p || !p.weights) return null;
  return {
    name: freshName('ratifier', (doc.ratifiers || []).map(r => r.name)), party: p.name, threshold: 0.5,
    weights: structuredClone(p.weights), values: structuredClone(p.values || {}),
  };
}

/** The ratifiers section: one card per ratifier and a button to add one. */
export function ratifiersEditor(doc, changed, render) {
  return listSection(doc, 'ratifiers', {
    card: (r, i, remove) => ratifier(doc, r, i, remove, changed), fresh: () => fresh(doc), empty: 'No ratifiers.',
    add: 'Add a ratifier', id: 'addRatifier', why: 'a ratifier starts from the first party\'s weights and value functions',
  }, changed, render);
}
