import { api, el, fill, header, param, showError } from './common.js';

const id = param('id');
header(id);
let timer;

async function setup() {
  const c = await api('GET', `/api/cases/${encodeURIComponent(id)}`);
  fill('title', `Preparation brief — ${c.name}`);
  const names = c.case.parties.map(p => p.name);
  const holder = (c.case.profiles || [])[0];
  fill('party', names.map(n => el('option', { value: n, selected: holder ? n === holder.holder : n === names[0] }, n)));
  fill('counterpart', names.map(n => el('option', { value: n, selected: holder ? n === holder.about : n === names[1] }, n)));
  await listBriefs();
}

async function listBriefs() {
  const briefs = await api('GET', `/api/cases/${encodeURIComponent(id)}/briefs`);
  fill('briefs', el('tr', {}, el('th', {}, 'asked'), el('th', {}, 'sides'), el('th', {}, 'figures'), el('th', {}, 'status')),
    briefs.map(b => el('tr', {}, el('td', {}, new Date(b.created).toLocaleString()),
      el('td', {}, `${b.request.party} facing ${b.request.counterpart}`),
      el('td', {}, `seed ${b.request.seed} · ${b.request.samples} samples · ${b.request.sessions} sessions`),
      el('td', {}, b.html ? el('a', { href: '#', onclick: e => { e.preventDefault(); follow(b.id); } }, 'open')
        : `${b.status}${b.error ? ': ' + b.error : ''}`))));
}

async function follow(briefId) {
  const b = await api('GET', `/api/briefs/${encodeURIComponent(briefId)}`);
  document.getElementById('run').hidden = false;
  const p = b.progress;
  const share = p && p.units ? p.done / p.units : (b.status === 'finished' ? 1 : 0);
  fill('progressText', b.status === 'running' && p ? `${p.stage}${p.units ? ` — ${p.done} of ${p.units}` : ''}…`
    : `${b.status}${b.error ? ': ' + b.error : ''}`);
  document.getElementById('bar').style.width = `${(100 * share).toFixed(1)}%`;
  clearTimeout(timer);
  if (b.status === 'running') {
    timer = setTimeout(() => follow(briefId), 500);
    return;
  }
  if (b.html) {
    fill('downloads', el('a', { href: b.html, download: 'brief.html' }, 'Download HTML'), ' · ',
      el('a', { href: b.markdown }, 'Download Markdown with its charts (zip)'));
    const view = document.getElementById('view');
    view.src = b.html;
    view.hidden = false;
  }
  listBriefs();
}

document.getElementById('start').addEventListener('click', async () => {
  const n = k => Number(document.getElementById(k).value);
  try {
    const b = await api('POST', `/api/cases/${encodeURIComponent(id)}/briefs`, {
      party: document.getElementById('party').value, counterpart: document.getElementById('counterpart').value,
      samples: n('samples'), sessions: n('sessions'), rounds: n('rounds'), repetitions: n('repetitions'), seed: n('seed') });
    fill('status', '');
    document.getElementById('view').hidden = true;
    fill('downloads', '');
    follow(b.id);
  } catch (e) { showError('status', e); }
});

setup().catch(e => showError('status', e));
