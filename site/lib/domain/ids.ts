/**
 * Document ids, by Sanity's own rules (the ones @sanity/client enforces before it sends a
 * mutation, and the Content Lake after): letters, digits, `_`, `-` and `.`, not starting with
 * `-`, at most 128 characters, no empty path segment. A dot makes a path: `drafts.<id>` is a
 * draft, `versions.<release>.<id>` a release version, any other dotted id is private.
 *
 * A published id here is `<type>-<slug>`: no dot, and short enough that its draft
 * (`drafts.<id>`, which the Studio creates on the first edit) is still a valid id.
 */
import { valueError, type ValueIssue } from './issue.ts';

/** Sanity's limit on `_id`. */
export const MAX_ID_LENGTH = 128;
export const DRAFT_PREFIX = 'drafts.';
export const VERSION_PREFIX = 'versions.';
/** 121: `drafts.` + the published id must fit in MAX_ID_LENGTH. */
export const MAX_PUBLISHED_ID_LENGTH = MAX_ID_LENGTH - DRAFT_PREFIX.length;

/** Published ids: `<type>-<slug>`; no dots, no leading `-`. */
export const PUBLISHED_ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;

/** Sanity's own test of any id (drafts and versions included), as in @sanity/client. */
export function isSanityId(id: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(id) && !id.includes('..') && !/\.(?:-|$)/.test(id);
}

/**
 * Why `id` cannot be the id of a published document, or undefined. `id` is the published
 * part (without `drafts.`). The message is a predicate: callers put `_id "…"` before it.
 * @example publishedIdIssue('-enterprise-x')?.message.en // "… starts with "-" …"
 */
export function publishedIdIssue(id: string): ValueIssue | undefined {
  const use = 'Use "<type>-<slug>" with letters, digits, "-" and "_".';
  const useZh = '请使用“<类型>-<slug>”形式，只含字母、数字、“-”和“_”。';
  if (id.length > MAX_PUBLISHED_ID_LENGTH) {
    return valueError(
      `长 ${id.length} 个字符；Sanity 的上限是 ${MAX_ID_LENGTH}，草稿 id（drafts.<id>）也要放得下，所以最多 ${MAX_PUBLISHED_ID_LENGTH} 个字符。请缩短 slug。`,
      `is ${id.length} characters long; Sanity allows ${MAX_ID_LENGTH}, and its draft id (drafts.<id>) must fit too, so at most ${MAX_PUBLISHED_ID_LENGTH}. Shorten the slug.`,
    );
  }
  if (id.includes('.')) {
    return valueError(
      `含有“.”，Sanity 会把它当作私有路径；只有“drafts.<id>”可以有点。${useZh}`,
      `contains a dot, which Sanity treats as a private path; only "drafts.<id>" may have one. ${use}`,
    );
  }
  if (id.startsWith('-')) {
    return valueError(`以“-”开头，Sanity 不接受这样的 id。${useZh}`, `starts with "-", which Sanity does not accept. ${use}`);
  }
  if (!PUBLISHED_ID_PATTERN.test(id)) {
    return valueError(`含有 Sanity 不允许的字符。${useZh}`, `has characters Sanity does not allow in ids. ${use}`);
  }
  return undefined;
}

/**
 * Why a document id (published, `drafts.<id>` or `versions.<release>.<id>`) is not valid, or
 * undefined. `base` is the published id behind it. A draft's length counts in full.
 * @example documentIdIssue(`drafts.${'a'.repeat(122)}`, 'a'.repeat(122))?.message.en // "is 129 characters long …"
 */
export function documentIdIssue(id: string, base: string): ValueIssue | undefined {
  if (id !== base && id.length > MAX_ID_LENGTH) {
    return valueError(
      `长 ${id.length} 个字符，超过 Sanity 的上限 ${MAX_ID_LENGTH}。请缩短 slug。`,
      `is ${id.length} characters long; Sanity allows ${MAX_ID_LENGTH}. Shorten the slug.`,
    );
  }
  return publishedIdIssue(base);
}
