import type { Label } from './vocabulary.ts';

/**
 * One finding of a domain rule. The message is bilingual: the Studio shows staff the Chinese
 * text, the content check and scripts print the English one. Both say how to fix it.
 */
export interface RuleIssue {
  readonly level: 'error' | 'warning';
  readonly message: Label;
  /**
   * The field the finding is about, when a rule spans several fields (e.g. `effectiveOn` of
   * checkStandardDates), so the Studio can show it next to that field.
   */
  readonly field?: string;
}

export const ruleError = (zh: string, en: string, field?: string): RuleIssue => ({ level: 'error', message: { zh, en }, ...(field === undefined ? {} : { field }) });
export const ruleWarning = (zh: string, en: string, field?: string): RuleIssue => ({ level: 'warning', message: { zh, en }, ...(field === undefined ? {} : { field }) });
