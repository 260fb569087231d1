// Benchmarks: transfer size, the H5P peer, time to first widget, memory, compile time,
// and page speed beside the H5P peer, gzip-served and throttled (page-speed.mjs). Run through scripts/bench (which builds dist/ and the native compiler first);
// writes BENCHMARKS.md at the repository root. Every number is measured in this run.
import { readFileSync, writeFileSync, mkdtempSync, mkdirSync, readdirSync, cpSync, rmSync, statSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { tmpdir, cpus, totalmem, loadavg } from 'node:os';
import { execFileSync, spawnSync } from 'node:child_process';
import { brotliCompressSync, constants as Z } from 'node:zlib';
import { serve } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';
import { runtimeFiles, gzip9, pageGzipBytes, recordLines, PAGES, PAGE_LABELS } from './runtime-size.mjs';
import { sizeBreakdown, BREAKDOWN_METHOD } from './size-breakdown.mjs';
import { writeBenchPages, MIXED_KINDS } from './pages.mjs';
import { pageSpeed } from './page-speed.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const COMPILES = Number(process.env.BENCH_COMPILES ?? 20);
const PEER = 'h5p-standalone@3.8.2';
const log = (...a) => console.error('[bench]', ...a);

const gz = gzip9;
const br = (b) => brotliCompressSync(b, {
  params: { [Z.BROTLI_PARAM_QUALITY]: 11, [Z.BROTLI_PARAM_SIZE_HINT]: b.length },
}).length;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const ms = (x) => `${x.toFixed(0)} ms`;
const range = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} ms`;
const tmp = mkdtempSync(join(tmpdir(), 'ler-bench-'));

// ---------------------------------------------------------------- 1. transfer size
log('transfer sizes');
const runtime = runtimeFiles(DIST).map(({ file: f, bytes: b }) => ({ f, raw: b.length, gz: gz(b), br: br(b) }));
const total = runtime.reduce((t, r) => ({ raw: t.raw + r.raw, gz: t.gz + r.gz, br: t.br + r.br }), { raw: 0, gz: 0, br: 0 });

log('size breakdown (cargo build, wasm-bindgen, wasm-opt -g, twiggy)');
const breakdown = sizeBreakdown(ROOT, process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'));
// A bundle loaded separately (only when its element is used), so not part of the runtime.
const INSPECTOR = join(DIST, 'inspector/ler-inspector_bg.wasm');
const inspector = existsSync(INSPECTOR) ? (() => { const b = readFileSync(INSPECTOR); return { raw: b.length, gz: gz(b), br: br(b) }; })() : null;

// Identifier-like keys: everything else that is a string is text a reader can see.
const ID_KEYS = new Set(['id', 'course', 'cite', 'kind', 'module', 'modules', 'section', 'url',
  'credential', 'sources', 'source', 'terms', 'parent', 'steps', 'ctdl_class', 'ob_achievement_type']);
function plainText(json) {
  const out = [];
  (function walk(v, key) {
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    else if (typeof v === 'string') {
      if (ID_KEYS.has(key)) return;
      if (key === 'term' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v)) return; // a glossary id, not a label
      out.push(v);
    }
  })(json, '');
  return out.join('\n');
}
const contentFiles = [
  join(DIST, 'content/course.json'),
  join(DIST, 'content/library.json'),
  ...readdirSync(join(DIST, 'content/modules')).filter((f) => f.endsWith('.json')).sort()
    .map((f) => join(DIST, 'content/modules', f)),
];
const content = contentFiles.map((p) => {
  const b = readFileSync(p);
  const text = Buffer.from(plainText(JSON.parse(b.toString('utf8'))));
  return { name: p.slice(DIST.length + 1), raw: b.length, gz: gz(b), text: gz(text) };
});

// ---------------------------------------------------------------- 2. the peer
log(`npm install ${PEER} (temp dir)`);
const peerDir = join(tmp, 'peer');
mkdirSync(peerDir);
writeFileSync(join(peerDir, 'package.json'), '{"private":true}\n');
execFileSync('npm', ['install', '--ignore-scripts', '--no-save', '--no-audit', '--no-fund', PEER],
  { cwd: peerDir, stdio: ['ignore', 'ignore', 'inherit'] });
const peerRoot = join(peerDir, 'node_modules/h5p-standalone');
const peerVersion = JSON.parse(readFileSync(join(peerRoot, 'package.json'), 'utf8')).version;
function findFile(dir, suffix) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) { const r = findFile(p, suffix); if (r) return r; }
    else if (p.endsWith(suffix)) return p;
  }
  return null;
}
const peer = ['frame.bundle.js', 'main.bundle.js', 'styles/h5p.css'].map((f) => {
  const p = findFile(join(peerRoot, 'dist'), `/${f}`);
  if (!p) throw new Error(`${f} not found in ${PEER}`);
  const b = readFileSync(p);
  return { f: p.slice(peerRoot.length + 1), raw: b.length, gz: gz(b), br: br(b) };
});
const peerTotal = peer.reduce((t, r) => ({ raw: t.raw + r.raw, gz: t.gz + r.gz, br: t.br + r.br }), { raw: 0, gz: 0, br: 0 });

// ---------------------------------------------------------------- 3 + 4. browser
const pages = join(tmp, 'pages', 'bench');
const { mixCount } = writeBenchPages(DIST, pages);

log('starting server and Chromium');
const server = await serve([DIST, join(tmp, 'pages')]);
const browser = await launch();
const chromiumVersion = browser.version();

// Resolves to performance.now() (ms since navigation start) at the first animation frame in
// which the first / all widgets matching `sel` have their <h2> heading in the shadow root
// (their own, or the pre-rendered text the loader shows there first), and at the first in
// which all have it in their own root (`.ler-root`, not the text, not hidden): mounted.
const WAIT = (sel) => {
  const els = [...document.querySelectorAll(sel)];
  const done = els.map((e) => !!(e.shadowRoot && e.shadowRoot.querySelector('h2')));
  const own = (e) => e.shadowRoot && [...e.shadowRoot.children]
    .find((c) => c.classList.contains('ler-root') && !c.classList.contains('ler-prerendered') && !c.hidden);
  if (!window.__first && done.some(Boolean)) window.__first = performance.now();
  if (!window.__all && els.length && done.every(Boolean)) window.__all = performance.now();
  const mounted = els.every((e) => own(e)?.querySelector('h2'));
  return els.length && window.__all && mounted ? { first: window.__first, all: window.__all, mounted: performance.now(), n: els.length } : false;
};
const SEL = 'ler-module-viewer, ler-checklist, ler-credential-explorer';

async function timeRuns(path, runs = RUNS) {
  const first = []; const all = []; const mounted = []; let n = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const p = await context.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.goto(server.url + path, { waitUntil: 'commit' });
    const h = await p.waitForFunction(WAIT, SEL, { polling: 'raf', timeout: 60000 });
    const v = await h.jsonValue();
    if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
    first.push(v.first); all.push(v.all); mounted.push(v.mounted); n = v.n;
    await context.close();
  }
  return { first, all, mounted, n };
}

async function memory(path) {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(server.url + path);
  const v = await (await p.waitForFunction(WAIT, SEL, { polling: 'raf', timeout: 60000 })).jsonValue();
  await p.waitForTimeout(500);
  const cdp = await context.newCDPSession(p);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  // wasm-bindgen's web-target init returns the already-initialised exports (memory among
  // them) when called again, so the page's own wasm Memory is reachable from here.
  // If that were a second instance it would fetch the wasm again: then report nothing.
  // A page runs one instance per bundle it loaded (core, explorer): their memories are summed.
  const wasmBytes = await p.evaluate(async () => {
    const wasms = () => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('_bg.wasm'));
    const loaded = wasms();
    let bytes = 0;
    for (const wasm of loaded) {
      const mod = await import(wasm.replace(/_bg\.wasm$/, '.js'));
      bytes += (await mod.default())?.memory?.buffer?.byteLength ?? 0;
    }
    return wasms().length === loaded.length ? bytes : null;
  });
  await context.close();
  return { n: v.n, used: heap.usedSize, total: heap.totalSize, wasmBytes };
}

const TARGETS = [
  { label: 'module viewer (`index.html?module=why-credentials`)', path: 'index.html?module=why-credentials' },
  { label: 'checklist (one `<ler-checklist>`, generated page)', path: 'bench/checklist.html' },
  { label: 'credential explorer (`explorer.html`)', path: 'explorer.html' },
  { label: `50 mixed widgets (generated page: ${mixCount.viewers} viewers, ${mixCount.checklists} checklists, ${mixCount.explorers} explorers)`, path: 'bench/mixed-50.html' },
  // Where the 50-widget page's time goes: each kind of its widgets alone.
  ...Object.keys(MIXED_KINDS).map((kind) => ({ label: `its ${mixCount[kind]} ${kind} alone (generated page)`, path: `bench/mixed-50-${kind}.html` })),
];
// One warm-up load so the OS file cache and Chromium's first-start costs are not in run 1.
await timeRuns('bench/viewer.html', 1);
const timings = [];
for (const t of TARGETS) {
  log(`timing ${t.path} × ${RUNS}`);
  timings.push({ ...t, ...(await timeRuns(t.path)) });
}
log('memory');
const mem1 = await memory('bench/viewer.html');
const mem50 = await memory('bench/mixed-50.html');
await browser.close();
await server.close();

// ---------------------------------------------------------------- 5. compile time
// Where scripts/bench built it: $CARGO_TARGET_DIR when set, else ./target.
const BIN = join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'release/ler-content');
const CURRICULUM = join(ROOT, 'content/curriculum');
function compileTimes(dir) {
  const out = join(tmp, 'out');
  const times = [];
  for (let i = 0; i < COMPILES; i++) {
    rmSync(out, { recursive: true, force: true });
    const t0 = process.hrtime.bigint();
    const r = spawnSync(BIN, ['build', dir, '-o', out], { encoding: 'utf8' });
    const t1 = process.hrtime.bigint();
    if (r.status !== 0) throw new Error(`ler-content build ${dir} failed:\n${r.stdout}${r.stderr}`);
    times.push(Number(t1 - t0) / 1e6);
  }
  return times;
}
// k× the course: the six module files copied k−1 more times, every id in the copies
// (front-matter `id`, `{#anchor}`, `section=` references) suffixed, `order` shifted. Links
// in the copies to other modules still point at the originals, which is valid.
function scaledCourse(k) {
  const dir = join(tmp, `curriculum-x${k}`);
  cpSync(CURRICULUM, dir, { recursive: true });
  const mds = readdirSync(CURRICULUM).filter((f) => f.endsWith('.md'));
  for (let c = 1; c < k; c++) {
    for (const f of mds) {
      const s = `-x${c}`;
      const src = readFileSync(join(CURRICULUM, f), 'utf8')
        .replace(/^id = "([^"]+)"/m, (_, id) => `id = "${id}${s}"`)
        .replace(/^order = (\d+)/m, (_, o) => `order = ${Number(o) + c * mds.length}`)
        .replace(/\{#([A-Za-z0-9_-]+)/g, (_, id) => `{#${id}${s}`)
        .replace(/section=([A-Za-z0-9_-]+)/g, (_, id) => `section=${id}${s}`);
      writeFileSync(join(dir, f.replace(/\.md$/, `${s}.md`)), src);
    }
  }
  return dir;
}
const compiles = [];
const words = (dir) => {
  const r = spawnSync(BIN, ['stats', dir, '--json'], { encoding: 'utf8' });
  try { return JSON.parse(r.stdout); } catch { return null; }
};
for (const k of [1, 4, 16]) {
  log(`compiling ${k}× the course × ${COMPILES}`);
  const dir = k === 1 ? CURRICULUM : scaledCourse(k);
  try {
    compiles.push({ k, times: compileTimes(dir), stats: words(dir) });
  } catch (e) {
    compiles.push({ k, error: String(e.message).split('\n').slice(0, 4).join(' ') });
  }
}

// ---------------------------------------------------------------- 6. page speed beside the peer
log('page speed (tests/bench/page-speed.mjs)');
const speed = await pageSpeed({ dist: DIST, peerRoot, tmp, log });

// ---------------------------------------------------------------- report
const memInfo = readFileSync('/proc/meminfo', 'utf8');
const memTotal = Number(/MemTotal:\s+(\d+)/.exec(memInfo)[1]) * 1024;
const cpuModel = cpus()[0]?.model ?? 'unknown';
const nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
const rustc = spawnSync('rustc', ['--version'], { encoding: 'utf8' }).stdout.trim();
const commit = spawnSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
const dirty = spawnSync('git', ['-C', ROOT, 'status', '--porcelain'], { encoding: 'utf8' }).stdout.trim() !== '';
const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const mib = (n) => `${(n / 1048576).toFixed(1)} MiB`;
const statWords = (s) => s && (s.words ?? s.word_count ?? s.total_words);

const L = [];
L.push('# Benchmarks', '');
L.push(`Generated by \`scripts/bench\` (\`tests/bench/bench.mjs\`) on ${when}, commit \`${commit}\`${dirty ? ' with uncommitted changes in the work tree' : ''}. Every number below was measured in that one run; run \`scripts/bench\` again to refresh this file.`, '');
L.push('## Machine', '');
L.push(`- ${nproc} CPUs (\`nproc\`), ${cpuModel}`);
L.push(`- ${(memTotal / 2 ** 30).toFixed(1)} GiB memory; load average at the end of the run ${loadavg().map((x) => x.toFixed(2)).join(' / ')}`);
L.push(`- Headless Chromium ${chromiumVersion} (Debian package) driven by playwright-core, Node.js ${process.version}, ${rustc}`);
L.push('- The machine is shared: other processes (builds by other people) may have been running during the measurements, so the timings are indicative, not lab numbers. Sizes are exact.', '');

L.push('## 1. Transfer size of the widget runtime', '');
L.push('Every file of the loader and of the three widget bundles (`ler-www`: module viewer and checklist; `ler-scorm`: the same with the SCORM bridge; `ler-explorer`). gzip -9 is `node:zlib` level 9; brotli is `brotliCompressSync` at quality 11.', '');
L.push('| file | raw | gzip -9 | brotli 11 |', '|---|---:|---:|---:|');
for (const r of runtime) L.push(`| \`${r.f}\` | ${kb(r.raw)} | ${kb(r.gz)} | ${kb(r.br)} |`);
L.push(`| **total** | ${kb(total.raw)} | **${kb(total.gz)}** | **${kb(total.br)}** |`, '');
const perPage = pageGzipBytes(DIST);
L.push('What a page downloads to run its widgets, by the kind of widgets it has (the loader starts only the bundles a page needs):', '');
L.push('| page with | files | gzip -9 |', '|---|---|---:|');
for (const [page, files] of Object.entries(PAGES)) L.push(`| ${PAGE_LABELS[page]} | ${files.map((f) => `\`${f}\``).join(', ')} | **${kb(perPage[page])}** |`);
L.push('');
L.push('The size budgets (`tests/e2e/size-budget.test.mjs`, run by `scripts/test`) read the next lines, written by `tests/bench/bench.mjs`: each page\'s gzip -9 total in bytes. A build more than 1 000 bytes over one fails the test; rerun `scripts/bench` after cutting bytes to lower them.', '');
L.push(recordLines(perPage), "");
if (inspector) {
  L.push('Loaded separately, only on pages that use the inspector (not in the total above):', '');
  L.push('| file | raw | gzip -9 | brotli 11 |', '|---|---:|---:|---:|');
  L.push(`| \`inspector/ler-inspector_bg.wasm\` | ${kb(inspector.raw)} | ${kb(inspector.gz)} | ${kb(inspector.br)} |`, '');
}
L.push('### Where the wasm bytes go', '');
L.push(BREAKDOWN_METHOD, '');
L.push(`The named build is ${kb(breakdown.total)} raw: ${kb(breakdown.code)} of function bodies, ${kb(breakdown.data)} of static data (strings, tables), ${kb(breakdown.names)} of names (absent from the shipped file).`, '');
L.push('| crate | code bytes | share of code |', '|---|---:|---:|');
const shown = breakdown.crates.slice(0, 12);
for (const c of shown) L.push(`| \`${c.crate}\` | ${kb(c.bytes)} | ${(100 * c.bytes / breakdown.code).toFixed(1)} % |`);
const rest = breakdown.crates.slice(12).reduce((t, c) => t + c.bytes, 0);
L.push(`| ${breakdown.crates.length - shown.length} other crates | ${kb(rest)} | ${(100 * rest / breakdown.code).toFixed(1)} % |`, '');
L.push('| part of `ler-widgets` | bytes reachable only through it |', '|---|---:|');
for (const w of breakdown.widgets) L.push(`| ${w.label} (\`${w.prefix}\`) | ${kb(w.bytes)} |`);
L.push('');
L.push('### Compiled content', '');
L.push('"Text only" is the gzip -9 size of the user-visible text alone: the JSON is walked and every string value is joined with newlines, except values of identifier keys (`' + [...ID_KEYS].join('`, `') + '`) and glossary ids under `term`. The ratio is what the JSON structure (block and inline model, ids, URLs) costs on the wire over the text it carries.', '');
L.push('| file | raw | gzip -9 | text only, gzip -9 | ratio |', '|---|---:|---:|---:|---:|');
for (const c of content) L.push(`| \`${c.name}\` | ${kb(c.raw)} | ${kb(c.gz)} | ${kb(c.text)} | ${(c.gz / c.text).toFixed(2)}× |`);
const ct = content.reduce((t, c) => ({ raw: t.raw + c.raw, gz: t.gz + c.gz, text: t.text + c.text }), { raw: 0, gz: 0, text: 0 });
L.push(`| **all** | ${kb(ct.raw)} | ${kb(ct.gz)} | ${kb(ct.text)} | ${(ct.gz / ct.text).toFixed(2)}× |`, '');

L.push('## 2. The peer: H5P standalone player', '');
L.push(`\`npm install --ignore-scripts --no-save ${PEER}\` in a temporary directory (installed version ${peerVersion}); its core player files:`, '');
L.push('| file | raw | gzip -9 | brotli 11 |', '|---|---:|---:|---:|');
for (const r of peer) L.push(`| \`${r.f}\` | ${kb(r.raw)} | ${kb(r.gz)} | ${kb(r.br)} |`);
L.push(`| **total** | ${kb(peerTotal.raw)} | **${kb(peerTotal.gz)}** | **${kb(peerTotal.br)}** |`, '');
L.push(`Ours / peer: **${(total.gz / peerTotal.gz).toFixed(2)}×** gzip -9 (${kb(total.gz)} / ${kb(peerTotal.gz)}), ${(total.br / peerTotal.br).toFixed(2)}× brotli. The peer's figure is the player core only: every H5P content type (its library JavaScript and CSS) and the content itself come on top; ours includes all three widgets, and the course content is listed separately above.`, '');

L.push('## 3. Time to first widget painted', '');
L.push(`\`dist/\` (and the generated pages, from a temporary folder) served on 127.0.0.1 by \`tests/e2e/server.mjs\` with \`cache-control: no-store\`; ${RUNS} runs per page, each cold in a new browser context (empty cache and storage) of one Chromium process, after one warm-up load. Time is \`performance.now()\` (milliseconds since navigation start) at the first animation frame (\`waitForFunction\` polling on \`requestAnimationFrame\`) in which the widget's shadow root contains its \`<h2>\` heading: the widget's own, or the pre-rendered text the loader shows there until the widget takes over. For a page with several widgets, "first" is the first widget and "all" is when every one has its heading; "mounted" is when every one has it in its own root (\`.ler-root\`, not the pre-rendered text, not hidden): every widget has drawn itself.`, '');
L.push('| page | first widget: median | min–max | all widgets: median | min–max | all mounted: median | min–max |', '|---|---:|---:|---:|---:|---:|---:|');
for (const t of timings) {
  const cols = (xs) => (t.n > 1 ? `${ms(median(xs))} | ${range(xs)}` : '— | —');
  L.push(`| ${t.label} | **${ms(median(t.first))}** | ${range(t.first)} | ${cols(t.all)} | ${cols(t.mounted)} |`);
}
L.push('');

L.push('## 4. Memory', '');
L.push('After the widgets have their headings, 0.5 s of idle and a forced garbage collection (CDP `HeapProfiler.collectGarbage`): the JS heap from CDP `Runtime.getHeapUsage` (precise, unlike the quantised `performance.memory`), and the wasm linear memory as `memory.buffer.byteLength` of the page\'s own instance (wasm-bindgen\'s web-target `init()` returns the already-initialised exports when called again). Linear memory only grows, so it is the high-water mark of the Rust heap plus stack and static data.', '');
L.push('| page | JS heap used | JS heap total | wasm memory |', '|---|---:|---:|---:|');
for (const [label, m] of [['1 widget (one module viewer, generated page)', mem1], ['50 mixed widgets', mem50]]) {
  L.push(`| ${label} | ${mib(m.used)} | ${mib(m.total)} | ${m.wasmBytes == null ? 'not reachable' : mib(m.wasmBytes)} |`);
}
L.push('');

L.push('## 5. Compiling the curriculum (native)', '');
L.push(`\`cargo build --release -p ler-content --features compiler\`, then \`target/release/ler-content build <course> -o <tmp>\` ${COMPILES} times per size (process start to exit, output directory removed before each run). 4× and 16× are temporary copies of \`content/curriculum\` with the six module files duplicated under new ids (front-matter \`id\`, every \`{#anchor}\` and \`section=\` reference suffixed, \`order\` shifted); the library files (glossary, references, credential types) are not multiplied.`, '');
L.push('| course | modules | median | min–max |', '|---|---:|---:|---:|');
for (const c of compiles) {
  if (c.error) { L.push(`| ${c.k}× | ${6 * c.k} | failed: ${c.error.replace(/\|/g, '\\|')} | |`); continue; }
  const w = statWords(c.stats);
  L.push(`| ${c.k}×${w ? ` (${w} words)` : ''} | ${6 * c.k} | **${ms(median(c.times))}** | ${range(c.times)} |`);
}
L.push('');
L.push(...speed, '');

writeFileSync(join(ROOT, 'BENCHMARKS.md'), L.join('\n'));
rmSync(tmp, { recursive: true, force: true });
log('wrote BENCHMARKS.md');
