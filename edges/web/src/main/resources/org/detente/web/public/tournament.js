import { api, el, fill, header, num, param, showError } from './common.js';

header();
let timer;

function checks(target, names, labels, checked) {
  fill(target, names.map((n, i) => el('label', {}, el('input', { type: 'checkbox', value: n, checked: checked(n, i) }), labels[i])));
}

async function setup() {
  const [cases, agents] = await Promise.all([api('GET', '/api/cases'), api('GET', '/api/agents')]);
  checks('cases', cases.map(c => c.id), cases.map(c => c.name), (n, i) => i === 0);
  checks('agents', agents, agents, n => ['boulware', 'conceder', 'strategist', 'improviser'].includes(n));
  await listRuns();
  if (param('id')) follow(param('id'));
}

async function listRuns() {
  const runs = await api('GET', '/api/tournaments');
  fill('runs', el('tr', {}, el('th', {}, 'started'), el('th', {}, 'agents'), el('th', {}, 'status'), el('th', { class: 'num' }, 'sessions')),
    runs.map(r => el('tr', {}, el('td', {}, el('a', { href: `/tournament.html?id=${r.id}` }, new Date(r.created).toLocaleString())),
      el('td', {}, r.request.agents.join(', ')), el('td', {}, r.status), el('td', { class: 'num' }, `${r.done} / ${r.total}`))));
}

async function follow(id) {
  const t = await api('GET', `/api/tournaments/${encodeURIComponent(id)}?sessions=false`);
  document.getElementById('run').hidden = false;
  const share = t.total ? t.done / t.total : 0;
  fill('progressText', `${t.status}: ${t.done} of ${t.total} sessions`, t.error ? el('span', { class: 'error' }, ` — ${t.error}`) : '',
    t.status === 'interrupted' ? el('button', { type: 'button', id: 'resume', onclick: () => resume(id) }, 'Resume') : '');
  document.getElementById('bar').style.width = `${(100 * share).toFixed(1)}%`;
  fill('summary', el('tr', {}, ['agent', 'seats', 'agreement', 'mean utility', 'to Pareto', 'to Nash', 'welfare', 'forfeits']
    .map((h, i) => el('th', { class: i ? 'num' : '' }, h))),
  t.summary.map(r => el('tr', {}, el('td', {}, r.agent), el('td', { class: 'num' }, r.seats),
    el('td', { class: 'num' }, r.agreementRate === null ? '—' : `${num(100 * r.agreementRate, 1)} %`),
    [r.meanUtility, r.meanParetoDistance, r.meanNashDistance, r.meanWelfare].map(v => el('td', { class: 'num' }, num(v))),
    el('td', { class: 'num' }, r.forfeits))));
  clearTimeout(timer);
  if (t.status === 'running') timer = setTimeout(() => follow(id), 700);
  else listRuns();
}

/** Takes up an interrupted tournament: the sessions not stored yet run, with the same seeds. */
async function resume(id) {
  try {
    await api('POST', `/api/tournaments/${encodeURIComponent(id)}/resume`);
    fill('status', '');
    follow(id);
  } catch (e) { showError('status', e); }
}

document.getElementById('start').addEventListener('click', async () => {
  const picked = sel => [...document.querySelectorAll(`${sel} input:checked`)].map(i => i.value);
  try {
    const t = await api('POST', '/api/tournaments', { cases: picked('#cases'), agents: picked('#agents'),
      repetitions: Number(document.getElementById('repetitions').value), rounds: Number(document.getElementById('rounds').value),
      seed: Number(document.getElementById('seed').value) });
    history.replaceState(null, '', `/tournament.html?id=${t.id}`);
    fill('status', '');
    follow(t.id);
  } catch (e) { showError('status', e); }
});

setup().catch(e => showError('status', e));
