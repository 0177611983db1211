// Browser end-to-end tests of the workbench: the brief, tournament, conflict and import pages, and
// the workbench's guards against hostile names and pages.
//   cd edges/web/e2e && npm ci && npm test    (after ./mvnw -pl edges/cli -am package)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createHttpServer } from 'node:http';
import { join } from 'node:path';
import { close, freePort, open, shot as saveShot, testData } from './harness.mjs';

let base; let browser; let page; let caseId;
before(async () => ({ base, browser, page, caseId } = await open({ withCase: true })));
after(close);
const shot = name => saveShot(page, name);

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
