// The module viewer's table of contents (numbers beside the first line of wrapped titles,
// per-section marks) and its progress bar (the same counts as the progress sentence).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, assertNoAxeViolations, useBrowser, DIST } from './browser.mjs';

const course = JSON.parse(readFileSync(`${DIST}content/course.json`, 'utf8'));
const modules = course.modules.map((m) => JSON.parse(readFileSync(`${DIST}content/modules/${m.id}.json`, 'utf8')));
// The module with the longest section title: the one most likely to wrap.
const longest = (m) => Math.max(...m.sections.map((s) => s.title.length));
const wrapping = [...modules].sort((a, b) => longest(b) - longest(a))[0];
// A module with both reflection questions and a checklist.
const worked = modules.find((m) => m.sections.some((s) => s.kind.reflect) && m.sections.some((s) => s.kind.checklist));

const env = useBrowser();

/** For every entry of the contents: the number's box and the title's line boxes. */
async function tocGeometry(viewer) {
  return viewer.locator('.ler-toc li').evaluateAll((items) => items.map((li) => {
    // Both measured as text (a Range's line boxes), so the same font gives the same box.
    const numberRange = document.createRange();
    numberRange.selectNodeContents(li.querySelector('.ler-toc-number'));
    const number = numberRange.getClientRects()[0];
    const link = li.querySelector('a');
    const range = document.createRange();
    range.selectNodeContents(link);
    // One rect per line fragment; lines are told apart by their top.
    const lines = [];
    for (const r of range.getClientRects()) {
      if (r.width > 0 && !lines.some((l) => Math.abs(l.top - r.top) < 2)) lines.push({ top: r.top, bottom: r.bottom });
    }
    lines.sort((a, b) => a.top - b.top);
    return { title: link.textContent, number: { top: number.top, bottom: number.bottom }, lines };
  }));
}

for (const width of [1280, 390]) {
  test(`${width} px: a wrapped section title has its number beside its first line`, async () => {
    const { page, problems } = await openPage(env.browser, `${env.server.url}?module=${wrapping.id}`,
      { viewport: { width, height: 900 } });
    const viewer = page.locator('ler-module-viewer .ler-root:not(.ler-prerendered)'); // the widget, not the text before it
    await viewer.locator('.ler-toc li').first().waitFor();
    const entries = await tocGeometry(viewer);
    assert.equal(entries.length, wrapping.sections.length);
    const wrapped = entries.filter((e) => e.lines.length > 1);
    assert.ok(wrapped.length > 0, `no title wraps at ${width} px, so this test would prove nothing`);
    for (const e of entries) {
      const first = e.lines[0];
      // Same font and a shared baseline: the two text boxes' bottoms meet within a pixel or two.
      assert.ok(Math.abs(e.number.bottom - first.bottom) <= 2,
        `“${e.title}”: number bottom ${e.number.bottom}, first line bottom ${first.bottom}`);
      if (e.lines.length > 1) {
        const last = e.lines[e.lines.length - 1];
        assert.ok(e.number.bottom < last.top + 1, `“${e.title}”: the number sits on a later line`);
      }
    }
    await assertNoAxeViolations(page, `contents at ${width} px`);
    assert.deepEqual(problems, { console: [], page: [], external: [] });
  });
}

/** The counts in the progress sentence, the bar's value and max, and each entry's marks. */
async function progressState(viewer) {
  const sentence = await viewer.locator('.ler-progress-summary').innerText();
  const counts = [...sentence.matchAll(/(\d+) of (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const bar = viewer.locator('progress.ler-progress-bar');
  return {
    sentence,
    counts,
    value: Number(await bar.getAttribute('value')),
    max: Number(await bar.getAttribute('max')),
    name: await bar.evaluate((b) => b.getAttribute('aria-labelledby')
      .split(' ').map((id) => b.getRootNode().getElementById(id)?.textContent).join(' ')),
    marks: await viewer.locator('.ler-toc-marks').allInnerTexts(),
  };
}

function assertBarMatchesSentence(s) {
  const done = s.counts.reduce((n, [a]) => n + a, 0);
  const total = s.counts.reduce((n, [, b]) => n + b, 0);
  assert.equal(s.value, done, `bar value ${s.value} vs the sentence “${s.sentence}”`);
  assert.equal(s.max, total, `bar max ${s.max} vs the sentence “${s.sentence}”`);
  assert.equal(s.name, s.sentence, 'the sentence is the bar’s accessible name');
}

test('the progress bar shows the sentence’s counts, and the contents mark each section', async () => {
  const { page, problems } = await openPage(env.browser, `${env.server.url}?module=${worked.id}`);
  const viewer = page.locator('ler-module-viewer .ler-root:not(.ler-prerendered)'); // the widget, not the text before it
  await viewer.locator('.ler-progress-bar').waitFor();
  let s = await progressState(viewer);
  assert.equal(s.counts.length, 3, s.sentence);
  assert.deepEqual(s.counts[0], [1, worked.sections.length]);
  assertBarMatchesSentence(s);
  assert.equal(s.marks.length, worked.sections.length);
  assert.match(s.marks[0], /^✓ Visited/);
  assert.match(s.marks[1], /Not visited yet/);

  // Answer one question: the sentence, the bar and that section's mark all move.
  const reflectAt = worked.sections.findIndex((sec) => sec.kind.reflect);
  const questions = worked.sections[reflectAt].kind.reflect.length;
  await viewer.locator('.ler-toc a').nth(reflectAt).click();
  await viewer.locator('.ler-section:not([hidden]) .ler-reflection textarea').first().fill('Registrar and provost sign off.');
  await viewer.locator('.ler-section:not([hidden]) .ler-save-status', { hasText: 'Saved' }).first().waitFor();
  s = await progressState(viewer);
  assert.deepEqual(s.counts[0], [2, worked.sections.length]);
  assert.equal(s.counts[1][0], 1, s.sentence);
  assertBarMatchesSentence(s);
  assert.match(s.marks[reflectAt], new RegExp(`^✓ Visited · 1 of ${questions} answered$`));

  // Tick one checklist item.
  const listAt = worked.sections.findIndex((sec) => sec.kind.checklist);
  const items = worked.sections[listAt].kind.checklist.groups.reduce((n, g) => n + g.items.length, 0);
  await viewer.locator('.ler-toc a').nth(listAt).click();
  await viewer.locator('.ler-section:not([hidden]) .ler-checklist-items input[type="checkbox"]').first().check();
  await page.waitForFunction((at) => document.querySelector('ler-module-viewer').shadowRoot
    .querySelectorAll('.ler-toc-marks')[at].textContent.includes('1 of'), listAt);
  s = await progressState(viewer);
  assert.equal(s.counts[2][0], 1, s.sentence);
  assertBarMatchesSentence(s);
  assert.match(s.marks[listAt], new RegExp(`^✓ Visited · 1 of ${items} done$`));
  await assertNoAxeViolations(page, 'progress bar and marks, light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await assertNoAxeViolations(page, 'progress bar and marks, dark');
  assert.deepEqual(problems, { console: [], page: [], external: [] });
});
