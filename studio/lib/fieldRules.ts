/**
 * Validation rules several schema types share, with messages that say how to fix the value.
 */
import type { NumberRule, SlugRule, UrlRule } from 'sanity';
import { linkIssue, WEB_SCHEMES } from '../../site/lib/domain/links.ts';
import { slugIssue } from '../../site/lib/domain/slugs.ts';

/** Web addresses staff may enter (site/lib/domain/links.ts): the site links to them, so only http and https. */
export { WEB_SCHEMES };

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
    .custom((value) => !value?.current || slugIssue(value.current) === undefined || 'malformed slug')
    .error('请填写网址标识（slug）：只用小写英文字母、数字和连字符（如 china-quality-award），不超过 96 个字符，且不与同类记录重复；可点击“生成”。');
}

/**
 * An optional web address, by the site's one link policy (site/lib/domain/links.ts): http(s)
 * only (Sanity's own scheme check, one message), and beyond the scheme whatever else the
 * page would drop — a user name or password, spaces, an address over 2,048 characters.
 */
export function webUrlRule(rule: UrlRule) {
  // One rule, one message: a url field always carries Sanity's own scheme check, which a second rule would repeat.
  return rule
    .uri({ scheme: [...WEB_SCHEMES] })
    .custom(linkBeyondScheme)
    .error(WEB_URL_MESSAGE);
}

/** The message of every refused address (scheme, credentials, spaces, length). */
export const WEB_URL_MESSAGE = '请填写以 http:// 或 https:// 开头的完整网址（不含用户名、密码或空格）。';

/** The link policy's findings for an http(s) address (other schemes are the `uri` rule's). */
export function linkBeyondScheme(value: string | undefined): true | string {
  if (!value || !/^https?:/i.test(value)) return true;
  return linkIssue(value)?.message.zh ?? true;
}

/** An integer of at least `min`; `what` names the field in the message. */
export function integerAtLeast(rule: NumberRule, min: number, what: string) {
  return rule.integer().min(min).error(`${what}应为不小于 ${min} 的整数，请修改。`);
}
