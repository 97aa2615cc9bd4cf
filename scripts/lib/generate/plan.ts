/**
 * How many documents of each type a scale gives. The shape follows the demonstration dataset
 * and the register's real proportions: enterprises : standards : participations :
 * committee roles : nominations ≈ 10 : 10 : 30 : 2 : 3, plus the three real awards, a
 * committee per ~500 documents and a support programme per ~1,000.
 */

/** Relative sizes of the five large types. */
export const TYPE_WEIGHTS = { enterprise: 10, standard: 10, participation: 30, committeeRole: 2, nomination: 3 } as const;

/** One technical committee per this many documents (a committee has ~20 roles and ~80 standards). */
const DOCUMENTS_PER_COMMITTEE = 500;
/** The real committees of the demonstration dataset come first, so never fewer than these. */
export const MIN_COMMITTEES = 16;
const DOCUMENTS_PER_PROGRAM = 1000;
const MIN_PROGRAMS = 5;
/** Share of documents that also exist as an unpublished `drafts.` copy (or only as a draft). */
export const DRAFT_SHARE = 0.01;
/** The three real awards (docs/design.md, "The awards"). */
const AWARD_COUNT = 3;

export interface Plan {
  readonly enterprises: number;
  readonly standards: number;
  readonly participations: number;
  readonly committeeRoles: number;
  readonly nominations: number;
  readonly committees: number;
  readonly programs: number;
  readonly drafts: number;
}

/** The smallest scale that still has every code family, stage and outcome. */
export const MIN_SCALE = 1000;

/**
 * Counts for exactly `scale` documents in all (drafts included).
 * @example planFor(55_000).enterprises //=> 9_869
 */
export function planFor(scale: number): Plan {
  if (!Number.isInteger(scale) || scale < MIN_SCALE) throw new RangeError(`scale must be a whole number of at least ${MIN_SCALE}, got ${scale}`);
  const committees = Math.max(MIN_COMMITTEES, Math.round(scale / DOCUMENTS_PER_COMMITTEE));
  const programs = Math.max(MIN_PROGRAMS, Math.round(scale / DOCUMENTS_PER_PROGRAM));
  const drafts = Math.round(scale * DRAFT_SHARE);
  const rest = scale - committees - programs - drafts - AWARD_COUNT;
  const total = Object.values(TYPE_WEIGHTS).reduce((a, b) => a + b, 0);
  const share = (weight: number): number => Math.round((rest * weight) / total);
  const enterprises = share(TYPE_WEIGHTS.enterprise);
  const standards = share(TYPE_WEIGHTS.standard);
  const committeeRoles = share(TYPE_WEIGHTS.committeeRole);
  const nominations = share(TYPE_WEIGHTS.nomination);
  return {
    enterprises,
    standards,
    // Participations take the rounding, so the documents add up to exactly `scale`.
    participations: rest - enterprises - standards - committeeRoles - nominations,
    committeeRoles,
    nominations,
    committees,
    programs,
    drafts,
  };
}
