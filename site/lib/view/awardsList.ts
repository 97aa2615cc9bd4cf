/**
 * The award list of one award and year (`/awards/{slug}/{year}/`): public nominations grouped
 * by outcome, and the same rows as CSV and JSON downloads (language-neutral, zh and en columns).
 */
import type { Award, Nomination } from '../data/register.ts';
import { NOMINATION_OUTCOMES, type NominationOutcome } from '../domain/vocabulary.ts';
import { sessionOfYear } from '../domain/awardClock.ts';
import { toCsv, type CsvColumn } from './csv.ts';
import { safeUrl } from './safeUrl.ts';

/** Public outcomes in the order a list shows them: 获奖, 提名奖, 入围, 推荐. */
export const LIST_OUTCOMES = ['winner', 'nominee', 'shortlisted', 'recommended'] as const satisfies readonly NominationOutcome[];
export type ListOutcome = (typeof LIST_OUTCOMES)[number];

/** Chinese collation (by pinyin) in both languages, so the page, CSV and JSON agree row by row. */
const ZH = new Intl.Collator('zh-CN', { numeric: true });

function isListOutcome(outcome: string): outcome is ListOutcome {
  return (LIST_OUTCOMES as readonly string[]).includes(outcome);
}

/** A type, not an interface: Astro's static-path props need an index signature. */
export type AwardList = { readonly award: Award; readonly year: number };

/** Every award list the site publishes: one per award and year with public nominations. */
export function awardLists(awards: readonly Award[]): AwardList[] {
  return awards.flatMap((award) => award.years.map((year) => ({ award, year })));
}

/** Static paths of a per-list file (`list.csv`, `list.json`): slug and year, the list as props. */
export function awardListFilePaths(awards: readonly Award[]) {
  return awardLists(awards).map((list) => ({ params: { slug: list.award.slug, year: String(list.year) }, props: list }));
}

/**
 * The public nominations of an award in a year, by outcome (LIST_OUTCOMES order), then by the
 * enterprise's Chinese name.
 */
export function awardListRows(award: Award, year: number): Nomination[] {
  return award.nominations
    .filter((n) => n.year === year && isListOutcome(n.outcome))
    .sort(
      (a, b) =>
        LIST_OUTCOMES.indexOf(a.outcome as ListOutcome) - LIST_OUTCOMES.indexOf(b.outcome as ListOutcome) ||
        ZH.compare(a.enterprise.name.zh ?? '', b.enterprise.name.zh ?? '') ||
        a.enterprise.slug.localeCompare(b.enterprise.slug),
    );
}

export interface OutcomeGroup {
  readonly outcome: ListOutcome;
  readonly rows: Nomination[];
}

/** Rows grouped by outcome; outcomes without rows are left out. */
export function groupByOutcome(rows: readonly Nomination[]): OutcomeGroup[] {
  return LIST_OUTCOMES.map((outcome) => ({ outcome, rows: rows.filter((n) => n.outcome === outcome) })).filter((g) => g.rows.length > 0);
}

export type OutcomeCounts = Readonly<Record<ListOutcome, number>> & { readonly total: number };

/** How many nominations of each public outcome. */
export function countOutcomes(rows: readonly Nomination[]): OutcomeCounts {
  const counts = { winner: 0, nominee: 0, shortlisted: 0, recommended: 0, total: 0 };
  for (const n of rows) {
    if (!isListOutcome(n.outcome)) continue;
    counts[n.outcome] += 1;
    counts.total += 1;
  }
  return counts;
}

/** The session of a year's list: as recorded on its nominations, else from the schedule. */
export function sessionOfList(award: Award, year: number): number | undefined {
  return award.nominations.find((n) => n.year === year && n.session)?.session ?? sessionOfYear(award, year);
}

/** Columns of the CSV download; JSON uses the same names. */
export const AWARD_LIST_COLUMNS: readonly CsvColumn<Nomination>[] = [
  { header: 'award', value: (n) => n.award.slug },
  { header: 'year', value: (n) => n.year },
  { header: 'session', value: (n) => n.session ?? sessionOfYear(n.award, n.year) },
  { header: 'outcome', value: (n) => n.outcome },
  { header: 'outcome_zh', value: (n) => NOMINATION_OUTCOMES[n.outcome].zh },
  { header: 'outcome_en', value: (n) => NOMINATION_OUTCOMES[n.outcome].en },
  { header: 'enterprise', value: (n) => n.enterprise.slug },
  { header: 'name_zh', value: (n) => n.enterprise.name.zh },
  { header: 'name_en', value: (n) => n.enterprise.name.en },
  { header: 'uscc', value: (n) => n.enterprise.uscc },
  { header: 'recommended_by_zh', value: (n) => n.recommendedBy?.zh },
  { header: 'recommended_by_en', value: (n) => n.recommendedBy?.en },
  { header: 'announced_on', value: (n) => n.announcedOn },
  { header: 'source_url', value: (n) => safeUrl(n.source?.url) },
  { header: 'verified_on', value: (n) => n.verification.on },
];

/** The list as CSV (BOM, CRLF), one row per nomination in page order. */
export function awardListCsv(rows: readonly Nomination[]): string {
  return toCsv(AWARD_LIST_COLUMNS, rows);
}

/** The list as JSON: the award, the year and one object per row with the CSV's columns. */
export function awardListJson(award: Award, year: number, rows: readonly Nomination[]): string {
  const entries = rows.map((n) => Object.fromEntries(AWARD_LIST_COLUMNS.map((c) => [c.header, c.value(n) ?? null])));
  const session = sessionOfList(award, year) ?? null;
  return `${JSON.stringify({ award: { slug: award.slug, name: { zh: award.name.zh, en: award.name.en ?? null } }, year, session, entries }, null, 2)}\n`;
}
