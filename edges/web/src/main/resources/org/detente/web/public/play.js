// A person's seat: the token in the page's fragment (never sent in a Referer) is the only key.
import { api, choice, el, fill, num, pkg, setChoice, showError } from './common.js';
import { draw, frontierOption } from './charts.js';
import { prefs } from './prefs.js';

const token = location.hash.slice(1);
const base = `/api/play/${encodeURIComponent(token)}`;
let state;
let polling;
let debriefShown = false;

async function preview() {
  try {
    const p = await api('POST', `${base}/utility`, { outcome: choice() });
    fill('preview', num(p.yourUtility));
    fill('previewNote', p.withinYourRedLines ? '' : el('span', { class: 'pill bad' }, 'crosses your red lines'));
  } catch (e) { showError('previewNote', e); }
}

function render(s) {
  const first = !state;
  state = s;
  fill('who', `You are ${s.you.name}`);
  fill('title', s.case.name);
  fill('description', s.case.description);
  if (s.instructions) { document.getElementById('instructionsCard').hidden = false; fill('instructions', s.instructions); }
  if (first) {
    fill('prefs', prefs(s.preferences, s.issues));
    fill('choices', s.issues.map(i => el('label', {}, i.name, el('select', { 'data-issue': i.name, onchange: preview },
      i.values.map(v => el('option', { value: v }, v))))));
    setChoice(s.best); // the composer starts at the player's own best package within their red lines
    preview();
  }
  const others = s.parties.filter((p, i) => i !== s.you.party).map(p => `${p.name} (${p.kind === 'agent' ? 'an agent' : 'a person'})`);
  const running = s.status === 'running';
  fill('turn', el('p', {}, running ? `Round ${Math.min(s.round, s.rounds)} of ${s.rounds} · against ${others.join(', ')} · ` : `Session ${s.status}. `,
    running ? el('strong', {}, s.yourTurn ? 'your turn' : 'waiting for the other side…') : ''));
  fill('standing', s.standing ? el('p', {}, `On the table, from ${s.standing.party}: `, el('strong', {}, pkg(s.standing.outcome)),
    ` — worth ${num(s.standing.yourUtility)} to you `, s.standing.withinYourRedLines ? '' : el('span', { class: 'pill bad' }, 'crosses your red lines'))
    : el('p', { class: 'muted' }, 'No offer on the table yet.'));
  const theirs = s.standing && s.standing.party !== s.you.name;
  document.getElementById('offer').disabled = !s.yourTurn;
  document.getElementById('accept').disabled = !(s.yourTurn && theirs);
  document.getElementById('walk').disabled = !s.yourTurn;
  document.getElementById('composer').hidden = !running;
  fill('history', el('tr', {}, el('th', {}, 'round'), el('th', {}, 'who'), el('th', {}, 'move'), el('th', { class: 'num' }, 'to you')),
    s.history.map(h => el('tr', {}, el('td', {}, h.round), el('td', {}, h.party),
      el('td', {}, h.action === 'offer' ? pkg(h.outcome) : h.action), el('td', { class: 'num' }, h.action === 'offer' ? num(h.yourUtility) : ''))));
  if (s.result && !debriefShown) debrief(s);
  clearTimeout(polling);
  if (running && !s.yourTurn) polling = setTimeout(refresh, 1000);
}

async function debrief(s) {
  debriefShown = true;
  const d = await api('GET', `${base}/debrief`);
  document.getElementById('debrief').hidden = false;
  const r = s.result;
  fill('verdict', el('p', {}, el('strong', {}, r.agreement ? `Agreement: ${pkg(r.outcome)}` : `No agreement (${r.endedBy}${r.endedByParty ? ' by ' + r.endedByParty : ''})`),
    ` — you got ${num(r.yourUtility)}.`),
  d.valueLeft ? el('p', {}, d.valueLeft.onFrontier ? 'The agreement is on the Pareto frontier: no package was better for both. '
    : `The agreement lies ${num(d.valueLeft.distanceToFrontier)} from the Pareto frontier: value was left on the table. `,
  `Utilities: ${d.analysis.parties.map((p, i) => `${p} ${num(d.result.rawUtilities[i])}`).join(', ')}.`) : '',
  el('p', { class: 'muted' }, `Nash would have given ${d.analysis.nash ? d.analysis.nash.utilities.map((u, i) => `${d.analysis.parties[i]} ${num(u)}`).join(', ') : '—'}.`));
  const offers = d.trace;
  draw('#debriefChart', frontierOption(d.analysis, { offers,
    improvements: d.valueLeft ? d.valueLeft.improvements : [],
    agreement: r.agreement ? { outcome: r.outcome, utilities: d.result.rawUtilities } : null }));
  const better = d.valueLeft ? d.valueLeft.improvements : [];
  fill('improvements', better.length
    ? [el('tr', {}, el('th', {}, 'package'), d.analysis.parties.map(p => el('th', { class: 'num' }, p))),
      better.map(b => el('tr', {}, el('td', {}, pkg(b.outcome)), b.utilities.map(u => el('td', { class: 'num' }, num(u)))))]
    : el('tr', {}, el('td', { class: 'muted' }, r.agreement ? 'None: the agreement was efficient.' : 'No agreement was reached.')));
}

async function refresh() {
  try { render(await api('GET', base)); } catch (e) { showError('status', e); }
}

async function act(path, body) {
  fill('status', '');
  try { render(await api('POST', `${base}/${path}`, body)); } catch (e) { showError('status', e); }
}

document.getElementById('offer').addEventListener('click', () => act('offer', { outcome: choice() }));
document.getElementById('accept').addEventListener('click', () => act('accept'));
document.getElementById('walk').addEventListener('click', () => {
  if (confirm('Walk away and take your alternative?')) act('walk-away');
});

if (!/^[A-Za-z0-9_-]{43}$/.test(token)) fill('status', el('span', { class: 'error' }, 'This link has no valid seat token.'));
else refresh();
