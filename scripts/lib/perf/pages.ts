/**
 * Which pages the budget measures: one of each template readers land on, both languages.
 * The enterprise profile and standard page are the heaviest of their kind in the build, so the
 * budget holds for every one of them, not just a small one.
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Measurement } from './budgets.ts';
import { SECTION_PATHS } from '../../../site/lib/routes.ts';

export interface PageToMeasure {
  readonly path: string;
  readonly kind: Measurement['kind'];
}

/** List pages and the home page (language-neutral paths). */
export const LIST_PATHS = ['/', SECTION_PATHS.enterprises, SECTION_PATHS.standards, SECTION_PATHS.committees] as const;
/** Shared filtered links: the filter island restores them on load without moving the list (CLS). */
export const FILTERED_PATHS = [`${SECTION_PATHS.enterprises}?tier=growth&industry=I`, `${SECTION_PATHS.standards}?level=international&year=2025`] as const;
/** Lists of other areas, measured when the build has them. */
export const OPTIONAL_PATHS = [
  SECTION_PATHS.awards,
  SECTION_PATHS.support,
  SECTION_PATHS.stats,
  SECTION_PATHS.search,
  SECTION_PATHS.data,
  SECTION_PATHS.reports,
] as const;

/** The path of the largest `index.html` under `dist/<section>/*` (by bytes), or undefined. */
export function heaviestPage(dist: string, section: string): string | undefined {
  const dir = join(dist, section);
  if (!existsSync(dir)) return undefined;
  let best: { path: string; size: number } | undefined;
  for (const slug of readdirSync(dir).sort()) {
    const file = join(dir, slug, 'index.html');
    if (!existsSync(file)) continue;
    const size = statSync(file).size;
    if (!best || size > best.size) best = { path: `/${section}/${slug}/`, size };
  }
  return best?.path;
}

/**
 * The largest application dossier (`/enterprises/{slug}/dossier/{programme}/`, site/lib/routes.ts),
 * or undefined when the build has none.
 */
export function heaviestDossier(dist: string): string | undefined {
  const dir = join(dist, 'enterprises');
  if (!existsSync(dir)) return undefined;
  let best: { path: string; size: number } | undefined;
  for (const slug of readdirSync(dir).sort()) {
    const dossiers = join(dir, slug, 'dossier');
    if (!existsSync(dossiers)) continue;
    const path = heaviestPage(dist, `enterprises/${slug}/dossier`);
    const size = path ? statSync(join(dist, path, 'index.html')).size : 0;
    if (path && (!best || size > best.size)) best = { path, size };
  }
  return best?.path;
}

/** Every page to measure, Chinese then English. */
export function pagesToMeasure(dist: string): PageToMeasure[] {
  const neutral: PageToMeasure[] = [
    ...LIST_PATHS.map((path) => ({ path, kind: 'page' as const })),
    ...FILTERED_PATHS.map((path) => ({ path, kind: 'page' as const })),
    ...OPTIONAL_PATHS.filter((p) => existsSync(join(dist, p, 'index.html'))).map((path) => ({ path, kind: 'page' as const })),
  ];
  const profile = heaviestPage(dist, 'enterprises');
  if (profile) neutral.push({ path: profile, kind: 'profile' });
  for (const section of ['standards', 'committees', 'reports']) {
    const path = heaviestPage(dist, section);
    if (path) neutral.push({ path, kind: 'page' });
  }
  const dossier = heaviestDossier(dist);
  if (dossier) neutral.push({ path: dossier, kind: 'page' });
  return [...neutral, ...neutral.map((p) => ({ ...p, path: `/en${p.path}` }))];
}
