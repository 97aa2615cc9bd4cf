/**
 * Serve a built Studio (`sanity build <dir>`) as static files, with every unknown path answered
 * by index.html: the Studio is a single-page app whose routes (`/structure/...`) are client-side.
 *
 * Usage: tsx tests/studio/serveStudio.ts <dir> <port>
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/** Content types of the files a Studio build holds. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

const [dirArg = '.tmp/studio-dist', portArg = '3391'] = process.argv.slice(2);
const root = resolve(dirArg);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root}/index.html not found: build the Studio first (npx sanity build ${dirArg} --yes).`);
  process.exit(1);
}

createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const candidate = normalize(join(root, path));
  // Never serve outside the build directory; unknown paths are client-side routes.
  const file = candidate.startsWith(root) && existsSync(candidate) && statSync(candidate).isFile() ? candidate : join(root, 'index.html');
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}).listen(Number(portArg), '127.0.0.1', () => {
  console.log(`Studio from ${root} at http://127.0.0.1:${portArg}/`);
});
