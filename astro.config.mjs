// @ts-check
import { defineConfig } from 'astro/config';
import { atomicBuild } from './site/integrations/atomicBuild.ts';
import { contentGate } from './site/integrations/contentGate.ts';
import { sitemap } from './site/integrations/sitemap.ts';
import { redirects } from './site/integrations/redirects.ts';
import { incrementalBuild } from './site/integrations/incrementalBuild.ts';
import { BUILD_CONCURRENCY } from './site/integrations/buildConcurrency.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** Canonical origin for sitemap, feed and <link rel="canonical"> (docs/design.md, Configuration). */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/**
 * SHA-256 hashes of every `<script is:inline>` body under `dir`: Astro hashes the scripts it
 * bundles, not inline ones, which it emits byte for byte. Computed from the source, so editing
 * such a script needs no change here (tests/e2e/security-*.spec.ts fail on any violation).
 * @param {string} dir
 * @returns {`sha256-${string}`[]}
 */
function inlineScriptHashes(dir) {
  /** @type {`sha256-${string}`[]} */
  const hashes = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.astro')) continue;
    const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    // `(?<!\/)>`: a self-closing `<script … />` (JSON data islands) is not an opening tag.
    for (const match of source.matchAll(/<script\b([^>]*?)(?<!\/)>([\s\S]*?)<\/script>/g)) {
      const [, attributes = '', body = ''] = match;
      if (!/\bis:inline\b/.test(attributes) || /\btype=["']?application\/(?:ld\+)?json/.test(attributes)) continue;
      hashes.push(/** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(body).digest('base64')}`));
    }
  }
  return hashes.sort();
}

export default defineConfig({
  site,
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  trailingSlash: 'always',
  // 64 pages in flight, not Astro's 1: a third less CPU and half the wall time of a full build
  // (site/integrations/buildConcurrency.ts has the measurements).
  build: { format: 'directory', concurrency: BUILD_CONCURRENCY },
  // Plain `<a href>` navigation; no view transitions, no client router: pages work without JS.
  prefetch: false,
  devToolbar: { enabled: false },
  // The site renders no Markdown code blocks; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  // Sitemap with hreflang alternates: Chinese pages at /, English under /en/ (404 left out).
  // redirects(): _redirects and _redirects.nginx for the earlier addresses of standards.
  // incrementalBuild (INCREMENTAL_BUILD=1): render only pages whose cacheKey (a digest of what
  // they show, site/lib/data/cacheKey.ts) changed, and write only changed files into the output.
  // atomicBuild last: it moves the finished build into place after every other integration wrote its files.
  integrations: [contentGate(), sitemap(), redirects(), incrementalBuild(), atomicBuild()],
  security: {
    // A strict Content-Security-Policy as a <meta> on every page: no inline script without a
    // hash, no eval, same-origin assets only. Style attributes stay allowed (style-src-attr):
    // the stats charts (Observable Plot SVG) and legend swatches use them, and CSS in an
    // attribute cannot run script.
    csp: {
      algorithm: 'SHA-256',
      // Besides script-src / style-src (below). Same-origin only: the site ships every asset
      // itself, the search worker and its index shards included. `frame-ancestors` cannot be
      // set from a <meta>; hosts send it as a header (site/public/_headers, deploy/nginx.conf).
      directives: [
        "default-src 'self'",
        "base-uri 'self'",
        "object-src 'none'",
        "form-action 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "frame-src 'none'",
        "manifest-src 'self'",
      ],
      scriptDirective: {
        // `<script is:inline>` bodies are not hashed by Astro; hash them here, from the source.
        hashes: inlineScriptHashes('./site'),
        // script-src stays 'self' + hashes; no inline event handler may run.
        resources: [{ resource: "'none'", kind: 'attribute' }],
      },
      styleDirective: {
        resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
});
