/**
 * Routes of the site, in one place: every slug and permalink — pages, data files, feeds,
 * calendars, the sitemap, redirects of earlier designations, the content check's collision
 * rule. Pages, endpoints, links, exports, the search records and the e2e specs take their paths
 * from here; no other module writes a path (tests/unit/routes/pathLiterals.test.ts). Paths are
 * language-neutral (`localePath` adds `/en`), except the per-language files, which take the
 * language.
 *
 * A standard keeps one permalink through its life (docs/standard-codes.md §8 row 1): the slug of
 * its *first* designation — the code it had when the record was made, which is also where its
 * `_id` comes from. A record without earlier designations is at the slug of its code, as before.
 * Every other designation (and the current code, once it differs) gets a redirect page.
 */
import { localePath, type Lang } from './i18n/locales.ts';
import { parseStandardCode, slugifyCode } from './domain/standardCode.ts';
import { foldKeepCase } from './domain/codes/parse.ts';
import type { DocumentType } from './domain/model.ts';

// Sections: the list pages of the site.

/** Language-neutral paths of the section pages (the navigation's order). */
export const SECTION_PATHS = {
  enterprises: '/enterprises/',
  standards: '/standards/',
  committees: '/committees/',
  awards: '/awards/',
  support: '/support/',
  stats: '/stats/',
  data: '/data/',
  search: '/search/',
  reports: '/reports/',
} as const;

/** Anything with a page slug. */
interface Slugged {
  readonly slug: string;
}

// Detail pages, language-neutral.

/** `/enterprises/{slug}/` */
export const enterprisePath = (enterprise: Slugged): string => `${SECTION_PATHS.enterprises}${enterprise.slug}/`;
/** `/committees/{slug}/` */
export const committeePath = (committee: Slugged): string => `${SECTION_PATHS.committees}${committee.slug}/`;
/** `/awards/{slug}/` */
export const awardPath = (award: Slugged): string => `${SECTION_PATHS.awards}${award.slug}/`;
/** `/support/{slug}/` */
export const programPath = (program: Slugged): string => `${SECTION_PATHS.support}${program.slug}/`;

/** The award list of one year: `/awards/{slug}/{year}/`. */
export function awardListPath(award: Slugged, year: number): string {
  return `${awardPath(award)}${year}/`;
}

/** The award list's downloads: `/awards/{slug}/{year}/list.csv`, `…/list.json`. */
export function awardListFilePath(award: Slugged, year: number, format: 'csv' | 'json'): string {
  return `${awardListPath(award, year)}list.${format}`;
}

/** An open-data file: `/data/{name}.json`, `/data/{name}.csv`. */
export function dataFilePath(name: string, format: string): string {
  return `${SECTION_PATHS.data}${name}.${format}`;
}

/** The site's RSS feed of new results: `/feed.xml`, `/en/feed.xml`. */
export function feedPath(lang: Lang): string {
  return localePath(lang, '/feed.xml');
}

/** The sitemap index (site/integrations/sitemap.ts writes it, robots.txt and every page name it). */
export const SITEMAP_INDEX_FILE = 'sitemap-index.xml';
export const SITEMAP_INDEX_PATH = `/${SITEMAP_INDEX_FILE}`;

/** The page slug of a technical committee: of its code (the id when it has none). */
export function committeeSlug(committee: { readonly code?: string | null; readonly _id: string }): string {
  return slugifyCode(committee.code ?? committee._id);
}

/**
 * The section a document type's pages are written under, for the content check's
 * duplicate-slug rule (`/` for a type without pages).
 */
export function documentSectionPath(type: DocumentType): string {
  switch (type) {
    case 'enterprise':
      return SECTION_PATHS.enterprises;
    case 'standard':
      return SECTION_PATHS.standards;
    case 'technicalCommittee':
      return SECTION_PATHS.committees;
    case 'award':
      return SECTION_PATHS.awards;
    case 'supportProgram':
      return SECTION_PATHS.support;
    default:
      return '/';
  }
}

// Standards and the redirects of their earlier designations.

export interface DesignationLike {
  readonly code?: string | null;
  readonly until?: string | null;
}

export interface StandardRouteInput {
  readonly code?: string | null;
  readonly designations?: readonly DesignationLike[] | null;
}

/** The slug of one code: its canonical display's slug, or of the tidied text for an unknown family. */
export function codeSlug(code: string): string {
  return parseStandardCode(code)?.slug ?? slugifyCode(foldKeepCase(code));
}

/** Earlier designations, oldest first (by `until`; entries without a date keep their order, last). */
export function designationsOldestFirst<D extends DesignationLike>(designations: readonly D[] | null | undefined): D[] {
  return (designations ?? [])
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.until ?? '9999').localeCompare(b.d.until ?? '9999') || a.i - b.i)
    .map(({ d }) => d);
}

/**
 * The permalink slug of a standard: of its first designation, else of its code.
 * @example standardSlug({ code: 'ISO/IEC 42001:2023', designations: [{ code: 'ISO/IEC DIS 42001', until: '2023-12-18' }] }) //=> 'iso-iec-dis-42001'
 */
export function standardSlug(standard: StandardRouteInput): string {
  const first = designationsOldestFirst(standard.designations).find((d) => d.code && codeSlug(d.code) !== '');
  return codeSlug(first?.code ?? standard.code ?? '');
}

/** Slugs that redirect to the permalink: every other designation and the current code, without duplicates. */
export function standardRedirectSlugs(standard: StandardRouteInput): string[] {
  const permalink = standardSlug(standard);
  const codes = [...designationsOldestFirst(standard.designations).map((d) => d.code ?? ''), standard.code ?? ''];
  const slugs = codes.map((c) => (c ? codeSlug(c) : '')).filter((s) => s !== '' && s !== permalink);
  return [...new Set(slugs)];
}

/** Path of a standard's page, without the language prefix: `/standards/<slug>/`. */
export function standardPath(slug: string): string {
  return `${SECTION_PATHS.standards}${slug}/`;
}

export interface Redirect {
  /** Path without the language prefix, e.g. `/standards/iso-iec-cd-98145/`. */
  readonly from: string;
  readonly to: string;
}

/** Every redirect of earlier standard addresses, without the language prefix. */
export function standardRedirects(standards: readonly StandardRouteInput[]): Redirect[] {
  return standards.flatMap((s) => {
    const to = standardPath(standardSlug(s));
    return standardRedirectSlugs(s).map((slug) => ({ from: standardPath(slug), to }));
  });
}

/** Both languages of each redirect: `/standards/a/` and `/en/standards/a/`. */
export function inBothLanguages(redirects: readonly Redirect[]): Redirect[] {
  return [...redirects, ...redirects.map((r) => ({ from: localePath('en', r.from), to: localePath('en', r.to) }))];
}

/**
 * Netlify / Cloudflare Pages `_redirects`: one `from to 301` line per old address. Static hosts
 * without it still redirect through the pages themselves (meta refresh + rel=canonical).
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301\n`).join('');
}

/** The same redirects for nginx, one exact-match location each (included from deploy/nginx.conf). */
export function nginxRedirects(redirects: readonly Redirect[]): string {
  const head = '# Generated by the build (site/lib/routes.ts): earlier addresses of standards. Included from deploy/nginx.conf.\n';
  return head + redirects.map((r) => `location = ${r.from} { return 301 ${r.to}; }\n`).join('');
}

// The enterprise tools: calendars, application dossiers, follow feeds, annual reports.

/** The calendar of every programme window: `/calendar.ics`, `/en/calendar.ics`. */
export function calendarPath(lang: Lang): string {
  return localePath(lang, '/calendar.ics');
}

/** One programme's window: `/support/{slug}/calendar.ics`. */
export function programCalendarPath(lang: Lang, program: { readonly slug: string }): string {
  return localePath(lang, `${programPath(program)}calendar.ics`);
}

/** The deadlines of the programmes an enterprise may qualify for: `/enterprises/{slug}/calendar.ics`. */
export function enterpriseCalendarPath(lang: Lang, enterprise: { readonly slug: string }): string {
  return localePath(lang, `${enterprisePath(enterprise)}calendar.ics`);
}

/** Atom feed of an enterprise's new verified records and award results. */
export function enterpriseFeedPath(lang: Lang, enterprise: { readonly slug: string }): string {
  return localePath(lang, `${enterprisePath(enterprise)}atom.xml`);
}

/** Atom feed of an award's new results. */
export function awardFeedPath(lang: Lang, award: { readonly slug: string }): string {
  return localePath(lang, `${awardPath(award)}atom.xml`);
}

/** Language-neutral path of an application dossier: `/enterprises/{slug}/dossier/{programme}/`. */
export function dossierPath(enterprise: { readonly slug: string }, program: { readonly slug: string }): string {
  return `${enterprisePath(enterprise)}dossier/${program.slug}/`;
}

/** The dossier's rows as CSV (language-neutral, zh and en columns). */
export function dossierCsvPath(enterprise: { readonly slug: string }, program: { readonly slug: string }): string {
  return `${dossierPath(enterprise, program)}dossier.csv`;
}

/** Language-neutral path of the list of annual reports. */
export const REPORTS_PATH = SECTION_PATHS.reports;

/** Language-neutral path of one annual report: `/reports/2025/`. */
export function reportPath(year: number): string {
  return `${REPORTS_PATH}${year}/`;
}

/** The report's figures as CSV (language-neutral). */
export function reportCsvPath(year: number): string {
  return `${reportPath(year)}report.csv`;
}
