// The case editor: a form over the native case JSON. Every change is checked by the server with
// the command line's validation (field, line and problem shown); weights are kept summing to 1.
import { api, el, fill, header, param, showError } from './common.js';
import { item, member, removeIssue, renameIssue, renameParty } from './case-model.js';
import { placeProblems, slot } from './case-controls.js';
import { preferencesTable } from './case-values.js';
import { ratifiersEditor } from './case-ratifiers.js';
import { redLinesEditor } from './case-redlines.js';
import { gesturesEditor } from './case-gestures.js';
import { profilesEditor } from './case-profiles.js';
import { dealsEditor } from './case-deals.js';

const id = param('id');
header(id);
let doc;
let timer;

// Members of the case that have a form of their own; the others are edited as JSON under "Everything else".
const FORMS = new Set(['version', 'name', 'description', 'issues', 'parties', 'deals', 'profiles', 'gestures', 'ratifiers']);
let problems = [];
let asked = 0;

function changed() {
  document.getElementById('source').value = JSON.stringify(doc, null, 2);
  clearTimeout(timer);
  timer = setTimeout(validate, 250);
}

async function validate() {
  const mine = ++asked;
  const v = await api('POST', '/api/validate', JSON.stringify(doc, null, 2));
  if (mine !== asked) return; // a later change is being checked: its answer will be shown
  fill('validity', v.valid
    ? el('span', { class: 'ok' }, `valid · ${v.outcomes} outcomes`)
    : el('span', { class: 'error' }, `${v.problems.length} problem(s)`));
  problems = v.problems || [];
  fill('problems', problems.map(p => el('li', {}, p.error)));
  placeProblems(document.querySelector('main'), problems);
  document.getElementById('save').disabled = !v.valid;
}

function issuesTable() {
  const rows = doc.issues.map((issue, i) => el('tr', {},
    el('td', {}, el('input', { value: issue.name, size: 18, 'aria-label': `issue ${i + 1}: name`,
      oninput: e => { renameIssue(doc, issue, e.target.value); changed(); },
      onchange: render }), slot(item('issues', i))),
    el('td', {}, issue.type),
    el('td', {}, issue.type === 'discrete'
      ? el('input', { value: issue.values.join(', '), size: 50, onchange: e => {
        issue.values = e.target.value.split(',').map(s => s.trim()).filter(Boolean); changed(); render(); } })
      : el('span', {}, ['min', 'max', 'step'].filter(k => k in issue).map(k => el('label', {}, k,
        el('input', { type: 'number', value: issue[k], style: 'width:6rem', onchange: e => { issue[k] = Number(e.target.value); changed(); } }))))),
    el('td', {}, el('button', { class: 'secondary', onclick: () => { removeIssue(doc, issue); changed(); render(); } }, 'remove'))));
  fill('issues', el('tr', {}, el('th', {}, 'name'), el('th', {}, 'type'), el('th', {}, 'values'), el('th', {})), rows);
}

/** Adds an issue, discrete (two values) or integer (0 to 10), with weight 0 and a value function for every party and ratifier. */
function addIssue(type) {
  const taken = doc.issues.map(i => i.name);
  let n = doc.issues.length + 1;
  while (taken.includes(`issue${n}`)) n++;
  const name = `issue${n}`;
  const numeric = type === 'integer';
  doc.issues.push(numeric ? { name, type, min: 0, max: 10 } : { name, type, values: ['low', 'high'] });
  for (const p of [...doc.parties, ...(doc.ratifiers || [])]) {
    if (p.weights) { p.weights[name] = 0; }
    if (p.values) p.values[name] = numeric ? { linear: { slope: 0.1, offset: 0 } } : { low: 0, high: 1 };
  }
  changed();
  render();
}

function party(p, index) {
  const field = item('parties', index);
  const at = key => member(field, key);
  const card = el('section', { class: 'card' });
  const weights = p.weights ? preferencesTable(doc, p, field, p.name, changed)
    : el('p', { class: 'muted' }, 'Not linear additive: edit this party\'s utility in the whole case\'s JSON below.');
  card.append(
    el('div', { class: 'row' },
      el('label', {}, 'Party', el('input', { value: p.name, 'aria-label': `party ${index + 1}: name`,
        oninput: e => { renameParty(doc, p, e.target.value); changed(); }, onchange: render })),
      el('label', {}, 'Reservation value', el('input', { type: 'number', min: 0, max: 1, step: 0.01, value: p.reservation ?? 0, style: 'width:6rem',
        onchange: e => { p.reservation = Number(e.target.value); changed(); } })),
      el('label', {}, 'Discount', el('input', { type: 'number', min: 0, max: 1, step: 0.01, value: p.discount ?? 1, style: 'width:6rem',
        onchange: e => { p.discount = Number(e.target.value); changed(); } }))),
    slot(at('name')), slot(at('reservation')), slot(at('discount')),
    weights, slot(at('weights')), slot(at('values')),
    el('h4', {}, 'Red lines'),
    redLinesEditor(doc, p, field, p.name, changed, render),
    slot(field));
  card.dataset.party = index;
  return card;
}

/** The members of the case without a form of their own (ratifiers, flags), each as JSON. */
function extras() {
  const keys = Object.keys(doc).filter(k => !FORMS.has(k));
  fill('extras', keys.length ? keys.map(k => el('section', { class: 'card' }, el('strong', {}, k),
    el('textarea', { rows: 6, 'aria-label': `${k} (JSON)`, onchange: e => {
      try { doc[k] = JSON.parse(e.target.value); e.target.setCustomValidity(''); changed(); } catch (err) {
        e.target.setCustomValidity('not JSON'); e.target.reportValidity();
      }
    } }, JSON.stringify(doc[k], null, 1)), slot(k)))
    : el('p', { class: 'muted' }, 'Nothing else in this case.'));
}

function render() {
  document.getElementById('name').value = doc.name;
  document.getElementById('description').value = doc.description || '';
  fill('title', doc.name);
  issuesTable();
  fill('parties', doc.parties.map(party));
  fill('deals', dealsEditor(doc, changed, render));
  fill('profiles', profilesEditor(doc, changed, render));
  fill('gestures', gesturesEditor(doc, changed, render));
  fill('ratifiers', ratifiersEditor(doc, changed, render));
  extras();
  placeProblems(document.querySelector('main'), problems);
  document.getElementById('source').value = JSON.stringify(doc, null, 2);
}

async function load() {
  const c = await api('GET', `/api/cases/${encodeURIComponent(id)}`);
  doc = c.case;
  for (const [a, f] of [['exYaml', 'yaml'], ['exJson', 'json'], ['exGenius', 'genius'], ['exGeniusWeb', 'geniusweb']]) {
    document.getElementById(a).href = `/api/cases/${encodeURIComponent(id)}/export?format=${f}`;
  }
  render();
  validate();
}

document.getElementById('name').addEventListener('input', e => { doc.name = e.target.value; changed(); });
document.getElementById('description').addEventListener('input', e => { doc.description = e.target.value; changed(); });
document.getElementById('addIssue').addEventListener('click', () => addIssue('discrete'));
document.getElementById('addNumericIssue').addEventListener('click', () => addIssue('integer'));
document.getElementById('applySource').addEventListener('click', () => {
  try { doc = JSON.parse(document.getElementById('source').value); render(); changed(); } catch (e) { showError('validity', e); }
});
document.getElementById('save').addEventListener('click', async () => {
  clearTimeout(timer); // a check still pending or on its way would overwrite "saved" with the state before it
  asked++;
  try {
    const c = await api('PUT', `/api/cases/${encodeURIComponent(id)}`, JSON.stringify(doc, null, 2));
    doc = c.case;
    render();
    fill('validity', el('span', { class: 'ok' }, `saved · revision ${c.revision}`));
  } catch (e) { showError('validity', e); }
});

load().catch(e => showError('validity', e));
