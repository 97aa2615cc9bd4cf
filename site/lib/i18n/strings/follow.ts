/** Strings of the Atom follow feeds (per enterprise, per award) and their links. */
import type { Label } from '../../domain/vocabulary.ts';

export const FOLLOW_UI = {
  /** `{name}` is the enterprise. */
  enterpriseTitle: { zh: '{name}：新核验记录与质量奖结果', en: '{name}: new verified records and award results' },
  enterpriseSubtitle: {
    zh: '该企业新核验的标准制修订、技术组织任职记录和质量奖公开结果。演示数据。',
    en: 'The enterprise’s newly verified standards work and committee seats, and its public award results. Demonstration data.',
  },
  /** `{name}` is the award. */
  awardTitle: { zh: '{name}：最新结果', en: '{name}: new results' },
  awardSubtitle: {
    zh: '该奖项新公布的推荐、入围、提名奖和获奖结果。演示数据。',
    en: 'Newly announced recommendations, shortlists, nominee awards and winners of the award. Demonstration data.',
  },
  standardWork: { zh: '标准制修订', en: 'Standards work' },
  committeeSeat: { zh: '技术组织任职', en: 'Committee seat' },
  awardResult: { zh: '质量奖结果', en: 'Award result' },
  follow: { zh: '订阅更新（Atom）', en: 'Follow updates (Atom)' },
  followAward: { zh: '订阅本奖项新结果（Atom）', en: 'Follow new results of this award (Atom)' },
  followHint: { zh: '在阅读器中订阅，新记录核验后即可收到', en: 'Subscribe in a feed reader to hear of new records once verified' },
} as const satisfies Record<string, Label>;
