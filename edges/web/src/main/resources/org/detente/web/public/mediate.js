// A person's seat at a mediated table: the token in the page's fragment (never sent in a Referer) is
// the only key. The page shows only this person's side until the debrief.
import { api, el, fill, num, pkg, showError } from './common.js';
import { draw, frontierOption } from './charts.js';
import { prefs } from './prefs.js';

const token = location.hash.slice(1);
const base = `/api/mediation/${encodeURIComponent(token)}`;
let polling;
let debriefShown = false;
let customFilled = false;

const KIND = { draft: 'Draft', ballot: 'Ballot', improvement: 'Improvement' };
const worth = t => [el('strong', {}, pkg(t.outcome)), ` — worth ${num(t.yourUtility)} to you `,
  t.withinYourRedLines ? '' : el('span', { class: 'pill bad' }, 'crosses your red lines')];

function render(s) {
  fill('who', `You are ${s.you.name}`);
  fill('title', s.case.name);
  fill('description', s.case.description);
  if (s.instructions) { document.getElementById('instructionsCard').hidden = false; fill('instructions', s.instructions); }
  fill('prefs', prefs(s.preferences, s.issues));
  if (!customFilled) { document.getElementById('custom').value = JSON.stringify(s.preferences, null, 2); customFilled = true; }
  const running = s.status === 'running';
  const waiting = s.parties.filter((p, i) => i !== s.you.party && !p.confided).map(p => p.name);
  const phaseText = {
    confiding: s.confided ? `Waiting for ${waiting.join(', ')} to confide in the mediator…` : 'Confide in the mediator to begin.',
    texts: `Text ${s.history.length} · round ${s.round} of ${s.rounds} · mediator ${s.mediator} · `,
    improvements: 'You hold a tentative agreement; the mediator looks for packages better for everyone. ',
    over: `Session ${s.status}.`,
  }[s.phase];
  fill('turn', el('p', {}, phaseText, running && s.phase !== 'confiding'
    ? el('strong', {}, s.yourTurn ? 'your answer' : 'waiting for the other side…') : ''));
  document.getElementById('confideCard').hidden = !(running && s.phase === 'confiding' && !s.confided);
  const q = s.question;
  document.getElementById('questionCard').hidden = !(running && q && s.yourTurn);
  if (q) {
    fill('questionTitle', q.kind === 'draft' ? 'Is this draft better or worse for you than the current text?'
      : q.kind === 'ballot' ? 'Will you sign this text?' : 'The mediator proposes a package better for everyone. Adopt it?');
    fill('question', el('p', {}, q.kind === 'improvement' ? 'Proposed: ' : 'Text: ', worth(q.text)),
      q.current ? el('p', {}, 'Current text: ', worth(q.current)) : '',
      q.tentative ? el('p', {}, 'Your tentative agreement: ', worth(q.tentative)) : '');
    // .row sets display, which the hidden attribute does not override
    document.getElementById('compare').style.display = q.kind === 'draft' ? '' : 'none';
    document.getElementById('vote').style.display = q.kind === 'draft' ? 'none' : '';
    document.getElementById('accept').disabled = !q.text.withinYourRedLines;
  }
  document.getElementById('tentativeCard').hidden = !s.tentative || s.phase === 'over';
  if (s.tentative) fill('tentative', el('p', {}, 'Tentative agreement: ', worth(s.tentative)));
  fill('history', el('tr', {}, el('th', {}, '#'), el('th', {}, 'kind'), el('th', {}, 'text'), el('th', { class: 'num' }, 'to you'),
    el('th', {}, 'your answer')), s.history.map(h => el('tr', {}, el('td', {}, h.step), el('td', {}, KIND[h.kind]),
    el('td', {}, pkg(h.text.outcome)), el('td', { class: 'num' }, num(h.text.yourUtility)), el('td', {}, h.yourAnswer || '…'))));
  if (s.result && !debriefShown) debrief(s);
  clearTimeout(polling);
  if (running && !s.yourTurn) polling = setTimeout(refresh, 1000);
}

async function debrief(s) {
  debriefShown = true;
  const d = await api('GET', `${base}/debrief`);
  document.getElementById('debrief').hidden = false;
  const r = s.result;
  const names = d.analysis.parties;
  fill('verdict', el('p', {}, el('strong', {}, r.agreement ? `Agreement: ${pkg(r.outcome)}` : `No agreement (${r.endedBy})`),
    ` — you got ${num(r.yourUtility)}.`, r.reason ? ` ${r.reason}.` : ''),
  d.valueLeft ? el('p', {}, d.valueLeft.onFrontier ? 'The agreement is on the Pareto frontier of what you confided: no package was better for both. '
    : `The agreement lies ${num(d.valueLeft.distanceToFrontier)} from the Pareto frontier. `,
  `Utilities: ${names.map((p, i) => `${p} ${num(d.result.rawUtilities[i])}`).join(', ')}.`) : '');
  draw('#debriefChart', frontierOption(d.analysis, { offers: d.trace,
    improvements: d.valueLeft ? d.valueLeft.improvements : [],
    agreement: r.agreement ? { outcome: r.outcome, utilities: d.result.rawUtilities } : null }));
  fill('steps', el('tr', {}, el('th', {}, '#'), el('th', {}, 'kind'), el('th', {}, 'text'),
    names.flatMap(p => [el('th', { class: 'num' }, p), el('th', {}, `${p}'s answer`)])),
  d.steps.map((st, i) => el('tr', {}, el('td', {}, i + 1), el('td', {}, KIND[st.kind]), el('td', {}, pkg(d.trace[i].outcome)),
    names.flatMap((p, j) => [el('td', { class: 'num' }, num(d.trace[i].utilities[j])), el('td', {}, st.answers[j] || '—')]))));
  fill('confided', d.confided.map(p => el('section', {}, el('h4', {}, p.name), prefs(p, s.issues, `${p.name}'s`))));
}

async function refresh() {
  try { render(await api('GET', base)); } catch (e) { showError('status', e); }
}

async function post(path, body) {
  fill('status', '');
  try { render(await api('POST', `${base}/${path}`, body)); } catch (e) { showError('status', e); }
}

document.getElementById('confirm').addEventListener('click', () => post('confide', {}));
document.getElementById('confideCustom').addEventListener('click', () => {
  let party;
  try { party = JSON.parse(document.getElementById('custom').value); } catch (e) { showError('status', e); return; }
  post('confide', { party });
});
for (const answer of ['better', 'same', 'worse', 'accept', 'reject']) {
  document.getElementById(answer).addEventListener('click', () => post('answer', { answer }));
}

if (!/^[A-Za-z0-9_-]{43}$/.test(token)) fill('status', el('span', { class: 'error' }, 'This link has no valid seat token.'));
else refresh();
