import { api, el, fill, header, showError } from './common.js';

header();
const CONCEPTS = { nash: 'Nash', gmr: 'GMR', smr: 'SMR', seq: 'SEQ', sim: 'SIM', seqSim: 'SEQ+SIM', limited: 'L(h)' };

async function example(name) {
  document.getElementById('text').value = await api('GET', `/api/examples/conflicts/${encodeURIComponent(name)}`);
  document.getElementById('form').value = name.endsWith('.gmcr') ? 'gmcr' : 'yaml';
}

function render(c) {
  document.getElementById('out').hidden = false;
  fill('equilibria', el('tr', {}, el('th', {}, 'concept'), el('th', {}, 'equilibrium states')),
    Object.entries(c.equilibria).map(([k, ids]) => el('tr', {}, el('td', {}, CONCEPTS[k] || k), el('td', {}, ids.length ? ids.join(', ') : 'none'))));
  const dms = c.decisionMakers.map(d => d.name);
  fill('optionOrder', `Options, in the order of the Y/N column: ${c.options.map(o => `${o.name} (${o.decisionMaker})`).join(', ')}.`);
  const keys = Object.keys(c.equilibria);
  fill('states', el('tr', {}, el('th', {}, 'state'), el('th', {}, 'options (Y/N)'), dms.map(d => el('th', {}, `${d}: rank · stable under`))),
    c.states.map(s => el('tr', {}, el('td', {}, s.id), el('td', {}, el('code', {}, s.options)),
      dms.map(d => el('td', {}, `${s.ranks[d]} · `, keys.filter(k => s.stable[d][k]).map(k => CONCEPTS[k] || k).join(' ') || '—')))));
  const sq = c.statusQuo;
  fill('statusQuoOut', sq ? [el('h2', {}, `From the status quo, state ${sq.state}`),
    el('p', {}, `Reachable by unilateral improvements: ${sq.reachableByUnilateralImprovements.join(', ') || 'none'}; `,
      `by coalition improvements: ${sq.reachableByCoalitionImprovements.join(', ') || 'none'}.`)] : '');
}

document.getElementById('example').addEventListener('change', e => example(e.target.value));
document.getElementById('analyse').addEventListener('click', async () => {
  const q = new URLSearchParams({ form: document.getElementById('form').value, horizon: document.getElementById('horizon').value });
  if (document.getElementById('statusQuo').value) q.set('statusQuo', document.getElementById('statusQuo').value);
  try {
    render(await api('POST', `/api/conflict?${q}`, document.getElementById('text').value, 'application/yaml'));
    fill('status', '');
  } catch (e) { showError('status', e); }
});

const names = await api('GET', '/api/examples/conflicts');
fill('example', names.map(n => el('option', { value: n }, n)));
example(names[0]).catch(e => showError('status', e));
