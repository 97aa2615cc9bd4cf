/**
 * Nominations for the three real awards on their own clocks (sessions on firstYear + k ×
 * cycleYears), with every outcome. Follows the public rules of docs/design.md: one nomination per
 * (enterprise, award, year); per session at most 10 winners and 90 nominee awards (China),
 * 5 and 5 (Beijing); a winner waits `reapplyAfterSessions` sessions; wins are revoked only
 * where the award has a revocation period. The current Zhongguancun session (DATASET_DAY's
 * year) has no results yet.
 */
import type { NominationOutcome } from '../../../site/lib/domain/vocabulary.ts';
import { AWARDS, sessionOf, type AwardRow } from '../../seed/awards.ts';
import { BEIJING_AMR, DATASET_DAY, EXAMPLE_SOURCE_ORIGIN, HAIDIAN_AMR } from '../../seed/lib/constants.ts';
import type { SeedDocument } from '../../seed/lib/document.ts';
import { awardId, nominationId } from '../../seed/lib/ids.ts';
import { ref, type LocaleValue } from '../../seed/lib/values.ts';
import { PUBLIC_OUTCOMES } from '../../../site/lib/domain/visibility.ts';
import { yearOf } from './dates.ts';
import type { GeneratedEnterprise } from './enterprises.ts';
import { provenance } from './provenance.ts';
import type { Random, Weighted } from './random.ts';

const CURRENT_YEAR = yearOf(DATASET_DAY);

/** How often each award appears: the district's own award is the feeder for the other two. */
const AWARD_SHARES: Readonly<Record<string, number>> = {
  'zhongguancun-quality-award': 60,
  'beijing-quality-management-award': 25,
  'china-quality-award': 15,
};

const OUTCOMES: Weighted<NominationOutcome> = [
  ['recommended', 28],
  ['shortlisted', 25],
  ['nominee', 15],
  ['winner', 10],
  ['not-awarded', 15],
  ['withdrawn', 4],
  ['revoked', 3],
];
/** A session still under way: applications in, results not yet announced. */
const OPEN_SESSION_OUTCOMES: Weighted<NominationOutcome> = [
  ['recommended', 50],
  ['shortlisted', 50],
];

/** Per-session caps of the public rules (docs/design.md, "The awards"). */
const CAPS: Readonly<Record<string, Partial<Record<NominationOutcome, number>>>> = {
  'china-quality-award': { winner: 10, nominee: 90 },
  'beijing-quality-management-award': { winner: 5, nominee: 5 },
};

/** Who put the enterprise forward: the district for Beijing, the city for China; ZGC takes direct applications. */
const RECOMMENDER: Readonly<Record<string, LocaleValue | undefined>> = {
  'beijing-quality-management-award': HAIDIAN_AMR,
  'china-quality-award': BEIJING_AMR,
};

/** Usual announcement days (demonstration values, as in the seed): recommendations in spring, results in winter. */
const RESULT_DAY: Readonly<Record<string, string>> = {
  'zhongguancun-quality-award': '12-18',
  'beijing-quality-management-award': '12-20',
  'china-quality-award': '11-26',
};

interface Past {
  readonly year: number;
  readonly won: boolean;
}

/** Session years of an award up to DATASET_DAY's year, with later sessions more likely. */
function sessionYears(award: AwardRow): Weighted<number> {
  const years: (readonly [number, number])[] = [];
  for (let year = award.firstYear, k = 1; year <= CURRENT_YEAR; year += award.cycleYears, k += 1) years.push([year, k]);
  return years;
}

const isWin = (outcome: NominationOutcome): boolean => outcome === 'winner' || outcome === 'revoked';

/** Whether a nomination in `year` (a win when `won`) keeps the waiting period after every win. */
function keepsWaitingPeriod(award: AwardRow, history: readonly Past[], year: number, won: boolean): boolean {
  const wait = (award.reapplyAfterSessions ?? 0) * award.cycleYears;
  if (wait === 0) return true;
  return history.every((past) => !(past.won && past.year < year && year <= past.year + wait) && !(won && year < past.year && past.year <= year + wait));
}

export function generateNominations(random: Random, enterprises: readonly GeneratedEnterprise[], count: number): SeedDocument[] {
  const awards: Weighted<AwardRow> = AWARDS.map((award) => [award, AWARD_SHARES[award.slug] ?? 1]);
  const years = new Map(AWARDS.map((award) => [award.slug, sessionYears(award)]));
  const taken = new Set<string>();
  const history = new Map<string, Past[]>();
  const awarded = new Map<string, number>();
  const docs: SeedDocument[] = [];
  // The first nominations take each outcome once, at the Beijing award (the one that can revoke),
  // so even the smallest dataset has all seven; the rest are drawn by weight.
  const beijing = AWARDS.find((award) => award.revocationYears !== undefined);
  while (docs.length < count) {
    const forced = beijing && docs.length < OUTCOMES.length ? OUTCOMES[docs.length]?.[0] : undefined;
    const enterprise = enterprises[random.skewedIndex(enterprises.length)];
    const award = forced && beijing ? beijing : random.weighted(awards);
    const year = random.weighted(years.get(award.slug) ?? []);
    if (!enterprise) continue;
    const id = nominationId(award.slug, year, enterprise.slug);
    if (taken.has(id)) continue;

    let outcome = forced ?? random.weighted(year === CURRENT_YEAR ? OPEN_SESSION_OUTCOMES : OUTCOMES);
    if (outcome === 'revoked' && award.revocationYears === undefined) outcome = 'not-awarded';
    const cap = CAPS[award.slug]?.[outcome === 'revoked' ? 'winner' : outcome];
    const capKey = `${award.slug}|${year}|${isWin(outcome) ? 'winner' : outcome}`;
    if (cap !== undefined && (awarded.get(capKey) ?? 0) >= cap) outcome = 'shortlisted';
    const pairKey = `${enterprise.id}|${award.slug}`;
    const past = history.get(pairKey) ?? [];
    if (!keepsWaitingPeriod(award, past, year, isWin(outcome))) continue;

    taken.add(id);
    past.push({ year, won: isWin(outcome) });
    history.set(pairKey, past);
    const countKey = `${award.slug}|${year}|${isWin(outcome) ? 'winner' : outcome}`;
    awarded.set(countKey, (awarded.get(countKey) ?? 0) + 1);

    const internal = PUBLIC_OUTCOMES.has(outcome) ? undefined : '内部记录：评审结果或撤回、撤销文件 / Internal record of the result';
    const { source, verification } = provenance(
      random,
      id,
      `${EXAMPLE_SOURCE_ORIGIN}/awards/${award.slug}/${year}`,
      '评审结果公告（演示数据）/ Announcement of results (demonstration data)',
      internal,
    );
    docs.push({
      _id: id,
      _type: 'nomination',
      enterprise: ref(enterprise.id),
      award: ref(awardId(award.slug)),
      year,
      session: sessionOf(award, year),
      outcome,
      recommendedBy: RECOMMENDER[award.slug],
      announcedOn: announcedOn(random, award, year, outcome),
      source,
      verification,
    });
  }
  return docs;
}

function announcedOn(random: Random, award: AwardRow, year: number, outcome: NominationOutcome): string | undefined {
  if (outcome === 'withdrawn') return undefined;
  if (outcome === 'recommended') return `${year}-04-10`;
  if (outcome === 'revoked') {
    // Revoked within the revocation period after the win, never after DATASET_DAY.
    const revokedIn = Math.min(CURRENT_YEAR - 1, year + random.int(1, award.revocationYears ?? 1));
    return `${Math.max(year + 1, revokedIn)}-03-15`;
  }
  const day = `${year}-${RESULT_DAY[award.slug] ?? '12-18'}`;
  // This year's results are not out yet: the shortlist is announced in the autumn.
  return day > DATASET_DAY ? `${year}-10-30` : day;
}
