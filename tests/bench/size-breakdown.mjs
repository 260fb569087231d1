// Where the wasm's bytes go, for BENCHMARKS.md: the release wasm rebuilt with its function
// names kept, then split per crate and per part of ler-widgets with twiggy.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gzip9 } from './runtime-size.mjs';

export const BREAKDOWN_METHOD = [
  'Method: `cargo build --profile wasm-release --target wasm32-unknown-unknown -p ler-www` (the build Trunk ships),',
  '`wasm-bindgen --target web`, `scripts/wasm-drop-unused-exports.mjs`, then `wasm-opt -Oz --low-memory-unused --flatten --rereloop -Oz --strip-producers -g`: the same steps `scripts/build-bundles.sh` ships, keeping the name section so',
  '`twiggy` (0.8) can name every function. Per crate: `twiggy top` rows summed by the first `crate::` path in each',
  'function\'s name, so generic code is counted under the crate that defines the generic function (a `tachys` view',
  'builder instantiated for a widget\'s view counts as `tachys`; `core::ptr::drop_in_place<T>` as `core`).',
  'Per part of `ler-widgets`: from `twiggy dominators`, the retained size of every function under that module path',
  'whose immediate dominator lies outside it: the bytes only that part reaches, i.e. about what removing it would',
  'save. Code two parts share (the Leptos runtime, the rich-text renderer, the loader) counts for neither, and',
  'closures reached only through the function table are counted with the table, so these are lower bounds.',
].join(' ');

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });

// Parts of ler-widgets, by module path.
export const WIDGETS = [
  ['module viewer', 'ler_widgets::module_viewer::'],
  ['checklist', 'ler_widgets::checklist::'],
  ['credential explorer', 'ler_widgets::explorer::'],
  ['LMS (SCORM) layer', 'ler_widgets::lms::'],
  ['progress store', 'ler_widgets::store::'],
  ['course decoder', 'ler_widgets::decode::'],
];

function csvRows(text) {
  // twiggy's CSV: Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent[,...]
  return text.trim().split('\n').slice(1).map((line) => {
    const m = /^("(?:[^"]|"")*"|[^,]*),(\d+),/.exec(line);
    return m ? { name: m[1].replace(/^"|"$/g, '').replace(/""/g, '"'), size: Number(m[2]) } : null;
  }).filter(Boolean);
}

// twiggy's dominators CSV: Id,Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent,ImmediateDominator
function domRows(text) {
  return text.trim().split('\n').slice(1).map((line) => {
    const m = /^(\d+),("(?:[^"]|"")*"|[^,]*),(\d+),[^,]*,(\d+),[^,]*,(\d+)$/.exec(line);
    return m ? { id: m[1], name: m[2].replace(/^"|"$/g, '').replace(/""/g, '"'), retained: Number(m[4]), dominator: m[5] } : null;
  }).filter(Boolean);
}

// Bytes reachable only through functions under `prefix`: the retained size of each such
// function whose immediate dominator is outside `prefix` (so no subtree counts twice).
function retainedUnder(rows, prefix) {
  const inside = new Set(rows.filter((r) => r.name.startsWith(prefix)).map((r) => r.id));
  return rows.filter((r) => inside.has(r.id) && !inside.has(r.dominator)).reduce((t, r) => t + r.retained, 0);
}

const crateOf = (name) => {
  if (/^(data segment|custom section|"?function names|type\[|table\[|elem\[|import |export |global\[|memory\[)/.test(name)) return null;
  const m = /([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(name);
  return m ? m[1] : '(unnamed: wasm-bindgen shims, compiler intrinsics)';
};

export function sizeBreakdown(root, targetDir) {
  const tmp = mkdtempSync(join(tmpdir(), 'ler-size-'));
  try {
    run('cargo', ['build', '--locked', '--quiet', '--profile', 'wasm-release', '--target', 'wasm32-unknown-unknown', '-p', 'ler-www'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    const built = join(targetDir, 'wasm32-unknown-unknown/wasm-release/ler-www.wasm');
    run('wasm-bindgen', ['--target', 'web', '--out-dir', tmp, built]);
    run('node', [join(root, 'scripts/wasm-drop-unused-exports.mjs'), join(tmp, 'ler-www_bg.wasm')]);
    const named = join(tmp, 'named.wasm');
    run('wasm-opt', ['-Oz', '--low-memory-unused', '--flatten', '--rereloop', '-Oz', '--strip-producers', '-g', join(tmp, 'ler-www_bg.wasm'), '-o', named]);
    const rows = csvRows(run('twiggy', ['top', '-n', '1000000', '--format', 'csv', named]));
    const byCrate = new Map();
    let code = 0; let data = 0; let names = 0;
    for (const { name, size } of rows) {
      if (name.startsWith('data segment')) { data += size; continue; }
      if (name.includes('function names')) { names += size; continue; }
      const crate = crateOf(name);
      if (!crate) continue;
      code += size;
      byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
    }
    const crates = [...byCrate].map(([crate, bytes]) => ({ crate, bytes })).sort((a, b) => b.bytes - a.bytes);
    const dominators = domRows(run('twiggy', ['dominators', '--format', 'csv', named]));
    const widgets = WIDGETS.map(([label, prefix]) => ({ label, prefix, bytes: retainedUnder(dominators, prefix) }));
    const total = statSync(named).size;
    return { crates, code, data, names, total, widgets, namedGzip: gzip9(readFileSync(named)) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
