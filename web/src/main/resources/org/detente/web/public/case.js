// The case editor: a form over the native case JSON. Every change is checked by the server with
// the command line's validation (field, line and problem shown); weights are kept summing to 1.
import { api, el, fill, header, param, showError } from './common.js';

const id = param('id');
header(id);
let doc;
let timer;

const BASE = new Set(['version', 'name', 'description', 'issues', 'parties']);

function issueValues(issue) {
  return issue.type === 'discrete' ? issue.values : null;
}

/** Sets weight `issue` of `party` to w and rescales the others so that they sum to 1 - w. */
export function setWeight(weights, issue, w) {
  const others = Object.keys(weights).filter(k => k !== issue);
  const rest = others.reduce((s, k) => s + weights[k], 0);
  weights[issue] = w;
  for (const k of others) {
    weights[k] = rest > 0 ? weights[k] * (1 - w) / rest : (1 - w) / others.length;
  }
}

function changed() {
  document.getElementById('source').value = JSON.stringify(doc, null, 2);
  clearTimeout(timer);
  timer = setTimeout(validate, 250);
}

async function validate() {
  const v = await api('POST', '/api/validate', JSON.stringify(doc, null, 2));
  fill('validity', v.valid
    ? el('span', { class: 'ok' }, `valid · ${v.outcomes} outcomes`)
    : el('span', { class: 'error' }, `${v.problems.length} problem(s)`));
  fill('problems', (v.problems || []).map(p => el('li', {}, p.error)));
  document.getElementById('save').disabled = !v.valid;
}

function issuesTable() {
  const rows = doc.issues.map((issue, i) => el('tr', {},
    el('td', {}, el('input', { value: issue.name, size: 18, oninput: e => { renameIssue(i, e.target.value); } })),
    el('td', {}, issue.type),
    el('td', {}, issue.type === 'discrete'
      ? el('input', { value: issue.values.join(', '), size: 50, onchange: e => {
        issue.values = e.target.value.split(',').map(s => s.trim()).filter(Boolean); changed(); render(); } })
      : el('span', {}, ['min', 'max', 'step'].filter(k => k in issue).map(k => el('label', {}, k,
        el('input', { type: 'number', value: issue[k], style: 'width:6rem', onchange: e => { issue[k] = Number(e.target.value); changed(); } }))))),
    el('td', {}, el('button', { class: 'secondary', onclick: () => { removeIssue(i); } }, 'remove'))));
  fill('issues', el('tr', {}, el('th', {}, 'name'), el('th', {}, 'type'), el('th', {}, 'values'), el('th', {})), rows);
}

function renameIssue(i, name) {
  const old = doc.issues[i].name;
  doc.issues[i].name = name;
  for (const p of doc.parties) {
    for (const key of ['weights', 'values']) {
      if (p[key] && old in p[key]) { p[key][name] = p[key][old]; delete p[key][old]; }
    }
  }
  changed();
}

function removeIssue(i) {
  const name = doc.issues[i].name;
  doc.issues.splice(i, 1);
  for (const p of doc.parties) {
    if (p.weights) { delete p.weights[name]; const keys = Object.keys(p.weights); if (keys.length) setWeight(p.weights, keys[0], p.weights[keys[0]]); }
    if (p.values) delete p.values[name];
  }
  changed();
  render();
}

function addIssue() {
  const name = `issue${doc.issues.length + 1}`;
  doc.issues.push({ name, type: 'discrete', values: ['low', 'high'] });
  for (const p of doc.parties) {
    if (p.weights) { p.weights[name] = 0; }
    if (p.values) p.values[name] = { low: 0, high: 1 };
  }
  changed();
  render();
}

function party(p, index) {
  const card = el('section', { class: 'card' });
  const weights = p.weights ? el('table', { class: 'weights' }, el('tr', {}, el('th', {}, 'issue'), el('th', {}, 'weight'),
    el('th', {}, 'evaluation of each value (0 to 1)')),
  doc.issues.map(issue => {
    const w = p.weights[issue.name] ?? 0;
    const out = el('span', { class: 'num' }, w.toFixed(3));
    const slider = el('input', { type: 'range', min: 0, max: 1, step: 0.005, value: w, 'aria-label': `weight of ${issue.name}`,
      oninput: e => { setWeight(p.weights, issue.name, Number(e.target.value)); changed(); refreshWeights(card, p); } });
    slider.dataset.issue = issue.name;
    out.dataset.issue = issue.name;
    const values = issueValues(issue);
    const fn = p.values ? p.values[issue.name] : undefined;
    const evals = values && fn && !fn.linear && !fn.points
      ? values.map(v => el('label', {}, v, el('input', { type: 'number', min: 0, max: 1, step: 0.05, value: fn[v] ?? 0, style: 'width:5rem',
        onchange: e => { fn[v] = Number(e.target.value); changed(); } })))
      : el('input', { value: JSON.stringify(fn), size: 60, onchange: e => {
        try { p.values[issue.name] = JSON.parse(e.target.value); changed(); } catch (err) { e.target.setCustomValidity('not JSON'); e.target.reportValidity(); } } });
    return el('tr', {}, el('td', {}, issue.name), el('td', {}, slider, ' ', out), el('td', {}, evals));
  })) : el('p', { class: 'muted' }, 'Not linear additive: edit this party in the JSON below.');
  const extra = {};
  for (const k of Object.keys(p)) if (!['name', 'reservation', 'discount', 'weights', 'values'].includes(k)) extra[k] = p[k];
  card.append(
    el('div', { class: 'row' },
      el('label', {}, 'Party', el('input', { value: p.name, oninput: e => { p.name = e.target.value; changed(); } })),
      el('label', {}, 'Reservation value', el('input', { type: 'number', min: 0, max: 1, step: 0.01, value: p.reservation ?? 0, style: 'width:6rem',
        onchange: e => { p.reservation = Number(e.target.value); changed(); } })),
      el('label', {}, 'Discount', el('input', { type: 'number', min: 0, max: 1, step: 0.01, value: p.discount ?? 1, style: 'width:6rem',
        onchange: e => { p.discount = Number(e.target.value); changed(); } }))),
    weights,
    el('p', { class: 'muted' }, 'Red lines and the rest of this party (JSON):'),
    el('textarea', { rows: 3, onchange: e => {
      try {
        const more = JSON.parse(e.target.value || '{}');
        for (const k of Object.keys(extra)) delete p[k];
        Object.assign(p, more); changed();
      } catch (err) { e.target.setCustomValidity('not JSON'); e.target.reportValidity(); }
    } }, JSON.stringify(extra, null, 1)));
  card.dataset.party = index;
  return card;
}

function refreshWeights(card, p) {
  for (const s of card.querySelectorAll('input[type=range]')) s.value = p.weights[s.dataset.issue];
  for (const o of card.querySelectorAll('span.num')) o.textContent = p.weights[o.dataset.issue].toFixed(3);
}

function extras() {
  const keys = Object.keys(doc).filter(k => !BASE.has(k));
  fill('extras', keys.length ? keys.map(k => el('section', { class: 'card' }, el('strong', {}, k),
    el('textarea', { rows: 6, onchange: e => {
      try { doc[k] = JSON.parse(e.target.value); changed(); } catch (err) { e.target.setCustomValidity('not JSON'); e.target.reportValidity(); }
    } }, JSON.stringify(doc[k], null, 1))))
    : el('p', { class: 'muted' }, 'Nothing else in this case.'));
}

function render() {
  document.getElementById('name').value = doc.name;
  document.getElementById('description').value = doc.description || '';
  fill('title', doc.name);
  issuesTable();
  fill('parties', doc.parties.map(party));
  extras();
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
document.getElementById('addIssue').addEventListener('click', addIssue);
document.getElementById('applySource').addEventListener('click', () => {
  try { doc = JSON.parse(document.getElementById('source').value); render(); changed(); } catch (e) { showError('validity', e); }
});
document.getElementById('save').addEventListener('click', async () => {
  try {
    const c = await api('PUT', `/api/cases/${encodeURIComponent(id)}`, JSON.stringify(doc, null, 2));
    doc = c.case;
    render();
    fill('validity', el('span', { class: 'ok' }, `saved · revision ${c.revision}`));
  } catch (e) { showError('validity', e); }
});

load().catch(e => showError('validity', e));
