/**
 * Headline figures of the home page, computed from the joined register in one pass each.
 */
import type { Nomination, Register } from '../data/register.ts';

export interface HeadlineFigures {
  /** International standards with at least one verified lead participation. */
  readonly internationalLed: number;
  /** Committee roles held today. */
  readonly currentSeats: number;
  /** Distinct enterprises that won an award in that award's latest year with results. */
  readonly latestWinners: number;
}

export function headlineFigures(register: Register): HeadlineFigures {
  const led = new Set(register.participations.filter((p) => p.role === 'lead' && p.standard.level === 'international').map((p) => p.standard._id));
  const winners = new Set(
    latestResults(register)
      .filter((n) => n.outcome === 'winner')
      .map((n) => n.enterprise._id),
  );
  return {
    internationalLed: led.size,
    currentSeats: register.committeeRoles.filter((r) => r.current).length,
    latestWinners: winners.size,
  };
}

/** The public results of each award's latest year, award by award. */
export function latestResults(register: Register): Nomination[] {
  return register.awards.flatMap((award) => {
    const latest = award.years[0];
    return latest === undefined ? [] : award.nominations.filter((n) => n.year === latest);
  });
}
