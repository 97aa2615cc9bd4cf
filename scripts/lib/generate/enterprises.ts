/**
 * Fictional enterprises: unique names (names.ts), valid USCCs — mostly Haidian, a few
 * elsewhere in Beijing so the check's "outside Haidian" warning occurs — tiers, parks, tags
 * and, on a few, internal notes carrying a private marker.
 */
import type { EnterpriseTag, ServiceTier } from '../../../site/lib/domain/vocabulary.ts';
import { HAIDIAN_DIVISION, USCC_ALPHABET } from '../../../site/lib/domain/uscc.ts';
import type { SeedDocument } from '../../seed/lib/document.ts';
import { enterpriseId } from '../../seed/lib/ids.ts';
import { makeUscc } from '../../seed/lib/uscc.ts';
import { localeString, localeText, slug } from '../../seed/lib/values.ts';
import { privateMarker } from './markers.ts';
import { EnterpriseNamer, type EnterpriseName } from './names.ts';
import type { Random, Weighted } from './random.ts';

/** Divisions (GB/T 2260): Haidian for most, four other Beijing districts for ~8%. */
const DIVISIONS: Weighted<string> = [
  [HAIDIAN_DIVISION, 92],
  ['110105', 3], // Chaoyang
  ['110114', 2], // Changping
  ['110112', 2], // Tongzhou
  ['110102', 1], // Xicheng
];

const TIERS: Weighted<ServiceTier> = [
  ['excellence', 15],
  ['growth', 40],
  ['foundation', 45],
];

const PARKS = [
  '中关村软件园',
  '上地信息产业基地',
  '清华科技园',
  '中关村集成电路设计园',
  '中关村环保科技示范园',
  '中关村西区',
  '永丰产业基地',
  '翠湖科技园',
  '中关村东升科技园',
  '北京航天城',
];

/** Probability of each tag (independent). */
const TAG_SHARES: readonly (readonly [EnterpriseTag, number])[] = [
  ['high-tech', 0.6],
  ['specialized-new', 0.3],
  ['listed', 0.08],
  ['state-owned', 0.04],
  ['unicorn', 0.02],
];

/** Share with a website, with an English name, and with internal notes. */
const WEBSITE_SHARE = 0.8;
const ENGLISH_SHARE = 0.97;
const INTERNAL_NOTES_SHARE = 0.03;

/** What the tier says the bureau does for the enterprise, for the description. */
const TIER_PHRASES: Readonly<Record<ServiceTier, readonly [zh: string, en: string]>> = {
  excellence: ['牵头多项国际标准和国家标准，推荐参评质量奖', 'leads international and national standards and is recommended for quality awards'],
  growth: ['参与国家标准、行业标准和团体标准的起草', 'helps draft national, industry and association standards'],
  foundation: ['正在建立企业标准体系', 'is building up its own standards system'],
};

export interface GeneratedEnterprise {
  readonly id: string;
  readonly slug: string;
  readonly tier: ServiceTier;
  readonly doc: SeedDocument;
}

/** Unique nine-character organization codes (characters 9–17 of the USCC). */
function organizationCode(random: Random, used: Set<string>): string {
  for (;;) {
    // New registrations since 2015 start with "MA"; older ones are nine free characters.
    let code = random.chance(0.85) ? 'MA' : '';
    while (code.length < 9) code += USCC_ALPHABET.charAt(random.int(0, USCC_ALPHABET.length - 1));
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

function buildEnterprise(random: Random, name: EnterpriseName, org: string): GeneratedEnterprise {
  const tier = random.weighted(TIERS);
  const id = enterpriseId(name.slug);
  const english = random.chance(ENGLISH_SHARE);
  const tags = TAG_SHARES.filter(([, share]) => random.chance(share)).map(([tag]) => tag);
  const phrase = TIER_PHRASES[tier];
  return {
    id,
    slug: name.slug,
    tier,
    doc: {
      _id: id,
      _type: 'enterprise',
      name: localeString(name.zh, english ? name.en : undefined),
      shortName: localeString(name.shortZh, english ? name.shortEn : undefined),
      slug: slug(name.slug),
      uscc: makeUscc(org, random.weighted(DIVISIONS)),
      serviceTier: tier,
      industry: name.industry.section,
      park: random.chance(0.85) ? random.pick(PARKS) : undefined,
      website: random.chance(WEBSITE_SHARE) ? `https://www.${name.slug}.example` : undefined,
      description: localeText(
        `${name.industry.product[0]}企业，${phrase[0]}。`,
        english ? `Provider of ${name.industry.product[1]}; ${phrase[1]}.` : undefined,
      ),
      tags: tags.length > 0 ? tags : undefined,
      internalNotes: random.chance(INTERNAL_NOTES_SHARE) ? `走访记录：联系人与申报意向待核实，勿对外公布。${privateMarker(id)}` : undefined,
    },
  };
}

/** `count` enterprises in random order (so "low index" in a skewed draw is an arbitrary company). */
export function generateEnterprises(random: Random, count: number): GeneratedEnterprise[] {
  const namer = new EnterpriseNamer(random);
  const orgs = new Set<string>();
  const enterprises: GeneratedEnterprise[] = [];
  for (let i = 0; i < count; i += 1) enterprises.push(buildEnterprise(random, namer.next(), organizationCode(random, orgs)));
  return enterprises;
}
