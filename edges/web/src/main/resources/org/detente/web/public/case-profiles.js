// Counterpart profiles: what one party believes about another (docs/case-file.md#counterpart-profiles).
// Each number believed — reservation value, weights, evaluations — is "as stated" (the party's
// own entry, for certain), certain, uniform or triangular.
import { el } from './common.js';
import { issueValues, item, member, sameValue, setOptional, valueCount } from './case-model.js';
import { beliefControl, listSection, numberField, removeButton, select, slot, textField } from './case-controls.js';
import { redLinesEditor } from './case-redlines.js';

const STYLES = ['hardliner', 'boulware', 'linear', 'conceder'];

/** Reads and writes obj[key] as a belief; an undefined belief removes it, and an emptied map with it. */
function binding(owner, mapKey, key) {
  return {
    get: () => (mapKey ? (owner[mapKey] || {})[key] : owner[key]),
    set: b => {
      if (!mapKey) { setOptional(owner, key, b); return; }
      const map = owner[mapKey] || {};
      setOptional(map, key, b);
      if (Object.keys(map).length) owner[mapKey] = map; else delete owner[mapKey];
    },
  };
}

function concession(f, name, changed) {
  const number = typeof f.concession === 'number';
  const exponent = el('input', {
    type: 'number', min: 0, step: 'any', style: 'width:5rem', hidden: !number, value: number ? f.concession : '',
    'aria-label': `${name}: concession exponent`,
    oninput: e => { setOptional(f, 'concession', e.target.value === '' ? undefined : Number(e.target.value)); changed(); },
  });
  const choose = select([['', 'not stated'], ...STYLES, ['exponent', 'an exponent e']], number ? 'exponent' : f.concession ?? '', {
    'aria-label': `${name}: concession`,
    onchange: e => {
      const v = e.target.value;
      exponent.hidden = v !== 'exponent';
      setOptional(f, 'concession', v === 'exponent' ? (exponent.value === '' ? 1 : Number(exponent.value)) : v);
      if (v === 'exponent' && exponent.value === '') exponent.value = 1;
      changed();
    },
  });
  return el('span', {}, choose, exponent);
}

/** One row per value of the issue: the belief about its evaluation. */
function evaluations(f, about, issue, field, name, changed) {
  const values = issueValues(issue);
  if (!values) return el('p', { class: 'muted' }, `${valueCount(issue)} values: too many to list; edit these beliefs in the JSON`);
  const stated = about && about.values && about.values[issue.name];
  const table = stated && !stated.linear && !stated.points ? stated : {};
  const beliefs = () => (f.values || {})[issue.name] || {};
  const keyOf = v => Object.keys(beliefs()).find(k => sameValue(issue, k, v)) ?? String(v);
  return el('table', { class: 'beliefs' }, values.map(v => {
    const statedKey = Object.keys(table).find(k => sameValue(issue, k, v));
    const b = {
      get: () => beliefs()[keyOf(v)],
      set: x => {
        const map = { ...beliefs() };
        setOptional(map, keyOf(v), x);
        const all = f.values || {};
        setOptional(all, issue.name, Object.keys(map).length ? map : undefined);
        setOptional(f, 'values', Object.keys(all).length ? all : undefined);
      },
    };
    return el('tr', {}, el('td', {}, String(v)),
      el('td', {}, beliefControl(b.get, b.set, statedKey === undefined ? undefined : table[statedKey],
        `${name}: evaluation of ${issue.name}=${v}`, changed), slot(member(member(field, issue.name), keyOf(v)))));
  }));
}

function profile(doc, f, i, remove, changed, render) {
  const field = item('profiles', i);
  const at = key => member(field, key);
  const name = `profile ${i + 1}`;
  const parties = doc.parties.map(p => p.name);
  const about = doc.parties.find(p => p.name === f.about);
  const party = key => select(parties.concat(parties.includes(f[key]) ? [] : [f[key] ?? '']), f[key], {
    'aria-label': `${name}: ${key}`, onchange: e => { f[key] = e.target.value; changed(); render(); },
  });
  const res = binding(f, null, 'reservation');
  const weights = el('table', { class: 'beliefs' }, doc.issues.map(issue => {
    const w = binding(f, 'weights', issue.name);
    const stated = about && about.weights ? about.weights[issue.name] : undefined;
    return el('tr', {}, el('td', {}, issue.name),
      el('td', {}, beliefControl(w.get, w.set, stated, `${name}: weight of ${issue.name}`, changed), slot(member(at('weights'), issue.name))));
  }));
  const evals = doc.issues.map(issue => el('details', { open: !!(f.values && f.values[issue.name]) },
    el('summary', {}, issue.name),
    evaluations(f, about, issue, at('values'), name, changed)));
  return el('section', { class: 'card profile', 'data-profile': i },
    el('div', { class: 'row' },
      el('label', {}, 'Holder', party('holder')), el('label', {}, 'believes about', party('about')),
      el('label', {}, 'Credibility of its red lines', numberField(f, 'credibility', changed, { min: 0, max: 1, placeholder: '1', 'aria-label': `${name}: credibility` })),
      removeButton(`remove ${name}`, remove)),
    slot(at('holder')), slot(at('about')), slot(at('credibility')),
    el('div', { class: 'row' },
      el('span', { class: 'label' }, 'Reservation value', beliefControl(res.get, res.set, about ? about.reservation ?? 0 : undefined, `${name}: reservation`, changed)),
      el('span', { class: 'label' }, 'Concession style', concession(f, name, changed))),
    slot(at('reservation')), slot(at('concession')),
    el('div', { class: 'grid2' },
      el('div', {}, el('h4', {}, 'Weights'), weights, slot(at('weights'))),
      el('div', {}, el('h4', {}, 'Evaluations'), evals, slot(at('values')))),
    el('h4', {}, 'Red lines it is believed to hold'),
    redLinesEditor(doc, f, field, name, changed, render),
    el('div', { class: 'grid2' },
      el('div', {}, el('label', { class: 'block' }, 'History', textField(f, 'history', changed, { rows: 2, 'aria-label': `${name}: history` })), slot(at('history'))),
      el('div', {}, el('label', { class: 'block' }, 'Premises', textField(f, 'premises', changed, { rows: 2, 'aria-label': `${name}: premises` })), slot(at('premises')))),
    slot(field));
}

/** The profiles section: one card per profile and a button to add one (for a holder and counterpart not yet described). */
export function profilesEditor(doc, changed, render) {
  const names = doc.parties.map(p => p.name);
  const fresh = () => {
    for (const holder of names) {
      for (const about of names) {
        if (holder !== about && !(doc.profiles || []).some(f => f.holder === holder && f.about === about)) return { holder, about };
      }
    }
    return null;
  };
  return listSection(doc, 'profiles', {
    card: (f, i, remove) => profile(doc, f, i, remove, changed, render), fresh, empty: 'No counterpart profiles.',
    add: 'Add a counterpart profile', id: 'addProfile', why: 'every party already has a profile of every other',
  }, changed, render);
}
