/**
 * A small hand-made register for the statistics, export and feed tests: few enough records
 * that every expected number below can be counted by hand, with one record of each kind the
 * data layer must drop (an unverified participation and committee role, a non-public outcome).
 *
 * Counts by hand (today 2026-11-28):
 * - verified participations by year × level: 2022 national 1 · 2024 international 2 ·
 *   2025 international 1, group 2 (2023 has none).
 * - current committee seats: SAC 2 (gamma on TC 28, alpha chairs TC 28/SC 1), ISO/IEC 1; beta's
 *   seat ended 2024-12-31.
 * - public nominations: 2023 winner 1, shortlisted 1 · 2025 winner 1, nominee 1, recommended 1.
 * - tiers: excellence 1, growth 2, foundation 0, none 1.
 */
import { joinRegister } from '../../../site/lib/data/loadRegister.ts';
import type { REGISTER_QUERY_RESULT } from '../../../site/lib/data/sanity.types.ts';
import type { Register } from '../../../site/lib/data/register.ts';
import type { Verification } from '../../../site/lib/data/sanity.types.ts';

export const FIXTURE_TODAY = '2026-11-28';

const ls = (zh: string, en?: string) => ({ _type: 'localeString' as const, zh, ...(en ? { en } : {}) });
const lt = (zh: string, en?: string) => ({ _type: 'localeText' as const, zh, ...(en ? { en } : {}) });
const verified: Verification = { _type: 'verification', status: 'verified', by: '王芳', on: '2026-10-09' };
const entered: Verification = { _type: 'verification', status: 'entered' };
const source = { _type: 'source' as const, url: 'https://std.example.org/notice/1', title: '公告', capturedOn: '2026-10-01' };

function enterprise(slug: string, name: ReturnType<typeof ls>, serviceTier: 'excellence' | 'growth' | 'foundation' | null) {
  return {
    _id: `enterprise-${slug}`,
    name,
    shortName: null,
    slug,
    uscc: '91110108MA01ALPH0Y',
    serviceTier,
    industry: null,
    park: null,
    website: null,
    logoAssetId: null,
    description: null,
    tags: null,
  };
}

function standard(
  id: string,
  code: string,
  title: ReturnType<typeof ls>,
  level: 'international' | 'national' | 'group',
  publishedOn: string | null,
  effectiveOn: string | null = publishedOn,
) {
  return {
    _id: `standard-${id}`,
    code,
    title,
    level,
    body: null,
    committeeId: null,
    stage: publishedOn ? ('published' as const) : ('committee' as const),
    stageCode: null,
    planNumber: null,
    publishedOn,
    effectiveOn: publishedOn ? effectiveOn : null,
    withdrawnOn: null,
    replacesIds: null,
    designations: null,
    alsoCodes: null,
    adopts: null,
    amendsId: null,
    ics: null,
    ccs: null,
    url: null,
    source: null,
    verification: null,
  };
}

function participation(
  id: string,
  enterprise: string,
  std: string,
  role: 'lead' | 'drafter' | 'editor',
  rank: number | null,
  year: number,
  verification = verified,
) {
  return { _id: `participation-${id}`, enterpriseId: `enterprise-${enterprise}`, standardId: `standard-${std}`, role, rank, year, source, verification };
}

function committeeRole(
  id: string,
  enterprise: string,
  committee: string,
  role: 'chair' | 'member' | 'expert',
  since: string,
  until: string | null,
  verification = verified,
) {
  return {
    _id: `committeeRole-${id}`,
    enterpriseId: `enterprise-${enterprise}`,
    committeeId: `technicalCommittee-${committee}`,
    role,
    since,
    until,
    source: null,
    verification,
  };
}

function nomination(
  id: string,
  enterprise: string,
  award: string,
  year: number,
  outcome: 'winner' | 'shortlisted' | 'nominee' | 'recommended' | 'not-awarded',
  announcedOn: string | null,
) {
  return {
    _id: `nomination-${id}`,
    enterpriseId: `enterprise-${enterprise}`,
    awardId: `award-${award}`,
    year,
    session: null,
    outcome,
    recommendedBy: null,
    announcedOn,
    source: null,
    verification: verified,
  };
}

export const FIXTURE_RESULT: REGISTER_QUERY_RESULT = {
  enterprises: [
    {
      ...enterprise('alpha', ls('北京阿尔法科技有限公司', 'Beijing Alpha Technology Co., Ltd.'), 'excellence'),
      shortName: ls('阿尔法', 'Alpha'),
      industry: 'I',
      park: '中关村软件园',
      website: 'https://alpha.example.com/',
      description: lt('示例企业，含逗号, 和 "引号"。', 'A demo enterprise.'),
      tags: ['listed', 'high-tech'],
    },
    enterprise('beta', ls('北京贝塔数据有限公司'), 'growth'),
    enterprise('delta', ls('北京德尔塔网络有限公司', 'Beijing Delta Networks Co., Ltd.'), null),
    enterprise('gamma', ls('北京伽马智能有限公司', 'Beijing Gamma Intelligence Co., Ltd.'), 'growth'),
  ],
  standards: [
    {
      ...standard(
        'gb-t-39204-2022',
        'GB/T 39204-2022',
        ls('信息安全技术 关键信息基础设施安全保护要求', 'Information security technology—Requirements for critical information infrastructure protection'),
        'national',
        '2022-10-12',
        '2023-05-01',
      ),
      body: 'SAC',
      committeeId: 'technicalCommittee-sac-tc-28',
      replacesIds: ['standard-gb-t-7714-2005'],
      ics: ['35.030'],
      url: 'https://std.example.org/gb-t-39204-2022',
      source,
      verification: verified,
    },
    standard(
      'gb-t-7714-2005',
      'GB/T 7714-2005',
      ls('文后参考文献著录规则', 'Descriptive rules for bibliographic references'),
      'national',
      '2005-03-23',
      '2005-10-01',
    ),
    standard('iso-iec-27099', 'ISO/IEC 27099', ls('公钥基础设施 实践与策略框架'), 'international', null),
    standard('iso-iec-30141-2024', 'ISO/IEC 30141:2024', ls('物联网 参考体系结构', 'Internet of Things—Reference architecture'), 'international', '2024-08-01'),
    standard('t-cesa-91234-2026', 'T/CESA 91234—2026', ls('示例团体标准'), 'group', '2026-09-01', '2027-01-01'),
  ],
  committees: [
    {
      _id: 'technicalCommittee-iso-iec-jtc-1-sc-41',
      code: 'ISO/IEC JTC 1/SC 41',
      name: ls('物联网和数字孪生分委会', 'Internet of Things and digital twin'),
      body: 'ISO/IEC',
      level: 'international',
      parentId: null,
      url: 'https://www.iso.org/committee/6483279.html',
    },
    {
      _id: 'technicalCommittee-sac-tc-28',
      code: 'SAC/TC 28',
      name: ls('全国信息技术标准化技术委员会', 'National Information Technology Standardization TC'),
      body: 'SAC',
      level: 'national',
      parentId: null,
      url: null,
    },
    {
      _id: 'technicalCommittee-sac-tc-28-sc-1',
      code: 'SAC/TC 28/SC 1',
      name: ls('术语分委会'),
      body: 'SAC',
      level: 'national',
      parentId: 'technicalCommittee-sac-tc-28',
      url: null,
    },
  ],
  participations: [
    participation('alpha-30141-lead', 'alpha', 'iso-iec-30141-2024', 'lead', 1, 2024),
    participation('beta-30141-drafter', 'beta', 'iso-iec-30141-2024', 'drafter', 2, 2024),
    participation('alpha-39204-lead', 'alpha', 'gb-t-39204-2022', 'lead', 1, 2022),
    participation('gamma-91234-drafter', 'gamma', 't-cesa-91234-2026', 'drafter', 3, 2025),
    participation('alpha-27099-editor', 'alpha', 'iso-iec-27099', 'editor', null, 2025),
    participation('beta-91234-drafter', 'beta', 't-cesa-91234-2026', 'drafter', 4, 2025),
    participation('gamma-39204-unverified', 'gamma', 'gb-t-39204-2022', 'drafter', 5, 2022, entered),
  ],
  committeeRoles: [
    committeeRole('alpha-sc-41-expert', 'alpha', 'iso-iec-jtc-1-sc-41', 'expert', '2020-01-01', null),
    committeeRole('beta-tc-28-member', 'beta', 'sac-tc-28', 'member', '2019-03-01', '2024-12-31'),
    committeeRole('gamma-tc-28-member', 'gamma', 'sac-tc-28', 'member', '2021-06-01', null),
    committeeRole('alpha-tc-28-sc-1-chair', 'alpha', 'sac-tc-28-sc-1', 'chair', '2022-01-01', '2027-12-31'),
    committeeRole('delta-sc-41-unverified', 'delta', 'iso-iec-jtc-1-sc-41', 'member', '2023-01-01', null, entered),
  ],
  awards: [
    {
      _id: 'award-beijing-quality-award',
      name: ls('北京市人民政府质量管理奖', 'Beijing Municipal Government Quality Management Award'),
      slug: 'beijing-quality-award',
      level: 'municipal',
      organizer: ls('北京市人民政府', 'Beijing Municipal Government'),
      cycleYears: 2,
      firstYear: 2011,
      reapplyAfterSessions: 2,
      revocationYears: 3,
      url: 'https://award.example.org/beijing',
      description: null,
    },
    {
      _id: 'award-zhongguancun-quality-award',
      name: ls('中关村质量奖', 'Zhongguancun Quality Award'),
      slug: 'zhongguancun-quality-award',
      level: 'district',
      organizer: null,
      cycleYears: 2,
      firstYear: 2016,
      reapplyAfterSessions: null,
      revocationYears: null,
      url: null,
      description: null,
    },
  ],
  nominations: [
    nomination('alpha-zgc-2023', 'alpha', 'zhongguancun-quality-award', 2023, 'winner', '2023-12-20'),
    nomination('beta-zgc-2023', 'beta', 'zhongguancun-quality-award', 2023, 'shortlisted', '2023-12-20'),
    nomination('gamma-zgc-2025', 'gamma', 'zhongguancun-quality-award', 2025, 'winner', '2025-12-18'),
    {
      ...nomination('beta-beijing-2025', 'beta', 'beijing-quality-award', 2025, 'nominee', '2025-11-30'),
      session: 14,
      recommendedBy: ls('海淀区市场监督管理局', 'Haidian District Administration for Market Regulation'),
      source,
    },
    nomination('delta-beijing-2025', 'delta', 'beijing-quality-award', 2025, 'recommended', null),
    nomination('gamma-beijing-2025', 'gamma', 'beijing-quality-award', 2025, 'not-awarded', '2025-11-30'),
  ],
  assets: [],
  programs: [
    {
      _id: 'supportProgram-standard-subsidy',
      title: ls('标准制修订资助', 'Standards drafting subsidy'),
      slug: 'standard-subsidy',
      kind: 'subsidy',
      issuer: ls('海淀区市场监督管理局'),
      documentNumber: '海市监发〔2026〕12号',
      summary: lt('对主导国际、国家标准的企业给予资助。'),
      body: null,
      url: 'https://support.example.org/subsidy',
      opensOn: '2026-10-01',
      closesOn: '2026-12-15',
      eligibility: {
        _type: 'eligibility',
        levels: ['international', 'national'],
        roles: ['lead'],
        maxRank: 3,
        implementedWithinYears: 2,
        tiers: ['excellence', 'growth'],
      },
      amounts: [
        { _key: 'a0', _type: 'amount', level: 'international', amountCNY: 500000 },
        { _key: 'a1', _type: 'amount', level: 'national', amountCNY: 300000 },
      ],
    },
  ],
};

/** The joined fixture register (joinRegister drops the unverified and non-public records itself). */
export function fixtureRegister(): Register {
  return joinRegister(FIXTURE_RESULT, FIXTURE_TODAY, 'fixture');
}
