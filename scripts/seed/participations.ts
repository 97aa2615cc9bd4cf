/**
 * Participations: which enterprise drafted which standard, in what role and rank. All of them
 * are fictional and concern only the fictional standards (none of the real ones).
 *
 * Each row lists the ranked drafting organizations of one standard in order (rank 1 first;
 * `at(n, …)` jumps to rank n when the organizations ranked before are outside this dataset)
 * and, for international work, the project editors (no rank). Records with `entered` are
 * still waiting for verification and must not be published.
 */
import type { ParticipationRole } from '../../site/lib/domain/vocabulary.ts';
import { MARKERS } from './privateMarkers.ts';
import { EXAMPLE_SOURCE_ORIGIN, STAFF } from './lib/constants.ts';
import type { SeedDocument } from './lib/document.ts';
import { enterpriseId, participationId, standardId, standardSlug } from './lib/ids.ts';
import { entered as enteredStamp, ref, source, verification } from './lib/values.ts';

export interface Drafter {
  readonly enterprise: string;
  readonly role: Exclude<ParticipationRole, 'editor'>;
  /** Explicit rank; otherwise one more than the previous drafter. */
  readonly rank?: number;
  /** Marker of a record not yet verified. */
  readonly entered?: string;
}

export interface ParticipationRow {
  readonly standard: string;
  readonly year: number;
  readonly drafters: readonly (string | Drafter)[];
  readonly editors?: readonly string[];
}

const lead = (enterprise: string): Drafter => ({ enterprise, role: 'lead' });
const at = (rank: number, enterprise: string): Drafter => ({ enterprise, role: 'drafter', rank });
const entered = (enterprise: string, marker: string): Drafter => ({ enterprise, role: 'drafter', entered: marker });

export const PARTICIPATIONS: readonly ParticipationRow[] = [
  // International
  { standard: 'ISO/IEC 98141-1', year: 2024, drafters: [lead('zhixin-tech'), 'tongchuang-iot', 'xinrui-ic', 'ruitong-comms'], editors: ['zhixin-tech'] },
  { standard: 'ISO/IEC 98141-2', year: 2025, drafters: [lead('tongchuang-iot'), 'zhixin-tech', 'hongdian-grid'], editors: ['tongchuang-iot'] },
  {
    standard: 'ISO/IEC 98143:2023',
    year: 2023,
    drafters: [lead('zhixin-tech'), 'tongchuang-iot', 'haijian-construction', 'luzhou-energy'],
    editors: ['zhixin-tech'],
  },
  { standard: 'ISO/IEC TR 98144:2025', year: 2025, drafters: [at(2, 'xinrui-ic'), 'zhixin-tech'], editors: ['xinrui-ic'] },
  { standard: 'ISO/IEC 98421', year: 2025, drafters: [lead('lianchuang-ai'), 'mozhi-ai', 'zhicheng-testing'], editors: ['lianchuang-ai'] },
  { standard: 'ISO/IEC 98422', year: 2026, drafters: [lead('mozhi-ai'), 'lianchuang-ai'], editors: ['mozhi-ai'] },
  { standard: 'ISO/IEC 98271', year: 2025, drafters: [lead('huaxin-data'), 'anxin-security', 'hairong-finance'], editors: ['huaxin-data'] },
  { standard: 'ISO 98176', year: 2026, drafters: [lead('kexin-certification'), 'yuanjian-standards'] },
  { standard: 'ISO 98177', year: 2026, drafters: [lead('yuanjian-standards')] },
  { standard: 'ISO 98178:2024', year: 2024, drafters: [at(3, 'kexin-certification'), 'shuyuan-health'] },
  {
    standard: 'IEC 69443-1:2024',
    year: 2024,
    drafters: [lead('haichuang-measurement'), 'qiheng-robotics', 'dingsheng-instruments'],
    editors: ['haichuang-measurement'],
  },
  { standard: 'IEC 69443-2', year: 2025, drafters: [lead('qiheng-robotics'), 'haichuang-measurement'], editors: ['qiheng-robotics'] },
  { standard: 'ITU-T Y.4998', year: 2024, drafters: [lead('ruitong-comms'), 'tongchuang-iot', 'haijian-construction'], editors: ['ruitong-comms'] },
  { standard: 'ITU-T Y.4997', year: 2025, drafters: [lead('qingyuan-env'), 'yishui-tech', 'dingsheng-instruments'], editors: ['qingyuan-env'] },
  { standard: 'IEEE 9901-2025', year: 2025, drafters: [lead('huaxin-data'), 'hairong-finance', 'lianchuang-ai'] },
  { standard: 'IEEE 9902', year: 2026, drafters: [lead('qiheng-robotics'), 'shangdi-robotics'] },
  // Issue 12: records followed through their designations. A row names a standard by the code its
  // id comes from (its first designation): ISO/IEC CD 98145 is now ISO/IEC 98145:2026, the
  // Internet-Draft is RFC 9989, the plan number is GB/T 98119-2026.
  { standard: 'ISO/IEC CD 98145', year: 2024, drafters: [lead('tongchuang-iot'), 'zhixin-tech', 'chenyu-cloudmap'], editors: ['tongchuang-iot'] },
  { standard: 'IEEE P9903', year: 2026, drafters: [lead('hongdian-grid'), 'qiheng-robotics'] },
  { standard: '3GPP TS 33.998 V18.1.0 (2025-09)', year: 2025, drafters: [lead('ruitong-comms'), 'anxin-security'] },
  { standard: 'draft-zhixin-iot-sm-auth-03', year: 2024, drafters: [lead('zhixin-tech'), 'anxin-security'], editors: ['zhixin-tech'] },
  { standard: 'ISO 98178:2024/Amd 1:2026', year: 2025, drafters: [lead('kexin-certification'), 'lianchuang-ai'] },
  { standard: 'GB/T 98118-2026/ISO/IEC 98143:2023', year: 2026, drafters: [lead('zhixin-tech'), 'tongchuang-iot'] },
  { standard: '20240512-T-469', year: 2024, drafters: [lead('huaxin-data'), 'anxin-security', 'hairong-finance'] },
  { standard: 'GB/T 98115-2023/XG1-2025', year: 2025, drafters: [lead('yuanjian-standards')] },
  { standard: 'DB4403/T 9906-2025', year: 2025, drafters: [at(2, 'chenyu-cloudmap'), 'luzhou-energy'] },
  { standard: 'GM/T 9807-2025', year: 2025, drafters: [lead('anxin-security'), 'xinrui-ic'] },
  { standard: 'YY/T 9809-2024', year: 2024, drafters: [lead('shuyuan-health'), 'zhicheng-testing'] },
  { standard: 'T/HDSA 005—2026', year: 2026, drafters: [lead('yuanjian-standards'), 'kexin-certification'] },
  { standard: 'EN 99001:2025', year: 2025, drafters: [at(4, 'haijian-construction')] },
  { standard: 'Q/HDZX 0001-2025', year: 2025, drafters: [lead('zhixin-tech')] },
  { standard: 'GB/T 98121-2025', year: 2024, drafters: [lead('tongchuang-iot'), 'jingwei-testing'] },
  // National
  { standard: 'GB/T 98101-2026', year: 2026, drafters: [lead('zhixin-tech'), 'tongchuang-iot', 'xinrui-ic', 'ruitong-comms', 'jingwei-testing'] },
  { standard: 'GB/T 98102-2025', year: 2025, drafters: [lead('lianchuang-ai'), 'mozhi-ai', 'qingshan-culture', 'zhicheng-testing'] },
  { standard: 'GB/T 98103', year: 2025, drafters: [at(2, 'huaxin-data'), 'anxin-security', entered('mozhi-ai', MARKERS.enteredParticipationMozhi)] },
  { standard: 'GB/T 98104', year: 2025, drafters: [lead('tongchuang-iot'), 'haijian-construction', 'luzhou-energy', 'hongdian-grid', 'chenyu-cloudmap'] },
  {
    standard: 'GB/T 98105',
    year: 2025,
    drafters: [lead('anxin-security'), 'huaxin-data', 'zhicheng-testing', entered('tianshu-software', MARKERS.enteredParticipationTianshu)],
  },
  { standard: 'GB/T 98106', year: 2026, drafters: [lead('ruitong-comms'), 'shuimu-photonics'] },
  { standard: 'GB/T 98107', year: 2026, drafters: [lead('kexin-certification'), 'yuanjian-standards', 'mingjian-edu'] },
  { standard: 'GB/T 98108', year: 2026, drafters: [lead('mozhi-ai')] },
  { standard: 'GB/Z 98109-2024', year: 2024, drafters: [at(2, 'lianchuang-ai'), 'mozhi-ai'] },
  { standard: 'GB/Z 98110-2026', year: 2026, drafters: [lead('shuimu-photonics'), 'ruitong-comms'] },
  { standard: 'GB 98111-2026', year: 2026, drafters: [at(3, 'boyuan-semiconductor'), 'jingwei-testing'] },
  { standard: 'GB/T 98112-2012', year: 2012, drafters: [at(2, 'tianshu-software')] },
  { standard: 'GB/T 98113.9-2018', year: 2018, drafters: [lead('tianshu-software'), 'zhicheng-testing'] },
  { standard: 'GB/T 98114-2021', year: 2021, drafters: [lead('qingyuan-env'), 'dingsheng-instruments', 'yishui-tech'] },
  { standard: 'GB/T 98115-2023', year: 2023, drafters: [at(2, 'yuanjian-standards'), 'tianshu-software', 'hairong-finance'] },
  { standard: 'GB/T 98116-2024', year: 2024, drafters: [lead('huaxin-data'), 'anxin-security', 'hairong-finance', 'zhicheng-testing'] },
  { standard: 'GB/T 98117-2025', year: 2025, drafters: [lead('ruitong-comms'), 'zhixin-tech', 'xinrui-ic', 'hengyu-navigation'] },
  // Industry
  { standard: 'YD/T 9801-2024', year: 2024, drafters: [lead('ruitong-comms'), 'tongchuang-iot', 'hengyu-navigation'] },
  {
    standard: 'YD/T 9802',
    year: 2025,
    drafters: [lead('tongchuang-iot'), 'xinrui-ic', 'ruitong-comms', entered('anxin-security', MARKERS.enteredParticipationAnxin)],
  },
  { standard: 'YD/T 9808-2022', year: 2022, drafters: [lead('ruitong-comms'), 'jingwei-testing'] },
  {
    standard: 'SJ/T 9803-2025',
    year: 2025,
    drafters: [at(2, 'boyuan-semiconductor'), 'jingwei-testing', entered('guanghe-materials', MARKERS.enteredParticipationGuanghe)],
  },
  { standard: 'JR/T 0998-2023', year: 2023, drafters: [lead('hairong-finance'), 'huaxin-data'] },
  { standard: 'JR/T 0999', year: 2025, drafters: [lead('hairong-finance'), 'huaxin-data', 'lianchuang-ai'] },
  { standard: 'HJ 9806-2025', year: 2025, drafters: [lead('dingsheng-instruments'), 'qingyuan-env', 'yishui-tech'] },
  // Local
  { standard: 'DB11/T 9901-2020', year: 2020, drafters: [lead('tongchuang-iot'), 'haijian-construction', 'luzhou-energy'] },
  { standard: 'DB11/T 9901-2025', year: 2025, drafters: [lead('tongchuang-iot'), 'haijian-construction', 'luzhou-energy', 'hongdian-grid', 'zhixin-tech'] },
  { standard: 'DB11/T 9902-2026', year: 2026, drafters: [lead('tianshu-software'), 'hongdian-grid', 'luzhou-energy'] },
  { standard: 'DB11/T 9903', year: 2026, drafters: [lead('chenyu-cloudmap'), 'qingshan-culture'] },
  { standard: 'DB11/T 9904-2019', year: 2019, drafters: [lead('yuanjian-standards'), 'kexin-certification'] },
  { standard: 'DB11 9905-2024', year: 2024, drafters: [at(2, 'jingwei-testing'), 'hongdian-grid'] },
  // Group
  { standard: 'T/CESA 9101—2023', year: 2023, drafters: [lead('lianchuang-ai'), 'mozhi-ai', 'zhixin-tech'] },
  { standard: 'T/CESA 9102—2024', year: 2024, drafters: [lead('mozhi-ai'), 'lianchuang-ai', 'chenyu-cloudmap'] },
  { standard: 'T/CESA 9103', year: 2026, drafters: [lead('lianchuang-ai'), 'xinrui-ic'] },
  { standard: 'T/CESA 9104—2025', year: 2025, drafters: [lead('zhixin-tech'), 'qiheng-robotics', 'shangdi-robotics'] },
  { standard: 'T/HDSA 001—2024', year: 2024, drafters: [lead('yuanjian-standards'), 'kexin-certification', 'mingjian-edu', 'shuyuan-health'] },
  { standard: 'T/HDSA 002—2025', year: 2025, drafters: [lead('yuanjian-standards'), 'qingshan-culture', 'youxuan-retail'] },
  { standard: 'T/HDSA 003—2026', year: 2026, drafters: [lead('luzhou-energy'), 'hongdian-grid', 'haijian-construction', 'tongchuang-iot'] },
  { standard: 'T/HDSA 004', year: 2026, drafters: [lead('yuanjian-standards'), 'kexin-certification'] },
];

/** Verified records were checked against the standard's foreword or the project notice. */
const CAPTURED_ON = '2026-10-20';
const VERIFIED_ON = '2026-10-28';
const ENTERED_ON = '2026-11-21';

interface ExpandedRecord {
  readonly standard: string;
  readonly year: number;
  readonly enterprise: string;
  readonly role: ParticipationRole;
  readonly rank: number | undefined;
  readonly entered: string | undefined;
}

/** Expand a row into one record per (enterprise, role), numbering the ranks. */
function expandRow(row: ParticipationRow): ExpandedRecord[] {
  let previous = 0;
  const ranked = row.drafters.map((item): ExpandedRecord => {
    const drafter: Drafter = typeof item === 'string' ? { enterprise: item, role: 'drafter' } : item;
    const rank = drafter.rank ?? previous + 1;
    previous = rank;
    return { standard: row.standard, year: row.year, enterprise: drafter.enterprise, role: drafter.role, rank, entered: drafter.entered };
  });
  const editors = (row.editors ?? []).map((enterprise): ExpandedRecord => ({
    standard: row.standard,
    year: row.year,
    enterprise,
    role: 'editor',
    rank: undefined,
    entered: undefined,
  }));
  return [...ranked, ...editors];
}

function buildParticipation(record: ExpandedRecord): SeedDocument {
  const sourceUrl = `${EXAMPLE_SOURCE_ORIGIN}/standards/${standardSlug(record.standard)}#drafters`;
  return {
    _id: participationId(record.standard, record.enterprise, record.role),
    _type: 'participation',
    enterprise: ref(enterpriseId(record.enterprise)),
    standard: ref(standardId(record.standard)),
    role: record.role,
    rank: record.rank,
    year: record.year,
    source: record.entered
      ? source(sourceUrl, `企业自报，待核验 / Reported by the enterprise, not yet verified ${record.entered}`, ENTERED_ON)
      : source(sourceUrl, '标准前言或立项公示：起草单位 / Foreword or project notice: drafting organizations', CAPTURED_ON),
    entered: record.entered ? enteredStamp(STAFF.zhang, ENTERED_ON) : enteredStamp(STAFF.wang, CAPTURED_ON),
    verification: record.entered ? verification('entered') : verification('verified', STAFF.zhang, VERIFIED_ON),
  };
}

export function buildParticipations(): SeedDocument[] {
  return PARTICIPATIONS.flatMap(expandRow).map(buildParticipation);
}
