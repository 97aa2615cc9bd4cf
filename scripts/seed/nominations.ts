/**
 * Award nominations and results: all fictional. The ladders show the policy of the seed text
 * — the Zhongguancun award as the feeder, then the Beijing award, then the China Quality
 * Award (e.g. zhixin-tech: ZGC 2018 → Beijing nominee 2019, winner 2021 → China nominee
 * 2023, winner 2025). Outcomes `not-awarded`, `withdrawn` and `revoked` and records still
 * `entered` are internal; each carries a private marker in its source title.
 */
import type { NominationOutcome } from '../../site/lib/domain/vocabulary.ts';
import { PUBLIC_OUTCOMES } from '../../site/lib/domain/visibility.ts';
import { AWARDS, sessionOf } from './awards.ts';
import { MARKERS } from './privateMarkers.ts';
import { BEIJING_AMR, EXAMPLE_SOURCE_ORIGIN, HAIDIAN_AMR, STAFF } from './lib/constants.ts';
import type { SeedDocument } from './lib/document.ts';
import { awardId, enterpriseId, nominationId } from './lib/ids.ts';
import { entered, ref, source, verification, type LocaleValue } from './lib/values.ts';

const ZGC = 'zhongguancun-quality-award';
const BJ = 'beijing-quality-management-award';
const CN = 'china-quality-award';

export interface NominationRow {
  readonly award: typeof ZGC | typeof BJ | typeof CN;
  readonly year: number;
  readonly enterprise: string;
  readonly outcome: NominationOutcome;
  /** Date of the announcement; by default the award's usual announcement day of that year. */
  readonly announcedOn?: string | null;
  /** Private marker: required for internal outcomes and for records still entered. */
  readonly marker?: string;
  readonly entered?: boolean;
}

export const NOMINATIONS: readonly NominationRow[] = [
  // Zhongguancun Quality Award (annual; 2026 is under way, so only recommended/shortlisted)
  { award: ZGC, year: 2017, enterprise: 'xinghe-medical', outcome: 'winner' },
  { award: ZGC, year: 2018, enterprise: 'zhixin-tech', outcome: 'winner' },
  { award: ZGC, year: 2019, enterprise: 'huaxin-data', outcome: 'winner' },
  { award: ZGC, year: 2019, enterprise: 'qingyuan-env', outcome: 'nominee' },
  { award: ZGC, year: 2020, enterprise: 'boyuan-semiconductor', outcome: 'winner' },
  { award: ZGC, year: 2020, enterprise: 'qingyuan-env', outcome: 'winner' },
  { award: ZGC, year: 2020, enterprise: 'ruitong-comms', outcome: 'nominee' },
  { award: ZGC, year: 2020, enterprise: 'kexin-certification', outcome: 'shortlisted' },
  { award: ZGC, year: 2021, enterprise: 'ruitong-comms', outcome: 'winner' },
  { award: ZGC, year: 2021, enterprise: 'hengyu-navigation', outcome: 'winner' },
  { award: ZGC, year: 2021, enterprise: 'lianchuang-ai', outcome: 'nominee' },
  { award: ZGC, year: 2021, enterprise: 'hairong-finance', outcome: 'shortlisted' },
  { award: ZGC, year: 2022, enterprise: 'shuimu-photonics', outcome: 'winner' },
  { award: ZGC, year: 2022, enterprise: 'lianchuang-ai', outcome: 'winner' },
  { award: ZGC, year: 2022, enterprise: 'dingsheng-instruments', outcome: 'shortlisted' },
  { award: ZGC, year: 2022, enterprise: 'anxin-security', outcome: 'not-awarded', marker: MARKERS.notAwardedAnxinZgc2022 },
  { award: ZGC, year: 2023, enterprise: 'qiheng-robotics', outcome: 'winner' },
  { award: ZGC, year: 2023, enterprise: 'hairong-finance', outcome: 'winner' },
  { award: ZGC, year: 2023, enterprise: 'tongchuang-iot', outcome: 'nominee' },
  { award: ZGC, year: 2023, enterprise: 'anxin-security', outcome: 'shortlisted' },
  { award: ZGC, year: 2023, enterprise: 'jinghai-logistics', outcome: 'withdrawn', announcedOn: null, marker: MARKERS.withdrawnJinghaiZgc2023 },
  { award: ZGC, year: 2024, enterprise: 'xinrui-ic', outcome: 'winner' },
  { award: ZGC, year: 2024, enterprise: 'mozhi-ai', outcome: 'nominee' },
  { award: ZGC, year: 2024, enterprise: 'hongdian-grid', outcome: 'shortlisted' },
  { award: ZGC, year: 2024, enterprise: 'haichuang-measurement', outcome: 'not-awarded', marker: MARKERS.notAwardedHaichuangZgc2024 },
  { award: ZGC, year: 2025, enterprise: 'anxin-security', outcome: 'winner' },
  { award: ZGC, year: 2025, enterprise: 'haichuang-measurement', outcome: 'nominee' },
  { award: ZGC, year: 2025, enterprise: 'dingsheng-instruments', outcome: 'nominee' },
  { award: ZGC, year: 2025, enterprise: 'tongchuang-iot', outcome: 'shortlisted' },
  { award: ZGC, year: 2025, enterprise: 'shangdi-robotics', outcome: 'shortlisted' },
  { award: ZGC, year: 2025, enterprise: 'yuanjian-standards', outcome: 'recommended' },
  { award: ZGC, year: 2026, enterprise: 'mozhi-ai', outcome: 'shortlisted', announcedOn: '2026-10-30' },
  { award: ZGC, year: 2026, enterprise: 'haichuang-measurement', outcome: 'shortlisted', announcedOn: '2026-10-30' },
  { award: ZGC, year: 2026, enterprise: 'hongdian-grid', outcome: 'recommended' },
  { award: ZGC, year: 2026, enterprise: 'shangdi-robotics', outcome: 'recommended' },
  { award: ZGC, year: 2026, enterprise: 'tongchuang-iot', outcome: 'recommended', entered: true, marker: MARKERS.enteredNominationTongchuang },
  {
    award: ZGC,
    year: 2026,
    enterprise: 'shuyuan-health',
    outcome: 'shortlisted',
    announcedOn: '2026-10-30',
    entered: true,
    marker: MARKERS.enteredNominationShuyuan,
  },
  // Beijing Municipal Government Quality Management Award (odd years)
  { award: BJ, year: 2019, enterprise: 'zhixin-tech', outcome: 'nominee' },
  { award: BJ, year: 2019, enterprise: 'xinghe-medical', outcome: 'revoked', announcedOn: '2021-03-15', marker: MARKERS.revokedXingheBeijing2019 },
  { award: BJ, year: 2021, enterprise: 'zhixin-tech', outcome: 'winner' },
  { award: BJ, year: 2021, enterprise: 'huaxin-data', outcome: 'nominee' },
  { award: BJ, year: 2021, enterprise: 'hengyu-navigation', outcome: 'recommended' },
  { award: BJ, year: 2021, enterprise: 'qingyuan-env', outcome: 'withdrawn', announcedOn: null, marker: MARKERS.withdrawnQingyuanBeijing2021 },
  { award: BJ, year: 2023, enterprise: 'huaxin-data', outcome: 'winner' },
  { award: BJ, year: 2023, enterprise: 'ruitong-comms', outcome: 'winner' },
  { award: BJ, year: 2023, enterprise: 'boyuan-semiconductor', outcome: 'nominee' },
  { award: BJ, year: 2023, enterprise: 'lianchuang-ai', outcome: 'not-awarded', marker: MARKERS.notAwardedLianchuangBeijing2023 },
  { award: BJ, year: 2025, enterprise: 'shuimu-photonics', outcome: 'winner' },
  { award: BJ, year: 2025, enterprise: 'qiheng-robotics', outcome: 'nominee' },
  { award: BJ, year: 2025, enterprise: 'xinrui-ic', outcome: 'shortlisted' },
  { award: BJ, year: 2025, enterprise: 'lianchuang-ai', outcome: 'shortlisted' },
  { award: BJ, year: 2025, enterprise: 'qingyuan-env', outcome: 'recommended' },
  // China Quality Award (odd years on the model's clock)
  { award: CN, year: 2021, enterprise: 'huaxin-data', outcome: 'not-awarded', marker: MARKERS.notAwardedHuaxinChina2021 },
  { award: CN, year: 2023, enterprise: 'zhixin-tech', outcome: 'nominee' },
  { award: CN, year: 2025, enterprise: 'zhixin-tech', outcome: 'winner' },
  { award: CN, year: 2025, enterprise: 'huaxin-data', outcome: 'nominee' },
  { award: CN, year: 2025, enterprise: 'boyuan-semiconductor', outcome: 'recommended' },
  { award: CN, year: 2025, enterprise: 'qiheng-robotics', outcome: 'recommended', entered: true, marker: MARKERS.enteredNominationQiheng },
];

/** Usual announcement days (demonstration values): recommendation lists in spring, results in winter. */
function defaultAnnouncedOn(row: NominationRow): string {
  if (row.outcome === 'recommended') return `${row.year}-04-10`;
  if (row.award === ZGC) return `${row.year}-12-18`;
  return row.award === BJ ? `${row.year}-12-20` : `${row.year}-11-26`;
}

/** Who put the enterprise forward: the district for Beijing, the city for China; ZGC takes direct applications. */
const RECOMMENDER: Readonly<Record<NominationRow['award'], LocaleValue | undefined>> = {
  [ZGC]: undefined,
  [BJ]: HAIDIAN_AMR,
  [CN]: BEIJING_AMR,
};

const VERIFIED_ON = '2026-11-02';
const ENTERED_ON = '2026-11-25';

function buildNomination(row: NominationRow): SeedDocument {
  const award = AWARDS.find((a) => a.slug === row.award);
  if (!award) throw new Error(`unknown award ${row.award}`);
  const isPrivate = row.entered === true || !PUBLIC_OUTCOMES.has(row.outcome);
  if (isPrivate !== (row.marker !== undefined)) throw new Error(`${row.enterprise} ${row.award} ${row.year}: private records need a marker, public ones none`);
  const sourceUrl = `${EXAMPLE_SOURCE_ORIGIN}/awards/${row.award}/${row.year}`;
  const title = row.entered
    ? `企业自报，待核验 / Reported by the enterprise, not yet verified ${row.marker ?? ''}`
    : row.marker
      ? `内部记录：评审结果或撤回、撤销文件 / Internal record of the result ${row.marker}`
      : '评审结果公告（演示数据）/ Announcement of results (demonstration data)';
  const announcedOn = row.announcedOn === null ? undefined : (row.announcedOn ?? defaultAnnouncedOn(row));
  return {
    _id: nominationId(row.award, row.year, row.enterprise),
    _type: 'nomination',
    enterprise: ref(enterpriseId(row.enterprise)),
    award: ref(awardId(row.award)),
    year: row.year,
    session: sessionOf(award, row.year),
    outcome: row.outcome,
    recommendedBy: RECOMMENDER[row.award],
    announcedOn,
    source: source(sourceUrl, title, row.entered ? ENTERED_ON : VERIFIED_ON),
    entered: row.entered ? entered(STAFF.wang, ENTERED_ON) : entered(STAFF.li, VERIFIED_ON),
    verification: row.entered ? verification('entered') : verification('verified', STAFF.wang, VERIFIED_ON),
  };
}

export function buildNominations(): SeedDocument[] {
  return NOMINATIONS.map(buildNomination);
}
