// Form controls shared by the case editor's sections: inputs bound to a member of the case JSON,
// a place beside each field for the validator's messages about it, and the belief control
// (certain / uniform / triangular) of counterpart profiles. Every text is set as text.
import { el } from './common.js';
import { setOptional } from './case-model.js';

/** A place for the validator's messages about `field` and the fields inside it that have no place of their own. */
export const slot = field => el('div', { class: 'field-problems', 'data-field': field });

function contains(parent, field) {
  if (field === parent) return true;
  const next = field[parent.length];
  return field.startsWith(parent) && (next === '.' || next === '[');
}

/** Shows each problem in the slot of the longest field that contains its field (problems: [{error, field}]). */
export function placeProblems(root, problems) {
  const slots = [...root.querySelectorAll('.field-problems')];
  for (const s of slots) s.replaceChildren();
  for (const p of problems) {
    let best = null;
    for (const s of slots) {
      if (contains(s.dataset.field, p.field || '') && (!best || s.dataset.field.length > best.dataset.field.length)) best = s;
    }
    if (best) best.append(el('div', { class: 'error' }, p.error));
  }
}

/** A labelled control with the place for the validator's messages about its field. */
export function labelled(field, label, control) {
  return el('div', { class: 'field' }, el('label', {}, label, control), slot(field));
}

/** A number input bound to obj[key]; a blank removes the member (the validator then says if it is required). */
export function numberField(obj, key, changed, attrs = {}) {
  return el('input', {
    type: 'number', step: 'any', style: 'width:6rem', ...attrs, value: obj[key] ?? '',
    oninput: e => { setOptional(obj, key, e.target.value === '' ? undefined : Number(e.target.value)); changed(); },
  });
}

/** A text input (or textarea when rows is given) bound to obj[key]; optional members are removed when blank. */
export function textField(obj, key, changed, { required = false, rows, ...attrs } = {}) {
  const oninput = e => {
    if (required) obj[key] = e.target.value;
    else setOptional(obj, key, e.target.value);
    changed();
  };
  return rows
    ? el('textarea', { rows, ...attrs, oninput }, obj[key] ?? '')
    : el('input', { ...attrs, value: obj[key] ?? '', oninput });
}

/** A select of `options` ([value, label] pairs or plain strings) with `current` selected. */
export function select(options, current, attrs = {}) {
  return el('select', attrs, options.map(o => {
    const [value, label] = Array.isArray(o) ? o : [o, o];
    return el('option', { value, selected: String(value) === String(current) }, label);
  }));
}

/** A remove button. */
export const removeButton = (label, onclick) => el('button', { class: 'secondary', 'aria-label': label, title: label, onclick }, '✕');

const round = x => Number(x.toFixed(3));
const clamp = x => Math.min(1, Math.max(0, x));

function centre(b, fallback) {
  if (typeof b === 'number') return b;
  if (b && b.uniform) return (b.uniform[0] + b.uniform[1]) / 2;
  if (b && b.triangular) return b.triangular[1];
  return fallback;
}

/** The belief of kind `kind` nearest to belief b (a spread of ±0.1 around its centre). */
export function convertBelief(b, kind, fallback) {
  const c = round(clamp(centre(b, fallback) ?? 0.5));
  const lo = round(clamp(c - 0.1)); const hi = round(clamp(c + 0.1));
  if (kind === 'certain') return c;
  if (kind === 'uniform') return { uniform: [lo, hi] };
  if (kind === 'triangular') return { triangular: [lo, c, hi] };
  return undefined;
}

export function beliefKind(b) {
  if (b === undefined) return 'stated';
  if (typeof b === 'number') return 'certain';
  if (b && Array.isArray(b.uniform)) return 'uniform';
  if (b && Array.isArray(b.triangular)) return 'triangular';
  return 'other';
}

const PARTS = { certain: [], uniform: ['min', 'max'], triangular: ['min', 'mode', 'max'] };

/**
 * A belief about one number: as stated in the party's own entry (absent), certain, uniform
 * [min, max] or triangular [min, mode, max]. get/set read and write it in the case; `fallback` is
 * the stated number (the centre of a new range); `name` labels the controls.
 */
export function beliefControl(get, set, fallback, name, changed) {
  const numbers = el('span', { class: 'belief-numbers' });
  const kinds = [['stated', `as stated${fallback === undefined ? '' : ` (${round(fallback)})`}`], ['certain', 'certain'],
    ['uniform', 'uniform [min, max]'], ['triangular', 'triangular [min, mode, max]']];
  if (beliefKind(get()) === 'other') kinds.push(['other', 'other (see the JSON)']);
  const choose = select(kinds, beliefKind(get()), {
    'aria-label': `${name}: belief`,
    onchange: e => { set(convertBelief(get(), e.target.value, fallback)); changed(); draw(); },
  });
  function input(value, onset, label) {
    return el('input', { type: 'number', step: 'any', style: 'width:5rem', value: value ?? '', 'aria-label': `${name}: ${label}`,
      oninput: e => { onset(e.target.value === '' ? null : Number(e.target.value)); changed(); } });
  }
  function draw() {
    const b = get();
    const kind = beliefKind(b);
    if (kind === 'certain') {
      numbers.replaceChildren(input(b, v => set(v === null ? undefined : v), 'value'));
    } else if (kind === 'uniform' || kind === 'triangular') {
      const xs = b[kind];
      numbers.replaceChildren(...PARTS[kind].map((label, i) => el('label', { class: 'compact' }, label,
        input(xs[i], v => { xs[i] = v; set(b); }, label))));
    } else {
      numbers.replaceChildren();
    }
  }
  draw();
  return el('span', { class: 'belief' }, choose, numbers);
}

/**
 * A list of the case at doc[key] (deals, profiles, gestures): a card per item, drawn by
 * card(item, i, remove); a line when it is empty; a button adding fresh() (disabled, saying `why`,
 * when fresh() gives null); and the place for the list's own messages.
 */
export function listSection(doc, key, { card, fresh, empty, add, id, why }, changed, render) {
  const list = doc[key] || [];
  const remove = i => () => { list.splice(i, 1); setOptional(doc, key, list); changed(); render(); };
  const next = fresh();
  return el('div', {},
    list.length ? list.map((x, i) => card(x, i, remove(i))) : el('p', { class: 'muted' }, empty),
    el('button', {
      class: 'secondary', id, disabled: !next, title: next ? undefined : why,
      onclick: () => { doc[key] = list.concat([fresh()]); changed(); render(); },
    }, add),
    slot(key));
}
