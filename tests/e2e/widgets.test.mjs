// The checklist and the credential explorer in real headless Chromium, on built pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, assertNoAxeViolations, focusedDescription, useBrowser, DIST, assertClean } from './browser.mjs';

const library = JSON.parse(readFileSync(`${DIST}content/library.json`, 'utf8'));
const integrity = JSON.parse(readFileSync(`${DIST}content/modules/record-integrity.json`, 'utf8'));
const list = integrity.sections.find((s) => s.kind.checklist).kind.checklist;
const itemCount = list.groups.reduce((n, g) => n + g.items.length, 0);

// The sandboxed frame has an opaque origin, so its module scripts and fetches are
// cross-origin: allow them, as a widget host serving sandboxed embeds must.
const env = useBrowser([DIST, new URL('./fixtures/', import.meta.url).pathname],
  { serveOptions: { headers: () => ({ 'access-control-allow-origin': '*' }) } });


test('checklist: a tick is announced, survives a reload, and shows in the second copy', async () => {
  const { page, problems } = await openPage(env.browser, `${env.server.url}examples/plain-site/`);
  const lists = page.locator('ler-checklist');
  await lists.first().locator('input[type="checkbox"]').first().waitFor();
  const count = lists.first().locator('.ler-checklist-count');
  assert.equal(await count.innerText(), `0 of ${itemCount} done`);
  await lists.first().locator('input[type="checkbox"]').first().check();
  assert.equal(await count.innerText(), `1 of ${itemCount} done`);
  // The read-only copy of the same list follows at once (shared signal).
  assert.equal(await lists.nth(1).locator('.ler-checklist-count').innerText(), `1 of ${itemCount} done`);
  await assertNoAxeViolations(page, 'checklist ticked');
  await page.reload();
  await lists.first().locator('input[type="checkbox"]').first().waitFor();
  assert.ok(await lists.first().locator('input[type="checkbox"]').first().isChecked(), 'tick kept after reload');
  assert.equal(await lists.first().locator('.ler-checklist-count').innerText(), `1 of ${itemCount} done`);
  assertClean(problems);
});

test('checklist: keyboard only — Space ticks the focused item, undo reverses it', async () => {
  const { page } = await openPage(env.browser, `${env.server.url}examples/plain-site/`);
  const first = page.locator('ler-checklist').first();
  await first.locator('input[type="checkbox"]').first().waitFor();
  await first.locator('input[type="checkbox"]').nth(1).focus();
  await page.keyboard.press('Space');
  assert.ok(await first.locator('input[type="checkbox"]').nth(1).isChecked());
  await first.locator('.ler-undo').focus();
  await page.keyboard.press('Enter');
  assert.ok(!(await first.locator('input[type="checkbox"]').nth(1).isChecked()), 'undo un-ticked it');
});

test('credential explorer: tree keyboard pattern, details, filter and compare, axe-clean in each state', async () => {
  const { page, problems } = await openPage(env.browser, `${env.server.url}explorer.html`);
  const explorer = page.locator('ler-credential-explorer');
  const tree = explorer.locator('[role="tree"]');
  await tree.waitFor();
  await assertNoAxeViolations(page, 'explorer, initial');
  const roots = library.credential_types.filter((t) => !t.parent);
  // Tab into the tree: exactly one treeitem is tabbable.
  assert.equal(await tree.locator('[role="treeitem"][tabindex="0"]').count(), 1);
  await tree.locator('[role="treeitem"][tabindex="0"]').focus();
  let f = await focusedDescription(page);
  assert.ok(f.text.startsWith(roots[0].label));
  // Right expands, Down moves to the first child.
  await page.keyboard.press('ArrowRight');
  const rootItem = tree.locator('[role="treeitem"][aria-level="1"]').first();
  assert.equal(await rootItem.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('ArrowDown');
  const firstChild = library.credential_types.find((t) => t.parent === roots[0].id);
  f = await focusedDescription(page);
  assert.ok(f.text.startsWith(firstChild.label), `focus on ${firstChild.label}, got ${f.text}`);
  // Enter selects it and the details panel shows its definition.
  await page.keyboard.press('Enter');
  await explorer.locator('.ler-definition').waitFor();
  assert.equal(await explorer.locator('.ler-definition').innerText(), firstChild.definition);
  await assertNoAxeViolations(page, 'explorer, expanded and selected');
  // Filter by a synonym spelled without the hyphen.
  await explorer.locator('input[type="search"]').fill('microcredential');
  // The count names the query once the filter has run, with the number of types whose label
  // or other names contain it when case, spaces and punctuation are ignored.
  const fold = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const matching = library.credential_types
    .filter((t) => [t.label, ...(t.synonyms ?? [])].some((name) => fold(name).includes('microcredential')));
  assert.ok(matching.some((t) => t.label === 'Micro-credential'), 'the library has the type the test looks for');
  const phrase = matching.length === 1 ? 'matches' : 'match';
  await explorer.locator('.ler-explorer-count',
    { hasText: `${matching.length} of ${library.credential_types.length} credential types ${phrase} “microcredential”` }).waitFor();
  const visible = await tree.locator('.ler-tree-label:visible').allInnerTexts();
  assert.ok(visible.includes('Micro-credential'), visible.join(' | '));
  assert.ok(visible.length < library.credential_types.length, `the filter hides the rest: ${visible.join(' | ')}`);
  assert.ok(await explorer.locator('mark').count() >= 1, 'matches are highlighted');
  await assertNoAxeViolations(page, 'explorer, filtered');
  assertClean(problems);
});

test('checklist in a sandboxed iframe: storage is refused, the widget works and says progress will not be kept', async () => {
  const { page } = await openPage(env.browser, `${env.server.url}sandboxed.html`);
  const frame = page.frameLocator('iframe');
  const list = frame.locator('ler-checklist');
  await list.locator('input[type="checkbox"]').first().waitFor();
  assert.match(await list.locator('.ler-notices').innerText(), /will not be kept/);
  await list.locator('input[type="checkbox"]').first().check();
  assert.equal(await list.locator('.ler-checklist-count').innerText(), `1 of ${itemCount} done`);
});

test('credential explorer: comparing two types shows them side by side, axe-clean', async () => {
  const { page, problems } = await openPage(env.browser, `${env.server.url}explorer.html`);
  const explorer = page.locator('ler-credential-explorer');
  await explorer.locator('[role="tree"]').waitFor();
  const root = library.credential_types.find((t) => !t.parent);
  const child = library.credential_types.find((t) => t.parent === root.id);
  await explorer.locator('[role="treeitem"] .ler-tree-label', { hasText: root.label }).first().click();
  await explorer.locator('.ler-compare-pick input[type="checkbox"]').check();
  // Move to a child through the details panel's child buttons, and add it too.
  await explorer.locator('.ler-type-button', { hasText: child.label }).first().click();
  await explorer.locator('.ler-compare-pick input[type="checkbox"]').check();
  const table = explorer.locator('.ler-compare-table');
  await table.waitFor();
  const headers = await table.locator('thead th').allInnerTexts();
  assert.ok(headers.some((h) => h.includes(root.label)) && headers.some((h) => h.includes(child.label)),
    headers.join(' | '));
  await assertNoAxeViolations(page, 'explorer, comparing');
  assertClean(problems);
});
