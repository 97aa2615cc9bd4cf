/**
 * Redirects of earlier standard addresses for hosts that read a rules file: `dist/_redirects`
 * (Netlify, Cloudflare Pages) and `dist/_redirects.nginx` (included by deploy/nginx.conf). The
 * redirect pages themselves are rendered by site/pages/[...lang]/standards/[slug].astro; the
 * sitemap leaves them out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuildDate, readDataConfig } from '../lib/data/config.ts';
import { fetchRegister } from '../lib/data/loadRegister.ts';
import { createSanitySource, loadCheckedDocumentsOnce } from '../lib/data/sources.ts';
import { todayInBeijing } from '../lib/domain/dates.ts';
import { inBothLanguages, nginxRedirects, redirectsFile, standardRedirects, type Redirect, type StandardRouteInput } from '../lib/routes.ts';

const CACHE = Symbol.for('register.standardRedirects');

/** Every redirect of the build's content, both languages; once per process. */
export function loadStandardRedirects(): Promise<Redirect[]> {
  const store = globalThis as { [CACHE]?: Promise<Redirect[]> };
  store[CACHE] ??= (async () => {
    const config = readDataConfig();
    let standards: StandardRouteInput[];
    if (config.source === 'local') {
      const checked = await loadCheckedDocumentsOnce(config.file);
      standards = checked.published.filter((d) => d._type === 'standard') as StandardRouteInput[];
    } else {
      const register = await fetchRegister(createSanitySource(config), readBuildDate(process.env, todayInBeijing));
      standards = register.standards.map((s) => ({ code: s.code, designations: s.designations }));
    }
    return inBothLanguages(standardRedirects(standards));
  })();
  return store[CACHE];
}

export function redirects(): AstroIntegration {
  return {
    name: 'register-redirects',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const list = await loadStandardRedirects();
        const out = fileURLToPath(dir);
        mkdirSync(out, { recursive: true });
        writeFileSync(`${out}/_redirects`, redirectsFile(list));
        writeFileSync(`${out}/_redirects.nginx`, nginxRedirects(list));
        logger.info(`_redirects and _redirects.nginx: ${list.length} earlier standard address(es)`);
      },
    },
  };
}
