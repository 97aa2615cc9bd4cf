/**
 * Turns the shared domain rule functions (site/lib/domain, `RuleIssue[]`) into Sanity
 * validation rules, so the Studio and the build's content check report the same findings.
 *
 * `Rule.custom` cannot give each returned message its own level, so one rule function becomes
 * two rules: one returning its errors (these block publishing) and one, marked `.warning()`,
 * returning its warnings (shown, not blocking). Staff see the Chinese message.
 */
import type { CustomValidatorResult, RuleDef, ValidationContext, ValidationError } from 'sanity';
import type { RuleIssue } from '../../site/lib/domain/issue.ts';

type IssueLevel = RuleIssue['level'];

/** A shared rule applied to a present value; `context.document` gives the rest of the document. */
export type IssueCheck<V> = (value: V, context: ValidationContext) => readonly RuleIssue[];

/**
 * The messages of one level in the shape `Rule.custom` expects: `true` when there are none.
 * @example issuesToResult([ruleError('错', 'wrong')], 'error') //=> '错'
 * @example issuesToResult([ruleError('错', 'wrong')], 'warning') //=> true
 */
export function issuesToResult(issues: readonly RuleIssue[], level: IssueLevel): CustomValidatorResult {
  const messages: ValidationError[] = issues.filter((issue) => issue.level === level).map((issue) => ({ message: issue.message.zh }));
  const [first] = messages;
  if (first === undefined) return true;
  return messages.length === 1 ? first.message : messages;
}

/**
 * Two rules from one shared rule function: its errors, and its warnings as `.warning()`.
 * Missing values pass (whether a value is required is the `required()` rule's business).
 */
export function ruleIssues<R extends RuleDef<R, V>, V>(rule: R, check: IssueCheck<V>): R[] {
  const validatorFor =
    (level: IssueLevel) =>
    (value: V | undefined, context: ValidationContext): CustomValidatorResult =>
      value === undefined || value === null ? true : issuesToResult(check(value, context), level);
  return [rule.custom(validatorFor('error')), rule.custom(validatorFor('warning')).warning()];
}

/**
 * Two rules for one field from a rule that spans several fields: the issues whose `field` is
 * `field`. The rule reads the whole document, so each date error of checkStandardDates appears
 * next to the date it is about instead of at the top of the form.
 */
export function ruleIssuesOnField<R extends RuleDef<R, V>, V>(
  rule: R,
  field: string,
  check: (document: Readonly<Record<string, unknown>>) => readonly RuleIssue[],
): R[] {
  return ruleIssues(rule, (_value: V, context) => check(context.document ?? {}).filter((issue) => issue.field === field));
}

/** A string field of the document being validated, for rules that compare two fields. */
export function documentString(context: ValidationContext, field: string): string | undefined {
  const value: unknown = context.document?.[field];
  return typeof value === 'string' ? value : undefined;
}
