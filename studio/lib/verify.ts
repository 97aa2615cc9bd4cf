/**
 * The verification workflow as pure functions: who counts as the verifier, what the "Verify"
 * action writes, and what the badge shows. The action and the badge only wire these to the
 * Studio (studio/actions/verifyAction.ts, studio/badges/verificationBadge.ts).
 */
import type { VerificationStatus } from '../../site/lib/domain/vocabulary.ts';
import { RELATION_TYPES, type RelationType } from '../../site/lib/domain/model.ts';

/** The parts of Sanity's CurrentUser the workflow reads. */
export interface VerifierUser {
  readonly id: string;
  readonly name?: string | undefined;
  readonly email?: string | undefined;
}

/**
 * The name written into `verification.by`: the user's name, else the e-mail, else the id
 * (a user without a profile name still leaves a trace of who verified).
 * @example verifierName({ id: 'p1', name: '王芳' }) //=> '王芳'
 */
export function verifierName(user: VerifierUser): string {
  return user.name?.trim() || user.email?.trim() || user.id;
}

/** The `verification` object of a verified record. */
export interface VerifiedValue {
  readonly _type: 'verification';
  readonly status: 'verified';
  readonly by: string;
  readonly on: string;
}

/** A Sanity patch in the form `useDocumentOperation().patch.execute` takes. */
export interface SetPatch {
  readonly set: { readonly verification: VerifiedValue };
}

/**
 * The patch of the "Verify" action: the whole `verification` object at once (status, the
 * current user's name, today), so no stale `by`/`on` of an earlier verification survives.
 * @example buildVerifyPatch({ id: 'p1', name: '王芳' }, '2026-11-28')
 * //=> [{ set: { verification: { _type: 'verification', status: 'verified', by: '王芳', on: '2026-11-28' } } }]
 */
export function buildVerifyPatch(user: VerifierUser, today: string): SetPatch[] {
  return [{ set: { verification: { _type: 'verification', status: 'verified', by: verifierName(user), on: today } } }];
}

/**
 * The verification status of a record (draft or published): `verified`, or `entered` for
 * anything else — an empty status is not verified and does not reach the site.
 * @example verificationStatusOf({ verification: { status: 'verified' } }) //=> 'verified'
 */
export function verificationStatusOf(doc: Readonly<Record<string, unknown>> | null | undefined): VerificationStatus {
  const verification = doc?.['verification'];
  const status = typeof verification === 'object' && verification !== null && 'status' in verification ? verification.status : undefined;
  return status === 'verified' ? 'verified' : 'entered';
}

/** Whether a document type is a relation record, the types with the verification workflow. */
export function isRelationType(type: string): type is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(type);
}
