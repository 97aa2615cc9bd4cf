/**
 * The sitemap: `sitemap-index.xml` and `sitemap-<n>.xml` (45,000 URLs each), every page with
 * its zh-CN and en alternates (`xhtml:link rel="alternate"`), the 404 page left out.
 *
 * Written here instead of by @astrojs/sitemap 3.7: its hreflang grouping compares every URL
 * with every other (quadratic) and it sorts with `localeCompare` options — 10.9 s of CPU for the
 * 36,269 pages of a 50,000-document register. This pairs the languages through a map (linear).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANG_TAGS, LANGS, neutralPath, type Lang } from '../lib/i18n/locales.ts';
import { SITEMAP_INDEX_FILE } from '../lib/routes.ts';
import { loadStandardRedirects } from './redirects.ts';
import { incrementalPagePaths } from './incrementalBuild.ts';

/** URLs per sitemap file (the protocol allows 50,000). */
export const SITEMAP_ENTRY_LIMIT = 45_000;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** Error pages (`/404/`, `/en/404/` …) are not content. */
const isStatusPage = (path: string): boolean => /^\/(?:en\/)?[45]\d\d\/$/.test(path);

/**
 * The sitemap files for a site's page paths (`/`, `/en/standards/`, …), by file name.
 * @example sitemapFiles(['/', '/en/'], 'https://example.org/').get('sitemap-0.xml')
 */
export function sitemapFiles(paths: readonly string[], site: string, limit = SITEMAP_ENTRY_LIMIT): Map<string, string> {
  const origin = new URL(site);
  const href = (path: string) => new URL(path, origin).href;
  const pages = [...new Set(paths.filter((p) => !isStatusPage(p)))].sort();
  // Language versions of the same page, paired by their language-neutral path.
  const versions = new Map<string, Map<Lang, string>>();
  for (const path of pages) {
    const neutral = neutralPath(path);
    const lang: Lang = neutral === path ? 'zh' : 'en';
    let byLang = versions.get(neutral);
    if (!byLang) versions.set(neutral, (byLang = new Map()));
    byLang.set(lang, path);
  }
  const entry = (path: string): string => {
    const byLang = versions.get(neutralPath(path));
    const links =
      byLang && byLang.size > 1
        ? LANGS.flatMap((lang) => {
            const version = byLang.get(lang);
            return version ? [`<xhtml:link rel="alternate" hreflang="${LANG_TAGS[lang]}" href="${escapeXml(href(version))}"/>`] : [];
          }).join('')
        : '';
    return `<url><loc>${escapeXml(href(path))}</loc>${links}</url>`;
  };
  const files = new Map<string, string>();
  for (let start = 0, n = 0; start < pages.length; start += limit, n++) {
    const body = pages
      .slice(start, start + limit)
      .map(entry)
      .join('');
    files.set(
      `sitemap-${n}.xml`,
      `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${body}</urlset>`,
    );
  }
  const index = [...files.keys()].map((name) => `<sitemap><loc>${escapeXml(href(`/${name}`))}</loc></sitemap>`).join('');
  files.set(SITEMAP_INDEX_FILE, `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index}</sitemapindex>`);
  return files;
}

/** The last sitemap written, by its site and paths (a live build writes one per rebuild). */
let lastSitemap: { readonly key: string; readonly files: ReadonlyMap<string, string> } | undefined;

/**
 * Write the sitemap of a build's pages (URL paths, rendered or kept) into `out`. HTML pages only
 * (directory format: paths end in `/`), not endpoints such as `search/docs/0.json/`; redirect
 * pages of earlier standard addresses are not content either. Returns the files' names.
 */
export async function writeSitemap(out: string, site: string, pagePaths: readonly string[]): Promise<string[]> {
  const moved = new Set((await loadStandardRedirects()).map((r) => r.from));
  const paths = pagePaths.map((p) => p.replace(/\/{2,}/g, '/')).filter((p) => p.endsWith('/') && !/\.[a-z0-9]+\/$/i.test(p) && !moved.has(p));
  const key = `${site}\n${paths.join('\n')}`;
  // A live build writes the sitemap on every rebuild; most edits leave the pages as they were.
  if (lastSitemap?.key !== key) lastSitemap = { key, files: sitemapFiles(paths, site) };
  const { files } = lastSitemap;
  mkdirSync(out, { recursive: true });
  for (const [name, xml] of files) writeFileSync(`${out}/${name}`, xml);
  return [...files.keys()];
}

/** A file writeSitemap writes (so the live builder knows not to keep an old one). */
export const isSitemapFile = (file: string): boolean => file === SITEMAP_INDEX_FILE || /^sitemap-\d+\.xml$/.test(file);

export function sitemap(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'register-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) {
          logger.warn('no `site` in astro.config.mjs: no sitemap written.');
          return;
        }
        // An incremental build renders only what changed; its list of every page comes from the plan.
        const written = await writeSitemap(fileURLToPath(dir), site, incrementalPagePaths() ?? pages.map((p) => `/${p.pathname}`));
        logger.info(`${SITEMAP_INDEX_FILE} and ${written.length - 1} sitemap file(s) written`);
      },
    },
  };
}
