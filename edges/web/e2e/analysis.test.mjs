// Browser end-to-end tests of the workbench: the analysis and rehearsal charts.
//   cd edges/web/e2e && npm ci && npm test    (after ./mvnw -pl edges/cli -am package)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { close, hover, labelBoxes, open, overlapping, shot as saveShot } from './harness.mjs';

let base; let browser; let page; let caseId;
before(async () => ({ base, browser, page, caseId } = await open({ withCase: true })));
after(close);
const shot = name => saveShot(page, name);

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
