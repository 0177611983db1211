// Gestures: moves beside the package (docs/case-file.md#gestures), one row each. An
// acknowledgement shows, and needs, the disagreement stated beside it.
import { el } from './common.js';
import { freshName, item, member, setOptional } from './case-model.js';
import { labelled, listSection, numberField, removeButton, select, slot, textField } from './case-controls.js';

export const KINDS = ['acknowledgement', 'respect', 'process', 'sequencing', 'other'];

/** Disagreements typed for a gesture whose kind then changed, restored if it becomes an acknowledgement again. */
const setAside = new WeakMap();

function gesture(doc, g, i, remove, changed, render) {
  const field = item('gestures', i);
  const at = key => member(field, key);
  const name = `gesture ${i + 1}`;
  const parties = doc.parties.map(p => p.name);
  const party = key => select(parties.concat(parties.includes(g[key]) ? [] : [g[key] ?? '']), g[key], {
    'aria-label': `${name}: ${key}`, onchange: e => { g[key] = e.target.value; changed(); },
  });
  const issues = el('select', {
    multiple: true, size: Math.min(6, doc.issues.length), 'aria-label': `${name}: issues`,
    onchange: e => { setOptional(g, 'issues', [...e.target.selectedOptions].map(o => o.value)); changed(); },
  }, doc.issues.map(x => el('option', { value: x.name, selected: (g.issues || []).includes(x.name) }, x.name)));
  const ack = g.kind === 'acknowledgement';
  return el('section', { class: 'card gesture', 'data-gesture': i },
    el('div', { class: 'gesture-grid' },
      el('div', {},
        el('div', { class: 'row' },
          labelled(at('name'), 'Gesture', textField(g, 'name', changed, { required: true, size: 32, 'aria-label': `${name}: name` })),
          labelled(at('kind'), 'Kind', select(KINDS, g.kind, {
            'aria-label': `${name}: kind`,
            onchange: e => {
              if (g.kind === 'acknowledgement' && g.disagreement !== undefined) setAside.set(g, g.disagreement);
              g.kind = e.target.value;
              if (g.kind === 'acknowledgement') setOptional(g, 'disagreement', g.disagreement ?? setAside.get(g));
              else delete g.disagreement;
              changed(); render();
            },
          }))),
        el('div', { class: 'row' },
          labelled(at('giver'), 'Giver', party('giver')),
          labelled(at('receiver'), 'Receiver', party('receiver')),
          labelled(at('cost'), 'Cost to the giver', numberField(g, 'cost', changed, { min: 0, style: 'width:5rem', 'aria-label': `${name}: cost` })),
          labelled(at('value'), 'Value to the receiver', numberField(g, 'value', changed, { min: 0, style: 'width:5rem', 'aria-label': `${name}: value` })))),
      el('div', { class: 'field' }, el('label', { class: 'block' }, 'Issues it bears on', issues), slot(at('issues'))),
      removeButton(`remove ${name}`, remove)),
    labelled(at('statement'), 'Statement', textField(g, 'statement', changed, { rows: 2, 'aria-label': `${name}: statement` })),
    ack ? labelled(at('disagreement'), 'Disagreement stated beside it (required for an acknowledgement)',
      textField(g, 'disagreement', changed, { rows: 2, 'aria-label': `${name}: disagreement` })) : null,
    slot(field));
}

/** The gestures section: one card per gesture and a button to add one (from the first party to the second). */
export function gesturesEditor(doc, changed, render) {
  const fresh = () => (doc.parties.length < 2 ? null : {
    name: freshName('gesture', (doc.gestures || []).map(g => g.name)), giver: doc.parties[0].name, receiver: doc.parties[1].name,
    kind: 'process', cost: 0, value: 0,
  });
  return listSection(doc, 'gestures', {
    card: (g, i, remove) => gesture(doc, g, i, remove, changed, render), fresh, empty: 'No gestures.', add: 'Add a gesture',
    id: 'addGesture', why: 'a gesture needs two parties',
  }, changed, render);
}
