// What each kind of page downloads to run its widgets, gzip -9: shared by the benchmark
// (which records the figures in BENCHMARKS.md) and the size-budget test (which holds the
// build to them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Every page loads the loader script and the shared stylesheet; then the wasm bundles its
// widgets need (www/ler-widgets.js picks them), each with its stylesheet: `ler-www` (module
// viewer + checklist, `ler-core.css`), `ler-scorm` (the same with the SCORM bridge, on the
// packages' launch pages), `ler-explorer`; a page with the credential inspector loads its
// own bundle (dist/inspector/).
const LOADER = ['ler-widgets.js', 'ler-widgets.css'];
const bundle = (name, sheet) => [`${name}.js`, `${name}_bg.wasm`, sheet];
const core = (name) => bundle(name, 'ler-core.css');
const explorer = bundle('ler-explorer', 'ler-explorer.css');
export const PAGES = {
  'viewer-checklist': [...LOADER, ...core('ler-www')],
  explorer: [...LOADER, ...explorer],
  'scorm-launch': [...LOADER, ...core('ler-scorm')],
  'all-three': [...LOADER, ...core('ler-www'), ...explorer],
  inspector: [...LOADER, ...bundle('inspector/ler-inspector', 'ler-inspector.css')],
};
export const PAGE_LABELS = {
  'viewer-checklist': 'module viewers and checklists',
  explorer: 'only the credential explorer',
  'scorm-launch': 'a SCORM launch page (module viewer reporting to the LMS)',
  'all-three': 'all three kinds (viewer, checklist, explorer)',
  inspector: 'only the credential inspector',
};

// Every file some page loads.
export const RUNTIME_FILES = [...new Set(Object.values(PAGES).flat())];

export const gzip9 = (bytes) => gzipSync(bytes, { level: 9 }).length;

// [{ file, bytes }] for each runtime file in `dist`.
export function runtimeFiles(dist) {
  return RUNTIME_FILES.map((file) => ({ file, bytes: readFileSync(join(dist, file)) }));
}

// { page: gzip bytes } for each kind of page.
export function pageGzipBytes(dist) {
  const sizes = new Map(runtimeFiles(dist).map(({ file, bytes }) => [file, gzip9(bytes)]));
  return Object.fromEntries(Object.entries(PAGES)
    .map(([page, files]) => [page, files.reduce((sum, f) => sum + sizes.get(f), 0)]));
}

// The lines of BENCHMARKS.md the test reads, one per page. Bytes, not KB, so rounding
// cannot hide growth.
export const recordLines = (pages) => Object.entries(pages)
  .map(([page, bytes]) => `page-gzip9-bytes ${page}: ${bytes}`).join('\n');
export function recordedPageBytes(markdown) {
  const out = {};
  for (const m of markdown.matchAll(/^page-gzip9-bytes ([a-z-]+): (\d+)$/gm)) out[m[1]] = Number(m[2]);
  return out;
}
