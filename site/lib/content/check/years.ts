/**
 * Years against their bounds (../../domain/calendar.ts): a nomination's year on its award's
 * cycle and, for a winner or nominee, not after the build date; a participation's year and an
 * award's first year between 1900 and next year. Runs after the shape pass, over the
 * documents whose year fields are whole numbers (others already have an error).
 */
import { nominationYearIssues, yearIssue, type AwardCycle } from '../../domain/calendar.ts';
import type { RuleIssue } from '../../domain/issue.ts';
import type { SanityDocumentLike } from '../problem.ts';

export interface YearSubject {
  readonly id: string | undefined;
  readonly type: string;
  readonly doc: SanityDocumentLike;
}

const wholeNumber = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) ? value : undefined);
const positive = (value: unknown): number | undefined => {
  const n = wholeNumber(value);
  return n !== undefined && n >= 1 && n <= 100 ? n : undefined;
};

/** Every year problem, in the order of `subjects`; `report` places it. */
export function checkYears<S extends YearSubject>(subjects: readonly S[], today: string, report: (subject: S, issue: RuleIssue) => void): void {
  const awards = new Map<string, AwardCycle>();
  for (const s of subjects) {
    if (s.type !== 'award' || s.id === undefined) continue;
    const firstYear = wholeNumber(s.doc['firstYear']);
    const cycle = { firstYear: firstYear !== undefined && yearIssue(firstYear, today, 'firstYear') === undefined ? firstYear : undefined, cycleYears: positive(s.doc['cycleYears']) };
    awards.set(s.id, cycle);
    awards.set(`drafts.${s.id}`, cycle);
  }
  for (const s of subjects) {
    if (s.type === 'award') {
      const firstYear = wholeNumber(s.doc['firstYear']);
      const issue = firstYear === undefined ? undefined : yearIssue(firstYear, today, 'firstYear');
      if (issue) report(s, issue);
    } else if (s.type === 'participation') {
      const year = wholeNumber(s.doc['year']);
      // The lower bound (1947, the first ISO standards) is the model's `min`.
      const issue = year === undefined ? undefined : yearIssue(year, today, 'year', Number.NEGATIVE_INFINITY);
      if (issue) report(s, issue);
    } else if (s.type === 'nomination') {
      const year = wholeNumber(s.doc['year']);
      if (year === undefined) continue;
      const award = s.doc['award'];
      const ref = typeof award === 'object' && award !== null && typeof (award as { _ref?: unknown })._ref === 'string' ? (award as { _ref: string })._ref : undefined;
      const outcome = typeof s.doc['outcome'] === 'string' ? s.doc['outcome'] : undefined;
      for (const issue of nominationYearIssues(year, outcome, ref === undefined ? undefined : awards.get(ref), today)) report(s, issue);
    }
  }
}
