// The credential map of the explorer: every type placed where library.json says, selection
// shared with the tree both ways, and axe-clean in light, dark, narrow and print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, assertNoAxeViolations, useBrowser, DIST } from './browser.mjs';

const library = JSON.parse(readFileSync(`${DIST}content/library.json`, 'utf8'));
const env = useBrowser();
const clean = { console: [], page: [], external: [] };

/** The columns a type must be drawn in, read from library.json alone. */
function expectedColumns(type) {
  if (!type.size) return ['unsized'];
  if (!type.size.levels?.length) return ['no-national-size'];
  return type.size.levels;
}

async function openExplorer(viewport = { width: 1280, height: 900 }) {
  const opened = await openPage(env.browser, `${env.server.url}explorer.html`, { viewport });
  await opened.page.locator('ler-credential-explorer .ler-map-node').first().waitFor();
  return { ...opened, explorer: opened.page.locator('ler-credential-explorer') };
}

/** Type ids whose map box is drawn as selected. */
const selectedInMap = (explorer) => explorer.locator('.ler-map-node.ler-map-selected')
  .evaluateAll((nodes) => [...new Set(nodes.map((n) => n.dataset.type))]);

test('every type is in the map, in the columns library.json states, and in the words', async () => {
  const { page, explorer, problems } = await openExplorer();
  const drawn = await explorer.locator('.ler-map-node').evaluateAll((nodes) =>
    nodes.map((n) => [n.dataset.type, n.dataset.column]));
  const byType = new Map();
  for (const [type, column] of drawn) byType.set(type, [...(byType.get(type) ?? []), column]);
  assert.equal(byType.size, library.credential_types.length);
  for (const type of library.credential_types) {
    assert.deepEqual(byType.get(type.id), expectedColumns(type), type.id);
  }
  // The content states sizes for some types and "no national size" for at least one.
  assert.ok(drawn.some(([, c]) => c === 'no-national-size'));
  assert.ok(drawn.some(([, c]) => c.startsWith('ipeds-')));
  // The picture is hidden from assistive technology; the words say the same.
  assert.equal(await explorer.locator('.ler-map-svg').getAttribute('aria-hidden'), 'true');
  assert.equal(await explorer.locator('.ler-map-node[tabindex]').count(), 0, 'boxes take no focus');
  await explorer.locator('.ler-map-words summary').click();
  const words = await explorer.locator('.ler-map-words').innerText();
  for (const type of library.credential_types) assert.ok(words.includes(type.label), `${type.label} in the words`);
  for (const p of library.pathways) {
    assert.ok(await explorer.locator('.ler-map-legend', { hasText: p.title }).count(), `${p.title} in the legend`);
  }
  assert.equal(await explorer.locator('.ler-map-svg path.ler-map-pathway').count(),
    library.pathways.reduce((n, p) => n + p.steps.length - 1, 0));
  await assertNoAxeViolations(page, 'explorer with the map, words open');
  assert.deepEqual(problems, clean);
});

test('choosing a box selects the type in the tree and the details; the tree highlights the box', async () => {
  const { page, explorer, problems } = await openExplorer();
  assert.deepEqual(await selectedInMap(explorer), []);
  const master = library.credential_types.find((t) => t.id === 'master-degree');
  await explorer.locator('.ler-map-node[data-type="master-degree"]').click();
  const item = explorer.locator('[role="treeitem"][aria-selected="true"]');
  await item.waitFor();
  assert.equal((await item.locator('.ler-tree-label').innerText()).trim(), master.label);
  assert.ok(await item.isVisible(), 'the tree opened to show it');
  assert.equal(await explorer.locator('.ler-explorer-details h3').first().innerText(), master.label);
  assert.deepEqual(await selectedInMap(explorer), ['master-degree']);
  await assertNoAxeViolations(page, 'map box chosen');

  // The other way: the keyboard in the tree selects a type, and its box lights up.
  await item.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const now = explorer.locator('[role="treeitem"][aria-selected="true"] .ler-tree-label');
  const label = (await now.innerText()).trim();
  const id = library.credential_types.find((t) => t.label === label)?.id;
  assert.ok(id && id !== 'master-degree', `a new type is selected (${label})`);
  assert.deepEqual(await selectedInMap(explorer), [id]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await assertNoAxeViolations(page, 'map, dark scheme, a type selected');
  assert.deepEqual(problems, clean);
});

test('320 px: the page does not scroll sideways, the map scrolls in its box; print shows it whole', async () => {
  const { page, explorer, problems } = await openExplorer({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  const scroll = explorer.locator('.ler-map-scroll');
  const [scrollWidth, clientWidth] = await scroll.evaluate((e) => [e.scrollWidth, e.clientWidth]);
  assert.ok(scrollWidth > clientWidth, 'the map keeps a legible scale and scrolls inside its box');
  await explorer.locator('.ler-map-node[data-type="certificate"]').first().click();
  assert.deepEqual(await selectedInMap(explorer), ['certificate']);
  await assertNoAxeViolations(page, 'map at 320 px');
  await page.emulateMedia({ media: 'print' });
  const printed = await scroll.evaluate((e) => [e.scrollWidth <= e.clientWidth + 1,
    getComputedStyle(e.querySelector('svg')).display]);
  assert.deepEqual(printed, [true, 'block'], 'printed, the map fits the page');
  await assertNoAxeViolations(page, 'map printed');
  assert.deepEqual(problems, clean);
});
