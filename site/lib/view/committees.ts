/**
 * What the committee pages show, computed once from the joined register: the committees
 * grouped by level and seats in reading order (the tenure text is i18n/format.ts's formatTenure,
 * shared with the enterprise page). Pure, unit-tested.
 */
import type { Committee, CommitteeRole } from '../data/register.ts';
import { COMMITTEE_ROLES, STANDARD_LEVELS, valuesOf, type StandardLevel } from '../domain/vocabulary.ts';

/** Codes compare with numbers in order (`SAC/TC 4` before `SAC/TC 28`), and a parent sorts before its subcommittees. */
const CODE_COLLATOR = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function compareCodes(a: { readonly code: string }, b: { readonly code: string }): number {
  return CODE_COLLATOR.compare(a.code, b.code);
}

/** A committee level, or `null` when the record has none (listed last, as "other"). */
export type CommitteeGroupKey = StandardLevel | null;

/**
 * Committees grouped by level in vocabulary order (international … group, then unlevelled),
 * each group sorted by code. Empty groups are left out.
 */
export function groupCommitteesByLevel(committees: readonly Committee[]): Array<{ readonly level: CommitteeGroupKey; readonly committees: Committee[] }> {
  const keys: CommitteeGroupKey[] = [...valuesOf(STANDARD_LEVELS), null];
  return keys
    .map((level) => ({ level, committees: committees.filter((c) => (c.level ?? null) === level).sort(compareCodes) }))
    .filter((group) => group.committees.length > 0);
}

/** Seats held now (no end date, or one on or after the build date). */
export function currentSeatCount(committee: Committee): number {
  return committee.roles.filter((r) => r.current).length;
}

const ROLE_ORDER = valuesOf(COMMITTEE_ROLES);

/**
 * Seats in reading order: current before past, then by role weight (secretariat, chair …
 * member, the vocabulary's order), then the longest-serving first; the record id breaks ties
 * so the order never depends on the input.
 */
export function sortSeats(roles: readonly CommitteeRole[]): CommitteeRole[] {
  const rank = (r: CommitteeRole) => (r.role ? ROLE_ORDER.indexOf(r.role) : ROLE_ORDER.length);
  return [...roles].sort(
    (a, b) => Number(b.current) - Number(a.current) || rank(a) - rank(b) || (a.since ?? '').localeCompare(b.since ?? '') || a._id.localeCompare(b._id),
  );
}
