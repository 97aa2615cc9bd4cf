/**
 * What may leave the build (docs/design.md, "Visibility"). The data layer's join
 * (data/loadRegister.ts) applies these rules and nothing else decides visibility; the Studio,
 * the content check and the scripts use the same id rules.
 */
import { DRAFT_PREFIX, VERSION_PREFIX } from './ids.ts';
import type { NominationOutcome, VerificationStatus } from './vocabulary.ts';

/** Outcomes the public may see. `not-awarded`, `withdrawn` and `revoked` stay internal. */
export const PUBLIC_OUTCOMES: ReadonlySet<NominationOutcome> = new Set(['winner', 'nominee', 'shortlisted', 'recommended']);

/**
 * Fields that exist for staff only and never reach a page, JSON file or index: no projection of
 * the data layer's query (data/queries.ts) names them, so the build never holds them
 * (tests/unit/dataset/privacy.test.ts checks the loaded register).
 */
export const INTERNAL_FIELDS = ['internalNotes'] as const;

/**
 * The published id behind a draft or release version: `drafts.x` and `versions.r.x` → `x`;
 * any other id is its own published id.
 * @example publishedIdOf('versions.r1.enterprise-acme') //=> 'enterprise-acme'
 */
export function publishedIdOf(id: string): string {
  if (id.startsWith(DRAFT_PREFIX)) return id.slice(DRAFT_PREFIX.length);
  if (id.startsWith(VERSION_PREFIX)) {
    const dot = id.indexOf('.', VERSION_PREFIX.length);
    return dot < 0 ? id : id.slice(dot + 1);
  }
  return id;
}

/** A release version (`versions.<release>.<id>`): not a document of its own. */
export const isVersionId = (id: string): boolean => id.startsWith(VERSION_PREFIX);

/** The draft id of a published id. */
export const draftIdOf = (id: string): string => `${DRAFT_PREFIX}${publishedIdOf(id)}`;

/**
 * A published id has no dot: Sanity treats every dotted id as a private path — drafts
 * (`drafts.<id>`), release versions (`versions.<release>.<id>`), `system.*` documents.
 * @example isPublishedId('drafts.enterprise-acme') //=> false
 */
export function isPublishedId(id: string): boolean {
  return !id.includes('.');
}

/** A relation record (participation, committee role, nomination) is public only once verified. */
export function isVerified(record: { readonly verification?: { readonly status?: VerificationStatus | string | null } | null }): boolean {
  return record.verification?.status === 'verified';
}

/** A nomination is public when verified and its outcome is one of PUBLIC_OUTCOMES. */
export function isPublicNomination(record: { readonly outcome?: string | null; readonly verification?: { readonly status?: string | null } | null }): boolean {
  return isVerified(record) && PUBLIC_OUTCOMES.has(record.outcome as NominationOutcome);
}
