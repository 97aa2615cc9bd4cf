import type { Label } from './vocabulary.ts';

/**
 * One finding of a domain rule. The message is bilingual: the Studio shows staff the Chinese
 * text, the content check and scripts print the English one. Both say how to fix it.
 */
export interface RuleIssue {
  readonly level: 'error' | 'warning';
  readonly message: Label;
}

export const ruleError = (zh: string, en: string): RuleIssue => ({ level: 'error', message: { zh, en } });
export const ruleWarning = (zh: string, en: string): RuleIssue => ({ level: 'warning', message: { zh, en } });
