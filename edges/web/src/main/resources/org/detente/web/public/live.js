// The Live page: one side's view of real talks of a case. Offers are entered as they are made (the
// play composer's form); each answer carries the tracking (docs/record.md), the dance as we believe
// it and the recommended next offer. The counterpart is only ever shown as its offers reveal it.
import { api, choice, el, fill, header, num, param, pkg, setChoice, showError } from './common.js';
import { concessionOption, draw, frontierOption } from './charts.js';
import { look } from './palette.js';

const id = param('id');
header(id);
const base = `/api/cases/${encodeURIComponent(id)}/live`;
let talk = param('talk');
let view;

function options(names, selected) {
  return names.map(n => el('option', { value: n, selected: n === selected }, n));
}

async function setup() {
  const c = await api('GET', `/api/cases/${encodeURIComponent(id)}`);
  fill('title', `Live — ${c.name}`);
  const parties = c.case.parties.map(p => p.name);
  const profile = (c.case.profiles || [])[0];
  const us = profile ? profile.holder : parties[0];
  fill('us', options(parties, us));
  fill('counterpart', options(parties, profile ? profile.about : parties.find(p => p !== us)));
  await listPast();
  if (talk) await open(talk);
}

async function listPast() {
  const past = await api('GET', base);
  fill('past', el('option', { value: '' }, '—'), past.map(t => el('option', { value: t.id, selected: t.id === talk },
    `${t.us} facing ${t.counterpart} · ${t.offers} offers · ${new Date(t.updated).toLocaleString()}`)));
}

function deadline() {
  const text = document.getElementById('deadline').value.trim();
  return !text ? null : /^\d+$/.test(text) ? Number(text) : text;
}

async function begin(body) {
  fill('startStatus', '');
  try {
    show(await api('POST', base, body));
    history.replaceState(null, '', `?id=${encodeURIComponent(id)}&talk=${encodeURIComponent(view.id)}`);
    await listPast();
  } catch (e) { showError('startStatus', e); }
}

async function open(t) {
  try {
    fill('working', 'updating the beliefs…');
    show(await api('GET', `${base}/${encodeURIComponent(t)}`));
  } catch (e) { showError('startStatus', e); } finally { fill('working', ''); }
}

/** A 90 % interval drawn as a bar on [0, 1], the mean as a tick. */
function interval(e) {
  const pct = x => `${(100 * Math.max(0, Math.min(1, x))).toFixed(1)}%`;
  return el('div', { class: 'interval', title: `${num(e.low, 3)} – ${num(e.high, 3)}`,
    style: 'position:relative;height:.8rem;width:12rem;background:#eef1f5;border-radius:.2rem' },
  el('div', { style: `position:absolute;top:0;bottom:0;left:${pct(e.low)};width:calc(${pct(e.high)} - ${pct(e.low)});background:#9cc7e8` }),
  el('div', { style: `position:absolute;top:-.15rem;bottom:-.15rem;left:${pct(e.mean)};width:2px;background:#1b2631` }));
}

function show(v) {
  const first = !view || view.id !== v.id;
  view = v;
  talk = v.id;
  const t = v.track;
  document.getElementById('talk').hidden = false;
  if (first) {
    fill('by', options([v.us, v.counterpart], v.record.offers.length && v.record.offers[v.record.offers.length - 1].by === v.us
      ? v.counterpart : v.us));
    fill('choices', v.issues.map(i => el('label', {}, i.name, el('select', { 'data-issue': i.name },
      i.values.map(x => el('option', { value: x }, x))))));
    setChoice(v.best);
    document.getElementById('exportYaml').href = `${base}/${v.id}/record?format=yaml`;
    document.getElementById('exportJson').href = `${base}/${v.id}/record?format=json`;
  }
  fill('next', t.next
    ? [el('p', {}, el('strong', { id: 'nextPackage' }, pkg(t.next.outcome))),
      el('p', {}, `Worth ${num(t.next.ourUtility)} to ${v.us}; they accept it with probability ${num(100 * t.next.pAccept, 1)} %`,
        ' (the share of the counterparts we still believe in who would sign it).'),
      el('p', { id: 'why' }, t.next.why)]
    : el('p', { class: 'muted' }, 'No recommendation: the plan has no viable package.'));
  document.getElementById('useNext').disabled = !t.next;
  fill('warnings', t.warnings.map(w => el('li', { class: 'error' }, w)));
  dance(v);
  beliefs(v);
  fill('offers', el('tr', {}, el('th', {}, '#'), el('th', {}, 'by'), el('th', {}, 'package'),
    el('th', { class: 'num' }, `to ${v.us}`), el('th', { class: 'num' }, `to ${v.counterpart}, as we believe (90 %)`),
    el('th', {}, 'move'), el('th', {}, 'note')),
  t.offers.map((o, n) => el('tr', {}, el('td', {}, n + 1), el('td', {}, o.by), el('td', {}, pkg(o.outcome)),
    el('td', { class: 'num' }, num(o.ourUtility)),
    el('td', { class: 'num' }, `${num(o.theirUtility.mean)} [${num(o.theirUtility.low, 2)}, ${num(o.theirUtility.high, 2)}]`),
    el('td', {}, o.move || '—'), el('td', {}, v.record.offers[n].note || ''))));
}

function dance(v) {
  const them = `${v.counterpart} (as we believe)`;
  const analysis = { ...v.dance.analysis, parties: [v.us, them] };
  const rename = o => ({ ...o, party: o.party === v.us ? v.us : them });
  const offers = v.dance.offers.map(rename);
  const option = frontierOption(analysis, { offers });
  if (v.dance.next) {
    option.series.push({ type: 'scatter', name: 'recommended next offer', ...look('target', 18), z: 8,
      data: [{ value: v.dance.next.utilities, kind: 'recommended next offer', outcome: v.dance.next.outcome,
        utilities: v.dance.next.utilities }] });
    option.legend.data.push('recommended next offer');
  }
  fill('danceNote', `Our utility × ${v.counterpart}'s utility as we now believe it (the posterior mean${v.prior === 'profile'
    ? ', starting from our profile of them' : ', starting from an uninformed prior: their preferences in the case are not read'}).`
    + ` The frontier and the solutions are those of these beliefs; they move as the offers come in.`);
  draw('#dance', option);
  draw('#time', concessionOption([v.us, them], offers));
}

function beliefs(v) {
  const e = v.track.estimate;
  const rows = Object.entries(e.issues).map(([issue, x]) => {
    const best = Object.entries(x.values).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([k, s]) => `${k} (${num(s, 2)})`).join(', ');
    const mean = x.weight;
    return el('tr', {}, el('td', {}, issue), el('td', { class: 'num' }, num(mean, 3)),
      el('td', {}, interval({ mean, low: x.weightInterval.low, high: x.weightInterval.high })),
      el('td', { class: 'num' }, `${num(x.weightInterval.low, 2)}–${num(x.weightInterval.high, 2)}`),
      el('td', { class: 'num' }, `${num(x.priorWeight.mean, 3)} (${num(x.priorWeight.low, 2)}–${num(x.priorWeight.high, 2)})`),
      el('td', {}, best));
  });
  const r = e.reservation;
  fill('beliefs', el('table', { id: 'weights' }, el('tr', {}, el('th', {}, 'issue'), el('th', { class: 'num' }, 'weight'),
    el('th', {}, '90 % interval'), el('th', {}, ''), el('th', { class: 'num' }, 'before the talks'), el('th', {}, 'their best values')), rows),
  el('p', { id: 'limit' }, `Their likely limit (the least they would sign, on their own scale): ${num(r.mean, 3)}, 90 % between `,
    `${num(r.low, 2)} and ${num(r.high, 2)}.`),
  el('p', {}, e.concession ? `They concede like a ${e.concession.style} (e = ${num(e.concession.e, 2)}).`
    : 'How they concede shows after three of their offers.'),
  el('p', { class: 'muted' }, `${v.track.hypotheses} hypotheses weighed; ${num(v.track.effectiveHypotheses, 0)} effective. Seed ${v.seed}.`));
}

async function change(method, path, body) {
  fill('status', '');
  fill('working', 'updating the beliefs…');
  try {
    show(await api(method, `${base}/${encodeURIComponent(talk)}${path}`, body));
    const last = view.record.offers[view.record.offers.length - 1];
    document.getElementById('by').value = !last || last.by === view.counterpart ? view.us : view.counterpart;
    document.getElementById('note').value = '';
  } catch (e) { showError('status', e); } finally { fill('working', ''); }
}

document.getElementById('begin').addEventListener('click', () => begin({ us: document.getElementById('us').value,
  counterpart: document.getElementById('counterpart').value, deadline: deadline(), seed: Number(document.getElementById('seed').value) }));
document.getElementById('import').addEventListener('click', () => begin({ record: document.getElementById('recordText').value,
  seed: Number(document.getElementById('seed').value) }));
document.getElementById('past').addEventListener('change', e => {
  if (!e.target.value) return;
  view = undefined;
  history.replaceState(null, '', `?id=${encodeURIComponent(id)}&talk=${encodeURIComponent(e.target.value)}`);
  open(e.target.value);
});
document.getElementById('record').addEventListener('click', () => {
  const body = { by: document.getElementById('by').value, outcome: choice(), note: document.getElementById('note').value };
  const d = view.record.deadline;
  // as it is made: its round when the deadline is in rounds (the next one of this side), else this moment
  if (typeof d === 'number') body.when = view.record.offers.filter(o => o.by === body.by).length + 1;
  else body.when = new Date().toISOString();
  change('POST', '/offers', body);
});
document.getElementById('undo').addEventListener('click', () => change('DELETE', '/offers/last'));
document.getElementById('useNext').addEventListener('click', () => {
  if (view.track.next) { setChoice(view.track.next.outcome); document.getElementById('by').value = view.us; }
});

setup().catch(e => showError('startStatus', e));
