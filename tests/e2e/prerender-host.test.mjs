// Text before the wasm on a host page: a <ler-module-viewer> or <ler-checklist> of the course
// beside the script shows the module's (or the list's) pre-rendered fragment in its shadow
// root while the wasm is on its way (prerendered/<kind>/<id>.html, written by the packager);
// the widget takes its place where the text stood; options the fragment was not written for,
// and a foreign `src`, get no fragment; a fragment that cannot be read costs nothing but
// itself; a wasm that never comes leaves the text and an alert.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, useBrowser, openPage, assertClean, assertNoAxeViolations } from './browser.mjs';

const env = useBrowser();
const course = JSON.parse(readFileSync(`${DIST}content/course.json`, 'utf8'));
const module = JSON.parse(readFileSync(`${DIST}content/modules/${course.modules[0].id}.json`, 'utf8'));
const listSection = JSON.parse(readFileSync(`${DIST}content/modules/record-integrity.json`, 'utf8'))
  .sections.find((s) => s.kind?.checklist);
const list = listSection.kind.checklist;

const VIEWER = `<ler-module-viewer module="${module.id}"></ler-module-viewer>`;
const CHECKLIST = `<ler-checklist module="record-integrity" list="${list.id}"></ler-checklist>`;

/**
 * Opens a host page holding `body` (served beside the script, as a host's own page would be,
 * `lang` on its <html>), with the wasm held until `release()` or, with `wasm: 'refuse'`,
 * refused; `fragments: 'missing'` answers 404 for every fragment; the modules' files are held
 * until `releaseModules()`.
 */
async function host(body, { lang = 'en', wasm = 'hold', fragments = 'served' } = {}) {
  let release;
  let releaseModules;
  const held = new Promise((resolve) => { release = resolve; });
  const modulesHeld = new Promise((resolve) => { releaseModules = resolve; });
  const requests = [];
  const url = `${env.server.url}host-${Math.random().toString(36).slice(2)}.html`;
  const opened = await openPage(env.browser, url, {
    before: (page) => {
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      page.route(url, (route) => route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host page</title>
<script type="module" src="ler-widgets.js"></script></head><body><main><h1>Host page</h1>
${body}
</main></body></html>`,
      }));
      page.route('**/content/modules/*.json', async (route) => {
        await modulesHeld;
        return route.continue();
      });
      page.route('**/prerendered/**', (route) => (fragments === 'missing' ? route.fulfill({ status: 404, body: 'not here' }) : route.continue()));
      return page.route('**/*.wasm', async (route) => {
        if (wasm === 'refuse') return route.abort();
        await held;
        return route.continue();
      });
    },
  });
  return { ...opened, release, releaseModules, requests };
}

// In the element's shadow root: the fragment, and the widget's own root.
const TEXT = (tag) => `${tag} .ler-prerendered`;
const WIDGET = (tag) => `${tag} .ler-root:not(.ler-prerendered)`;
const top = (page, selector) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top);

test('before the wasm, a viewer and a checklist on a host page show their text in their shadow roots, and axe finds nothing', async () => {
  const { page, context, release, releaseModules, problems } = await host(`${VIEWER}\n${CHECKLIST}`);
  releaseModules();
  const title = page.locator(`${TEXT('ler-module-viewer')} h2`).first();
  await title.waitFor();
  assert.equal(await title.innerText(), module.title);
  // The first section is open as the widget opens it, the others closed.
  const open = page.locator(`${TEXT('ler-module-viewer')} .ler-section:not([hidden]) > h3`);
  assert.deepEqual(await open.allInnerTexts(), [module.sections[0].title]);
  assert.equal(await page.locator(`${TEXT('ler-module-viewer')} .ler-section[hidden]`).count(), module.sections.length - 1);
  const listTitle = page.locator(`${TEXT('ler-checklist')} h2`);
  await listTitle.waitFor();
  assert.equal(await listTitle.innerText(), list.title);
  // In the shadow root, not the host's DOM: the host page's CSS cannot reach it.
  assert.equal(await page.evaluate(() => document.querySelectorAll('.ler-prerendered').length), 0);
  assert.equal(await page.locator(WIDGET('ler-module-viewer')).count(), 0);
  await assertNoAxeViolations(page, 'host page before the wasm');
  release();
  await page.locator(`${WIDGET('ler-checklist')} input[type="checkbox"]`).first().waitFor();
  assertClean(problems);
  await context.close();
});

test('the widget takes the fragment\'s place where its text stood, and the text goes', async () => {
  const { page, context, release, releaseModules, problems, requests } = await host(`${VIEWER}\n${CHECKLIST}`);
  await page.locator(`${TEXT('ler-checklist')} h2`).waitFor();
  await page.locator(`${TEXT('ler-module-viewer')} h2`).first().waitFor();
  const before = {
    title: await top(page, `${TEXT('ler-module-viewer')} h2`),
    objectives: await top(page, `${TEXT('ler-module-viewer')} .ler-objectives`),
    section: await top(page, `${TEXT('ler-module-viewer')} .ler-section > h3`),
  };
  // Mounted but still waiting for the module's file, the widget stays out of sight and the
  // text in view: no flash of a loading line where the text was.
  release();
  await page.waitForFunction(() => document.querySelector('ler-module-viewer').shadowRoot.querySelector('.ler-root:not(.ler-prerendered) .ler-loading'));
  assert.ok(await page.locator(`${TEXT('ler-module-viewer')} h2`).isVisible());
  assert.equal(await page.evaluate(() => document.querySelector('ler-module-viewer').shadowRoot.querySelector('.ler-root:not(.ler-prerendered)').hidden), true);
  releaseModules();
  await page.locator(`${WIDGET('ler-module-viewer')} .ler-pager`).waitFor();
  await page.locator(`${WIDGET('ler-checklist')} input[type="checkbox"]`).first().waitFor();
  assert.equal(await page.locator(TEXT('ler-module-viewer')).count(), 0, 'the viewer\'s fragment is gone');
  assert.equal(await page.locator(TEXT('ler-checklist')).count(), 0, 'the checklist\'s fragment is gone');
  const after = {
    title: await top(page, `${WIDGET('ler-module-viewer')} h2`),
    objectives: await top(page, `${WIDGET('ler-module-viewer')} .ler-objectives`),
    section: await top(page, `${WIDGET('ler-module-viewer')} .ler-section:not([hidden]) > h3`),
  };
  for (const part of ['title', 'objectives', 'section']) {
    assert.ok(Math.abs(after[part] - before[part]) < 1, `${part} moved: ${JSON.stringify({ before, after })}`);
  }
  // Each fragment once, the module's file once (prefetched), nothing twice.
  for (const path of [`/prerendered/module-viewer/${module.id}.html`, `/prerendered/checklist/${list.id}.html`, `/content/modules/${module.id}.json`]) {
    assert.deepEqual(requests.filter((r) => r === path), [path]);
  }
  // The widget works.
  await page.locator(`${WIDGET('ler-module-viewer')} .ler-next`).click();
  await page.locator(`${WIDGET('ler-module-viewer')} .ler-section:not([hidden]) > h3`, { hasText: module.sections[1].title }).waitFor();
  await assertNoAxeViolations(page, 'host page after the takeover');
  assertClean(problems);
  await context.close();
});

test('options the fragments were not written for, a foreign src and a Spanish page get no fragment', async () => {
  for (const [label, body, lang] of [
    ['heading-level', `<ler-module-viewer module="${module.id}" heading-level="3"></ler-module-viewer>`, 'en'],
    ['compact', `<ler-module-viewer module="${module.id}" compact></ler-module-viewer>`, 'en'],
    ['section', `<ler-module-viewer module="${module.id}" section="${module.sections[1].id}"></ler-module-viewer>`, 'en'],
    ['src', `<ler-module-viewer module="${module.id}" src="content/course.json"></ler-module-viewer>`, 'en'],
    ['readonly', `<ler-checklist module="record-integrity" list="${list.id}" readonly></ler-checklist>`, 'en'],
    ['Spanish page', VIEWER, 'es-MX'],
  ]) {
    const { page, context, release, releaseModules, requests } = await host(body, { lang });
    release();
    releaseModules();
    await page.locator('.ler-root:not(.ler-prerendered) h2, .ler-root:not(.ler-prerendered) h3').first().waitFor();
    assert.deepEqual(requests.filter((r) => r.startsWith('/prerendered/')), [], label);
    await context.close();
  }
});

test('a fragment that cannot be read costs the widget nothing', async () => {
  const { page, context, release, releaseModules, problems } = await host(VIEWER, { fragments: 'missing' });
  release();
  releaseModules();
  await page.locator(`${WIDGET('ler-module-viewer')} .ler-pager`).waitFor();
  assert.equal(await page.locator(TEXT('ler-module-viewer')).count(), 0);
  assert.equal(await page.locator('ler-module-viewer [role="alert"]').count(), 0);
  // The 404 itself is the only complaint.
  assert.ok(problems.console.every((m) => m.includes('404')), JSON.stringify(problems.console));
  await context.close();
});

test('when the wasm never comes, the fragment\'s text stays below an alert', async () => {
  const { page, context } = await host(VIEWER, { wasm: 'refuse' });
  const alert = page.locator('ler-module-viewer [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /could not start/);
  assert.equal(await page.locator(`${TEXT('ler-module-viewer')} h2`).first().innerText(), module.title);
  await context.close();
});
