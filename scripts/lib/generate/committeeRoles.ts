/**
 * Seats of enterprises in technical committees, with tenure. A committee has one current
 * secretariat and one chair at most; the same (enterprise, committee, role) occurs once, so
 * ids never clash and terms never overlap. A quarter of the tenures have ended (`until`).
 */
import { slugifyCode } from '../../../site/lib/domain/standardCode.ts';
import type { CommitteeRoleKind } from '../../../site/lib/domain/vocabulary.ts';
import { DATASET_DAY, EXAMPLE_SOURCE_ORIGIN } from '../../seed/lib/constants.ts';
import type { SeedDocument } from '../../seed/lib/document.ts';
import { committeeRoleId } from '../../seed/lib/ids.ts';
import { ref } from '../../seed/lib/values.ts';
import type { GeneratedCommittee } from './committees.ts';
import { addDays, randomDate } from './dates.ts';
import type { GeneratedEnterprise } from './enterprises.ts';
import { provenance } from './provenance.ts';
import type { Random, Weighted } from './random.ts';

const ROLES: Weighted<CommitteeRoleKind> = [
  ['member', 40],
  ['expert', 25],
  ['project-leader', 12],
  ['convenor', 8],
  ['vice-chair', 6],
  ['chair', 4],
  ['secretariat', 5],
];

/** Roles a committee gives to one organization at a time. */
const SINGLE_SEATS: ReadonlySet<CommitteeRoleKind> = new Set(['secretariat', 'chair']);
const ENDED_SHARE = 0.25;
const FIRST_SINCE = '2008-01-01';

export function generateCommitteeRoles(
  random: Random,
  committees: readonly GeneratedCommittee[],
  enterprises: readonly GeneratedEnterprise[],
  count: number,
): SeedDocument[] {
  const docs: SeedDocument[] = [];
  const taken = new Set<string>();
  const seats = new Set<string>();
  while (docs.length < count) {
    const enterprise = enterprises[random.skewedIndex(enterprises.length)];
    const committee = random.pick(committees);
    if (!enterprise) continue;
    // The first roles take each kind once, so even the smallest dataset has all seven.
    let role = ROLES[docs.length]?.[0] ?? random.weighted(ROLES);
    const seat = `${committee.id}|${role}`;
    if (SINGLE_SEATS.has(role) && seats.has(seat)) role = 'member';
    const id = committeeRoleId(committee.code, enterprise.slug, role);
    if (taken.has(id)) continue;
    taken.add(id);
    if (SINGLE_SEATS.has(role)) seats.add(seat);
    const since = randomDate(random, FIRST_SINCE, addDays(DATASET_DAY, -30));
    const until = random.chance(ENDED_SHARE) ? addDays(since, random.int(365, 6 * 365)) : undefined;
    const { source, verification } = provenance(
      random,
      id,
      `${EXAMPLE_SOURCE_ORIGIN}/committees/${slugifyCode(committee.code)}/members`,
      '技术委员会委员名单或任命文件 / Committee roster or appointment letter',
    );
    docs.push({
      _id: id,
      _type: 'committeeRole',
      enterprise: ref(enterprise.id),
      committee: ref(committee.id),
      role,
      since,
      // A term that would end after DATASET_DAY is still running: no end date yet.
      until: until !== undefined && until < DATASET_DAY ? until : undefined,
      source,
      verification,
    });
  }
  return docs;
}
