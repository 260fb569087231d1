// A 50 MB `src`, end to end: refused by its Content-Length, and refused by its actual length
// when it comes chunked without one; each widget says so in a role="alert", the widgets
// beside it keep working, and the page's wasm memory does not take the 50 MB in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, DIST } from './browser.mjs';

const MB = 1024 * 1024;
// Valid JSON, with the format field first, so only its size is wrong.
const BIG = Buffer.concat([Buffer.from('{"format":1,"pad":"'), Buffer.alloc(50 * MB, 'x'), Buffer.from('"}')]);

// The pages are real files on the site's server: a page Playwright fulfils itself has no
// address, and Chromium's local network access rules then refuse its fetches to loopback.
const PAGES = mkdtempSync(join(tmpdir(), 'ler-large-src-'));

const env = useBrowser([DIST, PAGES]);
let big;
let bigUrl;
before(async () => {
  // Another origin, as a `src` usually is: /declared/… sends Content-Length, /chunked/…
  // streams the same bytes in 1 MB chunks without one (Transfer-Encoding: chunked).
  big = createServer((req, res) => {
    const headers = { 'content-type': 'application/json', 'access-control-allow-origin': '*' };
    if (req.url.startsWith('/declared/')) {
      res.writeHead(200, { ...headers, 'content-length': BIG.length });
      res.end(BIG);
    } else if (req.url.startsWith('/chunked/')) {
      res.writeHead(200, headers);
      let at = 0;
      const more = () => {
        while (at < BIG.length) {
          const chunk = BIG.subarray(at, at + MB);
          at += chunk.length;
          if (!res.write(chunk)) return res.once('drain', more);
        }
        res.end();
      };
      res.on('error', () => {});
      more();
    } else {
      res.writeHead(404, headers);
      res.end();
    }
  });
  await new Promise((ok) => big.listen(0, '127.0.0.1', ok));
  bigUrl = `http://127.0.0.1:${big.address().port}/`;
});
after(async () => {
  big?.closeAllConnections?.();
  await new Promise((ok) => big?.close(ok) ?? ok());
  rmSync(PAGES, { recursive: true, force: true });
});

for (const how of ['declared', 'chunked']) {
  test(`a 50 MB src (${how === 'declared' ? 'with Content-Length' : 'chunked, no Content-Length'}): "too large" in the widget, the others unaffected`, async () => {
    const context = await env.browser.newContext();
    const src = `${bigUrl}${how}/course.json`;
    const url = `${env.server.url}hardening-large-${how}.html`;
    writeFileSync(join(PAGES, `hardening-large-${how}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Large src</title>
<script type="module" src="/ler-widgets.js"></script></head><body><main><h1>Large src</h1>
<ler-module-viewer id="big-viewer" module="record-integrity" src="${src}"></ler-module-viewer>
<ler-checklist id="big-list" module="record-integrity" src="${src}"></ler-checklist>
<ler-checklist id="good-list" module="record-integrity" list="ri-checklist-pillars"></ler-checklist>
<ler-credential-explorer id="good-explorer"></ler-credential-explorer>
</main></body></html>`);
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(url);

    for (const id of ['big-viewer', 'big-list']) {
      const alert = page.locator(`#${id} [role="alert"]`);
      await alert.waitFor({ timeout: 60000 });
      const text = await alert.innerText();
      assert.match(text, /too large/, `${id}: ${text}`);
      // Written as English writes numbers (the interface language here).
      assert.match(text, /5,242,880/, `${id} names the limit: ${text}`);
    }
    // The widgets beside them work: the checklist ticks, the explorer shows its tree.
    const good = page.locator('#good-list input[type="checkbox"]').first();
    await good.check();
    assert.ok(await good.isChecked());
    await page.locator('#good-explorer [role="tree"]').waitFor();
    assert.deepEqual(pageErrors, []);

    // The 50 MB never reached wasm memory (it only grows, so this is its high-water mark).
    const wasmBytes = await page.evaluate(async () => {
      const mod = await import(new URL('/ler-www.js', location.href).href);
      return (await mod.default()).memory.buffer.byteLength;
    });
    assert.ok(wasmBytes < 40 * MB, `wasm memory ${wasmBytes} bytes`);
    console.log(`${how}: wasm memory after refusing 50 MB: ${(wasmBytes / MB).toFixed(1)} MiB`);
    await context.close();
  });
}
