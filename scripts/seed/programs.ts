/**
 * Support programmes of the district: all fictional, including document numbers (文号) and
 * amounts. Windows are set around DATASET_DAY (2026-11-28): some open, one closing within 30
 * days, some closed, one not yet open, one rolling (no deadline).
 */
import type { ParticipationRole, ProgramKind, ServiceTier, StandardLevel } from '../../site/lib/domain/vocabulary.ts';
import { MARKERS } from './privateMarkers.ts';
import { EXAMPLE_SOURCE_ORIGIN, HAIDIAN_AMR } from './lib/constants.ts';
import { draftId, type SeedDocument } from './lib/document.ts';
import { programId } from './lib/ids.ts';
import { portableText, type Paragraph } from './lib/portableText.ts';
import { localeString, localeText, slug, type LocaleValue } from './lib/values.ts';

export interface Eligibility {
  readonly levels?: readonly StandardLevel[];
  readonly roles?: readonly ParticipationRole[];
  readonly maxRank?: number;
  readonly implementedWithinYears?: number;
  readonly tiers?: readonly ServiceTier[];
}

export interface ProgramRow {
  readonly slug: string;
  readonly title: readonly [zh: string, en?: string];
  readonly kind: ProgramKind;
  readonly issuer: LocaleValue;
  readonly documentNumber?: string;
  readonly summary: readonly [zh: string, en?: string];
  readonly body: readonly Paragraph[];
  readonly opensOn?: string;
  readonly closesOn?: string;
  readonly eligibility?: Eligibility;
  readonly amounts?: Readonly<Partial<Record<StandardLevel, number>>>;
}

const HAIDIAN_GOVERNMENT_OFFICE = localeString('北京市海淀区人民政府办公室', "General Office of the Haidian District People's Government");
const guide = (name: string) => ({ text: '申报指南', href: `${EXAMPLE_SOURCE_ORIGIN}/support/${name}/guide` });

/** Amounts per level, in yuan (fictional). */
const STANDARD_AMOUNTS = { international: 500_000, national: 300_000, industry: 100_000, local: 100_000, group: 50_000 } as const;

export const PROGRAMS: readonly ProgramRow[] = [
  {
    slug: 'standards-subsidy-2026',
    title: ['海淀区标准化项目资助（2026年度）', 'Haidian standardization subsidy (2026)'],
    kind: 'subsidy',
    issuer: HAIDIAN_AMR,
    documentNumber: '海市监发〔2026〕8号',
    summary: [
      '对主导或参与制定并已发布的国际、国家、行业、地方和团体标准的企业给予一次性资助。',
      'One-off subsidy for enterprises that led or helped draft a published international, national, industry, local or association standard.',
    ],
    body: [
      { style: 'h2', segments: ['资助对象'] },
      { segments: ['在海淀区注册的企业，作为前三名起草单位主导或参与制定、且在近两年内实施的标准。'] },
      { list: 'bullet', segments: ['国际标准每项最高 50 万元；国家标准 30 万元；行业、地方标准 10 万元；团体标准 5 万元。'] },
      { list: 'bullet', segments: ['同一标准只资助排名最靠前的一家企业。'] },
      { segments: ['详见', guide('standards-subsidy-2026'), '。截止日期为 2026 年 12 月 15 日。'] },
    ],
    opensOn: '2026-03-01',
    closesOn: '2026-12-15',
    eligibility: { levels: ['international', 'national', 'industry', 'local', 'group'], roles: ['lead', 'drafter'], maxRank: 3, implementedWithinYears: 2 },
    amounts: STANDARD_AMOUNTS,
  },
  {
    slug: 'international-standardization-support',
    title: ['国际标准化工作专项支持', 'International standardization support'],
    kind: 'subsidy',
    issuer: HAIDIAN_AMR,
    documentNumber: '海市监发〔2026〕15号',
    summary: [
      '支持“培优型”“提升型”企业主导国际标准项目、担任项目编辑。',
      'Supports "excellence" and "growth" enterprises leading international standards projects or acting as project editors.',
    ],
    body: [
      { segments: ['企业主导国际标准项目或担任项目编辑的，按项目给予支持，在研项目亦可申报。'] },
      { segments: ['申报材料与流程见', guide('international-standardization-support'), '。'] },
    ],
    opensOn: '2026-01-01',
    closesOn: '2027-06-30',
    eligibility: { levels: ['international'], roles: ['lead', 'editor'], tiers: ['excellence', 'growth'] },
    amounts: { international: STANDARD_AMOUNTS.international },
  },
  {
    slug: 'zhongguancun-quality-award-2026',
    title: ['2026年度中关村质量奖申报', 'Zhongguancun Quality Award 2026: applications'],
    kind: 'recommendation',
    issuer: HAIDIAN_AMR,
    documentNumber: '海市监发〔2026〕21号',
    summary: [
      '受理 2026 年度中关村质量奖申报，获奖企业优先推荐参评北京市人民政府质量管理奖。',
      'Applications for the 2026 Zhongguancun Quality Award; winners are recommended first for the Beijing award.',
    ],
    body: [
      { segments: ['面向“提升型”“培优型”企业，申报已于 2026 年 9 月 30 日截止，评审结果将于年底公布。'] },
      { segments: ['评审标准见', guide('zhongguancun-quality-award-2026'), '。'] },
    ],
    opensOn: '2026-08-01',
    closesOn: '2026-09-30',
    eligibility: { tiers: ['excellence', 'growth'] },
  },
  {
    slug: 'beijing-quality-award-2027-recommendation',
    title: ['2027年北京市人民政府质量管理奖区级推荐', 'District recommendation for the 2027 Beijing Quality Management Award'],
    kind: 'recommendation',
    issuer: HAIDIAN_AMR,
    documentNumber: '海市监函〔2026〕33号',
    summary: [
      '区市场监管局将择优推荐企业参评 2027 年北京市人民政府质量管理奖。',
      'The district will recommend candidates for the 2027 Beijing Municipal Government Quality Management Award.',
    ],
    body: [
      { segments: ['获奖企业间隔两届后方可再次申报；推荐名额以市级通知为准。'] },
      { segments: ['2027 年 1 月 5 日起受理，详见', guide('beijing-quality-award-2027-recommendation'), '。'] },
    ],
    opensOn: '2027-01-05',
    closesOn: '2027-03-31',
    eligibility: { tiers: ['excellence'] },
  },
  {
    slug: 'standardization-service-desk',
    title: ['标准化技术服务进企业', 'Standardization service visits'],
    kind: 'service',
    issuer: HAIDIAN_AMR,
    documentNumber: '海市监发〔2025〕12号',
    summary: [
      '为“基础型”“提升型”企业提供标准查询、企业标准自我声明和标准化培训等免费服务，常年受理。',
      'Free help for "foundation" and "growth" enterprises: finding standards, self-declaring enterprise standards, training. Open all year.',
    ],
    body: [
      { segments: ['预约后由标准化科派员上门服务，内容包括标准检索、企业标准编写和标准化良好行为自评价。'] },
      { segments: ['预约方式见', { text: '服务预约页面', href: `${EXAMPLE_SOURCE_ORIGIN}/support/standardization-service-desk/booking` }, '。'] },
    ],
    opensOn: '2025-01-01',
    eligibility: { tiers: ['foundation', 'growth'] },
  },
  {
    slug: 'standards-participation-measures',
    title: ['海淀区关于支持企业参与标准制修订的若干措施', 'Measures to support enterprises in standards development'],
    kind: 'policy',
    issuer: HAIDIAN_GOVERNMENT_OFFICE,
    documentNumber: '海政办发〔2025〕7号',
    summary: ['明确对企业参与国际、国家标准制修订和承担国际标准组织技术机构工作的支持方向。'],
    body: [
      { segments: ['鼓励企业更多参与国际、国家标准制修订，承担国际标准组织技术机构工作，推动海淀标准走向国际。'] },
      { segments: ['具体资助办法见年度资助通知。'] },
    ],
    opensOn: '2025-05-01',
    closesOn: '2027-12-31',
  },
  {
    slug: 'group-standards-subsidy-2025',
    title: ['团体标准培优资助（2025年度）', 'Association standards subsidy (2025)'],
    kind: 'subsidy',
    issuer: HAIDIAN_AMR,
    documentNumber: '海市监发〔2025〕30号',
    summary: ['资助牵头制定并在一年内实施团体标准的企业。', 'Subsidy for enterprises that led an association standard implemented within the last year.'],
    body: [{ segments: ['本年度申报已结束，请关注 2026 年度标准化项目资助。'] }],
    opensOn: '2025-04-01',
    closesOn: '2025-06-30',
    eligibility: { levels: ['group'], roles: ['lead'], maxRank: 1, implementedWithinYears: 1 },
    amounts: { group: STANDARD_AMOUNTS.group },
  },
];

/** A programme being prepared for next year: exists only as a draft. */
const DRAFT_ONLY: ProgramRow = {
  slug: 'international-standards-subsidy-2027',
  title: [`国际标准资助（2027年度，起草中）${MARKERS.draftProgram}`],
  kind: 'subsidy',
  issuer: HAIDIAN_AMR,
  summary: ['草稿，尚未发布。'],
  body: [{ segments: ['草稿。'] }],
};

const LEVEL_ORDER: readonly StandardLevel[] = ['international', 'national', 'industry', 'local', 'group'];

function buildEligibility(e: Eligibility | undefined) {
  if (!e) return undefined;
  return {
    _type: 'eligibility',
    levels: e.levels === undefined ? undefined : [...e.levels],
    roles: e.roles === undefined ? undefined : [...e.roles],
    maxRank: e.maxRank,
    implementedWithinYears: e.implementedWithinYears,
    tiers: e.tiers === undefined ? undefined : [...e.tiers],
  };
}

function buildProgram(row: ProgramRow): SeedDocument {
  const amounts = row.amounts;
  return {
    _id: programId(row.slug),
    _type: 'supportProgram',
    title: localeString(row.title[0], row.title[1]),
    slug: slug(row.slug),
    kind: row.kind,
    issuer: row.issuer,
    documentNumber: row.documentNumber,
    summary: localeText(row.summary[0], row.summary[1]),
    body: portableText(row.slug, row.body),
    url: `${EXAMPLE_SOURCE_ORIGIN}/support/${row.slug}`,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    eligibility: buildEligibility(row.eligibility),
    amounts:
      amounts === undefined
        ? undefined
        : LEVEL_ORDER.flatMap((level) => {
            const amountCNY = amounts[level];
            return amountCNY === undefined ? [] : [{ _key: level, _type: 'amount', level, amountCNY }];
          }),
  };
}

export function buildPrograms(): SeedDocument[] {
  const draft = buildProgram(DRAFT_ONLY);
  return [...PROGRAMS.map(buildProgram), { ...draft, _id: draftId(draft._id) }];
}
