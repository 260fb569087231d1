// Page speed beside the H5P peer: both subjects served gzip-compressed from 127.0.0.1, each
// page loaded cold (a new browser context) on two profiles, unthrottled and DevTools-style
// "Slow 4G" plus 4× CPU slowdown, in rounds that interleave our pages with the peer's. Per
// page: bytes on the wire by kind, requests, round trips before the first paint, time to
// text painted, time until every widget is painted and time until a checkbox responds.
//
// Everything is read from the network (CDP) and from the page (widgets found by their tags
// and open shadow roots), never from a list of the files dist/ holds, so it measures whatever
// bundles the loader chooses.
//
// Called by bench.mjs (scripts/bench), which puts the section into BENCHMARKS.md; or alone,
// on a dist/ built already:
//   node tests/bench/page-speed.mjs          replaces this section of BENCHMARKS.md
//   BENCH_PAGE_RUNS=3 (rounds per profile) · LER_PACKAGE=<ler-package binary> (SCORM page)
//   BENCH_PAGE_JSON=<file> (every run's figures) · BENCH_PAGES=viewer,h5p (only these pages: viewer viewer-query checklist checklist-query explorer viewer-checklist
//   all-three mixed-50 scorm h5p)
import { readFileSync, writeFileSync, mkdtempSync, mkdirSync, readdirSync, cpSync, rmSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir, loadavg, cpus } from 'node:os';
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { serve } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';
import { unzip } from '../e2e/fixtures/lms-unzip.mjs';
import { writeBenchPages } from './pages.mjs';

const HERE = dirname(new URL(import.meta.url).pathname);
const ROOT = join(HERE, '../..');
export const PEER_PACKAGE = 'h5p-standalone@3.8.2';
/** The H5P package the peer plays: a copy of h5p-standalone's own test package (README beside it). */
export const PEER_H5P = join(HERE, 'peer/h5p-test.h5p');
export const PAGE_SPEED_BEGIN = '<!-- page-speed: begin (written by tests/bench/page-speed.mjs) -->';
export const PAGE_SPEED_END = '<!-- page-speed: end -->';

// DevTools' "Slow 4G" preset as Lighthouse defines it (150 ms RTT, 1.6 Mbps down, 750 kbps up)
// plus 4× CPU slowdown. CDP throughputs are in bytes per second.
export const PROFILES = [
  { id: 'unthrottled', label: 'unthrottled', network: null, cpu: 1 },
  {
    id: 'throttled',
    label: 'throttled ("Slow 4G": 150 ms latency, 1.6 Mbps down, 750 kbps up; 4× CPU slowdown)',
    network: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
    cpu: 4,
  },
];

const WIDGETS = 'ler-module-viewer, ler-checklist, ler-credential-explorer, ler-credential-inspector';
const CHECKBOX = 'input[type="checkbox"], [role="checkbox"]';

// ------------------------------------------------------------------------ in the page
// Installed in every document before its scripts run (Playwright's addInitScript); acts in
// the top document only. On every animation frame it looks at the measured document (the
// page itself, or the iframe `cfg.frame` when `frameIsPage`) and records, as milliseconds
// since that document's navigation start:
//   text  the first frame in which every string in `cfg.headings` is in the text of a
//         heading (h1–h6 or role=heading) with a layout box, every string in `cfg.items` in
//         the text of a list item with a layout box (both looked for in the document and in the open
//         shadow roots of the widget elements); or, without headings, in which the first
//         widget is painted; or, with `cfg.paint`, an element matching it has a layout box
//   all   the first frame in which every widget element has a heading with text and a
//         layout box in its shadow root (the widget's own, or the text the loader shows
//         there before it)
//   mounted  the first frame in which every widget element's own root (`.ler-root`, not
//         the loader's pre-rendered text, not hidden) has such a heading
//   tick  with `cfg.tick`: the first enabled element matching it with a layout box is
//         clicked (a trusted-enough `click()`: the browser's own activation behaviour plus
//         the page's listeners); `tick` is the first frame after that click in which it
//         reads checked (`checked` or aria-checked="true") and the document (or shadow
//         root) it lives in has changed (a MutationObserver saw the widget react). A click
//         that did not stick, or an element that was replaced unchecked, is clicked again.
function probe(cfg) {
  if (window !== window.top) return;
  const B = { text: null, first: null, all: null, mounted: null, n: 0, tick: null, tickClick: null, clicks: 0, done: false, error: null };
  window.__bench = B;
  const HEAD = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const boxed = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const isOn = (el) => el.checked === true || el.getAttribute('aria-checked') === 'true';
  const painted = new WeakSet();
  const live = new WeakSet();
  let count = 0; let liveCount = 0; let clicked = null; let mutated = false; let observer = null;
  const target = () => {
    if (!cfg.frame) return document;
    const f = document.querySelector(cfg.frame);
    try { return f?.contentDocument ?? null; } catch { return null; }
  };
  const clock = (d) => (cfg.frameIsPage
    ? performance.timeOrigin + performance.now() - d.defaultView.performance.timeOrigin
    : performance.now());
  const hasHeading = (root) => {
    for (const h of root.querySelectorAll(HEAD)) if (norm(h.textContent) && boxed(h)) return true;
    return false;
  };
  function step() {
    const d = target();
    if (!d?.documentElement || (cfg.frameUrl && !d.URL.includes(cfg.frameUrl))) return;
    const now = clock(d);
    const units = [...d.querySelectorAll(cfg.widgets)];
    const roots = [d, ...units.map((u) => u.shadowRoot).filter(Boolean)];
    for (const u of units) {
      if (!painted.has(u) && u.shadowRoot && hasHeading(u.shadowRoot)) { painted.add(u); count += 1; }
      const own = u.shadowRoot && [...u.shadowRoot.children]
        .find((c) => c.classList.contains('ler-root') && !c.classList.contains('ler-prerendered') && !c.hidden);
      if (!live.has(u) && own && hasHeading(own)) { live.add(u); liveCount += 1; }
    }
    if (units.length && liveCount === units.length && B.mounted == null) B.mounted = now;
    if (count && B.first == null) B.first = now;
    if (units.length && count === units.length && B.all == null) { B.all = now; B.n = units.length; }
    if (B.text == null) {
      if (cfg.paint) {
        if ([...d.querySelectorAll(cfg.paint)].some(boxed)) B.text = now;
      } else if (cfg.headings.length || cfg.items.length) {
        const heads = new Set(); const items = [];
        for (const r of roots) {
          for (const h of r.querySelectorAll(HEAD)) if (boxed(h)) heads.add(norm(h.textContent));
          for (const li of r.querySelectorAll('li')) if (boxed(li)) items.push(norm(li.textContent));
        }
        const heading = (t) => [...heads].some((h) => h.includes(t));
        if (cfg.headings.every(heading) && cfg.items.every((t) => items.some((x) => x.includes(t)))) B.text = now;
      } else if (count) B.text = now;
    }
    if (cfg.tick && B.tick == null) {
      let box = null;
      for (const r of roots) {
        for (const c of r.querySelectorAll(cfg.tick)) {
          if (!c.disabled && c.getAttribute('aria-disabled') !== 'true' && boxed(c)) { box = c; break; }
        }
        if (box) break;
      }
      if (box) {
        if (mutated && isOn(box)) B.tick = now;
        else if (box !== clicked || !isOn(box)) {
          observer?.disconnect();
          observer = new MutationObserver(() => { mutated = true; });
          observer.observe(box.getRootNode(), { subtree: true, childList: true, attributes: true, characterData: true });
          mutated = false; clicked = box; B.tickClick = now; B.clicks += 1;
          box.click();
        }
      }
    }
    B.done = B.text != null && (!units.length || (B.all != null && B.mounted != null)) && (!cfg.tick || B.tick != null);
  }
  const frame = () => {
    try { step(); } catch (e) { B.error = String(e?.stack ?? e); }
    if (!B.done && !B.error) requestAnimationFrame(frame);
    else observer?.disconnect();
  };
  requestAnimationFrame(frame);
}

// ------------------------------------------------------------------------ network record
function kindOf(r) {
  const m = (r.mime ?? '').toLowerCase();
  const u = r.url.split(/[?#]/)[0].toLowerCase();
  if (m.includes('wasm') || u.endsWith('.wasm')) return 'wasm';
  if (m.includes('javascript') || m.includes('ecmascript') || /\.m?js$/.test(u)) return 'js';
  if (m.includes('css') || u.endsWith('.css')) return 'css';
  if (m.includes('json') || u.endsWith('.json')) return 'json';
  if (m.includes('html') || r.type === 'Document') return 'html';
  return 'other';
}
export const KINDS = ['js', 'wasm', 'css', 'json', 'html', 'other'];
const KIND_LABEL = { js: 'JS', wasm: 'wasm', css: 'CSS', json: 'JSON', html: 'HTML', other: 'other' };

// Round trips: requests sorted by start; the first opens wave 1. A request joins the
// current wave if it started before any request of that wave had ended, so it cannot have
// been waiting for one of them; otherwise it opens the next wave. "Ended" is the end of the
// download (loadingFinished), except for an HTML document, which the browser parses as it
// arrives: for it, the arrival of the response headers (responseReceived). So the count is
// the length of the chain of "started after something else ended": an upper bound on the
// dependency depth (a request that only waited for a timer would count as one more).
function waves(requests) {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const out = [];
  let cur = null;
  for (const r of sorted) {
    if (!cur || r.start > cur.end) {
      cur = { end: r.end, requests: [r] };
      out.push(cur);
    } else {
      cur.requests.push(r);
      cur.end = Math.min(cur.end, r.end);
    }
  }
  return out;
}

async function measure(browser, url, target, profile) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  try {
    return await measureIn(context, url, target, profile);
  } finally {
    await context.close().catch(() => {});
  }
}

async function measureIn(context, url, target, profile) {
  await context.addInitScript({ content: `(${probe})(${JSON.stringify(target.probe)});` });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const cdp = await context.newCDPSession(page);
  const reqs = new Map();
  let lastEvent = Date.now();
  const open = () => [...reqs.values()].filter((r) => r.finished == null).length;
  cdp.on('Network.requestWillBeSent', (e) => {
    lastEvent = Date.now();
    if (!/^https?:/.test(e.request.url)) return;
    reqs.set(e.requestId, {
      url: e.request.url, type: e.type, frameId: e.frameId,
      started: e.timestamp, wallOffset: e.wallTime - e.timestamp,
      responded: null, finished: null, bytes: 0, mime: null, failed: false,
    });
  });
  cdp.on('Network.responseReceived', (e) => {
    lastEvent = Date.now();
    const r = reqs.get(e.requestId);
    if (r) { r.responded = e.timestamp; r.mime = e.response.mimeType; r.status = e.response.status; }
  });
  cdp.on('Network.loadingFinished', (e) => {
    lastEvent = Date.now();
    const r = reqs.get(e.requestId);
    if (r) { r.finished = e.timestamp; r.bytes = e.encodedDataLength; }
  });
  cdp.on('Network.loadingFailed', (e) => {
    lastEvent = Date.now();
    const r = reqs.get(e.requestId);
    if (r) { r.finished = e.timestamp; r.failed = true; }
  });
  await cdp.send('Network.enable');
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  const result = await (await page.waitForFunction(
    () => window.__bench && (window.__bench.done || window.__bench.error) && window.__bench,
    null, { polling: 100, timeout: 120_000 },
  )).jsonValue();
  if (result.error) throw new Error(`${url}: probe failed: ${result.error}`);
  // The page's later requests count too: wait until the network has been quiet for 500 ms.
  const quietBy = Date.now() + 20_000;
  while (Date.now() < quietBy && (open() > 0 || Date.now() - lastEvent < 500)) {
    await new Promise((ok) => { setTimeout(ok, 50); });
  }
  // Where the measured document's clock starts, to put its times beside the network's.
  const origin = await page.evaluate((cfg) => {
    if (!cfg.frameIsPage) return performance.timeOrigin;
    return document.querySelector(cfg.frame)?.contentWindow?.performance.timeOrigin ?? null;
  }, target.probe);
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);

  // The measured document's requests: all of the page's (H5P's iframe is part of its page),
  // or only those of the SCO frame for the SCORM launch page (not the LMS page around it).
  let list = [...reqs.values()];
  if (target.probe.frameIsPage) {
    const doc = list.find((r) => r.type === 'Document' && r.url.includes(target.probe.frameUrl));
    list = list.filter((r) => r.frameId === doc?.frameId);
  }
  const failed = list.filter((r) => r.failed || (r.status ?? 200) >= 400).map((r) => r.url);
  const document0 = list.find((r) => r.type === 'Document') ?? list[0];
  // CDP timestamps (seconds, monotonic) → ms on the document's clock.
  const toPage = (t) => (t + document0.wallOffset) * 1000 - origin;
  const rs = list.map((r) => ({
    url: r.url, kind: kindOf(r), bytes: r.bytes,
    start: toPage(r.started),
    end: toPage(r.type === 'Document' && r.responded != null ? r.responded : (r.finished ?? r.started)),
    finished: toPage(r.finished ?? r.started),
  }));
  const w = waves(rs);
  const before = (t) => (t == null ? null : w.filter((x) => x.requests.some((r) => r.start < t)).length);
  const bytes = Object.fromEntries(KINDS.map((k) => [k, 0]));
  for (const r of rs) bytes[r.kind] += r.bytes;
  return {
    text: result.text, all: result.n > 1 ? result.all : null, mounted: result.mounted, n: result.n,
    tick: result.tick, clicks: result.clicks,
    requests: rs.length, bytes, total: rs.reduce((t, r) => t + r.bytes, 0),
    roundTrips: before(result.text), waves: w.length, failed,
    waterfall: w.map((x) => x.requests.map((r) => ({ url: r.url, start: r.start, finished: r.finished, bytes: r.bytes }))),
  };
}

// ------------------------------------------------------------------------ subjects
/** The H5P page laid out as h5p-standalone's own test page: dist/, test/single.html, test/full_workspace/. */
export function peerSite(peerRoot, dir) {
  cpSync(join(peerRoot, 'dist'), join(dir, 'dist'), { recursive: true });
  mkdirSync(join(dir, 'test'), { recursive: true });
  unzip(PEER_H5P, join(dir, 'test/full_workspace'));
  writeFileSync(join(dir, 'test/single.html'), `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>H5P TrueFalse</title>
  <link rel="stylesheet" href="/dist/styles/h5p.css">
  <script src="/dist/main.bundle.js"></script>
</head>
<body>
  <div id="h5p-container"></div>
  <script>
    new H5PStandalone.H5P(document.getElementById('h5p-container'), {
      h5pJsonPath: 'full_workspace',
      frameJs: '/dist/frame.bundle.js',
      frameCss: '/dist/styles/h5p.css',
    });
  </script>
</body>
</html>
`);
  return dir;
}

/** The ler-package binary: $LER_PACKAGE, else the release (then debug) build in the target folder. */
function findPackager() {
  const target = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
  return [process.env.LER_PACKAGE, join(target, 'release/ler-package'), join(target, 'debug/ler-package')]
    .find((p) => p && existsSync(p)) ?? null;
}

/**
 * A test LMS site for the SCORM launch page: scorm-again's SCORM 2004 API on the LMS page,
 * which frames the launch page of `module`'s own SCORM 2004 package (built from `dist` by
 * ler-package). Resolves to { dir, page } or { skipped: why }.
 */
function scormSite(dist, dir, module, course) {
  const bin = findPackager();
  if (!bin) return { skipped: 'no ler-package binary (build it with `cargo build --release -p ler-package`, or set LER_PACKAGE)' };
  const out = join(dir, 'packages');
  const r = spawnSync(bin, ['--dist', dist, '--out', out], { encoding: 'utf8' });
  if (r.status !== 0) return { skipped: `ler-package failed: ${(r.stderr || r.stdout).trim().split('\n').slice(0, 3).join(' ')}` };
  const zip = readdirSync(out).find((f) => f.endsWith(`-${module.id}-scorm2004.zip`));
  if (!zip) return { skipped: `ler-package wrote no SCORM 2004 package of ${module.id}` };
  const site = join(dir, 'lms');
  unzip(join(out, zip), join(site, 'package'));
  const require = createRequire(import.meta.url);
  mkdirSync(join(site, 'scorm-again'), { recursive: true });
  cpSync(require.resolve('scorm-again/scorm2004/min'), join(site, 'scorm-again/scorm2004.min.js'));
  writeFileSync(join(site, 'lms.js'), 'window.API_1484_11 = new Scorm2004API({ autocommit: false, logLevel: 4 });\n');
  writeFileSync(join(site, 'lms.html'), `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Test LMS</title>
  <link rel="icon" href="data:,">
  <script src="scorm-again/scorm2004.min.js"></script>
  <script src="lms.js"></script>
</head>
<body>
  <iframe id="sco" title="${course}" width="1000" height="800" src="package/sco/${module.id}.html"></iframe>
</body>
</html>
`);
  return { dir: site, page: 'lms.html', launch: `package/sco/${module.id}.html` };
}

// ------------------------------------------------------------------------ statistics and report
const median = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); if (!s.length) return null; const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const spread = (xs) => { const s = xs.filter((x) => x != null); return s.length ? [Math.min(...s), Math.max(...s)] : null; };
const kb = (n) => (n == null ? '—' : `${(n / 1000).toFixed(1)} KB`);
const ms = (x) => (x == null ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
const timeCell = (xs) => {
  const m = median(xs); const s = spread(xs);
  return m == null ? '— | —' : `**${ms(m)}** | ${ms(s[0])}–${ms(s[1])}`;
};
const ratio = (a, b) => (a == null || b == null || !b ? '—' : `${(a / b).toFixed(2)}×`);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' / ');
const short = (u) => { const p = new URL(u); return decodeURIComponent(p.pathname.split('/').filter(Boolean).slice(-2).join('/')) + (p.search ? '?…' : ''); };

/**
 * Runs the comparison and resolves to the markdown lines of its section (between the
 * PAGE_SPEED markers). `peerRoot`: the installed h5p-standalone package folder.
 */
export async function pageSpeed({ dist, peerRoot, tmp, runs = Number(process.env.BENCH_PAGE_RUNS ?? 3), log = console.error, alone = false }) {
  const work = mkdtempSync(join(tmp, 'page-speed-'));
  const pagesDir = join(work, 'pages');
  const { modules, viewerModule, checklist, mixCount } = writeBenchPages(dist, join(pagesDir, 'bench'));
  const course = JSON.parse(readFileSync(join(dist, 'content/course.json'), 'utf8'));
  const viewer = modules.find((m) => m.id === viewerModule);
  const firstWords = (inlines) => {
    const t = (inlines ?? []).find((i) => typeof i?.t === 'string')?.t ?? '';
    return t.replace(/\s+/g, ' ').trim().split(' ').slice(0, 5).join(' ');
  };
  // What "text painted" waits for on a module viewer: its title, its first learning
  // objective and the heading of its first section.
  const viewerText = {
    headings: [viewer.title, viewer.sections[0]?.title].filter(Boolean),
    items: viewer.objectives?.length ? [firstWords(viewer.objectives[0].text)].filter(Boolean) : [],
  };
  const ours = (probe) => ({ widgets: WIDGETS, headings: [], items: [], tick: null, ...probe });
  const q = (o) => new URLSearchParams(o).toString();
  const targets = [
    { id: 'viewer', subject: 'ours', label: 'module viewer iframe page (the module\'s own, text pre-rendered)', path: `embed/module-viewer/${encodeURIComponent(viewerModule)}.html`, probe: ours(viewerText) },
    { id: 'viewer-query', subject: 'ours', label: 'module viewer iframe page, query form (no pre-rendered text)', path: `embed/module-viewer.html?${q({ module: viewerModule })}`, probe: ours(viewerText) },
    { id: 'checklist', subject: 'ours', label: 'checklist iframe page (the list\'s own, text pre-rendered)', path: `embed/checklist/${encodeURIComponent(checklist.list)}.html`, probe: ours({ headings: checklist.title ? [checklist.title] : [], tick: CHECKBOX }) },
    { id: 'checklist-query', subject: 'ours', label: 'checklist iframe page, query form (no pre-rendered text)', path: `embed/checklist.html?${q({ module: checklist.module, list: checklist.list })}`, probe: ours({ headings: checklist.title ? [checklist.title] : [], tick: CHECKBOX }) },
    { id: 'explorer', subject: 'ours', label: 'credential explorer iframe page', path: 'embed/credential-explorer.html', probe: ours({}) },
    { id: 'viewer-checklist', subject: 'ours', label: 'host page: 1 viewer + 1 checklist', path: 'bench/viewer-checklist.html', probe: ours({ tick: CHECKBOX }) },
    { id: 'all-three', subject: 'ours', label: 'host page: viewer + checklist + explorer', path: 'bench/all-three.html', probe: ours({ tick: CHECKBOX }) },
    { id: 'mixed-50', subject: 'ours', label: `host page: 50 widgets (${mixCount.viewers} viewers, ${mixCount.checklists} checklists, ${mixCount.explorers} explorers)`, path: 'bench/mixed-50.html', probe: ours({ tick: CHECKBOX }) },
  ];
  const scorm = scormSite(dist, work, viewer, course.title);
  if (!scorm.skipped) {
    targets.push({ id: 'scorm', subject: 'ours', server: 'scorm', label: 'SCORM 2004 launch page (in a test LMS frame)', path: scorm.page,
      probe: ours({ ...viewerText, frame: '#sco', frameIsPage: true, frameUrl: '/sco/' }) });
  }
  targets.push({ id: 'h5p', subject: 'peer', server: 'peer', label: 'H5P TrueFalse page (peer)', path: 'test/single.html',
    probe: { widgets: 'ler-none', headings: [], items: [], frame: 'iframe', paint: '.h5p-true-false-answer', tick: '.h5p-true-false-answer' } });

  // BENCH_PAGES=viewer,h5p: only these pages (for working on the bench itself).
  const only = process.env.BENCH_PAGES?.split(',').map((x) => x.trim()).filter(Boolean);
  if (only?.length) targets.splice(0, targets.length, ...targets.filter((t) => only.includes(t.id)));
  log(`page speed: ${targets.length} pages × ${PROFILES.length} profiles × ${runs} rounds`);
  const servers = {
    ours: await serve([dist, pagesDir], { gzip: true }),
    peer: await serve([peerSite(peerRoot, join(work, 'h5p'))], { gzip: true }),
    ...(scorm.skipped ? {} : { scorm: await serve([scorm.dir], { gzip: true }) }),
  };
  const browser = await launch();
  const version = browser.version();
  const machine = { cores: cpus().length, before: load() };
  const results = {}; // profile → target → [run]
  const failures = []; // runs that did not complete: left out of the figures, listed
  try {
    // One unmeasured load of each so first-start costs (the OS file cache, the server's
    // compressed copies, Chromium's code caches per process) are not in round 1.
    for (const t of targets) {
      await measure(browser, servers[t.server ?? 'ours'].url + t.path, t, PROFILES[0])
        .catch((e) => log(`  warm-up of ${t.id} failed: ${e.message}`));
    }
    for (const profile of PROFILES) {
      machine[`${profile.id}Before`] = load();
      results[profile.id] = Object.fromEntries(targets.map((t) => [t.id, []]));
      for (let round = 0; round < runs; round++) {
        // Rounds interleave the subjects: every page once per round, the peer's place in
        // the order moving by one each round.
        const order = targets.map((_, i) => targets[(i + round) % targets.length]);
        for (const t of order) {
          try {
            results[profile.id][t.id].push(await measure(browser, servers[t.server ?? 'ours'].url + t.path, t, profile));
          } catch (e) {
            log(`  ${t.id} (${profile.id}) failed: ${e.message}`);
            failures.push(`${t.id}, ${profile.id}, round ${round + 1}: ${String(e.message).split('\n')[0]}`);
          }
        }
        log(`  ${profile.id} round ${round + 1}/${runs} (load ${load()})`);
      }
      machine[`${profile.id}After`] = load();
    }
  } finally {
    await browser.close();
    for (const s of Object.values(servers)) await s.close();
    rmSync(work, { recursive: true, force: true });
  }
  machine.after = load();
  // BENCH_PAGE_JSON=<file>: every run's figures, for a closer look.
  if (process.env.BENCH_PAGE_JSON) writeFileSync(process.env.BENCH_PAGE_JSON, JSON.stringify({ machine, results }, null, 1));
  return report({ targets, results, failures, runs, machine, version, scorm, viewerText, checklist, alone });
}

function report({ targets, results, failures, runs, machine, version, scorm, viewerText, checklist, alone }) {
  const L = [PAGE_SPEED_BEGIN];
  const stat = (p, id, key) => median((results[p][id] ?? []).map((r) => r[key]));
  const peer = (p, key) => stat(p, 'h5p', key);
  L.push('## 6. Page speed beside the H5P peer (gzip, cold cache, unthrottled and "Slow 4G" + 4× CPU)', '');
  const git = (...a) => spawnSync('git', ['-C', ROOT, ...a], { encoding: 'utf8' }).stdout?.trim() ?? '';
  const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  L.push(`Measured by \`tests/bench/page-speed.mjs\` on ${when}, commit \`${git('rev-parse', '--short', 'HEAD')}\`${git('status', '--porcelain') ? ' with uncommitted changes in the work tree' : ''}${alone ? ' (run on its own, `node tests/bench/page-speed.mjs`, not in the run the rest of this file comes from)' : ''}. Both subjects are served by \`tests/e2e/server.mjs\` with \`gzip: true\` (\`content-encoding: gzip\` at level 9 for HTML, JS, CSS, JSON, wasm and SVG, as a host with compression on sends them; \`cache-control: no-store\`) on 127.0.0.1, one server per subject. Headless Chromium ${version}; every load is cold, in a new browser context, after one unmeasured load of each page. ${runs} rounds per profile; each round loads every page once, our pages and the peer interleaved (the peer's place in the order moves each round). Throttled = CDP \`Network.emulateNetworkConditions\` (latency 150 ms added to each request, 1.6 Mbps down, 750 kbps up: DevTools' "Slow 4G" as Lighthouse defines it) plus \`Emulation.setCPUThrottlingRate\` 4.`, '');
  L.push('The peer: `h5p-standalone@3.8.2` from npm playing its own test package (`tests/bench/peer/h5p-test.h5p`, one H5P.TrueFalse question), laid out as its repository\'s `test/single.html` (the player\'s `dist/`, the page, the package unzipped as `full_workspace/`).', '');
  L.push(`Machine: ${machine.cores} cores; load average (1 / 5 / 15 min) ${machine.before} before, ${machine.unthrottledAfter} after the unthrottled rounds, ${machine.after} after the throttled ones. The machine may be shared with other work, so times are indicative; bytes and round trips are not affected.`, '');
  L.push('What is measured (times are ms since the measured document\'s navigation start, at the first animation frame in which the condition holds, checked on every frame from before the page\'s first script):', '');
  L.push(`- **text painted**: our module viewer pages: the module's title (\`${viewerText.headings[0]}\`) and its first section's title are headings with a layout box, and a list item with a layout box starts with the first learning objective's first words (\`${viewerText.items[0] ?? ''}\`); found in the document or in the widgets' open shadow roots, so text rendered into the page before the wasm counts. The checklist page: its title (\`${checklist.title}\`) as such a heading. Other pages of ours: the first widget element whose shadow root has a heading with text and a layout box. The peer: an \`.h5p-true-false-answer\` in H5P's iframe has a layout box.`);
  L.push('- **all painted**: every widget element (found by tag) has a heading with text and a layout box in its shadow root: its own, or the pre-rendered text the loader shows there until the widget takes over (for one-widget pages, see the waterfall table).');
  L.push('- **all mounted**: every widget element\'s own root (`.ler-root` in its shadow root, not the pre-rendered text, not hidden) has such a heading: the widget has drawn itself and taken over.');
  L.push('- **tickable**: from the first frame in which an enabled checkbox (`input[type=checkbox]` or `role=checkbox`; the peer: an `.h5p-true-false-answer`) has a layout box, it is clicked with `click()`; tickable is the first frame after a click in which the element reads checked (`checked`, or `aria-checked="true"`) and a MutationObserver on its shadow root (document) has seen the widget change. A click that does not stick, or a box replaced unchecked, is clicked again.');
  L.push('- **bytes**: the sum of CDP `Network.loadingFinished.encodedDataLength` (compressed body plus response headers) of every request of the page until the network has been quiet for 500 ms after the last condition held; by kind from the response MIME type (then the extension). The SCORM page counts only the SCO frame\'s requests, not the test LMS page around it.');
  L.push('- **round trips before first paint**: requests sorted by start; the first opens wave 1; a request that starts before any request of the current wave has ended joins it (it cannot have waited for them), one that starts later opens the next wave. "Ended" is `loadingFinished`, but for an HTML document the arrival of its response (it is parsed as it streams). The count is the number of waves holding a request that started before text painted: the length of the chain of requests that each started after another ended, an upper bound on the dependency depth.', '');
  if (scorm.skipped) L.push(`The SCORM launch page was **not measured** in this run: ${scorm.skipped}.`, '');
  else L.push('The SCORM launch page is the SCO of `why-credentials` in its own SCORM 2004 package (`ler-package` on this dist/), unzipped and framed by a test LMS page that puts scorm-again\'s `Scorm2004API` on its window; its times are from the SCO frame\'s navigation start.', '');

  const ids = targets.map((t) => t.id);
  const label = Object.fromEntries(targets.map((t) => [t.id, `${t.label} (\`${t.path}\`)`]));
  L.push('### Bytes on the wire and requests', '');
  L.push('Medians over the unthrottled runs (the throttled ones load the same files). KB = 1000 bytes.', '');
  L.push(`| page | total | ${KINDS.map((k) => KIND_LABEL[k]).join(' | ')} | JS + wasm + CSS | requests | ours / peer (total) |`);
  L.push(`|---|---:|${KINDS.map(() => '---:').join('|')}|---:|---:|---:|`);
  const B = (id, f) => median((results.unthrottled[id] ?? []).map(f));
  for (const id of ids) {
    const code = B(id, (r) => r.bytes.js + r.bytes.wasm + r.bytes.css);
    L.push(`| ${label[id]} | **${kb(B(id, (r) => r.total))}** | ${KINDS.map((k) => kb(B(id, (r) => r.bytes[k]))).join(' | ')} | ${kb(code)} | ${B(id, (r) => r.requests)} | ${id === 'h5p' ? '—' : ratio(B(id, (r) => r.total), B('h5p', (r) => r.total))} |`);
  }
  L.push('');
  for (const p of PROFILES) {
    L.push(`### Times, ${p.label}`, '');
    L.push('Median (bold) and min–max. Ratios are ours / peer, medians; the peer\'s tickable is clicking an answer.', '');
    L.push('| page | text painted | min–max | ours / peer first paint | all painted | min–max | all mounted | min–max | tickable | min–max | ours / peer tickable | round trips before first paint |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const id of ids) {
      const rs = results[p.id][id];
      const rt = median(rs.map((r) => r.roundTrips));
      L.push(`| ${label[id]} | ${timeCell(rs.map((r) => r.text))} | ${id === 'h5p' ? '—' : ratio(stat(p.id, id, 'text'), peer(p.id, 'text'))} | ${timeCell(rs.map((r) => r.all))} | ${timeCell(rs.map((r) => (r.n > 1 ? r.mounted : null)))} | ${timeCell(rs.map((r) => r.tick))} | ${id === 'h5p' || stat(p.id, id, 'tick') == null ? '—' : ratio(stat(p.id, id, 'tick'), peer(p.id, 'tick'))} | ${rt ?? '—'} |`);
    }
    L.push('', `Load average after these rounds: ${machine[`${p.id}After`]} (before: ${machine[`${p.id}Before`]}).`, '');
  }

  // Goals: the targets of the performance work, each with what this run measured.
  const T = 'throttled'; const U = 'unthrottled';
  const goals = [];
  const rel = (name, a, b, limit) => {
    const r = a != null && b != null ? a / b : null;
    goals.push([name, r == null ? 'not measured' : `${r.toFixed(2)}× (${ms(a)} / ${ms(b)})`, r == null ? '—' : r <= limit ? 'yes' : '**no**']);
  };
  rel('Text first, throttled: module viewer page text painted ≤ 0.25× the H5P page\'s first paint', stat(T, 'viewer', 'text'), peer(T, 'text'), 0.25);
  rel('Checklist tickable, throttled: checklist page tickable ≤ 0.6× the H5P page\'s first paint', stat(T, 'checklist', 'tick'), peer(T, 'text'), 0.6);
  rel('Unthrottled first paint: module viewer page text painted ≤ 0.3× the H5P page\'s', stat(U, 'viewer', 'text'), peer(U, 'text'), 0.3);
  rel('Unthrottled first paint: checklist page text painted ≤ 0.3× the H5P page\'s', stat(U, 'checklist', 'text'), peer(U, 'text'), 0.3);
  const code = (id) => B(id, (r) => r.bytes.js + r.bytes.wasm + r.bytes.css);
  const bytesGoal = (name, id, limit) => {
    const v = results[U][id] ? code(id) : null;
    goals.push([name, v == null ? `not measured${id === 'scorm' && scorm.skipped ? ` (${scorm.skipped})` : ''}` : kb(v), v == null || limit == null ? '—' : v <= limit * 1000 ? 'yes' : '**no**']);
  };
  bytesGoal('Bytes (JS + wasm + CSS on the wire): page with a module viewer and a checklist ≤ 175 KB', 'viewer-checklist', 175);
  bytesGoal('Bytes: module viewer iframe page ≤ 175 KB', 'viewer', 175);
  bytesGoal('Bytes: checklist iframe page ≤ 175 KB', 'checklist', 175);
  bytesGoal('Bytes: explorer-only page ≤ 135 KB', 'explorer', 135);
  bytesGoal('Bytes: SCORM launch page ≤ 190 KB', 'scorm', 190);
  bytesGoal('Bytes: page with all three kinds (reported)', 'all-three', null);
  const all50 = stat(U, 'mixed-50', 'all');
  goals.push(['50 widgets all painted ≤ 300 ms, unthrottled', `${ms(all50)} (all mounted: ${ms(stat(U, 'mixed-50', 'mounted'))})`, all50 == null ? '—' : all50 <= 300 ? 'yes' : '**no**']);
  for (const id of ['viewer', 'checklist', 'explorer'].filter((x) => results[T][x])) {
    goals.push([`No waterfall: round trips before first paint, ${targets.find((t) => t.id === id).label}, throttled (reported)`, String(median(results[T][id].map((r) => r.roundTrips))), '—']);
  }
  L.push('### Goals', '');
  L.push('| goal | measured (medians) | met? |', '|---|---|---|');
  for (const g of goals) L.push(`| ${g.join(' | ')} |`);
  L.push('');

  // The waterfall: which request waited for which, from the last throttled run of each page.
  L.push('### Waterfall (last throttled run of each page)', '');
  L.push('Each wave: the requests it holds (name, then start → end of download in ms on the page\'s clock, and bytes); a wave opens when a request starts after one of the previous wave has ended. Times after "|" are when text was painted, every widget mounted, and the checkbox was tickable.', '');
  L.push('| page | waves | text \\| mounted \\| tickable |', '|---|---|---|');
  for (const id of ids) {
    const rs = results[T][id];
    const r = rs[rs.length - 1];
    if (!r) continue;
    const one = (x) => `\`${short(x.url)}\` ${x.start.toFixed(0)}→${x.finished.toFixed(0)} (${kb(x.bytes)})`;
    const wave = (w) => (w.length <= 6 ? w.map(one).join(', ')
      : `${w.slice(0, 4).map(one).join(', ')} and ${w.length - 4} more (${kb(w.slice(4).reduce((t, x) => t + x.bytes, 0))}), the last ending at ${Math.max(...w.map((x) => x.finished)).toFixed(0)}`);
    const wf = r.waterfall.map((w, i) => `**${i + 1}**: ${wave(w)}`).join('<br>');
    L.push(`| ${targets.find((t) => t.id === id).label} | ${wf} | ${ms(r.text)} \\| ${ms(r.mounted)} \\| ${ms(r.tick)} |`);
  }
  L.push('');
  const failed = new Set(Object.values(results).flatMap((byT) => Object.values(byT).flatMap((rs) => rs.flatMap((r) => r.failed))));
  if (failed.size) L.push(`Requests that failed or answered ≥ 400 (counted above): ${[...failed].map((u) => `\`${short(u)}\``).join(', ')}.`, '');
  if (failures.length) L.push(`Runs that did not complete (left out of every figure above): ${failures.map((f) => f.replace(/\|/g, '\\|')).join('; ')}.`, '');
  L.push(PAGE_SPEED_END);
  return L;
}

/** Puts `lines` (a PAGE_SPEED section) into `markdown`: in place of the old one, else after section 5. */
export function spliceSection(markdown, lines) {
  const section = lines.join('\n');
  const a = markdown.indexOf(PAGE_SPEED_BEGIN); const b = markdown.indexOf(PAGE_SPEED_END);
  if (a >= 0 && b > a) return markdown.slice(0, a) + section + markdown.slice(b + PAGE_SPEED_END.length);
  const five = markdown.indexOf('\n## 5.');
  const next = five >= 0 ? markdown.indexOf('\n## ', five + 1) : -1;
  if (next >= 0) return `${markdown.slice(0, next + 1)}${section}\n\n${markdown.slice(next + 1)}`;
  return `${markdown.replace(/\n*$/, '\n\n')}${section}\n`;
}

// ------------------------------------------------------------------------ alone
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.env.LER_DIST ?? join(ROOT, 'dist');
  const tmp = mkdtempSync(join(tmpdir(), 'ler-page-speed-'));
  try {
    console.error(`[page-speed] npm install ${PEER_PACKAGE} (temp dir)`);
    const peerDir = join(tmp, 'peer');
    mkdirSync(peerDir);
    writeFileSync(join(peerDir, 'package.json'), '{"private":true}\n');
    execFileSync('npm', ['install', '--ignore-scripts', '--no-save', '--no-audit', '--no-fund', PEER_PACKAGE],
      { cwd: peerDir, stdio: ['ignore', 'ignore', 'inherit'] });
    const lines = await pageSpeed({ dist, peerRoot: join(peerDir, 'node_modules/h5p-standalone'), tmp, alone: true, log: (...a) => console.error('[page-speed]', ...a) });
    const file = join(ROOT, 'BENCHMARKS.md');
    writeFileSync(file, spliceSection(existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n', lines));
    console.error('[page-speed] wrote its section of BENCHMARKS.md');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
