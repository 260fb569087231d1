// The `heading-level` option: the host decides where the widgets' headings sit in its
// outline; the iframe pages (each a page of its own in an LMS frame) put the widget's title
// at h1, and pass axe-core with every default rule, page-has-heading-one included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, assertNoAxeViolations, useBrowser, assertClean } from './browser.mjs';

const env = useBrowser();

/** The tag names of the headings inside `selector`'s shadow root, in document order. */
const headingsOf = (page, selector) => page.locator(selector).first().evaluate((el) => [
  ...el.shadowRoot.querySelectorAll('h1, h2, h3, h4, h5, h6'),
].filter((h) => !h.closest('[hidden]')).map((h) => h.tagName.toLowerCase()));

const EMBED_PAGES = [
  ['module-viewer', 'module=record-integrity', 'ler-module-viewer', 'h2'],
  ['checklist', 'module=record-integrity&list=ri-checklist-pillars', 'ler-checklist', 'input[type="checkbox"]'],
  ['credential-explorer', 'focus=micro-credential', 'ler-credential-explorer', '[role="tree"]'],
];

for (const [name, query, tag, ready] of EMBED_PAGES) {
  test(`embed/${name}.html: the widget's title is the page's h1, and axe (all default rules) finds nothing`, async () => {
    const { page, context, problems } = await openPage(env.browser,
      `${env.server.url}embed/${name}.html?${query}`);
    await page.locator(`${tag} ${ready === 'h2' ? 'h1' : ready}`).first().waitFor();
    const headings = await headingsOf(page, tag);
    assert.equal(headings[0], 'h1', JSON.stringify(headings));
    assert.equal(headings.filter((h) => h === 'h1').length, 1, JSON.stringify(headings));
    assert.ok(!headings.includes('h3') || headings.includes('h2'), `no level skipped: ${headings}`);
    await assertNoAxeViolations(page, `embed/${name}.html`);
    // The host may place it elsewhere in its outline.
    await page.goto(`${env.server.url}embed/${name}.html?${query}&heading-level=3`);
    await page.locator(`${tag} ${ready === 'h2' ? 'h3' : ready}`).first().waitFor();
    assert.equal((await headingsOf(page, tag))[0], 'h3');
    assertClean(problems);
    await context.close();
  });
}

test('heading-level on the custom elements: default h2, each level shifts every heading, h6 is the floor', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.url}examples/plain-site/`);
  await page.locator('ler-module-viewer h2').first().waitFor();
  const defaults = await headingsOf(page, 'ler-module-viewer');
  assert.deepEqual(defaults.slice(0, 2), ['h2', 'h3']);
  const add = (html) => page.evaluate((h) => {
    const holder = document.createElement('div');
    holder.className = 'added';
    holder.innerHTML = h;
    document.querySelector('main').append(holder);
  }, html);
  await add('<ler-module-viewer class="at-2" module="why-credentials"></ler-module-viewer>'
    + '<ler-module-viewer class="at-4" module="why-credentials" heading-level="4"></ler-module-viewer>');
  await page.locator('ler-module-viewer.at-4 h4').first().waitFor();
  await page.locator('ler-module-viewer.at-2 h2').first().waitFor();
  const two = await headingsOf(page, 'ler-module-viewer.at-2');
  const four = await headingsOf(page, 'ler-module-viewer.at-4');
  // Each heading keeps its distance from the title.
  assert.deepEqual(four, two.map((h) => `h${Math.min(6, Number(h[1]) + 2)}`), `${two} → ${four}`);
  // The look does not change with the tag: the title is as large at h4 as at h2.
  const size = (sel) => page.locator(sel).first().evaluate((h) => getComputedStyle(h).fontSize);
  assert.equal(await size('ler-module-viewer.at-4 h4'), await size('ler-module-viewer.at-2 h2'));
  await add('<ler-checklist module="record-integrity" list="ri-checklist-pillars" heading-level="6"></ler-checklist>');
  await page.locator('.added ler-checklist input[type="checkbox"]').first().waitFor();
  const six = await headingsOf(page, '.added ler-checklist');
  assert.ok(six.length > 0 && six.every((h) => h === 'h6'), JSON.stringify(six));
  assertClean(problems);
  await context.close();
});

test('a heading-level outside 1 to 6 is an error inside the widget, with role="alert"', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}examples/plain-site/`);
  await page.locator('ler-module-viewer h2').first().waitFor();
  for (const bad of ['9', '0', 'two']) {
    await page.evaluate((b) => {
      const el = document.createElement('ler-module-viewer');
      el.setAttribute('module', 'why-credentials');
      el.setAttribute('heading-level', b);
      el.className = `bad-${b}`;
      document.querySelector('main').append(el);
    }, bad);
    const alert = page.locator(`ler-module-viewer.bad-${bad} [role="alert"]`);
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /heading-level must be a whole number from 1 to 6/);
    assert.ok(text.includes(`"${bad}"`), text);
  }
  await assertNoAxeViolations(page, 'plain site with bad heading-level values');
  // The iframe page says the same for its query parameter.
  await page.goto(`${env.server.url}embed/module-viewer.html?module=why-credentials&heading-level=9`);
  await page.locator('ler-module-viewer [role="alert"]').waitFor();
  await context.close();
});
