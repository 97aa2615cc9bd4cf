// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
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
  // Sitemap with hreflang alternates: Chinese pages at /, English under /en/ (404 is left out by the integration).
  integrations: [contentGate(), sitemap({ i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } } })],
});
