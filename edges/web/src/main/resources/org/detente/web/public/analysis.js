import { api, el, fill, header, num, param, pkg, showError } from './common.js';
import { draw, frontierOption } from './charts.js';

const id = param('id');
header(id);

function count(n) {
  return typeof n === 'number' ? n.toLocaleString('en') : String(n);
}

async function load() {
  const [a, cloud] = await Promise.all([api('GET', `/api/cases/${encodeURIComponent(id)}/analysis`),
    api('GET', `/api/cases/${encodeURIComponent(id)}/cloud`)]);
  fill('title', `Analysis — ${a.case}`);
  fill('status', '');
  const zopa = a.zopa.size === null ? `not computed (${a.zopa.method})` : `${count(a.zopa.size)} packages (${num(100 * a.zopa.share, 1)} %)`;
  fill('summary', el('div', { class: 'row' },
    el('span', {}, el('strong', {}, count(a.outcomes)), ' outcomes'),
    el('span', {}, el('strong', {}, count(a.agreementOutcomes)), ' allowed by the red lines'),
    el('span', {}, 'frontier: ', el('strong', {}, a.paretoFrontier.length), ' points (', a.frontierMethod, ')'),
    el('span', {}, 'ZOPA: ', el('strong', {}, zopa)),
    el('span', {}, 'opposition: ', el('strong', {}, num(a.opposition)))),
  el('p', { class: 'muted' }, 'Parties: ', a.parties.map((p, i) => `${p} (reservation ${num(a.reservation[i], 2)})`).join(' · ')));
  const notes = [];
  if (a.parties.length > 2) notes.push(`The chart shows the first two of ${a.parties.length} parties.`);
  notes.push(cloud.packages === null
    ? `The space has more than ${count(cloud.limit)} packages: only the frontier and the solutions are drawn.`
    : `All ${count(cloud.packages)} packages are drawn, as in the brief: each square is a cell of 1/${cloud.grid} × 1/${cloud.grid} in utility, coloured by the best class of the packages it holds; a cell holding only packages that cross a red line is a light-red cross.`);
  fill('cloudNote', notes.join(' '));
  draw('#frontier', frontierOption(a, { cloud }));
  const head = el('tr', {}, el('th', {}, 'solution'), el('th', {}, 'package'), a.parties.map(p => el('th', { class: 'num' }, p)));
  fill('solutions', head, [['Nash', a.nash], ['Kalai–Smorodinsky', a.kalaiSmorodinsky], ['egalitarian', a.egalitarian],
    ['max welfare', a.maxWelfare], ['GENIUS Kalai', a.geniusKalai]].map(([n, p]) => el('tr', {}, el('td', {}, n),
    el('td', {}, p ? pkg(p.outcome) : 'none individually rational'),
    (p ? p.utilities : a.parties.map(() => null)).map(u => el('td', { class: 'num' }, num(u))))));
  fill('deals', el('tr', {}, el('th', {}, 'deal'), el('th', {}, 'package'), el('th', { class: 'num' }, 'distance to frontier'),
    el('th', { class: 'num' }, 'better for all, within the red lines')),
  a.deals.map(d => el('tr', {}, el('td', {}, d.name, el('div', { class: 'muted' }, d.note)),
    el('td', {}, pkg(d.outcome.outcome), crossed(d.crossesRedLines)),
    el('td', { class: 'num' }, num(d.distanceToFrontier)), el('td', { class: 'num' }, d.improvements.length))));
  tradeOffs(a, 30);
}

// A deal that crosses a red line is no possible agreement: say whose line and which value.
function crossed(lines) {
  return lines.length ? el('div', { class: 'error' }, 'Not a possible agreement: ',
    lines.map(x => `${x.party} refuses ${x.issue}=${x.value} (red line: ${x.redLine})`).join('; ')) : '';
}

function tradeOffs(a, limit) {
  const shown = a.tradeOffs.slice(0, limit);
  const more = a.tradeOffs.length - shown.length;
  fill('tradeoffs', el('caption', { class: 'muted' }, `${shown.length} of ${a.tradeOffs.length} trade-offs, best ratio first `,
    more > 0 ? el('button', { class: 'secondary', onclick: () => tradeOffs(a, Infinity) }, `show the other ${more}`) : ''),
  el('tr', {}, el('th', {}, 'giver'), el('th', {}, 'issue'), el('th', {}, 'from → to'),
    el('th', { class: 'num' }, 'cost'), a.parties.map(p => el('th', { class: 'num' }, `gain to ${p}`)), el('th', { class: 'num' }, 'ratio')),
  shown.map(t => el('tr', {}, el('td', {}, t.giver), el('td', {}, t.issue), el('td', {}, `${t.from} → ${t.to}`),
    el('td', { class: 'num' }, num(t.cost)), t.gains.map(g => el('td', { class: 'num' }, num(g))),
    el('td', { class: 'num' }, typeof t.ratio === 'number' ? num(t.ratio, 2) : t.ratio))));
}

load().catch(e => showError('status', e));
