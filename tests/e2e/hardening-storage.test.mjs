// Storage faults in real Chromium: two tabs writing one checklist and one set of reflection
// answers at once, and a quota that fills up in the middle of the learner's work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertNoAxeViolations, useBrowser, DIST } from './browser.mjs';

const module = JSON.parse(readFileSync(`${DIST}content/modules/record-integrity.json`, 'utf8'));
const list = module.sections.find((s) => s.kind.checklist).kind.checklist;
const itemCount = list.groups.reduce((n, g) => n + g.items.length, 0);
const reflection = module.sections.find((s) => s.kind.reflect);
const listKey = `ler-widgets/v1/${module.course}/checklist/${list.id}`;

const env = useBrowser();

/** A page of the built site with `body` in its main element (served for this test only). */
async function routePage(context, name, body) {
  const url = `${env.server.url}hardening-${name}.html`;
  await context.route(url, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<script type="module" src="/ler-widgets.js"></script></head>
<body><main><h1>${name}</h1>${body}</main></body></html>`,
  }));
  return url;
}

function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

const WIDGETS = `
<ler-checklist module="record-integrity" list="${list.id}"></ler-checklist>
<ler-module-viewer module="record-integrity" section="${reflection.id}" objectives="hide"></ler-module-viewer>`;

test('two tabs tick different items and answer different questions at once: all is kept', async () => {
  const context = await env.browser.newContext();
  const url = await routePage(context, 'two-tabs', WIDGETS);
  const tabs = [await context.newPage(), await context.newPage()];
  const errors = tabs.map(watchErrors);
  await Promise.all(tabs.map((p) => p.goto(url)));
  await Promise.all(tabs.map((p) => p.locator('ler-checklist input[type="checkbox"]').nth(itemCount - 1).waitFor()));
  await Promise.all(tabs.map((p) => p.locator('ler-module-viewer .ler-reflection textarea').first().waitFor()));

  // The tabs take turns, one tick each, as fast as Playwright drives them (a few ms apart):
  // each tick lands before the other tab has necessarily run its storage event, so a
  // store that wrote its own snapshot would erase the other tab's ticks.
  const box = (tab, i) => tabs[tab].locator('ler-checklist input[type="checkbox"]').nth(i);
  const half = Math.floor(itemCount / 2);
  for (let i = 0; i < half; i++) await box(i % 2, i).check();
  // Then both tabs tick at once, each writing before the other's write has reached its copy
  // of localStorage (Chromium keeps one per process): each tab must do its change again on
  // the other's value when it hears of it (widgets/src/store/two_tabs.rs).
  for (let i = half; i + 1 < itemCount; i += 2) await Promise.all([box(0, i).check(), box(1, i + 1).check()]);
  if ((itemCount - half) % 2 === 1) await box(0, itemCount - 1).check();
  // Both tabs answer at the same time, one question each.
  const answers = ['Answer typed in the first tab.', 'Answer typed in the second tab.'];
  await Promise.all(tabs.map(async (p, i) => {
    const box = p.locator('ler-module-viewer .ler-reflection textarea').nth(i);
    await box.fill(answers[i]);
    await box.blur(); // saves at once instead of after the typing pause
  }));
  // Wait until each tab's copy of localStorage holds every tick and both answers (each tab
  // has redone its changes on the other's value); the assertions below then say what is
  // missing if that never happens.
  await Promise.all(tabs.map((p) => p.waitForFunction(({ key, count, texts }) => {
    const ticks = JSON.parse(localStorage.getItem(key) ?? '{}').d ?? [];
    const saved = Object.keys(localStorage).map((k) => localStorage.getItem(k)).join('\n');
    return ticks.length === count && texts.every((t) => saved.includes(t));
  }, { key: listKey, count: itemCount, texts: answers }, { timeout: 10_000 }).catch(() => {})));

  const fresh = await context.newPage();
  errors.push(watchErrors(fresh));
  await fresh.goto(url);
  const boxes = fresh.locator('ler-checklist input[type="checkbox"]');
  await boxes.nth(itemCount - 1).waitFor();
  const checked = await boxes.evaluateAll((els) => els.map((e) => e.checked));
  assert.deepEqual(checked, Array(itemCount).fill(true), `every tick from both tabs: ${checked}`);
  assert.equal(await fresh.locator('ler-checklist .ler-checklist-count').innerText(), `${itemCount} of ${itemCount} done`);
  const texts = fresh.locator('ler-module-viewer .ler-reflection textarea');
  await texts.first().waitFor();
  assert.equal(await texts.nth(0).inputValue(), answers[0]);
  assert.equal(await texts.nth(1).inputValue(), answers[1]);
  // And both original tabs now show everything too (storage events).
  for (const p of tabs) {
    assert.equal(await p.locator('ler-checklist .ler-checklist-count').innerText(), `${itemCount} of ${itemCount} done`);
  }
  assert.deepEqual(errors.flat(), []);
  await context.close();
});

test('quota exceeded mid-write: the widget keeps working, says what it cannot keep, saved ticks stay', async () => {
  const KEPT_WRITES = 3;
  const context = await env.browser.newContext();
  const url = await routePage(context, 'quota',
    `<ler-checklist module="record-integrity" list="${list.id}"></ler-checklist>`);
  const page = await context.newPage();
  const errors = watchErrors(page);
  // Our data writes succeed KEPT_WRITES times, then the quota is "full" (the probe key of
  // the store is not counted, so storage looks usable at start, as with a real quota).
  await page.addInitScript((kept) => {
    const setItem = Storage.prototype.setItem;
    let writes = 0;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).startsWith('ler-widgets/v1/') && ++writes > kept) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  }, KEPT_WRITES);
  await page.goto(url);
  const checklist = page.locator('ler-checklist');
  const boxes = checklist.locator('input[type="checkbox"]');
  await boxes.nth(itemCount - 1).waitFor();
  const ticks = KEPT_WRITES + 2;
  for (let i = 0; i < ticks; i++) await boxes.nth(i).check();

  // Every tick still shows, and the count follows.
  assert.equal(await checklist.locator('.ler-checklist-count').innerText(), `${ticks} of ${itemCount} done`);
  for (let i = 0; i < ticks; i++) assert.ok(await boxes.nth(i).isChecked(), `tick ${i} shown`);
  // The learner is told, in the widget, that changes are not being saved and why.
  const notice = checklist.locator('.ler-notices[role="status"] .ler-notice');
  await notice.first().waitFor();
  const said = await notice.allInnerTexts();
  assert.ok(said.some((t) => /could not be saved/.test(t) && /storage for this site is full/.test(t)
    && /stay on this page/.test(t)), `notice: ${said}`);
  await assertNoAxeViolations(page, 'quota exceeded notice');

  // What was saved before the quota filled is intact and readable.
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), listKey));
  assert.equal(stored.v, 1);
  assert.equal(stored.d.length, KEPT_WRITES, `stored: ${JSON.stringify(stored)}`);
  assert.deepEqual(errors, []);

  // A new visit (without the full quota) finds those ticks, and nothing is lost from them.
  const again = await context.newPage();
  await again.goto(url);
  const againBoxes = again.locator('ler-checklist input[type="checkbox"]');
  await againBoxes.nth(itemCount - 1).waitFor();
  const checked = await againBoxes.evaluateAll((els) => els.map((e) => e.checked));
  assert.deepEqual(checked.slice(0, KEPT_WRITES), Array(KEPT_WRITES).fill(true));
  assert.equal(checked.filter(Boolean).length, KEPT_WRITES);
  await context.close();
});
