/**
 * Readable fixed ids, `<type>-<slug>` (docs/design.md, "IDs"). No dots: Sanity reads a dotted id as
 * a private path. Code-derived slugs come from the shared normalizer, so the id of a standard
 * is the same wherever its code is written.
 */
import { parseStandardCode, slugifyCode } from '../../../site/lib/domain/standardCode.ts';

/** Slug of a stored standard code (`T/CESA 9101—2023` → `t-cesa-9101-2023`). */
export function standardSlug(code: string): string {
  const parsed = parseStandardCode(code);
  if (!parsed) throw new Error(`not a recognized standard code: ${code}`);
  return parsed.slug;
}

export const enterpriseId = (slug: string): string => `enterprise-${slug}`;
export const standardId = (code: string): string => `standard-${standardSlug(code)}`;
/** `<type>-<slug>` like every id (docs/design.md): `technicalCommittee-iso-iec-jtc-1-sc-41`. */
export const committeeId = (code: string): string => `technicalCommittee-${slugifyCode(code)}`;
export const awardId = (slug: string): string => `award-${slug}`;
export const programId = (slug: string): string => `supportProgram-${slug}`;
export const participationId = (code: string, enterprise: string, role: string): string => `participation-${standardSlug(code)}-${enterprise}-${role}`;
export const committeeRoleId = (code: string, enterprise: string, role: string): string => `committeeRole-${slugifyCode(code)}-${enterprise}-${role}`;
export const nominationId = (award: string, year: number, enterprise: string): string => `nomination-${award}-${year}-${enterprise}`;
