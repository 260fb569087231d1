// Interface translations: each widget speaks the language the page declares for it (its own
// `lang`, an ancestor's, the page's), Spanish here, and falls back to English; the course
// content stays in English and is marked `lang="en"`; axe-core finds nothing, in Spanish too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, assertNoAxeViolations, useBrowser, assertClean, DIST } from './browser.mjs';

const module = JSON.parse(readFileSync(`${DIST}content/modules/record-integrity.json`, 'utf8'));
const library = JSON.parse(readFileSync(`${DIST}content/library.json`, 'utf8'));
const list = module.sections.find((s) => s.kind.checklist).kind.checklist;
const firstItem = list.groups[0].items[0].text.map((i) => i.t ?? '').join('');
const micro = library.credential_types.find((t) => t.id === 'micro-credential');

const env = useBrowser();

/** A host page of the built site, served for this test only, with `body` in its main. */
async function routePage(context, name, body, lang = 'es') {
  const url = `${env.server.url}i18n-${name}.html`;
  await context.route(url, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title>
<script type="module" src="/ler-widgets.js"></script></head>
<body><main><h1>${name}</h1>${body}</main></body></html>`,
  }));
  return url;
}

/** The text of the first `selector`'s shadow root, hidden parts included (and as written:
 * `innerText` would apply the stylesheet's capitals). */
const shadowText = (page, selector) => page.locator(selector).first()
  .evaluate((el) => el.shadowRoot.querySelector('.ler-root').textContent);

/** The `lang` a node inside the shadow root inherits (the nearest `[lang]`, through the host). */
const langOf = (page, host, inner) => page.locator(host).first().evaluate((el, sel) => {
  const node = el.shadowRoot.querySelector(sel);
  if (!node) return `no ${sel}`;
  const own = node.closest('[lang]');
  return own ? own.getAttribute('lang') : el.closest('[lang]')?.getAttribute('lang');
}, inner);

const WIDGETS = `
<ler-module-viewer module="record-integrity"></ler-module-viewer>
<ler-checklist module="record-integrity" list="${list.id}"></ler-checklist>
<ler-credential-explorer focus="micro-credential"></ler-credential-explorer>`;

test('on a Spanish page every widget speaks Spanish, the course stays English, and axe finds nothing', async () => {
  const { page, context, problems } = await openPage(env.browser, 'about:blank');
  await page.goto(await routePage(context, 'es', WIDGETS));
  await page.locator('ler-module-viewer .ler-export-notes').waitFor();
  await page.locator('ler-checklist input[type="checkbox"]').first().waitFor();
  await page.locator('ler-credential-explorer [role="tree"]').waitFor();

  const viewer = await shadowText(page, 'ler-module-viewer');
  for (const words of ['Objetivos de aprendizaje', 'Exportar mis notas', 'Hasta ahora ha visitado 1 de',
    'Siguiente', 'Módulo 5 · unos', 'Referencias']) {
    assert.ok(viewer.includes(words), `viewer says “${words}”`);
  }
  for (const words of ['Learning objectives', 'Export my notes', 'So far you have', 'Not visited yet']) {
    assert.ok(!viewer.includes(words), `viewer no longer says “${words}”`);
  }
  assert.match(await page.locator('ler-module-viewer nav.ler-toc').getAttribute('aria-label'),
    /^Secciones de /);
  // The course's own words are untouched, and marked as English.
  assert.equal(await page.locator('ler-module-viewer h2').first().innerText(), module.title);
  assert.equal(await langOf(page, 'ler-module-viewer', 'h2 span'), 'en');
  assert.equal(await langOf(page, 'ler-module-viewer', '.ler-section:not([hidden]) .ler-section-text'), 'en');
  assert.equal(await langOf(page, 'ler-module-viewer', '.ler-export-notes'), 'es');

  const checklist = await shadowText(page, 'ler-checklist');
  for (const words of ['Exportar como Markdown', 'Exportar como CSV', 'Deshacer', 'Restablecer…',
    'Mostrar orientación', 'Su nota']) {
    assert.ok(checklist.includes(words), `checklist says “${words}”`);
  }
  assert.match(checklist, new RegExp(`0 de ${list.groups.reduce((n, g) => n + g.items.length, 0)} completados`));
  const label = page.locator('ler-checklist .ler-item-main label').first();
  assert.equal((await label.innerText()).trim(), firstItem);
  assert.equal(await label.getAttribute('lang'), 'en');

  const explorer = await shadowText(page, 'ler-credential-explorer');
  for (const words of ['Tipos de credenciales y cómo se relacionan', 'Tamaño típico', 'Cómo se apila',
    'Expandir todo', 'La jerarquía como mapa', 'Itinerarios apilables']) {
    assert.ok(explorer.includes(words), `explorer says “${words}”`);
  }
  assert.equal(await page.locator('ler-credential-explorer [role="tree"]').getAttribute('aria-label'),
    'Jerarquía de tipos de credenciales');
  const details = page.locator('ler-credential-explorer .ler-explorer-details h3').first();
  assert.equal(await details.innerText(), micro.label);
  assert.equal(await langOf(page, 'ler-credential-explorer', '.ler-definition'), 'en');
  assert.equal(await page.locator('ler-credential-explorer .ler-definition').innerText(), micro.definition);

  await assertNoAxeViolations(page, 'Spanish host page');
  assertClean(problems);
  await context.close();
});

test('the nearest lang wins: an ancestor, the element itself, a change of it, and English for a language without a catalogue', async () => {
  const { page, context, problems } = await openPage(env.browser, 'about:blank');
  const body = `
<div lang="es-MX"><ler-checklist class="ancestor" module="record-integrity" list="${list.id}"></ler-checklist></div>
<ler-checklist class="french" lang="fr" module="record-integrity" list="${list.id}"></ler-checklist>
<ler-checklist class="page" module="record-integrity" list="${list.id}"></ler-checklist>`;
  await page.goto(await routePage(context, 'mixed', body, 'en'));
  for (const c of ['ancestor', 'french', 'page']) {
    await page.locator(`ler-checklist.${c} input[type="checkbox"]`).first().waitFor();
  }
  assert.ok((await shadowText(page, 'ler-checklist.ancestor')).includes('Exportar como CSV'));
  assert.ok((await shadowText(page, 'ler-checklist.page')).includes('Export as CSV'));
  // French has no catalogue: English, and the widget says so to screen readers.
  assert.ok((await shadowText(page, 'ler-checklist.french')).includes('Export as CSV'));
  assert.equal(await page.locator('ler-checklist.french').evaluate(
    (el) => el.shadowRoot.querySelector('.ler-root').getAttribute('lang')), 'en');
  // Spanish inherited keeps the page's region; no lang of its own inside.
  assert.equal(await page.locator('ler-checklist.ancestor').evaluate(
    (el) => el.shadowRoot.querySelector('.ler-root').getAttribute('lang')), null);
  // `lang` is an observed attribute: changing it mounts the widget again, in Spanish.
  await page.locator('ler-checklist.page').evaluate((el) => el.setAttribute('lang', 'es'));
  await page.locator('ler-checklist.page .ler-export-csv', { hasText: 'Exportar como CSV' }).waitFor();
  await assertNoAxeViolations(page, 'mixed languages');
  assertClean(problems);
  await context.close();
});

test('in Spanish, status lines and the exports speak Spanish; the items keep their words', async () => {
  const { page, context, problems } = await openPage(env.browser, 'about:blank');
  await page.goto(await routePage(context, 'checklist',
    `<ler-checklist module="record-integrity" list="${list.id}"></ler-checklist>`));
  const box = page.locator('ler-checklist input[type="checkbox"]').first();
  await box.check();
  await page.locator('ler-checklist .ler-checklist-count', { hasText: /^1 de \d+ completados$/ }).waitFor();
  await page.locator('ler-checklist .ler-undo').click();
  const status = page.locator('ler-checklist .ler-checklist-message');
  await status.filter({ hasText: /^Se deshizo: marcar “/ }).waitFor();
  await box.check();
  const [csv] = await Promise.all([page.waitForEvent('download'),
    page.locator('ler-checklist .ler-export-csv').click()]);
  const text = readFileSync(await csv.path(), 'utf8');
  assert.ok(text.startsWith('\u{feff}Grupo,Elemento,Hecho,Nota,Se explica en,Id. del elemento\r\n'), text.slice(0, 80));
  assert.ok(text.includes(`${firstItem},sí,`) || text.includes(`"${firstItem}",sí,`), text.slice(0, 400));
  const [md] = await Promise.all([page.waitForEvent('download'),
    page.locator('ler-checklist .ler-export-md').click()]);
  const markdown = readFileSync(await md.path(), 'utf8');
  assert.ok(markdown.startsWith(`# Lista de verificación: ${list.title}\n`), markdown.slice(0, 120));
  await status.filter({ hasText: /^Se descargó .*\.md\.$/ }).waitFor();
  await assertNoAxeViolations(page, 'Spanish checklist after a tick, an undo and two exports');
  assertClean(problems);
  await context.close();
});

const EMBED_PAGES = [
  ['module-viewer', 'module=record-integrity', 'ler-module-viewer', '.ler-export-notes', 'Exportar mis notas'],
  ['checklist', `module=record-integrity&list=${list.id}`, 'ler-checklist', '.ler-export-md', 'Exportar como Markdown'],
  ['credential-explorer', 'focus=micro-credential', 'ler-credential-explorer', '[role="tree"]', 'Contraer todo'],
];

for (const [name, query, tag, ready, words] of EMBED_PAGES) {
  test(`embed/${name}.html?lang=es: the framed widget speaks Spanish, and axe finds nothing`, async () => {
    const { page, context, problems } = await openPage(env.browser,
      `${env.server.url}embed/${name}.html?${query}&lang=es`);
    await page.locator(`${tag} ${ready}`).first().waitFor();
    assert.ok((await shadowText(page, tag)).includes(words), `embed/${name} says “${words}”`);
    assert.equal(await page.locator(tag).getAttribute('lang'), 'es');
    await assertNoAxeViolations(page, `embed/${name}.html?lang=es`);
    assertClean(problems);
    await context.close();
  });
}
