/**
 * Year fields in the Studio, from the same rules the content check runs
 * (site/lib/domain/calendar.ts): between 1900 and next year; a nomination's year on its
 * award's cycle, and a winner's or nominee's not after today. Staff see the Chinese message.
 */
import type { CustomValidatorResult, ValidationContext } from 'sanity';
import { nominationYearIssues, yearIssue, type AwardCycle } from '../../site/lib/domain/calendar.ts';
import { todayInBeijing } from '../../site/lib/domain/dates.ts';
import { issuesToResult } from './ruleAdapter.ts';
import { UNIQUENESS_API_VERSION } from './uniqueness.ts';

/** `Rule.custom` for a year between `min` and next year. */
export function yearBetween(min: number) {
  return (year: number | undefined): CustomValidatorResult => {
    if (year === undefined || year === null) return true;
    const issue = yearIssue(year, todayInBeijing(), '年份', min);
    return issue ? issue.message.zh : true;
  };
}

/** `Rule.custom` for `nomination.year`: on the award's cycle, not a decided session in the future. */
export async function nominationYear(year: number | undefined, context: ValidationContext): Promise<CustomValidatorResult> {
  if (year === undefined || year === null) return true;
  const document = context.document as { award?: { _ref?: unknown }; outcome?: unknown } | undefined;
  const ref = typeof document?.award?._ref === 'string' ? document.award._ref : undefined;
  let award: AwardCycle | undefined;
  if (ref !== undefined) {
    const client = context.getClient({ apiVersion: UNIQUENESS_API_VERSION });
    award = (await client.fetch<AwardCycle | null>('*[_id == $id][0]{firstYear, cycleYears}', { id: ref })) ?? undefined;
  }
  const outcome = typeof document?.outcome === 'string' ? document.outcome : undefined;
  return issuesToResult(nominationYearIssues(year, outcome, award, todayInBeijing()), 'error');
}
