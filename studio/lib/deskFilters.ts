/**
 * The GROQ filters behind the desk's lists, as data: the structure (structure.ts) shows them,
 * unit tests run them with groq-js over the embedded dataset, and the browser test compares
 * the counts staff see. Every filter is over one document type (`$type` or a literal).
 */
import type { RelationType } from '../../site/lib/domain/model.ts';

/** A list's filter and its parameters. */
export interface DeskFilter {
  readonly filter: string;
  readonly params: Readonly<Record<string, string | number | readonly string[]>>;
}

/** Relation records still `entered` (or with no status at all): the "to verify" lists. */
export function toVerifyFilter(type: RelationType): DeskFilter {
  return { filter: '_type == $type && coalesce(verification.status, "entered") != "verified"', params: { type } };
}

/**
 * Relation records verified in a draft that is not published yet (核验通过 clicked, 发布 not):
 * the 已核验未发布 list, so no verified record is stranded off the site. The desk's lists run in
 * the `drafts` perspective, where a draft stands under its published id and `_originalId` keeps
 * the `drafts.` id; `_id` covers the `raw` perspective.
 */
export function verifiedUnpublishedFilter(types: readonly RelationType[]): DeskFilter {
  return {
    filter: '_type in $types && verification.status == "verified" && (_id in path("drafts.**") || _originalId in path("drafts.**"))',
    params: { types },
  };
}

/** Enterprises of one service tier, or with none (`null`: staff still have to classify them). */
export function enterprisesByTierFilter(tier: string | null): DeskFilter {
  return tier === null
    ? { filter: '_type == "enterprise" && !defined(serviceTier)', params: {} }
    : { filter: '_type == "enterprise" && serviceTier == $tier', params: { tier } };
}

/** Standards of one level. */
export function standardsByLevelFilter(level: string): DeskFilter {
  return { filter: '_type == "standard" && level == $level', params: { level } };
}

/** Standards at one stage. */
export function standardsByStageFilter(stage: string): DeskFilter {
  return { filter: '_type == "standard" && stage == $stage', params: { stage } };
}

/** Nominations for one award in one year. */
export function nominationsByAwardYearFilter(awardId: string, year: number): DeskFilter {
  return { filter: '_type == "nomination" && award._ref == $awardId && year == $year', params: { awardId, year } };
}

/** Days before the deadline from which an open programme counts as closing soon. */
export const CLOSING_SOON_DAYS = 30;

/** Where a support programme stands on a given day. */
export type ProgramStatus = 'open' | 'closingSoon' | 'upcoming' | 'closed';

/** Chinese titles of the programme status lists, in display order. */
export const PROGRAM_STATUS_TITLES: Readonly<Record<ProgramStatus, string>> = {
  open: '申报中',
  closingSoon: `${CLOSING_SOON_DAYS} 天内截止`,
  upcoming: '尚未开始',
  closed: '已截止',
};

/**
 * `day` plus `days` calendar days, both `YYYY-MM-DD`.
 * @example addDays('2026-11-28', 30) //=> '2026-12-28'
 */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Programmes by status on `today` (`YYYY-MM-DD`; dates compare as strings). A programme with
 * no opening date is open until it closes (standing services); `closingSoon` is the part of
 * `open` whose deadline is within CLOSING_SOON_DAYS.
 */
export function programsByStatusFilter(status: ProgramStatus, today: string): DeskFilter {
  const open = '(!defined(opensOn) || opensOn <= $today) && (!defined(closesOn) || closesOn >= $today)';
  switch (status) {
    case 'open':
      return { filter: `_type == "supportProgram" && ${open}`, params: { today } };
    case 'closingSoon':
      return {
        filter: `_type == "supportProgram" && ${open} && defined(closesOn) && closesOn <= $soon`,
        params: { today, soon: addDays(today, CLOSING_SOON_DAYS) },
      };
    case 'upcoming':
      return { filter: '_type == "supportProgram" && opensOn > $today', params: { today } };
    case 'closed':
      return { filter: '_type == "supportProgram" && closesOn < $today', params: { today } };
  }
}

/** The years that have nominations for an award (query), shown newest first with this year. */
export const NOMINATION_YEARS_QUERY = '*[_type == "nomination" && award._ref == $awardId].year';

/**
 * The years of an award's year list: those with nominations plus the current one (where new
 * nominations go), newest first.
 * @example nominationYears([2023, 2021, 2023], 2026) //=> [2026, 2023, 2021]
 */
export function nominationYears(years: readonly unknown[], currentYear: number): number[] {
  const set = new Set<number>([currentYear]);
  for (const year of years) if (typeof year === 'number' && Number.isInteger(year)) set.add(year);
  return [...set].sort((a, b) => b - a);
}

/** Whole days from `today` to `day`, both `YYYY-MM-DD` (negative when `day` has passed). */
export function daysUntil(day: string, today: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * A programme's deadline in the desk's words, as of `today`.
 * @example deadlineWords('2026-12-15', '2026-12-03') //=> '截止 2026-12-15（还剩 12 天）'
 * @example deadlineWords('2026-12-03', '2026-12-03') //=> '今天截止'
 * @example deadlineWords('2026-11-30', '2026-12-03') //=> '已于 2026-11-30 截止'
 */
export function deadlineWords(closesOn: string | undefined, today: string): string | undefined {
  if (!closesOn) return undefined;
  const days = daysUntil(closesOn, today);
  if (days < 0) return `已于 ${closesOn} 截止`;
  if (days === 0) return '今天截止';
  return `截止 ${closesOn}（还剩 ${days} 天）`;
}

/** Programme lists: nearest deadline first; standing programmes (no deadline) last. */
export const BY_DEADLINE = [{ field: 'closesOn', direction: 'asc' }] as const;
