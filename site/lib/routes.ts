/**
 * Routes of the site. For now the standard permalink and the redirect paths of earlier
 * designations live here (a later refactor moves every other route here too).
 *
 * A standard keeps one permalink through its life (docs/standard-codes.md §8 row 1): the slug of
 * its *first* designation — the code it had when the record was made, which is also where its
 * `_id` comes from. A record without earlier designations is at the slug of its code, as before.
 * Every other designation (and the current code, once it differs) gets a redirect page.
 */
import { parseStandardCode, slugifyCode } from './domain/standardCode.ts';
import { foldKeepCase } from './domain/codes/parse.ts';

export interface DesignationLike {
  readonly code?: string | null;
  readonly until?: string | null;
}

export interface StandardRouteInput {
  readonly code?: string | null;
  readonly designations?: readonly DesignationLike[] | null;
}

/** The slug of one code: its canonical display's slug, or of the tidied text for an unknown family. */
export function codeSlug(code: string): string {
  return parseStandardCode(code)?.slug ?? slugifyCode(foldKeepCase(code));
}

/** Earlier designations, oldest first (by `until`; entries without a date keep their order, last). */
export function designationsOldestFirst<D extends DesignationLike>(designations: readonly D[] | null | undefined): D[] {
  return (designations ?? [])
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.until ?? '9999').localeCompare(b.d.until ?? '9999') || a.i - b.i)
    .map(({ d }) => d);
}

/**
 * The permalink slug of a standard: of its first designation, else of its code.
 * @example standardSlug({ code: 'ISO/IEC 42001:2023', designations: [{ code: 'ISO/IEC DIS 42001', until: '2023-12-18' }] }) //=> 'iso-iec-dis-42001'
 */
export function standardSlug(standard: StandardRouteInput): string {
  const first = designationsOldestFirst(standard.designations).find((d) => d.code && codeSlug(d.code) !== '');
  return codeSlug(first?.code ?? standard.code ?? '');
}

/** Slugs that redirect to the permalink: every other designation and the current code, without duplicates. */
export function standardRedirectSlugs(standard: StandardRouteInput): string[] {
  const permalink = standardSlug(standard);
  const codes = [...designationsOldestFirst(standard.designations).map((d) => d.code ?? ''), standard.code ?? ''];
  const slugs = codes.map((c) => (c ? codeSlug(c) : '')).filter((s) => s !== '' && s !== permalink);
  return [...new Set(slugs)];
}

/** Path of a standard's page, without the language prefix: `/standards/<slug>/`. */
export function standardPath(slug: string): string {
  return `/standards/${slug}/`;
}

export interface Redirect {
  /** Path without the language prefix, e.g. `/standards/iso-iec-cd-98145/`. */
  readonly from: string;
  readonly to: string;
}

/** Every redirect of earlier standard addresses, without the language prefix. */
export function standardRedirects(standards: readonly StandardRouteInput[]): Redirect[] {
  return standards.flatMap((s) => {
    const to = standardPath(standardSlug(s));
    return standardRedirectSlugs(s).map((slug) => ({ from: standardPath(slug), to }));
  });
}
