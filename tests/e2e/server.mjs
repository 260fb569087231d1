// A static file server for the built dist/ on 127.0.0.1, for the end-to-end tests.
// Serves .wasm as application/wasm (streaming compilation needs it) and never leaves loopback.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

// What `gzip: true` compresses: text and wasm, not images that are compressed already.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.xml', '.txt']);

/**
 * Serves `roots` (tried in order) on a free port. `headers(path)` may add response headers
 * (the strict-CSP example uses it). With `gzip: true` (off by default: the tests read the
 * plain bytes) text and wasm files are sent `content-encoding: gzip` at level 9 to requests
 * that accept it, as a real host does; each file is compressed once and kept, so compressing
 * costs no time on later requests. Resolves to { url, close }.
 */
export async function serve(roots, { headers = () => ({}), gzip = false } = {}) {
  const dirs = roots.map((r) => resolve(r));
  const compressed = new Map(); // file → { mtimeMs, body }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    for (const dir of dirs) {
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir)) break;
      try {
        let info = await stat(file);
        if (info.isDirectory()) {
          file = join(file, 'index.html');
          info = await stat(file);
        }
        let body = await readFile(file);
        const extra = {};
        if (gzip && COMPRESSIBLE.has(extname(file))
            && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          let hit = compressed.get(file);
          if (!hit || hit.mtimeMs !== info.mtimeMs) {
            hit = { mtimeMs: info.mtimeMs, body: gzipSync(body, { level: 9 }) };
            compressed.set(file, hit);
          }
          body = hit.body;
          extra['content-encoding'] = 'gzip';
          extra.vary = 'accept-encoding';
        }
        if (gzip) extra['content-length'] = body.length;
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
          ...extra,
          ...headers(path),
        });
        res.end(body);
        return;
      } catch { /* try the next root */ }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
