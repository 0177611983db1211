import { api, el, fill, header, num, param, pkg, showError } from './common.js';
import { concessionOption, draw, frontierOption } from './charts.js';

const id = param('id');
header(id);
let analysis;
let session;

function agentSelect(names, value, label) {
  return el('select', { 'aria-label': label }, names.map(n => el('option', { value: n, selected: n === value }, n)));
}

async function setup() {
  const [c, agents, a] = await Promise.all([api('GET', `/api/cases/${encodeURIComponent(id)}`), api('GET', '/api/agents'),
    api('GET', `/api/cases/${encodeURIComponent(id)}/analysis`)]);
  analysis = a;
  fill('title', `Rehearse — ${c.name}`);
  const parties = c.case.parties.map(p => p.name);
  const defaults = ['strategist', 'improviser'];
  fill('agents', parties.map((p, i) => el('label', {}, p, agentSelect(agents, defaults[i % 2], `agent for ${p}`))));
  fill('seats', parties.map((p, i) => {
    const kind = el('select', { 'aria-label': `seat of ${p}` }, el('option', { value: 'person', selected: i === 0 }, 'a person'),
      agents.map(n => el('option', { value: n, selected: i !== 0 && n === 'conceder' }, `agent: ${n}`)));
    return el('div', { class: 'row seat' }, el('strong', {}, p), kind,
      el('label', {}, 'confidential instructions', el('input', { size: 50, placeholder: 'shown only to this person' })));
  }));
  const past = await api('GET', `/api/cases/${encodeURIComponent(id)}/rehearsals`);
  fill('past', el('option', { value: '' }, '—'), past.map(r => el('option', { value: r.id },
    `${r.request.agents.join(' vs ')} · seed ${r.request.seed} · ${new Date(r.created).toLocaleString()}`)));
}

function show(s) {
  session = s;
  const r = s.result;
  document.getElementById('result').hidden = false;
  fill('outcome', el('p', {}, el('strong', {}, r.agreement ? 'Agreement' : `No agreement (${r.endedBy}${r.endedByParty ? ' by ' + r.endedByParty : ''})`),
    ` after ${r.rounds} rounds and ${r.offers} offers. `, r.agreement ? pkg(r.outcome) : ''),
  el('p', {}, r.parties.map((p, i) => `${p} (${r.agents[i]}): ${num(r.utilities[i])}`).join(' · '),
    r.agreement ? ` · distance to Pareto ${num(r.paretoDistance)}, to Nash ${num(r.nashDistance)}` : ''),
  r.reason ? el('p', { class: 'error' }, r.reason) : '');
  draw('#concession', concessionOption(r.parties, s.trace));
  const step = document.getElementById('step');
  step.max = Math.max(1, s.trace.length);
  step.value = s.trace.length;
  replay();
}

function replay() {
  const n = Number(document.getElementById('step').value);
  const offers = session.trace.slice(0, n);
  const last = offers[offers.length - 1];
  fill('stepLabel', `offer ${offers.length} of ${session.trace.length}`);
  fill('offerNow', last ? el('p', {}, `round ${last.round + 1}, ${last.party} (${last.agent}) offers `, el('strong', {}, pkg(last.outcome)),
    ' — ', last.utilities.map((u, i) => `${session.result.parties[i]} ${num(u)}`).join(', ')) : '');
  draw('#space', frontierOption(analysis, { offers,
    agreement: session.result.agreement && n === session.trace.length
      ? { outcome: session.result.outcome, utilities: session.result.rawUtilities } : null }));
}

document.getElementById('step').addEventListener('input', replay);
document.getElementById('run').addEventListener('click', async () => {
  fill('status', 'running…');
  try {
    const agents = [...document.querySelectorAll('#agents select')].map(s => s.value);
    show(await api('POST', `/api/cases/${encodeURIComponent(id)}/rehearsals`, {
      agents, rounds: Number(document.getElementById('rounds').value), seed: Number(document.getElementById('seed').value) }));
    fill('status', '');
  } catch (e) { showError('status', e); }
});
document.getElementById('past').addEventListener('change', async e => {
  if (e.target.value) show(await api('GET', `/api/rehearsals/${encodeURIComponent(e.target.value)}`));
});
document.getElementById('play').addEventListener('click', async () => {
  const seats = [...document.querySelectorAll('#seats .seat')].map(row => {
    const kind = row.querySelector('select').value;
    return kind === 'person' ? { person: true, instructions: row.querySelector('input').value } : { agent: kind };
  });
  try {
    const p = await api('POST', `/api/cases/${encodeURIComponent(id)}/plays`, { seats, rounds: Number(document.getElementById('playRounds').value) });
    fill('links', p.links.map(l => {
      const url = new URL(l.url, location.href).href;
      return el('li', {}, `${l.party}: `, el('a', { href: url, target: '_blank', rel: 'noopener', class: 'playlink' }, url));
    }));
  } catch (e) { fill('links', el('li', { class: 'error' }, e.message)); }
});

document.getElementById('mediate').addEventListener('click', async () => {
  const instructions = [...document.querySelectorAll('#seats .seat')].map(row => (row.querySelector('input') || {}).value || '');
  try {
    const m = await api('POST', `/api/cases/${encodeURIComponent(id)}/mediations`, { instructions,
      mediator: document.getElementById('mediator').value, rounds: Number(document.getElementById('mediationRounds').value) });
    fill('mediationLinks', m.links.map(l => {
      const url = new URL(l.url, location.href).href;
      return el('li', {}, `${l.party}: `, el('a', { href: url, target: '_blank', rel: 'noopener', class: 'mediationlink' }, url));
    }));
  } catch (e) { fill('mediationLinks', el('li', { class: 'error' }, e.message)); }
});

setup().catch(e => showError('status', e));
