// Hostile content in every widget: a course whose text is full of XSS vectors (compiled at
// test time by the native CLI from fixtures/hostile-course-src) and a hand-written compiled
// course that bypasses the compiler (fixtures/hostile-compiled), each loaded through `src=`.
// Nothing may run, open a dialog, leave loopback, or become an element or a script link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage, assertNoAxeViolations, useBrowser, DIST } from './browser.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

let tmp;
const env = useBrowser(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'ler-hostile-'));
  execFileSync('cargo', ['run', '-q', '--release', '-p', 'ler-content', '--features', 'compiler', '--',
    'build', join(FIXTURES, 'hostile-course-src'), '-o', join(tmp, 'hostile-built')],
  { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  // One page per widget; `src` and the other attributes come from the query string.
  mkdirSync(join(tmp, 'hostile-pages'));
  for (const [name, tag] of [['module', 'ler-module-viewer'], ['checklist', 'ler-checklist'],
    ['explorer', 'ler-credential-explorer']]) {
    writeFileSync(join(tmp, 'hostile-pages', `${name}.html`), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hostile ${name}</title>
<script type="module" src="/ler-widgets.js"></script></head>
<body><main><h1>Hostile ${name}</h1><div id="slot"></div></main>
<script type="module">
  const q = new URLSearchParams(location.search);
  const el = document.createElement('${tag}');
  for (const [k, v] of q) el.setAttribute(k, v);
  document.getElementById('slot').append(el);
</script></body></html>`);
  }
  return [DIST, tmp, FIXTURES];
}, { cleanUp: () => tmp && rmSync(tmp, { recursive: true, force: true }) });

const COURSES = {
  compiled: { src: '/hostile-built/course.json', dir: () => join(tmp, 'hostile-built') },
  'hand-written': { src: '/hostile-compiled/course.json', dir: () => join(FIXTURES, 'hostile-compiled') },
};
const readJson = (dir, file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

async function open(page, query) {
  const dialogs = [];
  const got = await openPage(env.browser, `${env.server.url}hostile-pages/${page}.html?${new URLSearchParams(query)}`, {
    before: (p) => p.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); }),
  });
  return { ...got, dialogs };
}

/** Everything that would show that a vector came alive. */
async function assertInert({ page, problems, dialogs }, label) {
  const found = await page.evaluate(() => {
    const bad = [];
    const roots = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) { roots.push(el.shadowRoot); visit(el.shadowRoot); }
      }
    };
    visit(document);
    for (const root of roots) {
      // The explorer draws its own SVG (the credential map and the legend's swatches): it may
      // hold only the shapes and text the widget writes, and no links.
      const ownSvg = 'svg.ler-map-svg, svg.ler-map-swatch';
      for (const el of root.querySelectorAll(`script, iframe, object, embed, img, frame, frameset, form, base, meta, link, svg:not(${ownSvg.replaceAll(', ', '):not(')}), math, style:not([data-ler])`)) {
        bad.push(`<${el.localName}> ${el.outerHTML.slice(0, 120)}`);
      }
      for (const el of root.querySelectorAll(`:is(${ownSvg}) *`)) {
        if (!['defs', 'marker', 'path', 'rect', 'g', 'text', 'tspan'].includes(el.localName)
          || el.hasAttribute('href') || el.hasAttribute('xlink:href')) bad.push(`map <${el.localName}> ${el.outerHTML.slice(0, 120)}`);
      }
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) {
          if (/^on/i.test(a.name) || a.name === 'srcdoc' || a.name === 'src') bad.push(`${el.localName}[${a.name}=${a.value.slice(0, 80)}]`);
        }
      }
      for (const a of root.querySelectorAll('a[href], area[href]')) {
        const href = a.getAttribute('href');
        let protocol;
        try { protocol = new URL(href, location.href).protocol; } catch { protocol = 'unparsable'; }
        if (!['http:', 'https:', 'mailto:'].includes(protocol)) bad.push(`a[href=${JSON.stringify(href)}] (${protocol})`);
      }
    }
    const scripts = [...document.querySelectorAll('script')].length;
    return { bad, roots: roots.length, pwned: typeof window.__pwned, scripts };
  });
  assert.ok(found.roots >= 1, `${label}: no widget rendered`);
  assert.equal(found.pwned, 'undefined', `${label}: window.__pwned was set`);
  assert.deepEqual(found.bad, [], `${label}: live markup inside a shadow root`);
  assert.equal(found.scripts, 2, `${label}: a <script> joined the light DOM`);
  assert.deepEqual(dialogs, [], `${label}: a dialog opened`);
  assert.deepEqual(problems.external, [], `${label}: a request left 127.0.0.1`);
  assert.deepEqual(problems.page, [], `${label}: page errors`);
}

/** The widget rendered the course (no alert), and the vectors show as words. */
async function assertShowsText(widget, label) {
  await widget.locator('[role="alert"]').count().then((n) => assert.equal(n, 0, `${label}: the widget refused the course`));
  const text = await widget.evaluate((el) => el.shadowRoot.textContent);
  assert.ok(text.includes('<script>window.__pwned=1</script>') || text.includes('<img src=x onerror="window.__pwned=1">'),
    `${label}: the vectors are not shown as text: ${text.slice(0, 300)}`);
}

for (const [kind, course] of Object.entries(COURSES)) {
  test(`module viewer, ${kind} hostile course: every section and the case panel stay inert`, async () => {
    const index = readJson(course.dir(), 'course.json');
    const moduleId = index.modules[0].id;
    const module = readJson(course.dir(), `modules/${moduleId}.json`);
    const opened = await open('module', { module: moduleId, src: course.src });
    const viewer = opened.page.locator('ler-module-viewer');
    await viewer.locator('.ler-pager-position').waitFor();
    await assertShowsText(viewer, `${kind} module`);
    await assertInert(opened, `${kind} module, first section`);
    for (let i = 0; i < module.sections.length; i += 1) {
      assert.match(await viewer.locator('.ler-pager-position').innerText(),
        new RegExp(`Section ${i + 1} of ${module.sections.length}`));
      const section = viewer.locator('.ler-section:not([hidden])');
      const disclosure = section.locator('.ler-case > .ler-disclosure');
      if (await disclosure.count()) {
        await disclosure.click();
        assert.equal(await disclosure.getAttribute('aria-expanded'), 'true');
        await section.locator('.ler-case-body:not([hidden])').waitFor();
        if (kind === 'compiled') await assertNoAxeViolations(opened.page, `${kind} module, case open`);
      }
      // Open everything else that is folded (checklist guidance).
      const folded = section.locator('button[aria-expanded="false"]');
      while (await folded.count()) await folded.first().click();
      await assertInert(opened, `${kind} module, section ${module.sections[i].id}`);
      if (i + 1 < module.sections.length) await viewer.locator('.ler-next').click();
    }
    // Every link in the text, clicked: nothing may run.
    const links = viewer.locator('a[href]');
    const n = await links.count();
    for (let i = 0; i < n; i += 1) {
      const href = await links.nth(i).getAttribute('href');
      if (href.startsWith('#')) await links.nth(i).click({ force: true }).catch(() => {});
    }
    await assertInert(opened, `${kind} module, after clicking in-page links`);
    await opened.context.close();
  });

  test(`checklist, ${kind} hostile course: items, guidance and notes stay inert`, async () => {
    const index = readJson(course.dir(), 'course.json');
    const moduleId = index.modules[0].id;
    const opened = await open('checklist', { module: moduleId, src: course.src });
    const list = opened.page.locator('ler-checklist');
    await list.locator('input[type="checkbox"]').first().waitFor();
    await assertShowsText(list, `${kind} checklist`);
    const boxes = list.locator('input[type="checkbox"]');
    for (let i = 0; i < await boxes.count(); i += 1) await boxes.nth(i).check();
    // Show every guidance and note control there is.
    const buttons = list.locator('button[aria-expanded="false"]');
    while (await buttons.count()) await buttons.first().click();
    const notes = list.locator('textarea');
    if (await notes.count()) await notes.first().fill('<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>');
    await assertInert(opened, `${kind} checklist`);
    await opened.context.close();
  });

  test(`credential explorer, ${kind} hostile course: selecting each type stays inert`, async () => {
    const library = readJson(course.dir(), 'library.json');
    const opened = await open('explorer', { src: course.src, expanded: 'all' });
    const explorer = opened.page.locator('ler-credential-explorer');
    await explorer.locator('[role="tree"]').waitFor();
    await assertShowsText(explorer, `${kind} explorer`);
    assert.equal(library.credential_types.length, 2);
    for (const type of library.credential_types) {
      await explorer.locator('.ler-tree-label', { hasText: type.label }).first().click();
      await explorer.locator('.ler-definition').waitFor();
      assert.equal(await explorer.locator('.ler-definition').innerText(), type.definition);
      await assertInert(opened, `${kind} explorer, ${type.id} selected`);
      const pick = explorer.locator('.ler-compare-pick input[type="checkbox"]');
      if (await pick.count()) await pick.check();
    }
    await assertInert(opened, `${kind} explorer, comparing`);
    if (kind === 'compiled') await assertNoAxeViolations(opened.page, `${kind} explorer, comparing`);
    await explorer.locator('input[type="search"]').fill('<script>');
    // The filter has run once its count names the query.
    await explorer.locator('.ler-explorer-count', { hasText: '“<script>”' }).waitFor();
    await assertInert(opened, `${kind} explorer, filtered`);
    await opened.context.close();
  });
}
