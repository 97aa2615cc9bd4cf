// @ts-check
import { defineConfig } from 'astro/config';
import { contentGate } from './site/integrations/contentGate.ts';

/** Canonical origin for sitemap, feed and <link rel="canonical"> (DESIGN.md, Configuration). */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Plain `<a href>` navigation; no view transitions, no client router: pages work without JS.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [contentGate()],
});
