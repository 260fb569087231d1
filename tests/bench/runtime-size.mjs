// The widget runtime's transfer size, shared by the benchmark (which records it in
// BENCHMARKS.md) and the size-budget test (which holds the build to the recorded figure).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Every file a page loads to run any widget. A separately loaded bundle under dist/inspector/
// is not part of the runtime.
export const RUNTIME_FILES = ['ler-www_bg.wasm', 'ler-www.js', 'ler-widgets.js', 'ler-widgets.css'];

export const gzip9 = (bytes) => gzipSync(bytes, { level: 9 }).length;

// [{ file, bytes }] for each runtime file in `dist`.
export function runtimeFiles(dist) {
  return RUNTIME_FILES.map((file) => ({ file, bytes: readFileSync(join(dist, file)) }));
}

export function runtimeGzipBytes(dist) {
  return runtimeFiles(dist).reduce((sum, { bytes }) => sum + gzip9(bytes), 0);
}

// The one line of BENCHMARKS.md the test reads. Bytes, not KB, so rounding cannot hide growth.
const LINE = /^runtime-gzip9-bytes: (\d+)$/m;
export const recordLine = (bytes) => `runtime-gzip9-bytes: ${bytes}`;
export function recordedGzipBytes(markdown) {
  const m = LINE.exec(markdown);
  return m ? Number(m[1]) : null;
}
