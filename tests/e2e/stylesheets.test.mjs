// The widgets' rules are split by bundle, so that a page downloads only those of the widgets
// it shows: every shadow root adopts www/ler-widgets.css, then its bundle's sheet
// (ler-core.css, ler-explorer.css or ler-inspector.css). A rule a widget needs that sits in
// another bundle's sheet would go unseen on a page without that bundle. So each widget here
// must look exactly as it would with every rule of every sheet: for each kind, in light,
// dark and print, after the learner has opened something, the computed style of every
// element of its shadow root (and its ::before and ::after) is compared with the same root
// after it has adopted all four sheets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, useBrowser, assertClean } from './browser.mjs';

const env = useBrowser();
const course = JSON.parse(readFileSync(`${DIST}content/course.json`, 'utf8'));
const SHEETS = ['ler-widgets.css', 'ler-core.css', 'ler-explorer.css', 'ler-inspector.css'];
const checklistModule = course.modules.find((m) => m.checklists?.length) ?? course.modules[0];
const WIDGETS = {
  'ler-module-viewer': `module="${course.modules[0].id}"`,
  'ler-checklist': `module="${checklistModule.id}"`,
  'ler-credential-explorer': '',
  'ler-credential-inspector': '',
};
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stylesheets</title>
  <script type="module" src="/ler-widgets.js"></script></head><body><main><h1>Stylesheets</h1>
  ${Object.entries(WIDGETS).map(([tag, attrs]) => `<${tag} ${attrs}></${tag}>`).join('\n')}
  </main></body></html>`;

// In the page, for widget `tag`: every element's computed style (and its ::before and
// ::after) with the sheets it adopted, then with one sheet holding every rule (`css`).
// Returns how many sheets it had, how many styles were compared and the first difference.
// Compared in the page: the styles are megabytes of text.
function compare([tag, css]) {
  const root = document.querySelector(tag).shadowRoot;
  const styles = () => {
    const out = [];
    for (const el of root.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const props = [];
        for (let i = 0; i < style.length; i++) props.push(`${style[i]}:${style.getPropertyValue(style[i])}`);
        out.push({ what: `${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''}`, props });
      }
    }
    return out;
  };
  const own = styles();
  const sheets = [...root.adoptedStyleSheets];
  const all = new CSSStyleSheet();
  all.replaceSync(css);
  root.adoptedStyleSheets = [all];
  const withAll = styles();
  root.adoptedStyleSheets = sheets;
  let difference = own.length === withAll.length ? null : `${own.length} and ${withAll.length} styles`;
  for (let i = 0; i < own.length && !difference; i++) {
    const differing = own[i].props.filter((p, k) => p !== withAll[i].props[k]);
    if (differing.length) difference = `${own[i].what}: ${differing.slice(0, 3).join(', ')}`;
  }
  return { sheets: sheets.length, compared: own.length, difference };
}

test('each widget looks the same with its own stylesheets as with every stylesheet', async () => {
  const css = SHEETS.map((f) => readFileSync(`${DIST}${f}`, 'utf8')).join('\n');
  for (const media of [{ colorScheme: 'light' }, { colorScheme: 'dark' }, { media: 'print' }]) {
    const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const url = `${env.server.url}stylesheets-page.html`;
    await context.route(url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: page }));
    const p = await context.newPage();
    const problems = { console: [], page: [], external: [] };
    p.on('console', (m) => m.type() === 'error' && problems.console.push(m.text()));
    p.on('pageerror', (e) => problems.page.push(String(e)));
    await p.emulateMedia(media);
    await p.goto(url);
    // Attached, not visible: in print, buttons are not shown.
    const drawn = { state: 'attached' };
    await p.locator('ler-module-viewer .ler-next').waitFor(drawn);
    await p.locator('ler-checklist input[type="checkbox"]').first().waitFor(drawn);
    await p.locator('ler-credential-explorer [role="treeitem"]').first().waitFor(drawn);
    await p.locator('ler-credential-inspector textarea').first().waitFor(drawn);
    // Open what is closed at first: the next section, a checklist tick, a type's details.
    if (!media.media) {
      await p.locator('ler-module-viewer .ler-next').click();
      await p.locator('ler-checklist input[type="checkbox"]').first().check();
      await p.locator('ler-credential-explorer .ler-tree-row').first().click();
      await p.locator('ler-credential-explorer .ler-explorer-empty').waitFor({ state: 'detached' });
    }
    for (const tag of Object.keys(WIDGETS)) {
      const { sheets, compared, difference } = await p.evaluate(compare, [tag, css]);
      // Two sheets: the shared one and the bundle's (not one file with everything).
      assert.equal(sheets, 2, `${tag} adopted another number of sheets`);
      assert.ok(compared > 60, `${tag}: only ${compared} styles compared`);
      assert.equal(difference, null, `${tag} (${JSON.stringify(media)}) differs`);
    }
    assertClean(problems);
    await context.close();
  }
});
