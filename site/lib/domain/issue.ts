import type { Label } from './vocabulary.ts';

/**
 * What a rule says about one value (an address, a slug, an id), without knowing which field
 * holds it: the caller names the field. The message is bilingual: the Studio shows staff the
 * Chinese text, the content check and scripts print the English one. Both say how to fix it.
 */
export interface ValueIssue {
  readonly level: 'error' | 'warning';
  readonly message: Label;
}

/**
 * One finding of a domain rule about a document. `field` is the field it is about, relative
 * to the object the rule read (`code`, `effectiveOn`, `year`): the content check reports it
 * there and the Studio shows it next to that field. It is the only source of a problem's
 * field: no caller derives the field from the message.
 */
export interface RuleIssue extends ValueIssue {
  readonly field: string;
}

export const ruleError = (zh: string, en: string, field: string): RuleIssue => ({ level: 'error', message: { zh, en }, field });
export const ruleWarning = (zh: string, en: string, field: string): RuleIssue => ({ level: 'warning', message: { zh, en }, field });
export const valueError = (zh: string, en: string): ValueIssue => ({ level: 'error', message: { zh, en } });
