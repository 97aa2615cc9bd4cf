/**
 * Committee roles of the (fictional) enterprises. Secretariats and chairs are held only in the
 * fictional committees (BJ/TC 90, HDSA/TC 3); the real committees get members, experts,
 * project leaders and working-group convenors. A tenure with `until` has ended; one without is
 * current on DATASET_DAY.
 */
import type { CommitteeRoleKind } from '../../site/lib/domain/vocabulary.ts';
import { MARKERS } from './privateMarkers.ts';
import { EXAMPLE_SOURCE_ORIGIN, STAFF } from './lib/constants.ts';
import type { SeedDocument } from './lib/document.ts';
import { committeeId, committeeRoleId, enterpriseId } from './lib/ids.ts';
import { slugifyCode } from '../../site/lib/domain/standardCode.ts';
import { entered, ref, source, verification } from './lib/values.ts';

export interface CommitteeRoleRow {
  readonly enterprise: string;
  readonly committee: string;
  readonly role: CommitteeRoleKind;
  readonly since: string;
  readonly until?: string;
  /** Marker of a record not yet verified. */
  readonly entered?: string;
}

export const COMMITTEE_ROLES: readonly CommitteeRoleRow[] = [
  { enterprise: 'zhixin-tech', committee: 'ISO/IEC JTC 1/SC 41', role: 'convenor', since: '2022-06-01' },
  { enterprise: 'zhixin-tech', committee: 'SAC/TC 28', role: 'member', since: '2019-03-01' },
  { enterprise: 'tongchuang-iot', committee: 'ISO/IEC JTC 1/SC 41', role: 'project-leader', since: '2024-03-15' },
  { enterprise: 'tongchuang-iot', committee: 'BJ/TC 90', role: 'vice-chair', since: '2021-01-10' },
  { enterprise: 'tongchuang-iot', committee: 'CCSA TC10', role: 'convenor', since: '2023-07-01' },
  { enterprise: 'haijian-construction', committee: 'BJ/TC 90', role: 'secretariat', since: '2020-09-01' },
  { enterprise: 'luzhou-energy', committee: 'BJ/TC 90', role: 'member', since: '2020-09-01', until: '2023-08-31' },
  { enterprise: 'huaxin-data', committee: 'SAC/TC 260', role: 'member', since: '2018-05-01' },
  { enterprise: 'huaxin-data', committee: 'ISO/IEC JTC 1/SC 27', role: 'expert', since: '2020-11-01' },
  { enterprise: 'anxin-security', committee: 'SAC/TC 260', role: 'member', since: '2021-06-01' },
  { enterprise: 'lianchuang-ai', committee: 'ISO/IEC JTC 1/SC 42', role: 'project-leader', since: '2025-02-01' },
  { enterprise: 'mozhi-ai', committee: 'ISO/IEC JTC 1/SC 42', role: 'expert', since: '2024-05-01' },
  { enterprise: 'ruitong-comms', committee: 'ITU-T SG20', role: 'project-leader', since: '2022-09-01', until: '2024-09-30' },
  { enterprise: 'ruitong-comms', committee: 'CCSA TC5', role: 'vice-chair', since: '2019-01-01' },
  { enterprise: 'ruitong-comms', committee: 'SAC/TC 485', role: 'member', since: '2017-04-01' },
  { enterprise: 'qiheng-robotics', committee: 'IEC/TC 65', role: 'expert', since: '2022-01-15' },
  { enterprise: 'haichuang-measurement', committee: 'IEC/TC 65', role: 'project-leader', since: '2021-03-01', until: '2024-06-30' },
  { enterprise: 'kexin-certification', committee: 'SAC/TC 151', role: 'member', since: '2016-05-01', until: '2021-04-30' },
  { enterprise: 'kexin-certification', committee: 'ISO/TC 176', role: 'expert', since: '2023-01-01' },
  { enterprise: 'yuanjian-standards', committee: 'HDSA/TC 3', role: 'secretariat', since: '2023-06-01' },
  { enterprise: 'boyuan-semiconductor', committee: 'HDSA/TC 3', role: 'chair', since: '2023-06-01' },
  { enterprise: 'shuyuan-health', committee: 'HDSA/TC 3', role: 'member', since: '2024-01-01' },
  { enterprise: 'qingyuan-env', committee: 'ITU-T SG20', role: 'expert', since: '2023-04-01' },
  { enterprise: 'xinrui-ic', committee: 'CCSA TC10', role: 'member', since: '2022-02-01' },
  { enterprise: 'hengyu-navigation', committee: 'SAC/TC 28', role: 'member', since: '2015-10-01', until: '2020-09-30' },
  { enterprise: 'shuimu-photonics', committee: 'SAC/TC 485', role: 'expert', since: '2024-08-01' },
  // Not yet verified: reported by the enterprise, waiting for the appointment letter.
  { enterprise: 'chenyu-cloudmap', committee: 'BJ/TC 90', role: 'member', since: '2026-09-01', entered: MARKERS.enteredCommitteeRoleChenyu },
  { enterprise: 'dingsheng-instruments', committee: 'IEC/TC 65', role: 'expert', since: '2026-06-01', entered: MARKERS.enteredCommitteeRoleDingsheng },
  { enterprise: 'yuanjian-standards', committee: 'ISO/TC 176', role: 'expert', since: '2026-03-01', entered: MARKERS.enteredCommitteeRoleYuanjian },
];

const CAPTURED_ON = '2026-10-22';
const VERIFIED_ON = '2026-10-30';
const ENTERED_ON = '2026-11-24';

function buildCommitteeRole(row: CommitteeRoleRow): SeedDocument {
  const sourceUrl = `${EXAMPLE_SOURCE_ORIGIN}/committees/${slugifyCode(row.committee)}/members`;
  return {
    _id: committeeRoleId(row.committee, row.enterprise, row.role),
    _type: 'committeeRole',
    enterprise: ref(enterpriseId(row.enterprise)),
    committee: ref(committeeId(row.committee)),
    role: row.role,
    since: row.since,
    until: row.until,
    source: row.entered
      ? source(sourceUrl, `企业自报，待核验任命文件 / Reported by the enterprise, appointment letter pending ${row.entered}`, ENTERED_ON)
      : source(sourceUrl, '技术委员会委员名单或任命文件 / Committee roster or appointment letter', CAPTURED_ON),
    entered: row.entered ? entered(STAFF.zhang, ENTERED_ON) : entered(STAFF.zhang, CAPTURED_ON),
    verification: row.entered ? verification('entered') : verification('verified', STAFF.li, VERIFIED_ON),
  };
}

export function buildCommitteeRoles(): SeedDocument[] {
  return COMMITTEE_ROLES.map(buildCommitteeRole);
}
