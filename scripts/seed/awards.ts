/**
 * The three quality awards of docs/design.md ("The awards"). Rules are the public facts stated
 * there. `firstYear` anchors the biennial clock (sessions fall on firstYear + k × cycleYears);
 * it is a demonstration value, as is everything about the Zhongguancun award's rules.
 */
import type { AwardLevel } from '../../site/lib/domain/vocabulary.ts';
import { HAIDIAN_AMR, SAMR } from './lib/constants.ts';
import type { SeedDocument } from './lib/document.ts';
import { awardId } from './lib/ids.ts';
import { localeString, localeText, slug, type LocaleValue } from './lib/values.ts';

export interface AwardRow {
  readonly slug: string;
  readonly zh: string;
  readonly en: string;
  readonly level: AwardLevel;
  readonly organizer: LocaleValue;
  readonly cycleYears: number;
  readonly firstYear: number;
  readonly reapplyAfterSessions?: number;
  readonly revocationYears?: number;
  readonly url: string;
  readonly description: readonly [zh: string, en: string];
}

export const AWARDS: readonly AwardRow[] = [
  {
    slug: 'china-quality-award',
    zh: '中国质量奖',
    en: 'China Quality Award',
    level: 'national',
    organizer: SAMR,
    cycleYears: 2,
    firstYear: 2013,
    url: 'https://www.samr.gov.cn/',
    description: [
      '我国质量领域的最高荣誉，每两年评选一次，每届中国质量奖不超过 10 个组织和个人，提名奖不超过 90 个，组织和个人均可参评。',
      'The highest honour for quality in China. Awarded every two years: at most 10 awards and 90 nominee awards a session, to organizations and individuals.',
    ],
  },
  {
    slug: 'beijing-quality-management-award',
    zh: '北京市人民政府质量管理奖',
    en: 'Beijing Municipal Government Quality Management Award',
    level: 'municipal',
    organizer: localeString('北京市人民政府', "Beijing Municipal People's Government"),
    cycleYears: 2,
    firstYear: 2007,
    reapplyAfterSessions: 2,
    revocationYears: 3,
    url: 'https://scjgj.beijing.gov.cn/',
    description: [
      '北京市质量领域最高奖项，每两年评选一次，每届获奖组织不超过 5 个、提名奖不超过 5 个，各区可推荐企业参评。获奖组织间隔两届后方可再次申报；获奖后 3 年内发生重大质量、安全、环境事故的，撤销其奖项。',
      "Beijing's highest quality award, every two years: at most 5 awards and 5 nominee awards a session; districts may recommend candidates. A winner may apply again only after two sessions; a win is revoked after a major quality, safety or environmental accident within 3 years.",
    ],
  },
  {
    slug: 'zhongguancun-quality-award',
    zh: '中关村质量奖',
    en: 'Zhongguancun Quality Award',
    level: 'district',
    organizer: HAIDIAN_AMR,
    cycleYears: 1,
    firstYear: 2016,
    reapplyAfterSessions: 2,
    url: 'https://std.example.org/awards/zhongguancun-quality-award',
    description: [
      '海淀区自设的质量奖，每年评选一次，优先面向“提升型”企业，获奖企业优先推荐参评北京市人民政府质量管理奖和中国质量奖。（规则为演示数据。）',
      'The district\'s own quality award, held every year and open first to "growth" enterprises; winners are recommended first for the Beijing and China awards. (Rules are demonstration data.)',
    ],
  },
];

export function buildAwards(): SeedDocument[] {
  return AWARDS.map((row) => ({
    _id: awardId(row.slug),
    _type: 'award',
    name: localeString(row.zh, row.en),
    slug: slug(row.slug),
    level: row.level,
    organizer: row.organizer,
    cycleYears: row.cycleYears,
    firstYear: row.firstYear,
    reapplyAfterSessions: row.reapplyAfterSessions,
    revocationYears: row.revocationYears,
    url: row.url,
    description: localeText(row.description[0], row.description[1]),
  }));
}

/**
 * The session (届) of a year, on the award's clock.
 * @example sessionOf(AWARDS[1], 2021) //=> 8
 */
export function sessionOf(award: AwardRow, year: number): number {
  const offset = year - award.firstYear;
  if (offset < 0 || offset % award.cycleYears !== 0) throw new Error(`${award.slug} holds no session in ${year}`);
  return offset / award.cycleYears + 1;
}
