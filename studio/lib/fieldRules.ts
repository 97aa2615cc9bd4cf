/**
 * Validation rules several schema types share, with messages that say how to fix the value.
 */
import type { NumberRule, SlugRule, UrlRule } from 'sanity';

/** Web addresses staff may enter: the site links to them, so only http and https. */
export const WEB_SCHEMES = ['http', 'https'];

/** Slugs become permalinks and document ids (`<type>-<slug>`): lower-case letters, digits, hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A required URL slug in the form of SLUG_PATTERN, unique within its document type.
 *
 * One rule with one message: every rule Sanity builds for a slug field also carries its
 * built-in uniqueness check, and a rule's message replaces the messages of all its checks, so
 * separate rules would report a duplicate twice, once under the wrong message.
 */
export function slugRule(rule: SlugRule) {
  return rule
    .required()
    .custom((value) => !value?.current || SLUG_PATTERN.test(value.current) || 'malformed slug')
    .error('请填写网址标识（slug）：只用小写英文字母、数字和连字符（如 china-quality-award），且不与同类记录重复；可点击“生成”。');
}

/** An optional web address; only http/https links are accepted. */
export function webUrlRule(rule: UrlRule) {
  return rule.uri({ scheme: WEB_SCHEMES }).error('请填写以 http:// 或 https:// 开头的完整网址。');
}

/** An integer of at least `min`; `what` names the field in the message. */
export function integerAtLeast(rule: NumberRule, min: number, what: string) {
  return rule.integer().min(min).error(`${what}应为不小于 ${min} 的整数，请修改。`);
}
