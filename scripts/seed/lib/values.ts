/**
 * Builders for the value shapes of Sanity's export format (docs/design.md,
 * "Content model"): references, slugs, localized text, provenance and Portable Text.
 * Each builder writes its keys in one fixed order, so the NDJSON is byte-stable.
 */
import type { VerificationStatus } from '../../../site/lib/domain/vocabulary.ts';

export interface Reference {
  readonly _type: 'reference';
  readonly _ref: string;
}
export interface KeyedReference {
  readonly _key: string;
  readonly _type: 'reference';
  readonly _ref: string;
}
export interface Slug {
  readonly _type: 'slug';
  readonly current: string;
}
export interface LocaleValue {
  readonly _type: 'localeString' | 'localeText';
  readonly zh: string;
  readonly en?: string;
}
export interface Source {
  readonly _type: 'source';
  readonly url?: string;
  readonly title?: string;
  readonly capturedOn?: string;
}
export interface Verification {
  readonly _type: 'verification';
  readonly status: VerificationStatus;
  readonly by?: string;
  readonly on?: string;
}

/**
 * A strong reference to a published document.
 * @example ref('award-china-quality-award') //=> {_type: 'reference', _ref: 'award-china-quality-award'}
 */
export function ref(id: string): Reference {
  return { _type: 'reference', _ref: id };
}

/** References in an array carry a `_key`; the target id is unique in the list, so it is the key. */
export function keyedRefs(ids: readonly string[]): KeyedReference[] {
  return ids.map((id) => ({ _key: id, _type: 'reference', _ref: id }));
}

/** @example slug('zhixin-tech') //=> {_type: 'slug', current: 'zhixin-tech'} */
export function slug(current: string): Slug {
  return { _type: 'slug', current };
}

/** A short localized string; `en` left out when there is no translation (pages fall back to zh). */
export function localeString(zh: string, en?: string): LocaleValue {
  return en === undefined ? { _type: 'localeString', zh } : { _type: 'localeString', zh, en };
}

/** A longer localized text; same fallback as localeString. */
export function localeText(zh: string, en?: string): LocaleValue {
  return en === undefined ? { _type: 'localeText', zh } : { _type: 'localeText', zh, en };
}

export function source(url: string, title: string, capturedOn: string): Source {
  return { _type: 'source', url, title, capturedOn };
}

/** Who verified a record; a record still `entered` has no verifier yet (`by`/`on` left out). */
export function verification(status: VerificationStatus, by?: string, on?: string): Verification {
  return by === undefined || on === undefined ? { _type: 'verification', status } : { _type: 'verification', status, by, on };
}

export interface Entered {
  readonly _type: 'entered';
  readonly by: string;
  readonly on: string;
}

/** Who entered a relation record and when (four eyes: never the verifier). */
export function entered(by: string, on: string): Entered {
  return { _type: 'entered', by, on };
}
