import { api, el, fill, header, showError } from './common.js';

header();

const when = ms => new Date(ms).toLocaleString();

async function load() {
  const cases = await api('GET', '/api/cases');
  fill(document.querySelector('#cases tbody'), cases.map(c => el('tr', {},
    el('td', {}, el('a', { href: `/case.html?id=${c.id}` }, c.name)),
    el('td', { class: 'num' }, c.revision),
    el('td', {}, when(c.updated)),
    el('td', {}, el('a', { href: `/analysis.html?id=${c.id}` }, 'analysis'), ' · ',
      el('a', { href: `/rehearse.html?id=${c.id}` }, 'rehearse & play'), ' · ',
      el('a', { href: `/brief.html?id=${c.id}` }, 'brief'), ' · ',
      el('a', { href: `/live.html?id=${c.id}` }, 'live'), ' · ',
      el('a', { href: `/api/cases/${c.id}/export?format=yaml` }, 'YAML'), ' · ',
      el('a', { href: `/api/cases/${c.id}/export?format=genius` }, 'GENIUS'), ' · ',
      el('a', { href: `/api/cases/${c.id}/export?format=geniusweb` }, 'GeniusWeb')))));
  const plays = await api('GET', '/api/plays');
  fill(document.querySelector('#plays tbody'), plays.map(p => el('tr', {},
    el('td', {}, p.case), el('td', {}, p.seats.join(' vs ')),
    el('td', {}, el('span', { class: 'pill' }, p.status)), el('td', {}, when(p.created)))));
}

fill('example', (await api('GET', '/api/examples')).map(n => el('option', { value: n }, n)));

/** The smallest valid case: two parties, one issue on which they want opposite things; the editor takes it from there. */
function blankCase() {
  const party = (name, low, high) => ({ name, reservation: 0, weights: { issue1: 1 }, values: { issue1: { low, high } } });
  return { version: 1, name: 'New case', description: '', issues: [{ name: 'issue1', type: 'discrete', values: ['low', 'high'] }],
    parties: [party('Party A', 0, 1), party('Party B', 1, 0)] };
}

document.getElementById('blank').addEventListener('click', async () => {
  try {
    const c = await api('POST', '/api/cases', blankCase());
    location.href = `/case.html?id=${c.id}`;
  } catch (e) { showError('status', e); }
});

document.getElementById('fromExample').addEventListener('click', async () => {
  try {
    const c = await api('POST', `/api/examples/${encodeURIComponent(document.getElementById('example').value)}`);
    location.href = `/case.html?id=${c.id}`;
  } catch (e) { showError('status', e); }
});

document.getElementById('import').addEventListener('click', async () => {
  const form = new FormData();
  for (const f of document.getElementById('importDomain').files) form.append('domain', f, f.name);
  for (const f of document.getElementById('importProfiles').files) form.append('profiles', f, f.name);
  try {
    const c = await api('POST', `/api/import/${document.getElementById('importFormat').value}`, form);
    location.href = `/case.html?id=${c.id}`;
  } catch (e) { showError('status', e); }
});

load().catch(e => showError('status', e));
