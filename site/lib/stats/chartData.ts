/**
 * The data of each statistics chart, from the joined register. Pure: the same register gives
 * the same tables, so the unit tests can assert exact counts.
 */
import type { Register } from '../data/register.ts';
import {
  NOMINATION_OUTCOMES,
  SERVICE_TIERS,
  STANDARD_LEVELS,
  valuesOf,
  type NominationOutcome,
  type ServiceTier,
  type StandardLevel,
} from '../domain/vocabulary.ts';
import { PUBLIC_OUTCOMES } from '../domain/visibility.ts';
import { columnTotal, countInto, yearSpan, type CountTable } from './countTable.ts';

/** The single series of a one-column chart. */
export const COUNT = 'count';
export type Count = typeof COUNT;

/** Tier row for enterprises that have no service tier yet. */
export const NO_TIER = 'none';
export type TierRow = ServiceTier | typeof NO_TIER;

/** Keep only the columns that have at least one item: a level nobody worked on adds an empty legend entry. */
function withoutEmptyColumns<R extends string | number, C extends string>(table: CountTable<R, C>): CountTable<R, C> {
  const keep = table.columns.map((_c, j) => columnTotal(table, j) > 0);
  return {
    rows: table.rows,
    columns: table.columns.filter((_c, j) => keep[j]),
    counts: table.counts.map((line) => line.filter((_n, j) => keep[j])),
  };
}

/**
 * Verified participation records per year (the participation's `year`), stacked by the level
 * of the standard. Records, not distinct standards: two enterprises drafting one standard are
 * two pieces of the district's standards work.
 */
export function standardsWorkByYear(register: Register): CountTable<number, StandardLevel> {
  const items = register.participations;
  const table = countInto(
    items,
    (p) => p.year,
    (p) => p.standard.level,
    yearSpan(items.map((p) => p.year)),
    valuesOf(STANDARD_LEVELS),
  );
  return withoutEmptyColumns(table);
}

/**
 * Current committee seats (no `until`, or `until` on or after the build date) per body of the
 * committee, most seats first, ties by body name.
 */
export function committeeSeatsByBody(register: Register): CountTable<string, Count> {
  const seats = register.committeeRoles.filter((role) => role.current);
  const perBody = new Map<string, number>();
  for (const seat of seats) perBody.set(seat.committee.body, (perBody.get(seat.committee.body) ?? 0) + 1);
  const bodies = [...perBody.keys()].sort((a, b) => (perBody.get(b) ?? 0) - (perBody.get(a) ?? 0) || a.localeCompare(b, 'en'));
  return countInto(
    seats,
    (s) => s.committee.body,
    () => COUNT,
    bodies,
    [COUNT],
  );
}

/** Public award outcomes, in vocabulary order (strongest first). */
export const CHART_OUTCOMES: readonly NominationOutcome[] = valuesOf(NOMINATION_OUTCOMES).filter((o) => PUBLIC_OUTCOMES.has(o));

/** Public nomination outcomes per award year, stacked by outcome. */
export function awardOutcomesByYear(register: Register): CountTable<number, NominationOutcome> {
  const items = register.nominations;
  return withoutEmptyColumns(
    countInto(
      items,
      (n) => n.year,
      (n) => n.outcome,
      yearSpan(items.map((n) => n.year)),
      CHART_OUTCOMES,
    ),
  );
}

/** Enterprises per service tier, all three tiers shown (an empty tier is a fact too), plus "none" when any. */
export function enterprisesByTier(register: Register): CountTable<TierRow, Count> {
  const untiered = register.enterprises.some((e) => !e.serviceTier);
  const extra: TierRow[] = untiered ? [NO_TIER] : [];
  const rows: TierRow[] = [...valuesOf(SERVICE_TIERS), ...extra];
  return countInto(
    register.enterprises,
    (e) => e.serviceTier ?? NO_TIER,
    () => COUNT,
    rows,
    [COUNT],
  );
}
