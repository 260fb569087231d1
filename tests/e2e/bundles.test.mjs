// Which wasm a page downloads, and when: the loader (www/ler-widgets.js) starts only the
// bundles a page's widgets need, asks for the glue, the wasm and the course files at once,
// and starts from the bytes when a host serves .wasm with the wrong type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, useBrowser, assertClean, assertNoAxeViolations } from './browser.mjs';

const env = useBrowser();
const course = JSON.parse(readFileSync(`${DIST}content/course.json`, 'utf8'));
const [first] = course.modules;

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <title>Bundles</title><script type="module" src="/ler-widgets.js"></script></head>
  <body><main><h1>Bundles</h1>${body}</main></body></html>`;
const VIEWER = `<ler-module-viewer module="${first.id}"></ler-module-viewer>`;
const EXPLORER = '<ler-credential-explorer></ler-credential-explorer>';

/** Opens `body` as a page of the test server; records its requests and console. */
async function open(body, { route } = {}) {
  const context = await env.browser.newContext();
  const url = `${env.server.url}bundles-page.html`;
  await context.route(url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: page(body) }));
  if (route) await route(context);
  const p = await context.newPage();
  const requests = [];
  const console = [];
  const problems = { console: [], page: [], external: [] };
  p.on('request', (r) => requests.push(new URL(r.url()).pathname));
  p.on('console', (m) => {
    console.push(`${m.type()}: ${m.text()}`);
    if (m.type() === 'error') problems.console.push(m.text());
  });
  p.on('pageerror', (e) => problems.page.push(String(e)));
  await p.goto(url);
  return { context, page: p, requests, console, problems };
}

const wasmOf = (requests) => requests.filter((r) => r.endsWith('.wasm')).sort();

test('a page with a module viewer loads the core bundle only', async () => {
  const { context, page: p, requests, problems } = await open(VIEWER);
  await p.locator('ler-module-viewer .ler-rank-0').waitFor();
  assert.deepEqual(wasmOf(requests), ['/ler-www_bg.wasm']);
  assertClean(problems);
  await context.close();
});

test('a page with only the credential explorer loads the explorer bundle only', async () => {
  const { context, page: p, requests, problems } = await open(EXPLORER);
  await p.locator('ler-credential-explorer [role="tree"]').waitFor();
  assert.deepEqual(wasmOf(requests), ['/ler-explorer_bg.wasm']);
  assert.ok(!requests.includes('/ler-www.js'), requests.join(' '));
  await assertNoAxeViolations(p, 'explorer from its own bundle');
  assertClean(problems);
  await context.close();
});

test('a page with a viewer, a checklist and an explorer loads two bundles, once each', async () => {
  const checklistModule = course.modules.find((m) => m.checklists?.length) ?? first;
  const { context, page: p, requests, problems } = await open(
    `${VIEWER}<ler-checklist module="${checklistModule.id}"></ler-checklist>${EXPLORER}`);
  await p.locator('ler-module-viewer .ler-rank-0').waitFor();
  await p.locator('ler-checklist input[type="checkbox"]').first().waitFor();
  await p.locator('ler-credential-explorer [role="tree"]').waitFor();
  assert.deepEqual(wasmOf(requests), ['/ler-explorer_bg.wasm', '/ler-www_bg.wasm']);
  assertClean(problems);
  await context.close();
});

test('a viewer that reports to an LMS loads the bundle with the SCORM bridge instead of the core one', async () => {
  const { context, page: p, requests } = await open(
    `<ler-module-viewer module="${first.id}" lms="auto"></ler-module-viewer>`);
  // No LMS API on this page: the widget still shows the module (progress stays in the browser).
  await p.locator('ler-module-viewer .ler-rank-0').waitFor();
  assert.deepEqual(wasmOf(requests), ['/ler-scorm_bg.wasm']);
  await context.close();
});

test('the course files are requested while the wasm is still on its way', async () => {
  // The wasm is held back until the course index and the module file have been asked for:
  // with the loader's prefetch they are; if they were requested only once the wasm had
  // started, nothing would arrive and the widget would never paint.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const asked = new Set();
  const { context, page: p } = await open(VIEWER, {
    route: async (ctx) => {
      await ctx.route('**/content/**', async (r) => {
        asked.add(new URL(r.request().url()).pathname);
        if (asked.has('/content/course.json') && asked.has(`/content/modules/${first.id}.json`)) release();
        await r.continue();
      });
      await ctx.route('**/ler-www_bg.wasm', async (r) => { await held; await r.continue(); });
    },
  });
  await p.locator('ler-module-viewer .ler-rank-0').waitFor({ timeout: 15_000 });
  await context.close();
});

test('.wasm served as application/octet-stream (as Moodle\'s pluginfile.php does): the widgets start, without a console warning', async () => {
  const { context, page: p, console } = await open(`${VIEWER}${EXPLORER}`, {
    route: (ctx) => ctx.route('**/*_bg.wasm', async (r) => {
      const response = await r.fetch();
      await r.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
    }),
  });
  await p.locator('ler-module-viewer .ler-rank-0').waitFor();
  await p.locator('ler-credential-explorer [role="tree"]').waitFor();
  assert.deepEqual(console.filter((m) => /wasm|MIME/i.test(m)), [], console.join('\n'));
  await context.close();
});
