// The module viewer in real headless Chromium, on the demo site built into dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, assertNoAxeViolations, focusedDescription, useBrowser, DIST, assertClean } from './browser.mjs';

const course = JSON.parse(readFileSync(`${DIST}content/course.json`, 'utf8'));
const firstModule = course.modules[0];
const module = JSON.parse(readFileSync(`${DIST}content/modules/${firstModule.id}.json`, 'utf8'));

const env = useBrowser();

const plain = (text) => text.map((i) => i.t ?? (i.em && plain(i.em)) ?? (i.b && plain(i.b))
  ?? i.c ?? (i.a && plain(i.a.text)) ?? '').join('');

test('a learner sees the module title, objectives and first section', async () => {
  const { page, problems } = await openPage(env.browser, `${env.server.url}?module=${firstModule.id}`);
  const viewer = page.locator('ler-module-viewer');
  await viewer.locator('.ler-rank-0').waitFor();
  assert.equal(await viewer.locator('.ler-rank-0').innerText(), module.title);
  const objectives = viewer.locator('.ler-objectives li');
  assert.equal(await objectives.count(), module.objectives.length);
  assert.ok(module.objectives.length >= 3);
  assert.equal(
    (await objectives.first().innerText()).trim(),
    plain(module.objectives[0].text).trim(),
  );
  const sectionHeading = viewer.locator('.ler-section:not([hidden]) > h3');
  assert.equal(await sectionHeading.innerText(), module.sections[0].title);
  assert.equal(await viewer.locator('.ler-toc li').count(), module.sections.length);
  assert.match(await viewer.locator('.ler-pager-position').innerText(),
    new RegExp(`Section 1 of ${module.sections.length}`));
  await assertNoAxeViolations(page, 'module viewer, first section');
  assertClean(problems);
});

test('keyboard only: Next opens the following section and moves focus to it', async () => {
  const { page, problems } = await openPage(env.browser, `${env.server.url}?module=${firstModule.id}`);
  const viewer = page.locator('ler-module-viewer');
  await viewer.locator('.ler-rank-0').waitFor();
  // Tab until the Next button has focus, as a keyboard user would.
  let found = false;
  for (let i = 0; i < 200 && !found; i += 1) {
    await page.keyboard.press('Tab');
    const f = await focusedDescription(page);
    found = f?.tag === 'button' && f.className.includes('ler-next');
  }
  assert.ok(found, 'the Next button is reachable with Tab');
  await page.keyboard.press('Enter');
  const heading = viewer.locator('.ler-section:not([hidden]) > h3');
  await page.waitForFunction(
    (title) => document.querySelector('ler-module-viewer').shadowRoot
      .querySelector('.ler-section:not([hidden]) > h3')?.textContent === title,
    module.sections[1].title,
  );
  assert.equal(await heading.innerText(), module.sections[1].title);
  const focused = await focusedDescription(page);
  assert.equal(focused.className, 'ler-section', 'focus moved to the opened section');
  assert.ok(focused.text.startsWith(module.sections[1].title));
  await assertNoAxeViolations(page, 'module viewer, second section');
  assertClean(problems);
});

test('an unknown module id shows an alert inside the widget naming the modules that exist', async () => {
  const { page } = await openPage(env.browser, `${env.server.url}?module=no-such-module`);
  const alert = page.locator('ler-module-viewer [role="alert"]');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /no-such-module/);
  assert.match(text, new RegExp(firstModule.id));
  await assertNoAxeViolations(page, 'module viewer, error state');
});

test('deep link: the URL fragment opens a section, and moving updates it without a new history entry', async () => {
  const target = module.sections[2] ?? module.sections[1];
  const { page } = await openPage(env.browser,
    `${env.server.url}?module=${firstModule.id}#ler:${firstModule.id}/${target.id}`);
  const viewer = page.locator('ler-module-viewer');
  await viewer.locator('.ler-rank-0').waitFor();
  assert.equal(await viewer.locator('.ler-section:not([hidden]) > h3').innerText(), target.title);
  const historyLength = await page.evaluate(() => history.length);
  await viewer.locator('.ler-prev').click();
  const hash = await page.evaluate(() => location.hash);
  const index = module.sections.findIndex((s) => s.id === target.id);
  assert.equal(hash, `#ler:${firstModule.id}/${module.sections[index - 1].id}`);
  assert.equal(await page.evaluate(() => history.length), historyLength);
});

test('a host fragment is left alone', async () => {
  const { page } = await openPage(env.browser, `${env.server.url}?module=${firstModule.id}#/host/route`);
  const viewer = page.locator('ler-module-viewer');
  await viewer.locator('.ler-rank-0').waitFor();
  await viewer.locator('.ler-next').click();
  assert.equal(await page.evaluate(() => location.hash), '#/host/route');
});

test('320 px wide: no horizontal scrolling, and the contents stack above the section', async () => {
  const { page } = await openPage(env.browser, `${env.server.url}?module=${firstModule.id}`,
    { viewport: { width: 320, height: 800 } });
  const viewer = page.locator('ler-module-viewer');
  await viewer.locator('.ler-rank-0').waitFor();
  for (let i = 0; i < module.sections.length; i += 1) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `section ${i + 1} scrolls sideways by ${overflow}px`);
    if (i + 1 < module.sections.length) await viewer.locator('.ler-next').click();
  }
  const toc = await viewer.locator('.ler-toc').boundingBox();
  const section = await viewer.locator('.ler-section:not([hidden])').boundingBox();
  assert.ok(toc.y + toc.height <= section.y + 1, 'contents above the section');
  await assertNoAxeViolations(page, 'module viewer at 320 px');
});

test('a reflection typed, the page reloaded: the answer, the place and the progress are kept; notes export', async () => {
  const { page, problems } = await openPage(env.browser, `${env.server.url}?module=${firstModule.id}`);
  const viewer = page.locator('ler-module-viewer');
  await viewer.locator('.ler-rank-0').waitFor();
  const reflection = module.sections.find((s) => s.kind.reflect);
  const question = reflection.kind.reflect[0];
  await viewer.locator('.ler-toc a', { hasText: reflection.title }).click();
  const box = viewer.locator('.ler-reflection textarea').first();
  await box.click();
  await page.keyboard.type('Our registrar signs off on every new credential.');
  await viewer.locator('.ler-save-status', { hasText: 'Saved' }).first().waitFor();
  assert.match(await viewer.locator('.ler-progress-summary').innerText(), /answered 1 of \d+ reflection questions/);
  await assertNoAxeViolations(page, 'reflection answered');

  // Reload without a fragment: the viewer reopens the reflection section, answer in place
  // (once it has taken over from the pre-rendered text, which opens the first section).
  await page.goto(`${env.server.url}?module=${firstModule.id}`);
  await viewer.locator('.ler-root:not(.ler-prerendered):not([hidden]) .ler-rank-0').waitFor();
  assert.equal(await viewer.locator('.ler-section:not([hidden]) > h3').innerText(), reflection.title);
  assert.equal(await viewer.locator('.ler-reflection textarea').first().inputValue(),
    'Our registrar signs off on every new credential.');
  assert.match(await viewer.locator('.ler-progress-summary').innerText(),
    new RegExp(`visited 2 of ${module.sections.length} sections`));

  // Export my notes: a Markdown file with the question and the answer.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    viewer.locator('.ler-export-notes').click(),
  ]);
  assert.equal(download.suggestedFilename(), `${firstModule.id}-notes.md`);
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.startsWith(`# My notes: ${module.title}`), text.slice(0, 200));
  assert.ok(text.includes('> Our registrar signs off on every new credential.'), text);
  assert.ok(text.includes(plain(question.prompt).slice(0, 30)), 'the question is in the export');
  assertClean(problems);
});

test('print: the handout shows every section and no controls, axe-clean', async () => {
  const { page } = await openPage(env.browser, `${env.server.url}?module=${firstModule.id}`);
  const viewer = page.locator('ler-module-viewer');
  await viewer.locator('.ler-rank-0').waitFor();
  await page.emulateMedia({ media: 'print' });
  const shown = await viewer.locator('.ler-section').evaluateAll(
    (els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
  assert.equal(shown, module.sections.length);
  assert.equal(await viewer.locator('.ler-pager').evaluate((e) => getComputedStyle(e).display), 'none');
  await assertNoAxeViolations(page, 'printed view');
});

test('the demo site renders all six modules; case panel open and dark scheme stay axe-clean', async () => {
  const { page, problems } = await openPage(env.browser, env.server.url);
  const viewer = page.locator('ler-module-viewer');
  for (const summary of course.modules) {
    const m = JSON.parse(readFileSync(`${DIST}content/modules/${summary.id}.json`, 'utf8'));
    await page.goto(`${env.server.url}?module=${summary.id}`);
    await viewer.locator('.ler-rank-0', { hasText: m.title }).waitFor();
    assert.equal(await viewer.locator('.ler-toc li').count(), m.sections.length);
    // Open the module's case example and its disclosure panel.
    const caseSection = m.sections.find((s) => s.kind.case);
    await viewer.locator('.ler-toc a', { hasText: caseSection.title }).click();
    await viewer.locator('.ler-section:not([hidden]) .ler-disclosure').click();
    assert.equal(await viewer.locator('.ler-section:not([hidden]) .ler-disclosure')
      .getAttribute('aria-expanded'), 'true');
    await assertNoAxeViolations(page, `${summary.id}, case panel open`);
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await assertNoAxeViolations(page, 'dark colour scheme');
  assertClean(problems);
});

test('a src that is missing or not a compiled course: an alert in that widget only', async () => {
  const { page } = await openPage(env.browser, `${env.server.url}?module=${firstModule.id}`);
  await page.locator('ler-module-viewer .ler-rank-0').waitFor();
  await page.evaluate(() => {
    for (const src of ['/nowhere/course.json', '/index.html', '/content/library.json']) {
      const el = document.createElement('ler-module-viewer');
      el.setAttribute('module', 'why-credentials');
      el.setAttribute('src', src);
      el.className = 'broken';
      document.body.append(el);
    }
  });
  const alerts = page.locator('ler-module-viewer.broken [role="alert"]');
  await alerts.nth(2).waitFor();
  const texts = await alerts.allInnerTexts();
  assert.match(texts[0], /404/);
  assert.match(texts[1], /not a compiled course file/);
  assert.match(texts[2], /not a compiled course file/);
  // The first widget still works.
  await page.locator('ler-module-viewer').first().locator('.ler-next').click();
  assert.match(await page.locator('ler-module-viewer').first().locator('.ler-pager-position').innerText(), /Section 2 of/);
});
