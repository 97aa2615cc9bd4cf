/**
 * Calendar facts, once: what a date is (`YYYY-MM-DD`, a day that exists), and the bounds of
 * every year the register holds. Years become page addresses (`/awards/{slug}/{year}/`),
 * chart axes and table rows, so a typo (`20225`) or a float (`1e21`) must be refused where it
 * is entered, not found in a 7 MB statistics page.
 *
 * - A nomination's year lies on its award's cycle (`firstYear + k × cycleYears`), not before
 *   the first session, and not after next year; a winner's or nominee's year not after the
 *   build date (an award is announced, then published).
 * - A participation's year (the standard's drafting year) and an award's first year lie
 *   between 1900 and next year.
 */
import { ruleError, type RuleIssue } from './issue.ts';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is written `YYYY-MM-DD` (whether or not the day exists). */
export const looksLikeIsoDate = (value: unknown): value is string => typeof value === 'string' && DATE_PATTERN.test(value);

/**
 * A real calendar date written `YYYY-MM-DD`.
 * @example isIsoDate('2024-02-29') //=> true
 * @example isIsoDate('2024-02-30') //=> false
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31);
}

/** The earliest year any record may carry. */
export const MIN_YEAR = 1900;

/** The year of a `YYYY-MM-DD` date. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The latest year a record may carry on `today`: next year (plans and upcoming sessions). */
export const maxYear = (today: string): number => yearOf(today) + 1;

const whole = (year: number): boolean => Number.isSafeInteger(year);

/**
 * A year between MIN_YEAR and next year. `what` names the field in the message.
 * @example yearIssue(20225, '2026-11-28', 'year')?.message.en // "year 20225 is after 2027 …"
 */
export function yearIssue(year: number, today: string, what: string, min: number = MIN_YEAR): RuleIssue | undefined {
  const max = maxYear(today);
  if (!whole(year) || year > max) {
    return ruleError(
      `${what} ${year} 晚于 ${max} 年（明年）。请核对年份，例如 2024。`,
      `${what} ${year} is after ${max} (next year). Check the year, e.g. 2024.`,
      what,
    );
  }
  if (year < min) return ruleError(`${what} ${year} 早于 ${min} 年。请核对年份。`, `${what} ${year} is before ${min}. Check the year.`, what);
  return undefined;
}

export interface AwardCycle {
  readonly firstYear?: number | null | undefined;
  readonly cycleYears?: number | null | undefined;
}

/** Outcomes announced at a session: they cannot lie after the build date. */
const ANNOUNCED = new Set(['winner', 'nominee']);

/**
 * The year of a nomination against its award's cycle and the build date.
 * @example nominationYearIssues(2025, 'winner', { firstYear: 2016, cycleYears: 2 }, '2026-11-28')[0]?.message.en
 * //=> 'year 2025 is not a session of this award: it is held every 2 years from 2016 (…, 2024, 2026, …). Correct the year.'
 */
export function nominationYearIssues(year: number, outcome: string | undefined, award: AwardCycle | undefined, today: string): RuleIssue[] {
  const first = award?.firstYear ?? undefined;
  const bound = yearIssue(year, today, 'year', first ?? MIN_YEAR);
  if (bound) {
    if (first !== undefined && whole(year) && year < first) {
      return [
        ruleError(
          `年份 ${year} 早于该奖项首届（${first} 年）。请核对年份。`,
          `year ${year} is before the award's first session (${first}). Check the year.`,
          'year',
        ),
      ];
    }
    return [bound];
  }
  const issues: RuleIssue[] = [];
  const cycle = award?.cycleYears ?? undefined;
  if (first !== undefined && cycle !== undefined && cycle > 1 && (year - first) % cycle !== 0) {
    const before = year - ((((year - first) % cycle) + cycle) % cycle);
    issues.push(
      ruleError(
        `年份 ${year} 不是该奖项的评选年：自 ${first} 年起每 ${cycle} 年一届（…、${before}、${before + cycle}、…）。请核对年份。`,
        `year ${year} is not a session of this award: it is held every ${cycle} years from ${first} (…, ${before}, ${before + cycle}, …). Correct the year.`,
        'year',
      ),
    );
  }
  if (outcome !== undefined && ANNOUNCED.has(outcome) && year > yearOf(today)) {
    issues.push(
      ruleError(
        `结果为“${outcome}”，但年份 ${year} 晚于今天（${today}）：尚未评出的届次不能有获奖结果。请核对年份或结果。`,
        `outcome is "${outcome}" but year ${year} lies after today (${today}): a session not yet decided has no ${outcome}. Check the year or the outcome.`,
        'year',
      ),
    );
  }
  return issues;
}
