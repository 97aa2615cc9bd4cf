/**
 * Validation rules several schema types share, with messages that say how to fix the value.
 */
import type { NumberRule, SlugRule, UrlRule } from 'sanity';

/** Web addresses staff may enter: the site links to them, so only http and https. */
export const WEB_SCHEMES = ['http', 'https'];

/** Slugs become permalinks and document ids (`<type>-<slug>`): lower-case letters, digits, hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A required URL slug in the form of SLUG_PATTERN. */
export function slugRule(rule: SlugRule) {
  return [
    rule.required().error('请填写网址标识（slug）：点击“生成”，或输入小写英文字母、数字和连字符。'),
    rule.custom((value) =>
      !value?.current || SLUG_PATTERN.test(value.current)
        ? true
        : `网址标识“${value.current}”只能包含小写英文字母、数字和单个连字符（如 lenovo、china-quality-award），请修改。`,
    ),
  ];
}

/** An optional web address; only http/https links are accepted. */
export function webUrlRule(rule: UrlRule) {
  return rule.uri({ scheme: WEB_SCHEMES }).error('请填写以 http:// 或 https:// 开头的完整网址。');
}

/** An integer of at least `min`; `what` names the field in the message. */
export function integerAtLeast(rule: NumberRule, min: number, what: string) {
  return rule.integer().min(min).error(`${what}应为不小于 ${min} 的整数，请修改。`);
}
