/**
 * An enterprise's award ladder: 中关村质量奖 (district) → 北京市人民政府质量管理奖 (municipal)
 * → 中国质量奖 (national), each rung with its public nominations, oldest first, and the award
 * clocks (docs/design.md, "The awards": the district award feeds the other two).
 */
import type { Award, Nomination } from '../data/register.ts';
import { awardClock, type AwardClock } from '../domain/awardClock.ts';
import type { AwardLevel } from '../domain/vocabulary.ts';

/** Bottom rung first. */
export const LADDER_LEVELS: readonly AwardLevel[] = ['district', 'municipal', 'national'];

export interface LadderRung {
  readonly award: Award;
  /** This enterprise's nominations of the award, oldest first. */
  readonly nominations: Nomination[];
  readonly clock: AwardClock;
}

/**
 * The rungs for an enterprise's nominations. Pass `awards` (every award of the register) to
 * show rungs it has no record on too; otherwise only awards it was nominated for appear.
 */
export function awardLadder(nominations: readonly Nomination[], today: string, awards: readonly Award[] = []): LadderRung[] {
  const byAward = new Map<string, { award: Award; nominations: Nomination[] }>();
  for (const award of awards) byAward.set(award._id, { award, nominations: [] });
  for (const n of nominations) {
    const rung = byAward.get(n.award._id) ?? { award: n.award, nominations: [] };
    rung.nominations.push(n);
    byAward.set(n.award._id, rung);
  }
  return [...byAward.values()]
    .sort((a, b) => LADDER_LEVELS.indexOf(a.award.level) - LADDER_LEVELS.indexOf(b.award.level) || a.award.slug.localeCompare(b.award.slug))
    .map(({ award, nominations: own }) => {
      const sorted = own.sort((a, b) => a.year - b.year);
      return { award, nominations: sorted, clock: awardClock(award, sorted, today, award.years[0]) };
    });
}
