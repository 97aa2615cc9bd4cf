/**
 * What a build of a dataset must write, counted from the NDJSON itself (not through the site's
 * data layer), so the benchmark checks the site's answer before it times it.
 */
import { LANGS, localePath } from '../../../site/lib/i18n/locales.ts';
import { enterprisePath, SECTION_PATHS } from '../../../site/lib/routes.ts';

/** Sections with one page per language that do not depend on the data. */
export const FIXED_PAGES_PER_LANG = [
  '/',
  SECTION_PATHS.enterprises,
  SECTION_PATHS.standards,
  SECTION_PATHS.committees,
  SECTION_PATHS.awards,
  SECTION_PATHS.support,
  SECTION_PATHS.stats,
  SECTION_PATHS.search,
  SECTION_PATHS.data,
] as const;
/** One 404.html for both languages. */
const SHARED_PAGES = 1;
const LANG_COUNT = 2;
/** Nominations that reach the public site (docs/design.md, Visibility). */
const PUBLIC_OUTCOMES = new Set(['recommended', 'shortlisted', 'nominee', 'winner']);

export interface ExpectedSite {
  /** Published documents of the dataset. */
  readonly documents: number;
  /** HTML pages the build must write. */
  readonly pages: number;
  /** Pages to look for in the output, both languages. */
  readonly knownPages: readonly string[];
  readonly counts: Readonly<Record<'enterprises' | 'standards' | 'committees' | 'programs' | 'awards' | 'awardYears', number>>;
}

interface Doc {
  readonly _id?: unknown;
  readonly _type?: unknown;
  readonly [field: string]: unknown;
}

const isPublished = (doc: Doc): boolean => typeof doc._id === 'string' && !doc._id.includes('.');
const refOf = (value: unknown): string | undefined =>
  value && typeof value === 'object' && '_ref' in value && typeof value._ref === 'string' ? value._ref : undefined;
const slugOf = (doc: Doc): string | undefined => {
  const slug = doc['slug'];
  return slug && typeof slug === 'object' && 'current' in slug && typeof slug.current === 'string' ? slug.current : undefined;
};

/**
 * Pages per dataset: 2 × (enterprises + standards + committees + programmes + awards + award
 * years with public results) + 2 × the fixed sections + the 404 page.
 * @example expectSite(docs).pages // 3707 for the 5k dataset of seed 1
 */
export function expectSite(docs: Iterable<Doc>): ExpectedSite {
  const count = { enterprises: 0, standards: 0, committees: 0, programs: 0, awards: 0, awardYears: 0 };
  const awardYears = new Map<string, Set<number>>();
  let documents = 0;
  let firstEnterprise: string | undefined;
  for (const doc of docs) {
    if (!isPublished(doc)) continue;
    documents += 1;
    switch (doc._type) {
      case 'enterprise':
        count.enterprises += 1;
        firstEnterprise ??= slugOf(doc);
        break;
      case 'standard':
        count.standards += 1;
        break;
      case 'technicalCommittee':
        count.committees += 1;
        break;
      case 'supportProgram':
        count.programs += 1;
        break;
      case 'award':
        count.awards += 1;
        break;
      case 'nomination': {
        const verified = (doc['verification'] as { status?: unknown } | undefined)?.status === 'verified';
        const award = refOf(doc['award']);
        const year = doc['year'];
        if (!verified || !award || typeof year !== 'number' || !PUBLIC_OUTCOMES.has(String(doc['outcome']))) break;
        const years = awardYears.get(award) ?? new Set<number>();
        years.add(year);
        awardYears.set(award, years);
        break;
      }
      default:
        break;
    }
  }
  count.awardYears = [...awardYears.values()].reduce((sum, years) => sum + years.size, 0);
  const perLang = count.enterprises + count.standards + count.committees + count.programs + count.awards + count.awardYears + FIXED_PAGES_PER_LANG.length;
  const known = firstEnterprise ? LANGS.map((lang) => localePath(lang, enterprisePath({ slug: firstEnterprise }))) : [];
  return { documents, pages: LANG_COUNT * perLang + SHARED_PAGES, knownPages: ['/', localePath('en', SECTION_PATHS.stats), ...known], counts: count };
}

/** The HTML file a page path is written to (`build.format: 'directory'`). */
export function htmlFileOf(path: string): string {
  return `${path.replace(/^\//, '')}index.html`;
}

/**
 * The expectation with the pages the site derives through its rules (dossiers, annual reports
 * and their index: timeLoad.ts counts them through the site's own data layer), in both languages.
 */
export function withDerivedPages(expected: ExpectedSite, perLang: number): ExpectedSite {
  return { ...expected, pages: expected.pages + LANG_COUNT * perLang };
}
