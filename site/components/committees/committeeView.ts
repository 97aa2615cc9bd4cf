/**
 * What the committee pages show, computed once from the joined register: the committees
 * grouped by level, seats in reading order, tenure text. Pure, unit-tested.
 */
import type { Committee, CommitteeRole } from '../../lib/data/register.ts';
import { COMMITTEE_ROLES, STANDARD_LEVELS, valuesOf, type StandardLevel } from '../../lib/domain/vocabulary.ts';
import { formatDate } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/locales.ts';
import { COMMITTEES_UI } from '../../lib/i18n/strings/committees.ts';

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
    (a, b) =>
      Number(b.current) - Number(a.current) ||
      rank(a) - rank(b) ||
      (a.since ?? '').localeCompare(b.since ?? '') ||
      a._id.localeCompare(b._id),
  );
}

/**
 * A tenure in words.
 * @example formatTenure({since: '2020-09-01', until: null}, 'en') //=> 'since 2020-09-01'
 * @example formatTenure({since: '2020-09-01', until: '2023-08-31'}, 'zh') //=> '2020-09-01 至 2023-08-31'
 */
export function formatTenure(role: { readonly since?: string | null; readonly until?: string | null }, lang: Lang): string {
  const since = formatDate(role.since);
  if (!role.until) return since ? COMMITTEES_UI.tenureSince[lang].replace('{since}', since) : '';
  return COMMITTEES_UI.tenureRange[lang].replace('{since}', since).replace('{until}', formatDate(role.until));
}
