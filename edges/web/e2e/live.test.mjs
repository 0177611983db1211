// Browser end-to-end tests of the workbench: live talks.
//   cd edges/web/e2e && npm ci && npm test    (after ./mvnw -pl edges/cli -am package)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { close, labelBoxes, open, overlapping, shot as saveShot } from './harness.mjs';

let base; let browser; let page;
before(async () => ({ base, browser, page } = await open()));
after(close);
const shot = name => saveShot(page, name);

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
