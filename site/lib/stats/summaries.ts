/**
 * The one-line summary under each chart, in both languages: the chart's main fact in words,
 * for readers who cannot see the chart and for those who only skim.
 */
import { NOMINATION_OUTCOMES, SERVICE_TIERS, labelFor, type NominationOutcome, type StandardLevel } from '../domain/vocabulary.ts';
import type { Lang } from '../i18n/locales.ts';
import { STATS_UI } from '../i18n/strings/stats.ts';
import { NO_TIER, type Count, type TierRow } from './chartData.ts';
import { grandTotal, peakRows, rowTotal, type CountTable } from './countTable.ts';

const LISTS: Readonly<Record<Lang, Intl.ListFormat>> = {
  zh: new Intl.ListFormat('zh-CN', { type: 'conjunction' }),
  en: new Intl.ListFormat('en', { type: 'conjunction' }),
};

/** `1 record` / `2 records`. */
function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The count in row i, column `column` (0 when the column is absent). */
function cell<R extends string | number, C extends string>(table: CountTable<R, C>, i: number, column: C): number {
  const j = table.columns.indexOf(column);
  return j < 0 ? 0 : (table.counts[i]?.[j] ?? 0);
}

interface YearPeak {
  readonly year: number;
  readonly index: number;
  readonly total: number;
  /** Other years with the same total, ascending. */
  readonly tiedWith: number[];
}

/** The latest of the years with the largest total: the most recent record is the news. */
function latestPeak(table: CountTable<number, string>): YearPeak | undefined {
  const peaks = peakRows(table);
  const index = peaks.at(-1);
  const year = index === undefined ? undefined : table.rows[index];
  if (index === undefined || year === undefined) return undefined;
  const tiedWith = peaks.slice(0, -1).flatMap((i) => table.rows[i] ?? []);
  return { year, index, total: rowTotal(table, index), tiedWith };
}

function tieNote(peak: YearPeak, lang: Lang): string {
  if (peak.tiedWith.length === 0) return '';
  const years = LISTS[lang].format(peak.tiedWith.map(String));
  return lang === 'zh' ? `（与 ${years} 年并列）` : ` (tied with ${years})`;
}

/**
 * @example summarizeStandardsWork(table, 'en') //=> '2025 had the most standards work: 3 records, 1 of them international.'
 */
export function summarizeStandardsWork(table: CountTable<number, StandardLevel>, lang: Lang): string {
  const peak = latestPeak(table);
  if (!peak) return lang === 'zh' ? '暂无标准制修订记录。' : 'No standards work is recorded yet.';
  const international = cell(table, peak.index, 'international');
  if (lang === 'zh') return `${peak.year} 年标准制修订记录最多${tieNote(peak, lang)}：${peak.total} 条，其中国际标准 ${international} 条。`;
  const share = international === 0 ? 'none of them international' : `${international} of them international`;
  return `${peak.year} had the most standards work${tieNote(peak, lang)}: ${plural(peak.total, 'record', 'records')}, ${share}.`;
}

/**
 * @example summarizeSeats(table, 'en') //=> 'SAC holds the most current committee seats: 2 of 3.'
 */
export function summarizeSeats(table: CountTable<string, Count>, lang: Lang): string {
  const peaks = peakRows(table);
  const first = peaks[0];
  if (first === undefined) return lang === 'zh' ? '暂无现任技术组织职务。' : 'No committee seats are currently held.';
  const bodies = LISTS[lang].format(peaks.flatMap((i) => table.rows[i] ?? []));
  const most = rowTotal(table, first);
  const all = grandTotal(table);
  if (lang === 'zh') {
    return peaks.length > 1
      ? `${bodies}的现任技术组织职务并列最多：各 ${most} 个，共 ${all} 个。`
      : `${bodies}的现任技术组织职务最多：${most} 个，共 ${all} 个。`;
  }
  return peaks.length > 1
    ? `${bodies} hold the most current committee seats: ${most} each, of ${all}.`
    : `${bodies} holds the most current committee seats: ${most} of ${all}.`;
}

/**
 * @example summarizeAwardOutcomes(table, 'en') //=> '2025 had the most public award results: 3, including 1 winner.'
 */
export function summarizeAwardOutcomes(table: CountTable<number, NominationOutcome>, lang: Lang): string {
  const peak = latestPeak(table);
  if (!peak) return lang === 'zh' ? '暂无公开的评奖结果。' : 'No award results are public yet.';
  const winners = cell(table, peak.index, 'winner');
  if (lang === 'zh') return `${peak.year} 年公开的评奖结果最多${tieNote(peak, lang)}：${peak.total} 条，其中${NOMINATION_OUTCOMES.winner.zh} ${winners} 条。`;
  return `${peak.year} had the most public award results${tieNote(peak, lang)}: ${peak.total}, including ${plural(winners, 'winner', 'winners')}.`;
}

/** The name of a tier row in a language. */
export function tierLabel(row: TierRow, lang: Lang): string {
  return row === NO_TIER ? STATS_UI.noTier[lang] : (labelFor(SERVICE_TIERS, row)?.[lang] ?? row);
}

/**
 * @example summarizeTiers(table, 'en') //=> 'Growth is the largest service tier: 2 of 4 enterprises.'
 */
export function summarizeTiers(table: CountTable<TierRow, Count>, lang: Lang): string {
  const peaks = peakRows(table);
  const first = peaks[0];
  if (first === undefined) return lang === 'zh' ? '暂无企业。' : 'No enterprises yet.';
  const rows = peaks.flatMap((i) => table.rows[i] ?? []);
  const names = LISTS[lang].format(rows.map((row) => tierLabel(row, lang)));
  const most = rowTotal(table, first);
  const all = grandTotal(table);
  if (lang === 'zh') {
    return peaks.length > 1 ? `${names}企业并列最多：各 ${most} 家，共 ${all} 家。` : `${names}企业最多：${most} 家，共 ${all} 家。`;
  }
  if (peaks.length > 1) return `${names} are the largest service tiers: ${most} enterprises each, of ${all}.`;
  return rows[0] === NO_TIER
    ? `Enterprises without a service tier are the largest group: ${most} of ${all}.`
    : `${names} is the largest service tier: ${most} of ${all} enterprises.`;
}
