/**
 * The bare Astro baseline: a throwaway project under the bench's `.tmp/` directory that writes
 * the same number of trivial pages — and as many trivial endpoint files as the site's endpoint
 * routes write (search index, data files, calendars, feeds, CSV) — with the same output
 * settings (directory format, trailing slash) and no data, so "build time ÷ baseline" is the
 * cost of the site over Astro itself.
 * Written at run time, never committed; it resolves `astro` from the repository's node_modules.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const config = (concurrency: number): string => `import { defineConfig } from 'astro/config';
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory'${concurrency === 1 ? '' : `, concurrency: ${concurrency}`} },
  prefetch: false,
  devToolbar: { enabled: false },
});
`;

/** Minus the home page and 404, split like the site's `[...lang]` routes. */
const page = (count: number): string => `---
export function getStaticPaths() {
  return Array.from({ length: ${count} }, (_, i) => ({ params: { slug: \`p/\${i}\` }, props: { i } }));
}
const { i } = Astro.props;
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>Page {i}</title></head>
<body><h1>Page {i}</h1><p>A trivial page of the bare Astro baseline.</p><a href="/">Home</a></body></html>
`;

/** An endpoint route writing `count` small JSON files, `e/<n>.json`. */
const endpoint = (count: number): string => `export function getStaticPaths() {
  return Array.from({ length: ${count} }, (_, i) => ({ params: { n: String(i) } }));
}
export const GET = ({ params }) => new Response(JSON.stringify({ n: params.n }) + '\\n', { headers: { 'Content-Type': 'application/json' } });
`;

const HOME = `<html lang="zh-CN"><head><meta charset="utf-8" /><title>Home</title></head><body><h1>Home</h1></body></html>\n`;
const NOT_FOUND = `<html lang="zh-CN"><head><meta charset="utf-8" /><title>404</title></head><body><h1>Not found</h1></body></html>\n`;

/**
 * Write a bare project in `dir` that builds exactly `pages` HTML pages (home + 404 + the rest)
 * and `endpoints` endpoint files, `concurrency` pages at a time (1: Astro's default, no setting written).
 * @example writeBaselineProject('.tmp/bench-run/baseline-3707', 3707, 4100) // then `astro build --root` it
 */
export function writeBaselineProject(dir: string, pages: number, endpoints = 0, concurrency = 1): void {
  if (pages < 3) throw new RangeError(`the baseline needs at least 3 pages, got ${pages}`);
  const pagesDir = join(dir, 'src', 'pages');
  mkdirSync(pagesDir, { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), config(concurrency));
  writeFileSync(join(dir, 'package.json'), '{ "name": "bench-baseline", "private": true, "type": "module" }\n');
  writeFileSync(join(pagesDir, 'index.astro'), HOME);
  writeFileSync(join(pagesDir, '404.astro'), NOT_FOUND);
  writeFileSync(join(pagesDir, '[...slug].astro'), page(pages - 2));
  if (endpoints > 0) {
    mkdirSync(join(pagesDir, 'e'), { recursive: true });
    writeFileSync(join(pagesDir, 'e', '[n].json.js'), endpoint(endpoints));
  }
}
