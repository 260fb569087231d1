// The pages that carry a module's text before the wasm (embed/module-viewer/<module>.html and
// the SCORM launch pages, written by the packager): the text is there at once, without
// scripts too; the widget takes the page over where the text stood; a wasm that never
// comes leaves the text and an alert; the learner's input goes to the widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, useBrowser, openPage, openWithWasm as open, assertClean, assertNoAxeViolations } from './browser.mjs';

const env = useBrowser();
const course = JSON.parse(readFileSync(`${DIST}content/course.json`, 'utf8'));
const module = course.modules[0];
const moduleFile = JSON.parse(readFileSync(`${DIST}content/modules/${module.id}.json`, 'utf8'));
const pageUrl = () => `${env.server.url}embed/module-viewer/${module.id}.html`;

const STATIC = 'ler-module-viewer > .ler-prerendered';
// The widget's own root, in the element's shadow root (hidden until it has drawn itself).
const WIDGET = 'ler-module-viewer .ler-root:not(.ler-prerendered)';

/** Where the element matching `selector` (light DOM or shadow) is laid out. */
const top = (page, selector) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top);

test('the module page shows the title, the objectives and every section before any wasm, and axe finds nothing', async () => {
  const { page, context, release } = await open(env.browser, pageUrl(), 'hold');
  const title = page.locator(`${STATIC} h1`);
  assert.equal(await title.innerText(), module.title);
  assert.ok(await title.isVisible());
  const objectives = page.locator(`${STATIC} .ler-objectives li`);
  assert.equal(await objectives.count(), moduleFile.objectives.length);
  assert.ok(await objectives.first().isVisible());
  const sections = page.locator(`${STATIC} .ler-section > h2`);
  assert.deepEqual(await sections.allInnerTexts(), module.sections.map((s) => s.title));
  assert.ok(await sections.first().isVisible());
  // Nothing of the widget is drawn yet, and nothing else of the page is asked for twice.
  assert.equal(await page.locator(WIDGET).count(), 0);
  await assertNoAxeViolations(page, 'module page before the wasm');
  release();
  await context.close();
});

test('without scripts the page is the whole module, and its contents link to each section', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  await page.goto(pageUrl());
  const last = module.sections.at(-1);
  await page.locator(`${STATIC} .ler-toc a`, { hasText: last.title }).click();
  assert.equal(new URL(page.url()).hash, `#ler-page-section-${last.id}`);
  await page.locator(`#ler-page-section-${last.id}`).waitFor();
  assert.ok(await page.locator(`#ler-page-section-${last.id}`).isVisible());
  // (axe needs scripts; the same markup passes it in the test above.)
  await context.close();
});

test('the widget takes the page over where the text stood, and the text goes', async () => {
  const { page, context, problems, release, requests } = await open(env.browser, pageUrl(), 'hold');
  const before = {
    title: await top(page, `${STATIC} h1`),
    objectives: await top(page, `${STATIC} .ler-objectives`),
    section: await top(page, `${STATIC} .ler-section > h2`),
  };
  release();
  await page.locator(`${WIDGET} .ler-pager`).waitFor();
  assert.equal(await page.locator(STATIC).count(), 0, 'the pre-rendered text is gone');
  const after = {
    title: await top(page, `${WIDGET} h1`),
    objectives: await top(page, `${WIDGET} .ler-objectives`),
    section: await top(page, `${WIDGET} .ler-section:not([hidden]) > h2`),
  };
  // At this width (1100 px) nothing above the first section's text moves. (In a narrow
  // column the progress sentence may take a line more than its stand-in.)
  for (const part of ['title', 'objectives', 'section']) {
    assert.ok(Math.abs(after[part] - before[part]) < 1, `${part} moved: ${JSON.stringify({ before, after })}`);
  }
  // The stylesheets the page linked are the ones the widget adopted: each fetched once.
  for (const sheet of ['/ler-widgets.css', '/ler-core.css']) {
    assert.deepEqual(requests.filter((r) => r.endsWith(sheet)), [sheet]);
  }
  // The widget works: the pager opens the next section.
  await page.locator(`${WIDGET} .ler-next`).click();
  await page.locator(`${WIDGET} .ler-section:not([hidden]) > h2`, { hasText: module.sections[1].title }).waitFor();
  await assertNoAxeViolations(page, 'module page after the takeover');
  assertClean(problems);
  await context.close();
});

test('a wasm that cannot be fetched leaves the text readable below an alert', async () => {
  const { page, context } = await open(env.browser, pageUrl(), 'refuse');
  const alert = page.locator('ler-module-viewer [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /could not start/);
  assert.ok(await page.locator(`${STATIC} h1`).isVisible());
  await assertNoAxeViolations(page, 'module page, wasm refused');
  await context.close();
});

test('a course file that cannot be read: the widget\'s alert stands above the text, which stays', async () => {
  const { page, context } = await openPage(env.browser, pageUrl(), {
    before: (p) => p.route(`**/content/modules/${module.id}.json`, (route) => route.fulfill({ status: 404, body: 'gone' })),
  });
  const alert = page.locator(`${WIDGET} .ler-alert`);
  await alert.waitFor();
  assert.ok(await page.locator(`${STATIC} h1`).isVisible(), 'the pre-rendered text is still shown');
  assert.ok(await top(page, `${WIDGET} .ler-alert`) < await top(page, `${STATIC} h1`), 'the alert is above the text');
  await assertNoAxeViolations(page, 'module page, module file refused');
  await context.close();
});

test('query parameters still apply on the module page (lang), and the old query form still works', async () => {
  const { page, context, problems } = await openPage(env.browser, `${pageUrl()}?lang=es`);
  await page.locator(`${WIDGET} .ler-pager`).waitFor();
  assert.match(await page.locator(`${WIDGET} .ler-objectives h2`).innerText(), /Objetivos/);
  assertClean(problems);
  await page.goto(`${env.server.url}embed/module-viewer.html?module=${module.id}`);
  await page.locator(`${WIDGET} .ler-pager`).waitFor();
  assert.equal(await page.locator(`${WIDGET} h1`).innerText(), module.title);
  await context.close();
});
