// The host examples in examples/ (copied to dist/examples/), each in real headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, assertNoAxeViolations, useBrowser, DIST, assertClean } from './browser.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const env = useBrowser([DIST], {
  serveOptions: {
    headers: (path) => (path.startsWith('/examples/strict-csp/')
      ? { 'content-security-policy': STRICT_CSP } : {}),
  },
});


async function frameContentHeight(frame) {
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

// Resolves once the host page's (same-origin) iframe is as tall as its content, within 4 px;
// rejects after 5 s. The callers then measure and assert, so a frame that never follows
// fails with both heights in the message.
function framesContent(page) {
  return page.waitForFunction(() => {
    const frame = document.querySelector('iframe');
    const doc = frame?.contentDocument;
    if (!doc?.querySelector('ler-module-viewer')) return false;
    const inner = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    return Math.abs(inner - frame.getBoundingClientRect().height) <= 4;
  }, null, { timeout: 5_000 });
}

test('plain site: every widget on the page renders; each content file is fetched once', async () => {
  const fetched = [];
  const { page, problems } = await openPage(env.browser, `${env.server.url}examples/plain-site/`, {
    before: (p) => p.on('request', (r) => {
      if (r.url().includes('/content/')) fetched.push(new URL(r.url()).pathname);
    }),
  });
  const viewers = page.locator('ler-module-viewer');
  const count = await viewers.count();
  assert.ok(count >= 2);
  for (let i = 0; i < count; i += 1) {
    await viewers.nth(i).locator('.ler-rank-0').waitFor();
  }
  await page.locator('ler-credential-explorer [role="tree"]').first().waitFor();
  await page.locator('ler-checklist input[type="checkbox"]').first().waitFor();
  await assertNoAxeViolations(page, 'plain site');
  const counts = fetched.reduce((m, p) => m.set(p, (m.get(p) ?? 0) + 1), new Map());
  assert.equal(counts.get('/content/course.json'), 1, JSON.stringify([...counts]));
  assert.equal(counts.get('/content/modules/record-integrity.json'), 1, JSON.stringify([...counts]));
  assertClean(problems);
});

test('Canvas-style page: the pasted iframe sizes itself through lti.frameResize', async () => {
  const { page, problems } = await openPage(env.browser, `${env.server.url}examples/canvas-page/`);
  const frame = page.frameLocator('iframe');
  await frame.locator('ler-module-viewer .ler-rank-0').waitFor();
  const iframe = page.locator('iframe');
  const handle = await iframe.elementHandle();
  const content = await handle.contentFrame();
  // The host's handler sets the iframe to the content's height: no inner scrollbar.
  await page.waitForFunction(() => window.lastFrameResize > 0);
  const check = async (label) => {
    await framesContent(page).catch(() => {});
    const inner = await frameContentHeight(content);
    const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(Math.abs(inner - outer) <= 4, `${label}: iframe ${outer}px vs content ${inner}px`);
  };
  await check('first section');
  // Open the next section: a different height, and the frame follows.
  await frame.locator('.ler-next').click();
  await frame.locator('.ler-pager-position', { hasText: /^Section 2 of/ }).waitFor();
  await check('after Next');
  await assertNoAxeViolations(page, 'Canvas-style page');
  assertClean(problems);
});

/** Waits until the iframe's height matches its content's, and returns both. */
async function frameFits(page, iframe, label) {
  const content = await (await iframe.elementHandle()).contentFrame();
  await content.locator('ler-module-viewer .ler-rank-0').waitFor();
  let inner = 0;
  let outer = 0;
  const deadline = Date.now() + 10_000;
  do {
    await page.waitForTimeout(200);
    inner = await frameContentHeight(content);
    outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  } while (Math.abs(inner - outer) > 4 && Date.now() < deadline);
  assert.ok(Math.abs(inner - outer) <= 4, `${label}: iframe ${outer}px vs content ${inner}px`);
  return { inner, outer };
}

test('Moodle page: the pasted iframe and ler-resizer.js size the frame to its content', async () => {
  const { page, problems } = await openPage(env.browser, `${env.server.url}examples/moodle-page/`);
  const iframe = page.locator('iframe');
  const { outer } = await frameFits(page, iframe, 'Moodle page');
  assert.ok(outer > 600, `the frame grew past its 600px attribute (${outer}px)`);
  await page.frameLocator('iframe').locator('.ler-next').click();
  await frameFits(page, iframe, 'Moodle page, after Next');
  await assertNoAxeViolations(page, 'Moodle page');
  assertClean(problems);
});

test('H5P host: the H5P resizer handshake sizes the iframe', async () => {
  const { page, problems } = await openPage(env.browser, `${env.server.url}examples/h5p-host/`);
  await page.frameLocator('iframe').locator('ler-module-viewer .ler-rank-0').waitFor();
  await page.waitForFunction(() => window.lastH5pResize > 0);
  await frameFits(page, page.locator('iframe'), 'H5P host');
  assertClean(problems);
});

test('strict CSP: the widgets run with no inline script or style and no violation', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const violations = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction('reportCspViolation', (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(`${env.server.url}examples/strict-csp/`);
  await page.locator('ler-module-viewer .ler-rank-0').waitFor();
  await page.locator('ler-module-viewer .ler-next').click();
  // The second section is open (its view and styles applied) before violations are read.
  await page.locator('ler-module-viewer .ler-pager-position', { hasText: /^Section 2 of/ }).waitFor();
  assert.deepEqual(violations, []);
  await assertNoAxeViolations(page, 'strict CSP page');
});

test('hostile CSS: the widget keeps its own layout, font size and controls', async () => {
  const { page } = await openPage(env.browser, `${env.server.url}examples/hostile-css/`);
  const viewer = page.locator('ler-module-viewer');
  await viewer.locator('.ler-rank-0').waitFor();
  const styles = await viewer.locator('.ler-next').evaluate((el) => {
    const s = getComputedStyle(el);
    return { display: s.display, fontSize: s.fontSize };
  });
  assert.notEqual(styles.display, 'none', 'buttons stay visible');
  const body = await viewer.locator('.ler-section:not([hidden]) p').first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { fontSize: s.fontSize, color: s.color, letterSpacing: s.letterSpacing };
  });
  assert.equal(body.fontSize, '16px');
  assert.notEqual(body.color, 'rgb(255, 0, 0)');
  assert.equal(body.letterSpacing, 'normal');
  const width = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  assert.ok(width, 'no horizontal scrolling');
});

test('themes: custom properties restyle the widgets, and both themes pass axe (contrast included)', async () => {
  const { page, problems } = await openPage(env.browser, `${env.server.url}examples/themes/`);
  await page.locator('ler-checklist input[type="checkbox"]').first().waitFor();
  await page.locator('ler-module-viewer .ler-rank-0').waitFor();
  const accent = await page.locator('ler-checklist .ler-export-md').evaluate(
    (el) => getComputedStyle(el).color);
  assert.equal(accent, 'rgb(27, 58, 107)', 'the association accent reaches inside the shadow root');
  const font = await page.locator('ler-module-viewer .ler-rank-0').evaluate((el) => getComputedStyle(el).fontFamily);
  assert.match(font, /Lato|Helvetica|Arial/);
  await assertNoAxeViolations(page, 'themes');
  assertClean(problems);
});

test('custom elements: changing an attribute re-renders, removing the element unmounts it', async () => {
  const { page, problems } = await openPage(env.browser, `${env.server.url}examples/plain-site/`);
  const first = page.locator('ler-module-viewer').first();
  await first.locator('.ler-rank-0').waitFor();
  await first.evaluate((el) => el.setAttribute('module', 'record-integrity'));
  await page.waitForFunction(() => document.querySelector('ler-module-viewer')
    .shadowRoot.querySelector('.ler-rank-0')?.textContent.includes('pillars'));
  const left = await page.evaluate(() => {
    const el = document.querySelector('ler-module-viewer');
    const root = el.shadowRoot.querySelector('.ler-root');
    el.remove();
    return root.childElementCount;
  });
  assert.equal(left, 0, 'the removed widget left nothing mounted');
  assertClean(problems);
});

test('embed-code generator: the three snippets follow the options and the preview renders', async () => {
  const { page, problems } = await openPage(env.browser, `${env.server.url}embed-code.html`);
  await page.locator('#preview ler-module-viewer .ler-rank-0').waitFor();
  await page.locator('input[name="widget"][value="checklist"]').check();
  await page.locator('#preview ler-checklist input[type="checkbox"]').first().waitFor();
  const script = await page.locator('#code-script').innerText();
  const iframe = await page.locator('#code-iframe').innerText();
  const moodle = await page.locator('#code-moodle').innerText();
  assert.match(script, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/ler-widgets\.js"><\/script>/);
  assert.match(script, /<ler-checklist module="why-credentials" list="[a-z0-9-]+"><\/ler-checklist>/);
  assert.match(iframe, /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/checklist\/[a-z0-9-]+\.html" title="Checklist: [^"]+" width="100%" height="600" loading="lazy"/);
  assert.ok(!/sandbox=/.test(iframe), 'no sandbox: it would take storage away');
  assert.equal(moodle, `${iframe}\n<script src="${env.server.url}ler-resizer.js" defer></script>`);
  await assertNoAxeViolations(page, 'embed-code generator');

  // The Moodle snippet, pasted as is into a page with nothing else (as a Moodle Page that
  // holds it): the frame fits its content. Without the script line it stays at 600px.
  await page.locator('input[name="widget"][value="module-viewer"]').check();
  const moodleViewer = await page.locator('#code-moodle').innerText();
  const host = (body) => `<!doctype html><html lang="en"><head><title>A Moodle page</title></head>`
    + `<body><main><h1>A Moodle page</h1>${body}</main></body></html>`;
  const pasted = await env.browser.newPage();
  await pasted.setContent(host(moodleViewer));
  const { outer } = await frameFits(pasted, pasted.locator('iframe'), 'pasted Moodle snippet');
  assert.ok(outer > 600, `the pasted frame grew past 600px (${outer}px)`);
  await assertNoAxeViolations(pasted, 'pasted Moodle snippet');
  await pasted.setContent(host(moodleViewer.split('\n')[0]));
  await pasted.frameLocator('iframe').locator('ler-module-viewer .ler-rank-0').waitFor();
  await pasted.waitForTimeout(1000);
  assert.equal(await pasted.locator('iframe').evaluate((el) => el.getBoundingClientRect().height), 600,
    'without ler-resizer.js nothing sizes the frame');
  await pasted.close();
  await page.locator('input[name="widget"][value="checklist"]').check();

  // The inspector: its own options, its own iframe page, its bundle loaded for the preview.
  await page.locator('input[name="widget"][value="credential-inspector"]').check();
  await page.locator('#preview ler-credential-inspector textarea').waitFor();
  await page.locator('input[name="samples"]').check();
  const inspectorFrame = await page.locator('#code-iframe').innerText();
  assert.match(inspectorFrame, /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/credential-inspector\.html\?samples=hide" title="Credential inspector: From Records to Recognition"/);
  assert.match(await page.locator('#code-script').innerText(),
    /<ler-credential-inspector samples="hide"><\/ler-credential-inspector>/);
  await assertNoAxeViolations(page, 'embed-code generator, inspector');
  assertClean(problems);

  // The iframe page passes the option on: no sample list.
  const frameSrc = inspectorFrame.match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&');
  const framed = await openPage(env.browser, frameSrc);
  const inspector = framed.page.locator('ler-credential-inspector');
  await inspector.locator('textarea').waitFor();
  assert.equal(await inspector.locator('.ler-inspector-samples').count(), 0);
  await assertNoAxeViolations(framed.page, 'inspector iframe page, samples hidden');
  assertClean(framed.problems);
});
