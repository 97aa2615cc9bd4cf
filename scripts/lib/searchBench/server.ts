/** A static file server on loopback that gzips like a CDN would (compressed once, cached). */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const cache = new Map<string, Uint8Array>();
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    readFile(file)
      .then((data) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        const gzip =
          /gzip/.test(String(req.headers['accept-encoding'])) &&
          !file.endsWith('.pf_index') &&
          !file.endsWith('.pf_fragment') &&
          !file.endsWith('.pf_meta') &&
          !file.endsWith('.pagefind');
        let body: Uint8Array = data;
        if (gzip) {
          const compressed = cache.get(file) ?? gzipSync(data);
          cache.set(file, compressed);
          body = compressed;
        }
        // Pagefind's files are gzipped already; sent as they are.
        res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Timing-Allow-Origin': '*', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
        res.end(body);
      })
      .catch(() => {
        res.writeHead(404);
        res.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
