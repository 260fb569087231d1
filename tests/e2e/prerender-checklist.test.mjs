// The page of each checklist (embed/checklist/<list>.html, written by the packager): its
// title and items are there before the wasm, without scripts too; the widget takes the page
// over where the text stood, and its boxes keep what the learner ticks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, useBrowser, openPage, openWithWasm, assertClean, assertNoAxeViolations } from './browser.mjs';

const env = useBrowser();
const course = JSON.parse(readFileSync(`${DIST}content/course.json`, 'utf8'));
// The first checklist of the course, with its module.
const [module, list] = course.modules
  .map((m) => JSON.parse(readFileSync(`${DIST}content/modules/${m.id}.json`, 'utf8')))
  .flatMap((m) => m.sections.filter((s) => s.kind?.checklist).map((s) => [m, s.kind.checklist]))[0];
const items = list.groups.flatMap((g) => g.items);
const pageUrl = () => `${env.server.url}embed/checklist/${list.id}.html`;

const STATIC = 'ler-checklist > .ler-prerendered';
const WIDGET = 'ler-checklist .ler-root:not(.ler-prerendered)';
const top = (page, selector) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top);

test('the checklist page shows its title, groups and items before any wasm, and axe finds nothing', async () => {
  const { page, context, release } = await openWithWasm(env.browser, pageUrl(), 'hold');
  const title = page.locator(`${STATIC} h1`);
  assert.equal(await title.innerText(), list.title);
  assert.ok(await title.isVisible());
  const groups = list.groups.map((g) => g.title).filter(Boolean);
  assert.deepEqual(await page.locator(`${STATIC} h2.ler-checklist-group`).allInnerTexts(), groups);
  const shown = page.locator(`${STATIC} .ler-checklist-item`);
  assert.equal(await shown.count(), items.length);
  assert.ok(await shown.first().isVisible());
  // No box to tick before the widget, which keeps the ticks, is there.
  assert.equal(await page.locator(`${STATIC} input`).count(), 0);
  assert.equal(await page.locator(WIDGET).count(), 0);
  await assertNoAxeViolations(page, 'checklist page before the wasm');
  release();
  await context.close();
});

test('without scripts the checklist page is the whole list', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pageUrl());
  const last = page.locator(`${STATIC} .ler-checklist-item`).last();
  assert.ok(await last.isVisible());
  assert.ok((await last.innerText()).length > 0);
  await context.close();
});

test('the checklist takes its page over where the text stood, and a tick is kept', async () => {
  const { page, context, problems, release } = await openWithWasm(env.browser, pageUrl(), 'hold');
  const before = { title: await top(page, `${STATIC} h1`), progress: await top(page, `${STATIC} .ler-checklist-progress`) };
  release();
  const box = page.locator(`${WIDGET} .ler-checklist-item input[type="checkbox"]`).first();
  await box.waitFor();
  assert.equal(await page.locator(STATIC).count(), 0, 'the pre-rendered text is gone');
  const after = { title: await top(page, `${WIDGET} h1`), progress: await top(page, `${WIDGET} .ler-checklist-progress`) };
  for (const part of ['title', 'progress']) {
    assert.ok(Math.abs(after[part] - before[part]) < 1, `${part} moved: ${JSON.stringify({ before, after })}`);
  }
  await box.check();
  await page.locator(`${WIDGET} .ler-checklist-count`, { hasText: `1 of ${items.length} done` }).waitFor();
  await assertNoAxeViolations(page, 'checklist page after the takeover');
  // Saved: the tick is there when the page is opened again.
  await page.reload();
  await page.locator(`${WIDGET} .ler-checklist-count`, { hasText: `1 of ${items.length} done` }).waitFor();
  assert.ok(await page.locator(`${WIDGET} .ler-checklist-item input[type="checkbox"]`).first().isChecked());
  assertClean(problems);
  await context.close();
});

test('query parameters still apply on the checklist page (lang), and the old query form still works', async () => {
  const { page, context } = await openPage(env.browser, `${pageUrl()}?lang=es`);
  await page.locator(`${WIDGET} .ler-checklist-count`, { hasText: `0 de ${items.length}` }).waitFor();
  await page.goto(`${env.server.url}embed/checklist.html?module=${module.id}&list=${list.id}`);
  await page.locator(`${WIDGET} h1`, { hasText: list.title }).waitFor();
  await context.close();
});
