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
import { perGeneration } from '../lib/data/generation.ts';
import { fetchRegister } from '../lib/data/loadRegister.ts';
import { createSanitySource, loadCheckedDocumentsOnce } from '../lib/data/sources.ts';
import { todayInBeijing } from '../lib/domain/dates.ts';
import { inBothLanguages, nginxRedirects, redirectsFile, standardRedirects, type Redirect, type StandardRouteInput } from '../lib/routes.ts';

/** Every redirect of the build's content, both languages; once per content generation (data/generation.ts). */
export const loadStandardRedirects: () => Promise<Redirect[]> = perGeneration(async () => {
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
});

/** The files writeRedirects writes. */
export const REDIRECT_FILES = ['_redirects', '_redirects.nginx'] as const;

/** Write `_redirects` and `_redirects.nginx` into `out`; returns how many redirects they hold. */
export async function writeRedirects(out: string): Promise<number> {
  const list = await loadStandardRedirects();
  mkdirSync(out, { recursive: true });
  const [rules, nginx] = REDIRECT_FILES;
  writeFileSync(`${out}/${rules}`, redirectsFile(list));
  writeFileSync(`${out}/${nginx}`, nginxRedirects(list));
  return list.length;
}

export function redirects(): AstroIntegration {
  return {
    name: 'register-redirects',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const count = await writeRedirects(fileURLToPath(dir));
        logger.info(`_redirects and _redirects.nginx: ${count} earlier standard address(es)`);
      },
    },
  };
}
