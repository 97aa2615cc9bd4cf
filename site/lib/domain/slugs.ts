/**
 * Slugs become directory names of the built site (`/enterprises/{slug}/index.html`) and part
 * of document ids: lowercase ASCII words joined by single hyphens, at most MAX_SLUG_LENGTH
 * characters — file systems refuse names over 255 bytes (ENAMETOOLONG), and no real name
 * needs more. Standard and committee pages take their slug from the code (standardCode.ts),
 * under the same length cap.
 */
import { ruleError, valueError, type RuleIssue, type ValueIssue } from './issue.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 96;

/**
 * Why `slug` cannot be a page address, or undefined.
 * @example slugIssue('Acme Tech')?.message.en // "… is not a slug …"
 */
export function slugIssue(slug: string): ValueIssue | undefined {
  if (slug.length > MAX_SLUG_LENGTH) {
    return valueError(
      `slug 长 ${slug.length} 个字符，超过上限 ${MAX_SLUG_LENGTH}（它是网页的目录名）。请缩短，例如只用简称。`,
      `it is ${slug.length} characters long, over the limit of ${MAX_SLUG_LENGTH} (it becomes a directory name of the site). Shorten it, e.g. to the short name.`,
    );
  }
  if (!SLUG_PATTERN.test(slug)) {
    return valueError(
      'slug 只能使用小写英文字母、数字和单个连字符（不能有空格、大写、中文，首尾不能是连字符），如 acme-tech。',
      'use only lowercase a-z, digits and single "-" between words (no spaces, capitals, Chinese or leading/trailing "-"), e.g. "acme-tech".',
    );
  }
  return undefined;
}

/**
 * A page slug derived from a code (standard, committee) that is too long for a directory name.
 * @example codeSlugIssue('x'.repeat(200))?.message.en // "… gives a page slug of 200 characters …"
 */
export function codeSlugIssue(slug: string): RuleIssue | undefined {
  if (slug.length <= MAX_SLUG_LENGTH) return undefined;
  return ruleError(
    `编号生成的网页标识长 ${slug.length} 个字符，超过上限 ${MAX_SLUG_LENGTH}。请只填写正式编号本身。`,
    `code gives a page slug of ${slug.length} characters, over the limit of ${MAX_SLUG_LENGTH} (it becomes a directory name of the site). Write only the official code.`,
    'code',
  );
}
