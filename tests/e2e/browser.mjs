// Headless Chromium (the Debian package) driven by playwright-core, plus axe-core.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { serve } from './server.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
}

/**
 * The built site, as `trunk build --release` leaves it (or `$LER_DIST`, a site built
 * elsewhere), with a trailing slash.
 */
export const DIST = process.env.LER_DIST
  ? `${process.env.LER_DIST.replace(/\/+$/, '')}/`
  : new URL('../../dist/', import.meta.url).pathname;

/**
 * One server on 127.0.0.1 and one headless Chromium for a test file: started in node:test's
 * `before`, closed in `after`. `roots` are the folders served (the first that has a file wins);
 * it may be an async function, called in `before`, for files that first build what they serve.
 * The returned object's `server` and `browser` are set once `before` has run.
 */
export function useBrowser(roots = [DIST], { serveOptions, cleanUp } = {}) {
  const env = { server: undefined, browser: undefined };
  before(async () => {
    env.server = await serve(typeof roots === 'function' ? await roots() : roots, serveOptions);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
    await cleanUp?.();
  });
  return env;
}

/**
 * A new page that records console errors, page errors and every request that leaves
 * loopback (the tests assert there are none).
 */
export async function openPage(browser, url, { viewport = { width: 1100, height: 900 }, before = () => {} } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = { console: [], page: [], external: [] };
  page.on('console', (m) => { if (m.type() === 'error') problems.console.push(m.text()); });
  page.on('pageerror', (e) => problems.page.push(String(e)));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && u.protocol !== 'data:' && u.protocol !== 'blob:') {
      problems.external.push(r.url());
    }
  });
  before(page);
  await page.goto(url);
  return { page, context, problems };
}

/** Fails unless `openPage`'s record is empty: no console error, no page error, no request off loopback. */
/**
 * Opens `url` with every .wasm request held until `release()` (`mode` 'hold') or refused
 * ('refuse'): what a pre-rendered page shows before the widgets can run. Resolves to
 * openPage's page, context and problems, with `release` and the paths requested.
 */
export async function openWithWasm(browser, url, mode) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const requests = [];
  const opened = await openPage(browser, url, {
    before: (page) => {
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      return page.route('**/*.wasm', async (route) => {
        if (mode === 'refuse') return route.abort();
        await held;
        return route.continue();
      });
    },
  });
  return { ...opened, release, requests };
}

export function assertClean(problems, label = 'page problems') {
  assert.deepEqual(problems, { console: [], page: [], external: [] }, label);
}

/**
 * Waits until `condition()` (run in Node, may be async) is true, checking every 20 ms; fails
 * with `what` after `timeout` ms. For conditions the page cannot be asked about, such as
 * messages it logged; `page.waitForFunction` and locators cover the rest.
 */
export async function until(condition, what, { timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`gave up after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => { setTimeout(resolve, 20); });
  }
}

/** Runs axe-core on the page (it descends into open shadow roots) and fails on any violation. */
export async function assertNoAxeViolations(page, label) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
  assert.deepEqual(result, [], `axe-core violations (${label}):\n${JSON.stringify(result, null, 2)}`);
}

/** The element that has focus, looking through shadow roots. */
export async function focusedDescription(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 200),
      className: el.className,
      label: el.getAttribute('aria-label'),
    };
  });
}
