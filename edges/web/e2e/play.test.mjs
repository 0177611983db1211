// Browser end-to-end tests of the workbench: playing against an agent, between two people, and
// through the neutral mediator.
//   cd edges/web/e2e && npm ci && npm test    (after ./mvnw -pl edges/cli -am package)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { close, labelBoxes, open, overlapping, shot as saveShot, shots } from './harness.mjs';

let base; let browser; let page; let caseId;
before(async () => ({ base, browser, page, caseId } = await open({ withCase: true })));
after(close);
const shot = name => saveShot(page, name);

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
