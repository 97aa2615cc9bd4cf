/** Strings of the RSS feeds (/feed.xml, /en/feed.xml). */
import type { Label } from '../../domain/vocabulary.ts';

export const FEED_UI = {
  title: { zh: '海淀区标准化与质量奖励名录：最新结果与新发布标准', en: 'Haidian Standards and Quality Awards Register: award results and new standards' },
  description: {
    zh: '中国质量奖、北京市人民政府质量管理奖和中关村质量奖的最新公开结果，以及名录企业参与的新发布标准。演示数据。',
    en: 'The latest public results of the China, Beijing and Zhongguancun quality awards, and newly published standards the register’s enterprises took part in. Demonstration data.',
  },
  published: { zh: '发布', en: 'Published' },
  participants: { zh: '参与企业', en: 'Participating enterprises' },
  feedLink: { zh: 'RSS 订阅', en: 'RSS feed' },
} as const satisfies Record<string, Label>;
