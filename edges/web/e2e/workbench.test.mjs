// Browser end-to-end tests of the workbench: playwright-core drives Debian's chromium
// (CHROMIUM, default /usr/bin/chromium; nothing is downloaded) against `detente serve` started
// from the built jar on a free loopback port with a fresh SQLite store. Screenshots of the main
// pages go to SCREENSHOTS (default docs/screenshots in the repository).
//   cd edges/web/e2e && npm ci && npm test    (after ./mvnw -pl edges/cli -am package)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer as createHttpServer } from 'node:http';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const jar = process.env.DETENTE_JAR || join(root, 'edges/cli/target/detente.jar');
const shots = process.env.SCREENSHOTS || join(root, 'docs/screenshots');
const testData = process.env.DETENTE_TEST_DATA || join(root, 'testdata');
let server; let browser; let page; let base; let dir; let caseId;

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
    s.on('error', fail);
  });
}

async function shot(name) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'detente-e2e-'));
  mkdirSync(shots, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn('java', ['-jar', jar, 'serve', '--port', String(port), '--db', join(dir, 'e2e.db')], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ok, fail) => {
    server.stdout.on('data', d => { if (String(d).includes('workbench on')) ok(); });
    server.on('exit', code => fail(new Error(`detente serve exited with ${code}`)));
    setTimeout(() => fail(new Error('detente serve did not start in 60 s')), 60000);
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', e => { throw e; });
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const caseJson = () => page.evaluate(() => JSON.parse(document.getElementById('source').value));

test('create a case from an example and edit it with live validation', async () => {
  await page.goto(`${base}/`);
  await page.selectOption('#example', 'apartment-lease.yaml');
  await page.click('#fromExample');
  await page.waitForURL(/case\.html\?id=/);
  caseId = new URL(page.url()).searchParams.get('id');
  await page.waitForSelector('#validity .ok');
  // move a weight: the others follow so that the weights still sum to 1
  const slider = page.locator('section[data-party="0"] input[type=range]').first();
  await slider.fill('0.5');
  const weights = (await caseJson()).parties[0].weights;
  const sum = Object.values(weights).reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(sum - 1) < 1e-9, `weights sum to ${sum}`);
  assert.equal(weights.rent, 0.5);
  await page.waitForSelector('#validity .ok');
  // a discount factor above 1 gets the command line's message, naming the field
  const discount = page.locator('section[data-party="1"] label:has-text("Discount") input');
  await discount.fill('1.5');
  await discount.dispatchEvent('change');
  await page.waitForSelector('#problems li');
  assert.match(await page.locator('#problems li').first().textContent(), /parties\[1\]\.discount: must have a maximum value of 1/);
  await shot('web-case-invalid');
  await discount.fill('1');
  await discount.dispatchEvent('change');
  await page.waitForSelector('#validity .ok');
  await page.click('#save');
  await page.waitForSelector('#validity .ok >> text=revision 2');
  await shot('web-case');
});

test('build red lines, a gesture, a profile and a deal through the forms; they are kept', async () => {
  await page.goto(`${base}/`);
  await page.selectOption('#example', 'apartment-lease.yaml');
  await page.click('#fromExample');
  await page.waitForURL(/case\.html\?id=/);
  const id = new URL(page.url()).searchParams.get('id');
  await page.waitForSelector('#validity .ok');
  const label = name => page.getByLabel(name, { exact: true });
  // red lines: a range on a numeric issue, refused values on a discrete one
  await label('add a red line for Landlord').click();
  await label('Landlord red line 1: min').fill('1550');
  await label('add a red line for Landlord').click();
  await label('Landlord red line 2: issue').selectOption('deposit');
  await label('Landlord red line 2: refuse one-month').check();
  assert.deepEqual((await caseJson()).parties[0].redLines,
    [{ issue: 'rent', within: [1550, 1700] }, { issue: 'deposit', refuse: ['one-month'] }]);
  // a gesture: an acknowledgement needs its disagreement
  const gestures = (await caseJson()).gestures.length;
  const g = `gesture ${gestures + 1}`;
  await page.click('#addGesture');
  await label(`${g}: name`).fill('acknowledge the tenant\'s budget');
  await label(`${g}: giver`).selectOption('Landlord');
  await label(`${g}: receiver`).selectOption('Tenant');
  await label(`${g}: kind`).selectOption('acknowledgement');
  await label(`${g}: cost`).fill('0.01');
  await label(`${g}: value`).fill('0.03');
  await label(`${g}: issues`).selectOption(['rent']);
  await label(`${g}: statement`).fill('A move is expensive, and rent is most of her budget.');
  const slot = page.locator(`.field-problems[data-field="gestures[${gestures}].disagreement"] .error`);
  await slot.waitFor();
  assert.match(await slot.textContent(), /gestures\[\d+\]\.disagreement/);
  assert.ok(await page.locator('#save').isDisabled());
  await page.locator(`section[data-gesture="${gestures}"]`).screenshot({ path: join(shots, 'web-case-gesture-invalid.png') });
  await label(`${g}: disagreement`).fill('The rent still has to cover the flat\'s upkeep.');
  await page.waitForSelector('#validity .ok');
  assert.equal(await slot.count(), 0);
  // a counterpart profile with a triangular belief about the reservation value
  const profiles = (await caseJson()).profiles.length;
  const f = `profile ${profiles + 1}`;
  await page.click('#addProfile');
  await label(`${f}: reservation: belief`).selectOption('triangular');
  await label(`${f}: reservation: min`).fill('0.2');
  await label(`${f}: reservation: mode`).fill('0.3');
  await label(`${f}: reservation: max`).fill('0.45');
  await label(`${f}: weight of pets: belief`).selectOption('uniform');
  await label(`${f}: concession`).selectOption('conceder');
  await label(`${f}: premises`).fill('INVENTED: tenants with a cat find few flats.');
  // a deal: one select per issue
  const deals = (await caseJson()).deals.length;
  const d = `deal ${deals + 1}`;
  await page.click('#addDeal');
  await label(`${d}: name`).fill('a long lease with the cat');
  const deal = { rent: '1650', leaseLength: '24-months', startDate: '1-july', deposit: 'two-months', pets: 'cat-only', smallRepairs: 'tenant-pays' };
  for (const [issue, value] of Object.entries(deal)) await label(`${d}: ${issue}`).selectOption(value);
  await page.waitForSelector('#validity .ok');
  await page.click('#save');
  await page.waitForSelector('#validity .ok >> text=revision 2');
  await shot('web-case-editor');
  // reload: everything was kept, in the case and in the forms
  await page.reload();
  await page.waitForSelector('#validity .ok');
  const kept = await caseJson();
  assert.deepEqual(kept.parties[0].redLines[0], { issue: 'rent', within: [1550, 1700] });
  assert.equal(kept.gestures[gestures].kind, 'acknowledgement');
  assert.match(kept.gestures[gestures].disagreement, /upkeep/);
  assert.deepEqual(kept.gestures[gestures].issues, ['rent']);
  const { holder, about, reservation, concession, weights, premises } = kept.profiles[profiles];
  assert.deepEqual({ holder, about, reservation, concession, premises }, {
    holder: 'Landlord', about: 'Tenant', reservation: { triangular: [0.2, 0.3, 0.45] }, concession: 'conceder',
    premises: 'INVENTED: tenants with a cat find few flats.',
  });
  assert.deepEqual(Object.keys(weights), ['pets']);
  assert.ok(weights.pets.uniform);
  assert.deepEqual(kept.deals[deals].values, deal); // the store writes values as text
  assert.equal(await label(`${f}: reservation: belief`).inputValue(), 'triangular');
  assert.equal(await label(`${f}: reservation: mode`).inputValue(), '0.3');
  assert.equal(await label(`${g}: disagreement`).inputValue(), 'The rent still has to cover the flat\'s upkeep.');
  assert.equal(await label(`${d}: leaseLength`).inputValue(), '24-months');
  assert.ok(await label('Landlord red line 2: refuse one-month').isChecked());
  // the analysis shows the deal
  await page.goto(`${base}/analysis.html?id=${id}`);
  await page.waitForSelector('#deals tr >> text=a long lease with the cat');
  assert.match(await page.locator('#deals').textContent(), /rent=1650/);
});

test('ratifiers and piecewise-linear value functions through forms; the editor fits a 1280 px window', async () => {
  await page.goto(`${base}/`);
  await page.selectOption('#example', 'arms-control.yaml');
  await page.click('#fromExample');
  await page.waitForURL(/case\.html\?id=/);
  await page.waitForSelector('#validity .ok');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    `the editor is ${await page.evaluate(() => document.documentElement.scrollWidth)} px wide`);
  assert.equal(await page.locator('textarea[aria-label="ratifiers (JSON)"]').count(), 0);
  const label = name => page.getByLabel(name, { exact: true });
  // the US Senate's value function of the warhead ceiling: its points, as numbers
  assert.equal(await label('ratifier 1: name').inputValue(), 'US Senate');
  assert.equal(await label('ratifier 1: warheadCeiling point 1: x').inputValue(), '1300');
  await label('ratifier 1: warheadCeiling point 2: y').fill('0.75');
  await label('ratifier 1: add a point to warheadCeiling').click();
  await label('ratifier 1: threshold').fill('0.55');
  let kept = await caseJson();
  assert.deepEqual(kept.ratifiers[0].values.warheadCeiling.points, [[1300, 1], [1550, 0.75], [1800, 0], [1800, 0]]);
  await page.waitForSelector('#problems li'); // two points at one x: the validator names the field
  assert.match(await page.locator('.field-problems[data-field="ratifiers[0].values.warheadCeiling"]').textContent(), /points/);
  await label('remove ratifier 1: warheadCeiling point 4').click();
  await page.waitForSelector('#validity .ok');
  assert.equal((await caseJson()).ratifiers[0].threshold, 0.55);
  // a party's linear function turned into points through the same form, keeping its shape
  await label('United States: value function of inspections').selectOption('points');
  kept = await caseJson();
  assert.deepEqual(kept.parties[0].values.inspections, { points: [[0, 0.1], [18, 1]] });
  // a new ratifier starts from the first party's preferences
  await page.click('#addRatifier');
  kept = await caseJson();
  assert.equal(kept.ratifiers.length, 4);
  assert.deepEqual(kept.ratifiers[3].weights, kept.parties[0].weights);
  await page.waitForSelector('#validity .ok');
  await page.locator('section[data-ratifier="0"]').screenshot({ path: join(shots, 'web-case-ratifier.png') });
  await page.click('#save');
  await page.waitForSelector('#validity .ok >> text=revision 2');
});

test('a new blank case opens in the editor, valid', async () => {
  await page.goto(`${base}/`);
  await page.click('#blank');
  await page.waitForURL(/case\.html\?id=/);
  await page.waitForSelector('#validity .ok');
  assert.equal((await caseJson()).parties.length, 2);
  await page.click('#addNumericIssue');
  await page.getByLabel('Party A: slope of issue2', { exact: true }).fill('0.05');
  await page.waitForSelector('#validity .ok');
  const c = await caseJson();
  assert.deepEqual(c.issues[1], { name: 'issue2', type: 'integer', min: 0, max: 10 });
  assert.deepEqual(c.parties[0].values.issue2, { linear: { slope: 0.05, offset: 0 } });
  await page.click('#save');
  await page.waitForSelector('#validity .ok >> text=revision 2');
});

test('the editor keeps the case consistent: values listed, paths as the validator writes them, renames everywhere', async () => {
  await page.goto(`${base}/`);
  const r = await page.evaluate(async () => {
    const m = await import(`${location.origin}/case-model.js`);
    const doc = {
      issues: [{ name: 'rent', type: 'real', min: 0, max: 1, step: 0.3 }, { name: 'pets', type: 'discrete', values: ['no', 'cat'] },
        { name: 'days', type: 'integer', min: 1, max: 3 }, { name: 'km', type: 'real', min: 0, max: 5 }],
      parties: [{ name: 'A', weights: { rent: 0.5, pets: 0.25, days: 0.25, km: 0 }, values: { pets: { no: 0, cat: 1 } }, redLines: [{ issue: 'pets', refuse: ['no'] }] },
        { name: 'B', weights: { rent: 0.5, pets: 0.5, days: 0, km: 0 }, values: {} }],
      deals: [{ name: 'd', values: { rent: 0.3, pets: 'cat', days: 2, km: 1 } }],
      profiles: [{ holder: 'B', about: 'A', weights: { pets: 0.3 }, redLines: [{ issue: 'pets', refuse: ['no'] }] }],
      gestures: [{ name: 'g', giver: 'A', receiver: 'B', kind: 'other', cost: 0, value: 0, issues: ['pets', 'rent'] }],
    };
    const out = {
      values: doc.issues.map(m.issueValues),
      paths: [m.member('parties[0].weights', 'lease car'), m.member('', 'name'), m.member('x', 'a.b'), m.member('x', 'say "hi"')],
    };
    m.setWeight(doc.parties[0].weights, 'rent', 0.8);
    out.sum = Object.values(doc.parties[0].weights).reduce((a, b) => a + b, 0);
    m.renameIssue(doc, doc.issues[1], 'rent'); // for a moment named like another issue: the mentions wait
    out.waiting = doc.parties[1].weights.pets;
    m.renameIssue(doc, doc.issues[1], 'animals');
    m.renameParty(doc, doc.parties[0], 'Alice');
    out.renamed = JSON.stringify(doc);
    m.removeIssue(doc, doc.issues[1]);
    out.removed = doc;
    out.same = [m.sameValue(doc.issues[0], '0.3', 0.30000000000000004), m.sameValue(doc.issues[0], '0.3', 0.6)];
    return out;
  });
  assert.deepEqual(r.values, [[0, 0.3, 0.6, 0.9, 1], ['no', 'cat'], [1, 2, 3], null]);
  assert.deepEqual(r.paths, ['parties[0].weights["lease car"]', 'name', 'x["a.b"]', 'x["say \\"hi\\""]']);
  assert.ok(Math.abs(r.sum - 1) < 1e-12);
  assert.doesNotMatch(r.renamed, /pets|"A"/);
  assert.match(r.renamed, /"animals"/);
  assert.equal(r.waiting, 0.5);
  assert.match(r.renamed, /"giver":"Alice"/);
  assert.match(r.renamed, /"about":"Alice"/);
  const after = r.removed;
  assert.equal(after.parties[0].redLines, undefined);
  assert.equal(after.profiles[0].redLines, undefined);
  assert.deepEqual(after.gestures[0].issues, ['rent']);
  assert.deepEqual(Object.keys(after.deals[0].values), ['rent', 'days', 'km']);
  assert.deepEqual(after.parties[1].weights, { rent: 1, days: 0, km: 0 });
  assert.deepEqual(r.same, [true, false]);
});

/** Hovers the n-th point of a chart's series (by name) and answers the tooltip's text. */
async function hover(p, selector, seriesName, n = 0) {
  const at = await p.evaluate(([sel, name, k]) => {
    const chart = window.echarts.getInstanceByDom(document.querySelector(sel));
    const s = chart.getOption().series.findIndex(x => x.name === name);
    const xy = chart.convertToPixel({ seriesIndex: s }, chart.getOption().series[s].data[k].value);
    const box = document.querySelector(sel).getBoundingClientRect();
    return [box.left + xy[0], box.top + xy[1]];
  }, [selector, seriesName, n]);
  await p.mouse.move(at[0], at[1]);
  const tip = p.locator(`${selector} .chart-tooltip`);
  await tip.waitFor({ state: 'visible' });
  return tip.textContent();
}

/** The boxes of a chart's solution labels, as drawn (pixels), with their texts. */
function labelBoxes(p, selector) {
  return p.evaluate(sel => {
    const g = (window.echarts.getInstanceByDom(document.querySelector(sel)).getOption().graphic || [{ elements: [] }])[0].elements;
    const text = id => g.find(e => e.id === id.replace('label-box-', 'label-')).style.text;
    return g.filter(e => e.type === 'rect').map(e => ({ text: text(e.id), left: e.shape.x, top: e.shape.y,
      right: e.shape.x + e.shape.width, bottom: e.shape.y + e.shape.height }));
  }, selector);
}

function overlapping(boxes) {
  const out = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(`${a.text} / ${b.text}`);
    }
  }
  return out;
}

test('see the frontier and the cloud of packages: hover shows the whole package; labels never overlap', async () => {
  await page.goto(`${base}/analysis.html?id=${caseId}`);
  await page.waitForSelector('#frontier svg');
  await page.waitForSelector('#solutions tr >> nth=1');
  assert.match(await page.locator('#solutions').textContent(), /Nash/);
  assert.match(await page.locator('#cloudNote').textContent(), /packages are drawn, as in the brief/);
  const series = await page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('#frontier'))
    .getOption().series.map(s => s.name));
  assert.ok(series.includes('Pareto frontier') && series.includes('outside the ZOPA'), series.join(', '));
  const text = await hover(page, '#frontier', 'Pareto frontier', 2);
  for (const issue of ['rent', 'leaseLength', 'startDate', 'deposit', 'pets', 'smallRepairs']) assert.match(text, new RegExp(`${issue} = `));
  const labels = await labelBoxes(page, '#frontier');
  assert.ok(labels.length >= 3, JSON.stringify(labels));
  assert.deepEqual(overlapping(labels), []);
  // the layout itself: labels of points that coincide or crowd never overlap
  const crowded = await page.evaluate(async () => {
    const { layoutLabels } = await import(`${location.origin}/charts.js`);
    const items = [...Array(6)].map((_, i) => ({ x: 300 + (i % 2), y: 200 + (i % 3), w: 90 + 10 * i, h: 17 }));
    return layoutLabels(items, { left: 0, right: 400, top: 0, bottom: 400 })
      .map((b, i) => ({ text: String(i), left: b.left, top: b.top, right: b.left + b.w, bottom: b.top + b.h }));
  });
  assert.deepEqual(overlapping(crowded), []);
  await shot('web-analysis');
});

test('an offer across a red line is a cross named in the legend, never drawn as a possible agreement', async () => {
  await page.goto(`${base}/`);
  const r = await page.evaluate(async id => {
    const charts = await import(`${location.origin}/charts.js`);
    const a = await (await fetch(`/api/cases/${id}/analysis`)).json();
    const p = a.paretoFrontier[0];
    const offers = [{ ...p, party: a.parties[0], crossesRedLineOf: [] }, { ...p, party: a.parties[1], crossesRedLineOf: [a.parties[0]] }];
    const names = o => o.series.map(s => ({ name: s.name, n: (s.data || []).length }));
    return [names(charts.frontierOption(a, { offers })), names(charts.frontierOption(a, { offers, agreement: offers[1] }))];
  }, caseId);
  const crossing = r[0].find(s => /crossing a red line/.test(s.name));
  assert.equal(crossing.n, 1);
  assert.equal(r[0].filter(s => /^offers by /.test(s.name)).reduce((n, s) => n + s.n, 0), 1);
  // an agreement on that package is a cross too, never the agreement's star
  assert.ok(r[1].some(s => s.name === 'agreement crossing a red line'));
  assert.ok(!r[1].some(s => s.name === 'agreement'));
});

test('run a rehearsal and replay it', async () => {
  await page.goto(`${base}/rehearse.html?id=${caseId}`);
  await page.waitForSelector('#agents select');
  await page.click('#run');
  await page.waitForSelector('#concession svg');
  await page.waitForSelector('#space svg');
  assert.match(await page.locator('#outcome').textContent(), /rounds/);
  assert.deepEqual(overlapping(await labelBoxes(page, '#space')), []);
  assert.match(await hover(page, '#concession', await page.evaluate(() => window.echarts.getInstanceByDom(
    document.querySelector('#concession')).getOption().series[0].name)), /offer 1 by/);
  await page.locator('#step').fill('2');
  assert.match(await page.locator('#stepLabel').textContent(), /offer 2 of/);
  await shot('web-rehearse');
});

test('play against an agent to agreement and read the debrief', async () => {
  await page.goto(`${base}/rehearse.html?id=${caseId}`);
  await page.waitForSelector('#seats .seat');
  await page.selectOption('#seats .seat >> nth=0 >> select', 'person');
  await page.fill('#seats .seat >> nth=0 >> input', 'You own the flat; a long lease matters most.');
  await page.selectOption('#seats .seat >> nth=1 >> select', 'conceder');
  await page.fill('#playRounds', '12');
  await page.click('#play');
  const url = await page.locator('a.playlink').first().getAttribute('href');
  assert.match(url, /play\.html#[A-Za-z0-9_-]{43}$/);
  const nash = (await (await fetch(`${base}/api/cases/${caseId}/analysis`)).json()).nash.outcome;
  const player = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await player.goto(url);
  await player.waitForSelector('#choices select');
  assert.match(await player.locator('#instructions').textContent(), /long lease/);
  // the page shows only the Landlord's own preferences
  assert.doesNotMatch(await player.locator('main').textContent(), /Tenant's|reservation 0\.3\b/);
  for (let turn = 0; turn < 30; turn++) {
    if (await player.locator('#debrief').isVisible()) break;
    await player.waitForSelector('#offer:not([disabled]), #debrief:not([hidden])');
    if (await player.locator('#debrief').isVisible()) break;
    const standing = await player.locator('#standing').textContent();
    const worth = Number((standing.match(/worth ([0-9.]+)/) || [0, -1])[1]);
    if (await player.locator('#accept').isEnabled() && worth >= 0.5 && !/crosses/.test(standing)) {
      await player.click('#accept');
    } else {
      for (const [issue, value] of Object.entries(nash)) await player.selectOption(`#choices select[data-issue="${issue}"]`, value);
      if (turn === 0) await player.screenshot({ path: join(shots, 'web-play.png'), fullPage: true });
      await player.click('#offer');
    }
    await player.waitForTimeout(150);
  }
  await player.waitForSelector('#debrief:not([hidden])');
  await player.waitForSelector('#debriefChart svg');
  assert.match(await player.locator('#verdict').textContent(), /Agreement/);
  assert.match(await player.locator('#verdict').textContent(), /Pareto frontier/);
  assert.deepEqual(overlapping(await labelBoxes(player, '#debriefChart')), []);
  page = player;
  await shot('web-debrief');
});

test('two people play from two browsers, each seeing only their own side', async () => {
  const r = await fetch(`${base}/api/cases/${caseId}/plays`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ seats: [{ person: true, instructions: 'Landlord brief' }, { person: true, instructions: 'Tenant brief' }], rounds: 6 }) });
  const { links } = await r.json();
  const nash = (await (await fetch(`${base}/api/cases/${caseId}/analysis`)).json()).nash.outcome;
  const other = await browser.newContext();
  const landlord = await browser.newPage();
  const tenant = await other.newPage();
  await landlord.goto(`${base}${links[0].url}`);
  await tenant.goto(`${base}${links[1].url}`);
  await landlord.waitForSelector('#offer:not([disabled])');
  assert.match(await tenant.locator('#instructions').textContent(), /Tenant brief/);
  assert.doesNotMatch(await tenant.locator('main').textContent(), /Landlord brief/);
  for (const [issue, value] of Object.entries(nash)) await landlord.selectOption(`#choices select[data-issue="${issue}"]`, value);
  await landlord.click('#offer');
  await tenant.waitForSelector('#accept:not([disabled])');
  assert.match(await tenant.locator('#standing').textContent(), /from Landlord/);
  await tenant.click('#accept');
  await tenant.waitForSelector('#debriefChart svg');
  await landlord.waitForSelector('#debriefChart svg', { timeout: 10000 });
  assert.match(await landlord.locator('#verdict').textContent(), /Agreement/);
  await other.close();
  await landlord.close();
});

test('write the preparation brief, read it and download it', async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/brief.html?id=${caseId}`);
  await page.waitForSelector('#party option', { state: 'attached' });
  await page.fill('#samples', '500');
  await page.fill('#sessions', '10');
  await page.fill('#repetitions', '1');
  await page.click('#start');
  await page.waitForSelector('#view:not([hidden])', { timeout: 120000 });
  const frame = page.frameLocator('#view');
  await frame.locator('text=Zoom out').first().waitFor();
  assert.ok(await frame.locator('svg').count() > 0);
  const href = await page.locator('#downloads a').first().getAttribute('href');
  assert.match(href, /brief\.html$/);
  await shot('web-brief');
});

test('a tournament runs with progress and results', async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/tournament.html`);
  await page.waitForSelector('#cases input');
  await page.fill('#rounds', '60');
  await page.click('#start');
  await page.waitForSelector('#progressText >> text=finished', { timeout: 60000 });
  assert.ok(await page.locator('#summary tr').count() >= 3);
  await shot('web-tournament');
});

test('a conflict shows states, stabilities and equilibria', async () => {
  await page.goto(`${base}/conflict.html`);
  await page.waitForFunction(() => document.getElementById('text').value.length > 0);
  await page.fill('#statusQuo', '1');
  await page.click('#analyse');
  await page.waitForSelector('#states tr >> nth=2');
  assert.match(await page.locator('#equilibria').textContent(), /Nash/);
  await shot('web-conflict');
});

test('import a GeniusWeb domain with its profiles', async () => {
  await page.goto(`${base}/`);
  await page.selectOption('#importFormat', 'geniusweb');
  await page.setInputFiles('#importDomain', join(testData, 'anl2023/domain00/domain00.json'));
  await page.setInputFiles('#importProfiles', [join(testData, 'anl2023/domain00/profileA.json'),
    join(testData, 'anl2023/domain00/profileB.json')]);
  await page.click('#import');
  await page.waitForURL(/case\.html\?id=/);
  await page.waitForSelector('#validity .ok');
  await page.goto(`${base}/`);
  await shot('web-cases');
});

test('names are shown as text, never run as HTML', async () => {
  const yaml = await (await fetch(`${base}/api/cases/${caseId}/export?format=json`)).json();
  yaml.name = '<img src=x onerror="window.__xss = 1">';
  const r = await fetch(`${base}/api/cases`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(yaml) });
  assert.equal(r.status, 201);
  const { id } = await r.json();
  for (const path of ['/', `/case.html?id=${id}`, `/analysis.html?id=${id}`, `/live.html?id=${id}`]) {
    await page.goto(`${base}${path}`);
    await page.waitForSelector(`text=${yaml.name}`);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.equal(await page.locator('main img').count(), 0);
  }
});

test('a page from another origin cannot create, start or import anything', async () => {
  // the hostile page: served from another origin (another port), it posts to the workbench the ways a
  // page may without asking — fetch in no-cors mode with text/plain and multipart bodies, a
  // text/plain form — and once with JSON (which needs the workbench's consent first)
  const count = async path => (await (await fetch(`${base}${path}`)).json()).length;
  const before = { cases: await count('/api/cases'), tournaments: await count('/api/tournaments') };
  const tournament = JSON.stringify({ cases: [caseId], agents: ['boulware', 'conceder'], rounds: 10 });
  const html = `<!doctype html><meta charset=utf-8><title>elsewhere</title>
<form id=f method=post action="${base}/api/tournaments" enctype="text/plain" target=sink>
<input name='${tournament.slice(0, -1)}, "x": "' value='"}'></form><iframe name=sink></iframe>
<script>
const base = ${JSON.stringify(base)};
const sent = [];
sent.push(fetch(base + '/api/cases', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' },
  body: JSON.stringify({ name: 'planted' }) }).catch(() => 'refused'));
sent.push(fetch(base + '/api/tournaments', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' },
  body: ${JSON.stringify(tournament)} }).catch(() => 'refused'));
const form = new FormData();
form.append('domain', new Blob(['{}'], { type: 'application/json' }), 'domain.json');
sent.push(fetch(base + '/api/import/geniusweb', { method: 'POST', mode: 'no-cors', body: form }).catch(() => 'refused'));
sent.push(fetch(base + '/api/tournaments', { method: 'POST', headers: { 'Content-Type': 'application/json' },
  body: ${JSON.stringify(tournament)} }).then(r => 'read ' + r.status, () => 'blocked'));
document.getElementById('f').submit();
window.done = Promise.all(sent);
</script>`;
  const elsewhere = createHttpServer((req, res) => { res.setHeader('Content-Type', 'text/html'); res.end(html); });
  const port = await freePort();
  await new Promise(ok => elsewhere.listen(port, '127.0.0.1', ok));
  const hostile = await browser.newPage();
  const answers = [];
  hostile.on('response', r => { if (r.url().startsWith(base)) answers.push(`${r.request().method()} ${new URL(r.url()).pathname} ${r.status()}`); });
  try {
    await hostile.goto(`http://127.0.0.1:${port}/`);
    const outcome = await hostile.evaluate(() => window.done);
    assert.equal(outcome[3], 'blocked', 'the JSON request is never let through to be read');
    await hostile.waitForTimeout(1000); // the form's post
  } finally {
    await hostile.close();
    await new Promise(ok => elsewhere.close(ok));
  }
  const posts = answers.filter(a => a.startsWith('POST'));
  assert.ok(posts.length >= 4, `the browser sent the posts: ${answers.join('; ')}`);
  for (const a of posts) assert.match(a, / 403$/, `refused for its origin: ${a}`);
  assert.deepEqual({ cases: await count('/api/cases'), tournaments: await count('/api/tournaments') }, before,
    'nothing was created or started');
});

test('live talks: enter offers as they are made, see the dance, the beliefs and the next offer; export the record', async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const r = await fetch(`${base}/api/examples/apartment-lease.yaml`, { method: 'POST' });
  const { id } = await r.json();
  await page.goto(`${base}/live.html?id=${id}`);
  await page.waitForFunction(() => document.querySelectorAll('#us option').length > 1);
  // the case's profile is held by the Tenant about the Landlord: those are the sides offered first
  assert.equal(await page.locator('#us').inputValue(), 'Tenant');
  assert.equal(await page.locator('#counterpart').inputValue(), 'Landlord');
  await page.fill('#deadline', '10');
  await page.click('#begin');
  await page.waitForSelector('#talk:not([hidden])');
  await page.waitForSelector('#nextPackage');
  const landlord = [['rent', '1700'], ['leaseLength', '24-months'], ['pets', 'no-pets']];
  const tenant = [['rent', '1500'], ['leaseLength', '12-months'], ['pets', 'cat-only']];
  for (const [who, moves] of [['Landlord', landlord], ['Tenant', tenant], ['Landlord', [['rent', '1650']]]]) {
    await page.selectOption('#by', who);
    for (const [issue, value] of moves) await page.selectOption(`#choices select[data-issue="${issue}"]`, value);
    const rows = await page.locator('#offers tr').count();
    await page.click('#record');
    await page.waitForFunction(n => document.querySelectorAll('#offers tr').length === n + 1, rows);
  }
  // every offer judged: ours, theirs as believed with its interval, and the move
  const last = await page.locator('#offers tr').last().textContent();
  assert.match(last, /Landlord/);
  assert.match(last, /\[0\.\d\d, [01]\.\d\d\]/);
  assert.match(last, /concession|selfish|fortunate|unfortunate|nice|silent/);
  // the beliefs: a weight with its interval per issue, their likely limit, and the next offer with its reason
  assert.equal(await page.locator('#weights tr').count(), 7);
  assert.match(await page.locator('#limit').textContent(), /likely limit.*90 % between/);
  assert.ok((await page.locator('#why').textContent()).length > 20);
  // the dance: both sides' offers over the believed frontier, and over time
  await page.waitForSelector('#dance svg');
  await page.waitForSelector('#time svg');
  const names = await page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('#dance')).getOption()
    .series.map(s => s.name));
  assert.ok(names.includes('offers by Tenant'), names.join(', '));
  assert.ok(names.includes('offers by Landlord (as we believe)'), names.join(', '));
  assert.ok(names.includes('recommended next offer'), names.join(', '));
  assert.deepEqual(overlapping(await labelBoxes(page, '#dance')), []);
  // the recommended offer fills the composer
  await page.click('#useNext');
  assert.equal(await page.locator('#by').inputValue(), 'Tenant');
  // kept: reopening the page shows the same talks; the record downloads in the record format
  await page.reload();
  await page.waitForSelector('#nextPackage');
  assert.equal(await page.locator('#offers tr').count(), 4);
  const yaml = await (await fetch(`${base}${await page.locator('#exportYaml').getAttribute('href')}`)).text();
  assert.match(yaml, /us: Tenant/);
  assert.match(yaml, /counterpart: Landlord/);
  assert.equal((yaml.match(/- by:/g) || []).length, 3);
  // a slip of the hand taken back
  await page.click('#undo');
  await page.waitForFunction(() => document.querySelectorAll('#offers tr').length === 3);
  // a bad entry is refused with the server's message
  await page.evaluate(() => { const o = document.createElement('option'); o.value = 'parrots'; o.textContent = 'parrots';
    document.querySelector('#choices select[data-issue="pets"]').append(o); });
  await page.selectOption('#choices select[data-issue="pets"]', 'parrots');
  await page.click('#record');
  await page.waitForSelector('#status .error');
  assert.match(await page.locator('#status').textContent(), /outcome/);
  await page.selectOption('#choices select[data-issue="pets"]', 'no-pets');
  await shot('web-live');
});

test('two people settle through the neutral mediator, each seeing only their own side until the debrief', async () => {
  const r = await fetch(`${base}/api/cases/${caseId}/mediations`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ rounds: 30, seed: 2, instructions: ['Landlord brief', 'Tenant brief'] }) });
  assert.equal(r.status, 201);
  const { links } = await r.json();
  const contexts = [await browser.newContext(), await browser.newContext()];
  const pages = [await contexts[0].newPage(), await contexts[1].newPage()];
  for (const [i, p] of pages.entries()) {
    p.on('pageerror', e => { throw e; });
    await p.setViewportSize({ width: 1280, height: 900 });
    await p.goto(`${base}${links[i].url}`);
  }
  const [landlord, tenant] = pages;
  await landlord.waitForSelector('#confirm');
  assert.match(await tenant.locator('#instructions').textContent(), /Tenant brief/);
  assert.doesNotMatch(await tenant.locator('main').textContent(), /Landlord brief/);
  await landlord.click('#confirm');
  // the tenant changes her profile before confiding: a reservation value only she and the mediator know
  await tenant.waitForSelector('#confirm');
  await tenant.click('#confideCard summary');
  await tenant.waitForSelector('#custom');
  const mine = JSON.parse(await tenant.inputValue('#custom'));
  mine.reservation = 0.4271;
  await tenant.fill('#custom', JSON.stringify(mine));
  await tenant.click('#confideCustom');
  const view = async i => (await fetch(`${base}/api/mediation/${links[i].token}`)).json();
  for (let step = 0; step < 300; step++) {
    const views = [await view(0), await view(1)];
    if (views[0].status !== 'running') break;
    for (const [i, v] of views.entries()) {
      if (!v.yourTurn || !v.question) continue;
      const p = pages[i];
      await p.waitForSelector('#questionCard:not([hidden])');
      if (step === 2 && i === 0) await p.screenshot({ path: join(shots, 'web-mediate.png'), fullPage: true });
      const q = v.question;
      assert.equal(await p.locator('#accept').isVisible(), q.kind !== 'draft');
      assert.equal(await p.locator('#better').isVisible(), q.kind === 'draft');
      const rv = i === 0 ? 0.35 : 0.4271;
      const answer = q.kind === 'draft' ? (q.text.yourUtility > q.current.yourUtility ? 'better' : 'worse')
        : q.kind === 'improvement' || (q.text.withinYourRedLines && q.text.yourUtility >= rv) ? 'accept' : 'reject';
      assert.doesNotMatch(await landlord.locator('main').textContent(), /0\.4271|Tenant brief/);
      await Promise.all([p.waitForResponse(x => x.url().endsWith('/answer')), p.click(`#${answer}`)]);
    }
  }
  for (const p of pages) await p.waitForSelector('#debriefChart svg', { timeout: 15000 });
  assert.match(await landlord.locator('#verdict').textContent(), /Agreement/);
  assert.match(await landlord.locator('#confided').textContent(), /Tenant's alternative to any deal \(reservation value\): 0\.43/);
  assert.ok(await landlord.locator('#steps tr').count() > 1);
  assert.doesNotMatch(await landlord.locator('#steps').textContent(), /object/);
  assert.match(await landlord.locator('#steps tr').first().textContent(), /Tenant's answer/);
  await landlord.locator('#debrief').scrollIntoViewIfNeeded();
  await landlord.evaluate(() => document.getElementById('debrief').scrollIntoView());
  await landlord.screenshot({ path: join(shots, 'web-mediate-debrief.png') });
  for (const c of contexts) await c.close();
});
