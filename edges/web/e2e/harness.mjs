// What every browser end-to-end test file shares: `detente serve` started from the built jar on a free
// loopback port with a fresh SQLite store, Debian's chromium (CHROMIUM, default /usr/bin/chromium;
// nothing is downloaded) driven by playwright-core, where screenshots go (SCREENSHOTS, default
// docs/screenshots in the repository), and the chart probes. Each test file starts its own server.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const jar = process.env.DETENTE_JAR || join(root, 'edges/cli/target/detente.jar');
export const shots = process.env.SCREENSHOTS || join(root, 'docs/screenshots');
export const testData = process.env.DETENTE_TEST_DATA || join(root, 'testdata');

export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
    s.on('error', fail);
  });
}

/** Starts the workbench and the browser: `{ base, browser, stop }`. */
async function start() {
  const dir = mkdtempSync(join(tmpdir(), 'detente-e2e-'));
  mkdirSync(shots, { recursive: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('java', ['-jar', jar, 'serve', '--port', String(port), '--db', join(dir, 'e2e.db')], { stdio: ['ignore', 'pipe', 'inherit'] });
  let browser;
  const stop = async () => {
    if (browser) await browser.close();
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await new Promise((ok, fail) => {
      server.stdout.on('data', d => { if (String(d).includes('workbench on')) ok(); });
      server.on('exit', code => fail(new Error(`detente serve exited with ${code}`)));
      // unref'd: a pending timer would keep the test file's process alive for its full minute
      setTimeout(() => fail(new Error('detente serve did not start in 60 s')), 60000).unref();
    });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
    });
  } catch (e) {
    await stop();
    throw e;
  }
  return { base, browser, stop };
}

let running;

/**
 * Starts the workbench and the browser for a test file (in its `before` hook):
 * `{ base, browser, page, caseId }`, caseId a new case from the bundled apartment lease if asked.
 */
export async function open({ withCase = false } = {}) {
  running = await start();
  const page = await newPage(running.browser);
  return { base: running.base, browser: running.browser, page, caseId: withCase ? await exampleCase(running.base) : undefined };
}

/** Stops what {@link open} started (the test file's `after` hook). */
export async function close() {
  if (running) await running.stop();
}

/** A page of the size the screenshots are taken at, failing the test on any script error. */
async function newPage(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', e => { throw e; });
  return page;
}

/** A new case in the workbench from the bundled apartment lease; its id. */
async function exampleCase(base) {
  const r = await fetch(`${base}/api/examples/apartment-lease.yaml`, { method: 'POST' });
  if (r.status !== 201) throw new Error(`creating the example case answered ${r.status}`);
  return (await r.json()).id;
}

/** Saves a screenshot of the whole page as SCREENSHOTS/NAME.png. */
export function shot(page, name) {
  return page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

export async function hover(p, selector, seriesName, n = 0) {
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
export function labelBoxes(p, selector) {
  return p.evaluate(sel => {
    const g = (window.echarts.getInstanceByDom(document.querySelector(sel)).getOption().graphic || [{ elements: [] }])[0].elements;
    const text = id => g.find(e => e.id === id.replace('label-box-', 'label-')).style.text;
    return g.filter(e => e.type === 'rect').map(e => ({ text: text(e.id), left: e.shape.x, top: e.shape.y,
      right: e.shape.x + e.shape.width, bottom: e.shape.y + e.shape.height }));
  }, selector);
}

export function overlapping(boxes) {
  const out = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(`${a.text} / ${b.text}`);
    }
  }
  return out;
}
