// The SCORM packages in a real SCORM run-time: scorm-again's Scorm12API / Scorm2004API on a
// test LMS page, which frames the unzipped package's launch page as an LMS does. The
// packages are built from dist/ by ler-package (cargo) before the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage, assertNoAxeViolations, useBrowser, DIST, assertClean, until } from './browser.mjs';
import { unzip } from './fixtures/lms-unzip.mjs';

// The launch pages carry the module's text pre-rendered; the widget's own title (in its
// shadow root, shown once it has taken the page over) is what these tests wait for.
const TITLE = '.ler-root:not(.ler-prerendered) .ler-rank-0';
const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const require = createRequire(import.meta.url);
// scorm-again's browser bundles (classic scripts that define Scorm12API / Scorm2004API).
const SCORM_AGAIN = {
  'scorm12.min.js': require.resolve('scorm-again/scorm12/min'),
  'scorm2004.min.js': require.resolve('scorm-again/scorm2004/min'),
};

const course = JSON.parse(readFileSync(join(DIST, 'content/course.json'), 'utf8'));
const modules = course.modules.map((m) =>
  JSON.parse(readFileSync(join(DIST, `content/modules/${m.id}.json`), 'utf8')));
const checklistOf = (m) => m.sections.map((s) => s.kind.checklist).find(Boolean);
const itemsOf = (list) => list.groups.flatMap((g) => g.items);
// The module whose progress takes the most room: the most sections and checklist items.
const largest = modules.reduce((a, b) => {
  const size = (m) => m.sections.length + (checklistOf(m) ? itemsOf(checklistOf(m)).length : 0);
  return size(b) > size(a) ? b : a;
});
const list = checklistOf(largest);
const items = itemsOf(list);

let work;
const env = useBrowser(async () => {
  work = mkdtempSync(join(tmpdir(), 'ler-lms-'));
  const packages = join(work, 'packages');
  execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'ler-package', '--',
    '--dist', DIST, '--out', packages], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  // The LMS's web root: its player page, scorm-again, and the two course packages unpacked.
  const site = join(work, 'lms');
  mkdirSync(join(site, 'scorm-again'), { recursive: true });
  for (const file of ['lms-host.html', 'lms-host.js', 'lms-frame.html', 'lms-frame.js']) copyFileSync(join(FIXTURES, file), join(site, file));
  for (const [file, from] of Object.entries(SCORM_AGAIN)) {
    copyFileSync(from, join(site, 'scorm-again', file));
  }
  unzip(join(packages, `${course.id}-scorm12.zip`), join(site, 'scorm12'));
  unzip(join(packages, `${course.id}-scorm2004.zip`), join(site, 'scorm2004'));
  // The SCORM 2004 package of the second module alone: what a Moodle course uses, one
  // activity per module (see "Which package for Moodle" in the README).
  const second = modules[1];
  unzip(join(packages, `${course.id}-${String(second.order).padStart(2, '0')}-${second.id}-scorm2004.zip`),
    join(site, 'scorm2004-module'));
  return [site];
}, { cleanUp: () => work && rmSync(work, { recursive: true, force: true }) });

/** The data-model names of each version. */
const MODEL = {
  '1.2': {
    folder: 'scorm12', api: 'API', status: 'cmi.core.lesson_status',
    location: 'cmi.core.lesson_location', exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time', time: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
    resume: (saved) => ({
      core: { lesson_status: saved.status, lesson_location: saved.location, entry: 'resume' },
      suspend_data: saved.suspend,
    }),
  },
  2004: {
    folder: 'scorm2004', api: 'API_1484_11', status: 'cmi.completion_status',
    location: 'cmi.location', exit: 'cmi.exit',
    sessionTime: 'cmi.session_time', time: /^PT\d+H\d+M\d+(\.\d{1,2})?S$/,
    resume: (saved) => ({
      completion_status: saved.status, location: saved.location, entry: 'resume',
      suspend_data: saved.suspend,
    }),
  },
};

/**
 * Reads a data-model element from the runtime's record of it (as the LMS would store it:
 * write-only elements such as `exit` included).
 */
const cmi = (page, version, element) => page.evaluate(([api, path]) => {
  const json = window[api].renderCMIToJSONObject();
  return path.split('.').slice(1).reduce((o, k) => o?.[k], json.cmi ?? json);
}, [MODEL[version].api, element]);

/** Waits until a (readable) data-model element has the value `expected`. */
const waitForCmi = (page, version, element, expected) => page.waitForFunction(
  ([api, path, want]) => path.split('.').slice(1).reduce((o, k) => o?.[k], window[api].cmi) === want,
  [MODEL[version].api, element, expected],
);

/** Opens the test LMS and launches the largest module of the course package. */
async function launchModule(version, { data = null, settings = {} } = {}) {
  const opened = await openPage(env.browser, `${env.server.url}lms-host.html`);
  const warnings = [];
  opened.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  opened.page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().includes('commit-that-fails')) {
      warnings.push(`HTTP ${r.status()} ${r.url()}`);
    }
  });
  await opened.page.evaluate((cfg) => window.launchSco(cfg), {
    version, url: `${MODEL[version].folder}/sco/${largest.id}.html`, data, settings,
  });
  const viewer = opened.page.frameLocator('#sco').locator('ler-module-viewer');
  await viewer.locator(TITLE).waitFor();
  return { ...opened, viewer, warnings };
}

const toc = (viewer, index) => viewer.locator('.ler-toc li').nth(index).locator('a');
const openSection = async (viewer, section) => {
  await toc(viewer, largest.sections.findIndex((s) => s.id === section.id)).click();
  await viewer.locator('.ler-section:not([hidden]) > h3', { hasText: section.title }).waitFor();
};
const checklistSection = largest.sections.find((s) => s.kind.checklist);
const open = (viewer) => viewer.locator('.ler-section:not([hidden])');
const boxes = (viewer) => open(viewer).locator('.ler-checklist-item .ler-item-main input[type="checkbox"]');

async function workThrough(viewer) {
  for (const section of largest.sections) {
    await openSection(viewer, section);
    if (section === checklistSection) {
      for (let i = 0; i < items.length; i += 1) await boxes(viewer).nth(i).check();
    }
  }
}


for (const version of ['1.2', '2004']) {
  const m = MODEL[version];

  test(`SCORM ${version}: completion, location and suspend_data reach the LMS, and a relaunch resumes`, async () => {
    // First session.
    const first = await launchModule(version);
    const { page, viewer } = first;
    await waitForCmi(page, version, m.status, 'incomplete');
    await workThrough(viewer);
    await waitForCmi(page, version, m.status, 'completed');
    // The learner ends on another section: that is the location.
    const target = largest.sections[2];
    await openSection(viewer, target);
    await waitForCmi(page, version, m.location, target.id);
    if (version === '2004') {
      assert.equal(Number(await cmi(page, version, 'cmi.progress_measure')), 1);
    }
    // The learner leaves; the LMS takes the frame away.
    await page.evaluate(() => window.closeSco());
    await page.waitForFunction((api) => window[api].isTerminated(), m.api);
    const saved = {
      status: await cmi(page, version, m.status),
      location: await cmi(page, version, m.location),
      suspend: await cmi(page, version, 'cmi.suspend_data'),
    };
    assert.equal(saved.status, 'completed');
    assert.equal(saved.location, target.id);
    assert.equal(await cmi(page, version, m.exit), 'suspend');
    const time = await cmi(page, version, m.sessionTime);
    assert.match(time, m.time);
    const data = JSON.parse(saved.suspend);
    assert.equal(data.v, 1);
    assert.equal(data.c, course.id);
    assert.deepEqual(Object.keys(data.d).sort(), [`c/${list.id}`, `p/${largest.id}`]);
    const ticks = data.d[`c/${list.id}`].d.map((id) => `${data.d[`c/${list.id}`].p ?? ''}${id}`);
    assert.deepEqual(ticks.sort(), items.map((i) => i.id).sort());
    assert.ok(saved.suspend.length <= 4096);
    console.log(`# SCORM ${version}, ${largest.id} (${largest.sections.length} sections, `
      + `${items.length} items), all visited and ticked: suspend_data ${saved.suspend.length} characters`);
    assertClean(first.problems);
    assert.deepEqual(first.warnings, [], 'nothing went wrong with the LMS');
    await first.context.close();

    // Second session, in a fresh browser profile: nothing local, only what the LMS kept.
    const second = await launchModule(version, { data: m.resume(saved) });
    const again = second.viewer;
    // The viewer reopens where the learner left off.
    assert.equal(await open(again).locator('h3').first().innerText(), target.title);
    // Every visit and every tick is back.
    const summary = await again.locator('.ler-progress-summary').innerText();
    assert.match(summary, new RegExp(`visited ${largest.sections.length} of ${largest.sections.length} sections`));
    assert.match(summary, new RegExp(`done ${items.length} of ${items.length} checklist items`));
    await openSection(again, checklistSection);
    await boxes(again).first().waitFor();
    for (let i = 0; i < items.length; i += 1) {
      assert.ok(await boxes(again).nth(i).isChecked(), `item ${items[i].id} restored`);
    }
    assert.equal(await open(again).locator('.ler-checklist-count').innerText(),
      `${items.length} of ${items.length} done`);
    assert.equal(await cmi(second.page, version, m.status), 'completed');
    await assertNoAxeViolations(second.page.frame({ name: 'sco' }), `SCORM ${version} launch page`);
    assertClean(second.problems);
    assert.deepEqual(second.warnings, []);
    await second.context.close();
  });
}

test('SCORM 1.2: notes and answers of the largest module, measured, and restored', async () => {
  const { page, viewer, context, problems } = await launchModule('1.2');
  await workThrough(viewer);
  await openSection(viewer, checklistSection);
  const note = 'Registrar and IT agree; revisit in spring.'; // 42 characters
  const notes = open(viewer).locator('.ler-checklist-item .ler-note input[type="text"]');
  for (let i = 0; i < items.length; i += 1) {
    await notes.nth(i).fill(note);
    await notes.nth(i).press('Tab');
  }
  const reflection = largest.sections.find((s) => s.kind.reflect);
  const answer = 'Most of the pressure comes from the continuing-education unit, which wants '
    + 'badges for its short courses. The provost asks what a badge would add to the '
    + 'transcript, and employers ask for evidence of skills rather than course titles. '
    + 'Our office should answer first, with the numbers.';
  if (reflection) {
    await openSection(viewer, reflection);
    const boxes = open(viewer).locator('textarea');
    for (let i = 0; i < reflection.kind.reflect.length; i += 1) {
      await boxes.nth(i).fill(answer);
      await boxes.nth(i).press('Tab');
    }
  }
  // The notes are in the LMS's copy once the last one is saved.
  await page.waitForFunction(([n, count]) => window.API.cmi.suspend_data.split(n).length > count,
    [note, items.length]);
  const suspend = await cmi(page, '1.2', 'cmi.suspend_data');
  const answersFit = Boolean(reflection) && suspend.includes(answer);
  console.log(`# SCORM 1.2, ${largest.id}: with a ${note.length}-character note on each of `
    + `${items.length} items and a ${answer.length}-character answer to each of `
    + `${reflection?.kind.reflect.length ?? 0} questions: suspend_data ${suspend.length} characters; `
    + `answers ${answersFit ? 'in the LMS copy' : 'kept in this browser only'}`);
  assert.ok(suspend.length <= 4096, `${suspend.length} characters`);
  // What does not fit is named to the learner, in the widget, not only on the console.
  const leftOut = viewer.locator('.ler-lms-notice[role="status"] .ler-lms-left-out');
  if (reflection && !answersFit) {
    const said = await leftOut.innerText();
    assert.match(said, /at most 4,096 characters/);
    assert.match(said, /your answers to the reflection questions[^.]* are kept in this browser only/);
    await assertNoAxeViolations(page.frame({ name: 'sco' }), 'SCO with answers left out of the LMS copy');
  } else {
    assert.equal(await leftOut.count(), 0, 'everything fits: no notice');
  }
  // Answers left out of the LMS's copy are the local copy's: the LMS's lists them in `o`.
  const decoded = JSON.parse(suspend);
  if (!answersFit && reflection) {
    assert.ok((decoded.o ?? []).some((k) => k.startsWith('r/')), JSON.stringify(decoded.o));
  }
  await page.evaluate(() => window.closeSco());
  await page.waitForFunction(() => window.API.isTerminated());
  assertClean(problems);
  await context.close();

  // A relaunch in another browser (a fresh context: no local copy) restores what the LMS
  // kept: every tick and note; the answers only where they fitted.
  const second = await launchModule('1.2', {
    data: MODEL['1.2'].resume({ status: 'completed', location: '', suspend }),
  });
  await openSection(second.viewer, checklistSection);
  const restored = open(second.viewer).locator('.ler-checklist-item .ler-note input[type="text"]');
  await restored.first().waitFor();
  assert.equal(await restored.nth(items.length - 1).inputValue(), note);
  assert.equal(await boxes(second.viewer).nth(items.length - 1).isChecked(), true);
  if (reflection) {
    await openSection(second.viewer, reflection);
    assert.equal(await open(second.viewer).locator('textarea').first().inputValue(),
      answersFit ? answer : '');
  }
  await second.context.close();
});

test('no LMS: the launch page works on the ordinary store, and says nothing about an LMS', async () => {
  const { page, context, problems } = await openPage(env.browser,
    `${env.server.url}scorm12/sco/${largest.id}.html`);
  const warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
  const viewer = page.locator('ler-module-viewer');
  await viewer.locator(TITLE).waitFor();
  await openSection(viewer, checklistSection);
  await boxes(viewer).first().check();
  await page.reload();
  await viewer.locator(TITLE).waitFor();
  await openSection(viewer, checklistSection);
  await boxes(viewer).first().waitFor();
  assert.ok(await boxes(viewer).first().isChecked(), 'tick kept in localStorage');
  assert.ok(await page.evaluate((key) => localStorage.getItem(key) !== null,
    `ler-widgets/v1/${course.id}/checklist/${list.id}`));
  assertClean(problems);
  assert.deepEqual(warnings, []);
  await context.close();
});

test('an LMS that fails to commit: its error text is logged and shown, and the local copy is kept', async () => {
  // scorm-again posts each commit to lmsCommitUrl; this one answers 404.
  const { page, viewer, warnings, context } = await launchModule('1.2', {
    settings: { lmsCommitUrl: '/lms/commit-that-fails' },
  });
  await openSection(viewer, checklistSection);
  await boxes(viewer).first().check();
  await page.waitForFunction(() => window.API.cmi.suspend_data.length > 0);
  // The commit follows the change after a short delay.
  await until(() => warnings.some((w) => w.includes('LMSCommit')), 'a warning about LMSCommit')
    .catch(() => {});
  const logged = warnings.find((w) => w.includes('LMSCommit'));
  assert.ok(logged, `a warning about the commit: ${JSON.stringify(warnings)}`);
  // It carries the LMS's own error code and text.
  const [, code] = logged.match(/failed: error (\d+): /) ?? [];
  assert.ok(code, logged);
  const text = await page.evaluate((c) => window.API.LMSGetErrorString(c), code);
  assert.ok(text && logged.includes(text), `${logged} / ${text}`);
  console.log(`# logged: ${logged}`);
  // The tick is in this browser's local copy as well.
  const local = await page.frame({ name: 'sco' }).evaluate((key) => localStorage.getItem(key),
    `ler-widgets/v1/${course.id}/checklist/${list.id}`);
  assert.ok(local && JSON.parse(local).d.length === 1, local);
  // The learner is told, in the widget: what failed, in the LMS's words, and what is kept.
  const notice = viewer.locator('.ler-lms-notice[role="status"] .ler-notice');
  await notice.waitFor();
  const said = await notice.innerText();
  assert.ok(said.includes(`error ${code}: ${text}`), said);
  assert.match(said, /did not save your latest progress/);
  assert.match(said, /kept in\s+this browser/);
  await assertNoAxeViolations(page.frame({ name: 'sco' }), 'SCO with a failed commit');
  // Once the LMS takes a change again, the notice goes.
  await page.evaluate(() => { window.API.settings = { lmsCommitUrl: false }; });
  await boxes(viewer).nth(1).check();
  await viewer.locator('.ler-lms-notice .ler-notice').waitFor({ state: 'detached' });
  await context.close();
});

const WHOLE_COURSE = { 2004: 'scorm2004' };

// SCORM 2004 only: there the run-time refuses (Moodle's player and scorm-again alike, error
// 104). scorm-again's SCORM 1.2 API refuses nothing to tell: LMSInitialize after LMSFinish
// answers 101 ("LMS is already finished!") but LMSGetValue and LMSSetValue are still taken,
// so a 1.2 SCO cannot tell a finished session from a started one. The README's advice for
// Moodle (one 2004 package per module) is what avoids it.
for (const version of ['2004']) {
  test(`SCORM ${version}, whole-course package: SCO 2 loaded in the same frame after SCO 1 `
    + 'terminated, against the same API object, is refused, and the learner is told', async () => {
    const m = MODEL[version];
    const opened = await openPage(env.browser, `${env.server.url}lms-host.html`);
    const { page, context } = opened;
    const [one, two] = modules;
    await page.evaluate((cfg) => window.launchSco(cfg), {
      version, url: `${WHOLE_COURSE[version]}/sco/${one.id}.html`,
    });
    const viewer = page.frameLocator('#sco').locator('ler-module-viewer');
    await viewer.locator(TITLE).waitFor();
    await waitForCmi(page, version, m.status, 'incomplete');
    // While the LMS takes every call there is nothing to say.
    assert.equal(await viewer.locator('.ler-lms-notice').innerText(), '');

    // The table of contents swaps the frame's document: SCO 1 ends (pagehide, Terminate),
    // SCO 2 calls Initialize on the same, terminated API.
    await page.evaluate((url) => window.loadInSameFrame(url),
      `${WHOLE_COURSE[version]}/sco/${two.id}.html`);
    await page.waitForFunction((api) => window[api].isTerminated(), m.api);
    const firstSave = await cmi(page, version, 'cmi.suspend_data');
    await viewer.locator(TITLE, { hasText: two.title }).waitFor();

    // The learner works on SCO 2: kept in this browser, nothing reaches the LMS.
    const secondList = checklistOf(two);
    assert.ok(secondList, 'the second module has a checklist to work on');
    const section = two.sections.find((s) => s.kind.checklist);
    await viewer.locator('.ler-toc li a', { hasText: section.title }).click();
    await viewer.locator('.ler-section:not([hidden]) .ler-checklist-item input[type="checkbox"]').first().check();
    const key = `ler-widgets/v1/${course.id}/checklist/${secondList.id}`;
    await page.frame({ name: 'sco' }).waitForFunction((k) => localStorage.getItem(k) !== null, key);

    const notice = viewer.locator('.ler-lms-notice[role="status"] .ler-notice');
    await notice.waitFor();
    const said = await notice.innerText();
    // In the LMS's own words: SCORM 2004's 104 is "Content Instance Terminated".
    const [, code] = said.match(/\(error (\d+): /) ?? [];
    const words = await page.evaluate(([api, c]) => window[api].GetErrorString(c), [m.api, code]);
    assert.ok(words && said.includes(`(error ${code}: ${words})`), `${said} / ${code} ${words}`);
    assert.equal(code, '104');
    assert.match(said, /did not start a session for this module/);
    assert.match(said, /kept in this browser only/);
    assert.match(said, /open the module again/);
    await assertNoAxeViolations(page.frame({ name: 'sco' }), `SCORM ${version}, SCO 2 refused`);
    assert.equal(await cmi(page, version, 'cmi.suspend_data'), firstSave);
    await context.close();
  });
}

test('SCORM 2004, one module per package (one Moodle activity each): the second module gets its own session and records', async () => {
  const opened = await openPage(env.browser, `${env.server.url}lms-host.html`);
  const { page, context, problems } = opened;
  const warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
  const two = modules[1];
  await page.evaluate((cfg) => window.launchSco(cfg), {
    version: '2004', url: `scorm2004-module/sco/${two.id}.html`,
  });
  const viewer = page.frameLocator('#sco').locator('ler-module-viewer');
  await viewer.locator(TITLE, { hasText: two.title }).waitFor();
  await waitForCmi(page, '2004', 'cmi.completion_status', 'incomplete');
  await viewer.locator('.ler-next').click();
  await page.waitForFunction(() => window.API_1484_11.cmi.location !== '');
  assert.equal(await viewer.locator('.ler-lms-notice').innerText(), '');
  assertClean(problems);
  assert.deepEqual(warnings, []);
  await context.close();
});

test('the API is found two frames up, past a frame of another origin', async () => {
  // Player on 127.0.0.1, a middle frame on localhost (another origin: reading its
  // properties throws), the SCO on 127.0.0.1 again.
  const opened = await openPage(env.browser, `${env.server.url}lms-host.html`);
  const { page, context, problems } = opened;
  const warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
  const sco = `${env.server.url}scorm2004/sco/${largest.id}.html`;
  const middle = `${env.server.url.replace('127.0.0.1', 'localhost')}lms-frame.html?sco=${encodeURIComponent(sco)}`;
  await page.evaluate((cfg) => window.launchSco(cfg), { version: '2004', url: middle });
  const viewer = page.frameLocator('#sco').frameLocator('iframe').locator('ler-module-viewer');
  await viewer.locator(TITLE).waitFor();
  await waitForCmi(page, '2004', 'cmi.completion_status', 'incomplete');
  await openSection(viewer, checklistSection);
  await boxes(viewer).first().check();
  await page.waitForFunction(() => window.API_1484_11.cmi.suspend_data.includes(`"c/`));
  assertClean(problems);
  assert.deepEqual(warnings, []);
  await context.close();
});

test('a SCO whose only parent is of another origin falls back to the ordinary store, silently', async () => {
  const opened = await openPage(env.browser, `${env.server.url}lms-host.html`);
  const { page, context, problems } = opened;
  const warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
  // The API is on 127.0.0.1; the SCO is served from localhost and cannot reach it.
  const sco = `${env.server.url.replace('127.0.0.1', 'localhost')}scorm12/sco/${largest.id}.html`;
  await page.evaluate((cfg) => window.launchSco(cfg), { version: '1.2', url: sco });
  const viewer = page.frameLocator('#sco').locator('ler-module-viewer');
  await viewer.locator(TITLE).waitFor();
  await openSection(viewer, checklistSection);
  await boxes(viewer).first().check();
  assert.equal(await cmi(page, '1.2', 'cmi.core.lesson_status'), 'not attempted');
  assert.equal(await page.evaluate(() => window.API.isInitialized()), false);
  assertClean(problems);
  assert.deepEqual(warnings, []);
  await context.close();
});
