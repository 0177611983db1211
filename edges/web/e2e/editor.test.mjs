// Browser end-to-end tests of the workbench: building and editing a case through the forms.
//   cd edges/web/e2e && npm ci && npm test    (after ./mvnw -pl edges/cli -am package)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { close, open, shot as saveShot, shots } from './harness.mjs';

let base; let browser; let page;
before(async () => ({ base, browser, page } = await open()));
after(close);
const shot = name => saveShot(page, name);

const caseJson = () => page.evaluate(() => JSON.parse(document.getElementById('source').value));


test('create a case from an example and edit it with live validation', async () => {
  await page.goto(`${base}/`);
  await page.selectOption('#example', 'apartment-lease.yaml');
  await page.click('#fromExample');
  await page.waitForURL(/case\.html\?id=/);
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
