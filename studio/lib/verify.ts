/**
 * The verification workflow's Studio side: the rule itself (four eyes, a source) is
 * site/lib/domain/fourEyes.ts; this file adds the badge status, the office's setting and which
 * types have the workflow. The actions only wire these to the Studio
 * (studio/actions/verifyAction.ts, studio/badges/verificationBadge.ts).
 */
import { fourEyesSettingsFrom, staffName, verifyPatch, type FourEyesSettings } from '../../site/lib/domain/fourEyes.ts';
import type { VerificationStatus } from '../../site/lib/domain/vocabulary.ts';
import { RELATION_TYPES, type RelationType } from '../../site/lib/domain/model.ts';
import { allowSelfVerification } from './env.ts';

/** The name written into `verification.by` (fourEyes.staffName). */
export const verifierName = staffName;

/** The patch of the Verify action (fourEyes.verifyPatch): `verification` as a whole, `entered` untouched. */
export const buildVerifyPatch = verifyPatch;

/** The office's four-eyes setting, compiled into the Studio (SANITY_STUDIO_ALLOW_SELF_VERIFICATION). */
export const FOUR_EYES_SETTINGS: FourEyesSettings = fourEyesSettingsFrom(allowSelfVerification);

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
