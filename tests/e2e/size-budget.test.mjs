// The size ratchets: what each kind of page downloads (loader, stylesheet, the wasm bundles
// and their glue, gzip -9) may not grow more than 1 KB past the figure recorded in
// BENCHMARKS.md. Cutting bytes and rerunning scripts/bench lowers the bar for everyone
// after. Deterministic: file sizes, never times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PAGES, pageGzipBytes, recordedPageBytes } from '../bench/runtime-size.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const SLACK = 1000; // bytes: the ratchet's allowance over the recorded figure

const recorded = recordedPageBytes(readFileSync(`${ROOT}BENCHMARKS.md`, 'utf8'));
const measured = pageGzipBytes(`${ROOT}dist`);

for (const page of Object.keys(PAGES)) {
  test(`a page with ${page} stays within 1 KB of the size recorded in BENCHMARKS.md`, () => {
    assert.ok(recorded[page] != null,
      `BENCHMARKS.md has no "page-gzip9-bytes ${page}: N" line; run scripts/bench to record one`);
    assert.ok(measured[page] <= recorded[page] + SLACK,
      `${page}: ${measured[page]} bytes gzip -9 (${PAGES[page].join(', ')}), more than `
      + `${SLACK} bytes over the ${recorded[page]} recorded in BENCHMARKS.md: cut bytes, or if `
      + 'the growth is worth it, rerun scripts/bench and commit the new figure');
  });
}
