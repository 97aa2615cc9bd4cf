/**
 * Support programmes: yearly editions of the district's programme kinds (subsidies,
 * award recommendations, services, policies) with document numbers, windows around their
 * year, eligibility and amounts. Slugs are `<programme>-<year>`, then `-batch-<n>` for a
 * further batch of the same year (第二批).
 */
import type { ParticipationRole, ProgramKind, ServiceTier, StandardLevel } from '../../../site/lib/domain/vocabulary.ts';
import { EXAMPLE_SOURCE_ORIGIN, HAIDIAN_AMR } from '../../seed/lib/constants.ts';
import type { SeedDocument } from '../../seed/lib/document.ts';
import { programId } from '../../seed/lib/ids.ts';
import { portableText } from '../../seed/lib/portableText.ts';
import { localeString, localeText, slug } from '../../seed/lib/values.ts';
import { addDays, randomDate } from './dates.ts';
import type { Random } from './random.ts';

interface Template {
  readonly slug: string;
  readonly kind: ProgramKind;
  readonly title: (year: number) => readonly [zh: string, en: string];
  readonly summary: readonly [zh: string, en: string];
  readonly eligibility?: {
    readonly levels?: readonly StandardLevel[];
    readonly roles?: readonly ParticipationRole[];
    readonly maxRank?: number;
    readonly implementedWithinYears?: number;
    readonly tiers?: readonly ServiceTier[];
  };
  readonly amounts?: Readonly<Partial<Record<StandardLevel, number>>>;
  /** Open all year, no closing date. */
  readonly rolling?: boolean;
}

const LEVELS: readonly StandardLevel[] = ['international', 'national', 'industry', 'local', 'group'];
/** Amounts per level, in yuan (fictional, as in the seed). */
const AMOUNTS = { international: 500_000, national: 300_000, industry: 100_000, local: 100_000, group: 50_000 } as const;

const TEMPLATES: readonly Template[] = [
  {
    slug: 'standards-subsidy',
    kind: 'subsidy',
    title: (y) => [`海淀区标准化项目资助（${y}年度）`, `Haidian standardization subsidy (${y})`],
    summary: ['对主导或参与制定并已发布标准的企业给予一次性资助。', 'One-off subsidy for enterprises that led or helped draft a published standard.'],
    eligibility: { levels: LEVELS, roles: ['lead', 'drafter'], maxRank: 3, implementedWithinYears: 2 },
    amounts: AMOUNTS,
  },
  {
    slug: 'international-standardization-support',
    kind: 'subsidy',
    title: (y) => [`国际标准化工作专项支持（${y}年度）`, `International standardization support (${y})`],
    summary: ['支持企业主导国际标准项目、担任项目编辑。', 'Supports enterprises leading international standards projects or acting as project editors.'],
    eligibility: { levels: ['international'], roles: ['lead', 'editor'], tiers: ['excellence', 'growth'] },
    amounts: { international: AMOUNTS.international },
  },
  {
    slug: 'group-standards-subsidy',
    kind: 'subsidy',
    title: (y) => [`团体标准培优资助（${y}年度）`, `Association standards subsidy (${y})`],
    summary: ['资助牵头制定并在一年内实施团体标准的企业。', 'Subsidy for enterprises that led an association standard implemented within the last year.'],
    eligibility: { levels: ['group'], roles: ['lead'], maxRank: 1, implementedWithinYears: 1 },
    amounts: { group: AMOUNTS.group },
  },
  {
    slug: 'zhongguancun-quality-award',
    kind: 'recommendation',
    title: (y) => [`${y}年度中关村质量奖申报`, `Zhongguancun Quality Award ${y}: applications`],
    summary: [
      '受理中关村质量奖申报，获奖企业优先推荐参评北京市人民政府质量管理奖。',
      'Applications for the Zhongguancun Quality Award; winners are recommended first for the Beijing award.',
    ],
    eligibility: { tiers: ['excellence', 'growth'] },
  },
  {
    slug: 'beijing-quality-award-recommendation',
    kind: 'recommendation',
    title: (y) => [`${y}年北京市人民政府质量管理奖区级推荐`, `District recommendation for the ${y} Beijing Quality Management Award`],
    summary: [
      '区市场监管局择优推荐企业参评北京市人民政府质量管理奖。',
      'The district recommends candidates for the Beijing Municipal Government Quality Management Award.',
    ],
    eligibility: { tiers: ['excellence'] },
  },
  {
    slug: 'standardization-service',
    kind: 'service',
    title: (y) => [`标准化技术服务进企业（${y}年度）`, `Standardization service visits (${y})`],
    summary: [
      '为企业提供标准查询、企业标准自我声明和标准化培训等免费服务。',
      'Free help for enterprises: finding standards, self-declaring enterprise standards, training.',
    ],
    eligibility: { tiers: ['foundation', 'growth'] },
    rolling: true,
  },
  {
    slug: 'committee-seat-service',
    kind: 'service',
    title: (y) => [`国际标准组织技术机构任职服务（${y}年度）`, `Support for seats in international committees (${y})`],
    summary: [
      '协助企业申请承担国际标准组织技术机构秘书处和召集人等职务。',
      'Helps enterprises apply for secretariats and convenorships of international committees.',
    ],
    eligibility: { levels: ['international'], tiers: ['excellence'] },
    rolling: true,
  },
  {
    slug: 'standards-participation-measures',
    kind: 'policy',
    title: (y) => [`海淀区关于支持企业参与标准制修订的若干措施（${y}年修订）`, `Measures to support enterprises in standards development (${y} revision)`],
    summary: [
      '明确对企业参与国际、国家标准制修订和承担国际标准组织技术机构工作的支持方向。',
      'Sets out support for enterprises in international and national standards work.',
    ],
  },
];

const FIRST_YEAR = 2016;
const LAST_YEAR = 2027;
/** Chinese ordinal of a batch (第二批). */
const BATCH_ZH = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function generatePrograms(random: Random, count: number): SeedDocument[] {
  const batches = new Map<string, number>();
  const numbers = new Map<number, number>();
  const docs: SeedDocument[] = [];
  // One template of every kind first, so even five programmes show all four kinds.
  const order = [...new Map(TEMPLATES.map((t) => [t.kind, t])).values()];
  while (docs.length < count) {
    const template = order.shift() ?? random.pick(TEMPLATES);
    const year = random.int(FIRST_YEAR, LAST_YEAR);
    const key = `${template.slug}-${year}`;
    const batch = (batches.get(key) ?? 0) + 1;
    batches.set(key, batch);
    const programSlug = batch === 1 ? key : `${key}-batch-${batch}`;
    const [titleZh, titleEn] = template.title(year);
    const batchZh = batch === 1 ? '' : `（第${BATCH_ZH[batch - 1] ?? String(batch)}批）`;
    const serial = (numbers.get(year) ?? 0) + 1;
    numbers.set(year, serial);
    const opensOn = randomDate(random, `${year - 1}-12-01`, `${year}-06-30`);
    const url = `${EXAMPLE_SOURCE_ORIGIN}/support/${programSlug}`;
    docs.push({
      _id: programId(programSlug),
      _type: 'supportProgram',
      title: localeString(`${titleZh}${batchZh}`, batch === 1 ? titleEn : `${titleEn}, batch ${batch}`),
      slug: slug(programSlug),
      kind: template.kind,
      issuer: HAIDIAN_AMR,
      documentNumber: `海市监发〔${year}〕${serial}号`,
      summary: localeText(template.summary[0], template.summary[1]),
      body: portableText(programSlug, [{ segments: [template.summary[0]] }, { segments: ['详见', { text: '申报指南', href: `${url}/guide` }, '。'] }]),
      url,
      opensOn,
      closesOn: template.rolling ? undefined : addDays(opensOn, random.int(45, 300)),
      eligibility: template.eligibility && {
        _type: 'eligibility',
        levels: template.eligibility.levels && [...template.eligibility.levels],
        roles: template.eligibility.roles && [...template.eligibility.roles],
        maxRank: template.eligibility.maxRank,
        implementedWithinYears: template.eligibility.implementedWithinYears,
        tiers: template.eligibility.tiers && [...template.eligibility.tiers],
      },
      amounts:
        template.amounts &&
        LEVELS.flatMap((level) => {
          const amountCNY = template.amounts?.[level];
          return amountCNY === undefined ? [] : [{ _key: level, _type: 'amount', level, amountCNY }];
        }),
    });
  }
  return docs;
}
