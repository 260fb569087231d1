// The gallery page: every widget in its main states, axe-clean in light and dark, no
// sideways scrolling; screenshots of every state (and of the widgets' own pages) at 390 and
// 1280 px go to test-results/screenshots/ (not committed) for reviewers to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { openPage, assertNoAxeViolations, useBrowser } from './browser.mjs';

const SHOTS = new URL('../../test-results/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });
const env = useBrowser();
const clean = { console: [], page: [], external: [] };

/** Waits until every widget of the page has rendered content or an alert. */
async function allRendered(page) {
  await page.waitForFunction(() => [...document.querySelectorAll(
    'ler-module-viewer, ler-checklist, ler-credential-explorer, ler-credential-inspector')]
    .every((el) => el.shadowRoot && el.shadowRoot.querySelector(
      '.ler-rank-0, [role="alert"], .ler-checklist-items, [role="tree"], .ler-inspector-inputs')
      && !el.shadowRoot.querySelector('.ler-loading')), null, { timeout: 20000 });
}

const card = (page, state) => page.locator(`.gallery-state[data-state="${state}"]`);

for (const width of [1280, 390]) {
  test(`gallery at ${width} px: each state shows what it says, axe-clean light and dark; screenshots`, async () => {
    const { page, problems } = await openPage(env.browser, `${env.server.url}gallery.html`,
      { viewport: { width, height: 900 } });
    await allRendered(page);
    const sentence = (state) => card(page, state).locator('ler-module-viewer .ler-progress-summary').innerText();
    assert.match(await sentence('viewer-empty'), /visited 1 of \d+ sections, answered 0 of/);
    assert.match(await sentence('viewer-progress'), /visited 3 of \d+ sections, answered 1 of \d+ reflection questions and done 2 of/);
    const bar = card(page, 'viewer-done').locator('ler-module-viewer progress.ler-progress-bar');
    assert.equal(await bar.getAttribute('value'), await bar.getAttribute('max'), 'done: the bar is full');
    const count = (state) => card(page, state).locator('ler-checklist .ler-checklist-count').innerText();
    assert.match(await count('checklist-empty'), /^0 of \d+ done$/);
    assert.match(await count('checklist-progress'), /^2 of \d+ done$/);
    const [done, total] = (await count('checklist-done')).match(/\d+/g);
    assert.equal(done, total);
    for (const state of ['viewer-error', 'checklist-error', 'explorer-error', 'inspector-error']) {
      assert.ok(await card(page, state).locator('[role="alert"]').count() > 0, `${state} shows an alert`);
    }
    assert.equal(await card(page, 'explorer-selected').locator('.ler-map-selected').first()
      .getAttribute('data-type'), 'micro-credential');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the gallery scrolls sideways by ${overflow}px`);
    await assertNoAxeViolations(page, `gallery at ${width} px`);
    for (const state of await page.locator('.gallery-state').evaluateAll((els) => els.map((e) => e.dataset.state))) {
      await card(page, state).screenshot({ path: `${SHOTS}gallery-${width}-${state}.png` });
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await assertNoAxeViolations(page, `gallery at ${width} px, dark scheme`);
    for (const state of ['viewer-progress', 'checklist-progress', 'explorer-selected', 'inspector-loaded']) {
      await card(page, state).screenshot({ path: `${SHOTS}gallery-${width}-dark-${state}.png` });
    }
    assert.deepEqual(problems, clean);
  });

  test(`the widgets' own pages at ${width} px: screenshots`, async () => {
    for (const [name, path, ready] of [
      ['viewer', '?module=why-credentials', 'ler-module-viewer .ler-rank-0'],
      ['explorer', 'explorer.html', 'ler-credential-explorer .ler-map-node'],
      ['inspector', 'inspector.html', 'ler-credential-inspector .ler-inspector-inputs'],
    ]) {
      const { page, context } = await openPage(env.browser, `${env.server.url}${path}`,
        { viewport: { width, height: 900 } });
      await page.locator(ready).first().waitFor();
      await page.screenshot({ path: `${SHOTS}page-${width}-${name}.png`, fullPage: true });
      await context.close();
    }
  });
}
