import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { beijingMidnight, FEED_LIMIT, feedEntries, feedItems } from '../../../site/lib/export/feedItems.ts';
import { fixtureRegister } from '../stats/fixtureRegister.ts';

const register = fixtureRegister();
const SITE = new URL('https://register.example.org');

describe('feed entries of the fixture register', () => {
  it('lists announced results and published standards, newest first, same day by id', () => {
    expect(feedEntries(register, 'zh', SITE).map((e) => [e.date, e.id])).toEqual([
      ['2026-09-01', 'standard-t-cesa-91234-2026'],
      ['2025-12-18', 'nomination-gamma-zgc-2025'],
      ['2025-11-30', 'nomination-beta-beijing-2025'],
      ['2024-08-01', 'standard-iso-iec-30141-2024'],
      ['2023-12-20', 'nomination-alpha-zgc-2023'],
      ['2023-12-20', 'nomination-beta-zgc-2023'],
      ['2022-10-12', 'standard-gb-t-39204-2022'],
      ['2005-03-23', 'standard-gb-t-7714-2005'],
    ]);
  });

  it('leaves out results without an announcement date, non-public outcomes and unpublished standards', () => {
    const ids = feedEntries(register, 'en', SITE).map((e) => e.id);
    expect(ids).not.toContain('nomination-delta-beijing-2025');
    expect(ids).not.toContain('nomination-gamma-beijing-2025');
    expect(ids).not.toContain('standard-iso-iec-27099');
  });

  it('writes an award result in Chinese', () => {
    expect(feedItems(register, 'zh', SITE)[1]).toEqual({
      title: '中关村质量奖 2025 年：北京伽马智能有限公司 获奖',
      link: 'https://register.example.org/awards/zhongguancun-quality-award/2025/',
      pubDate: new Date('2025-12-17T16:00:00.000Z'),
      description: '北京伽马智能有限公司在中关村质量奖（区级）2025 年评选中的结果为“获奖”，2025-12-18 公布。',
      categories: ['中关村质量奖'],
      customData: '<guid isPermaLink="false">nomination-gamma-zgc-2025</guid>',
    });
  });

  it('writes a new standard in English, with Chinese where English is missing', () => {
    expect(feedItems(register, 'en', SITE)[0]).toEqual({
      title: 'Published: T/CESA 91234-2026 示例团体标准',
      link: 'https://register.example.org/en/standards/t-cesa-91234-2026/',
      pubDate: new Date('2026-08-31T16:00:00.000Z'),
      description:
        'Group standard T/CESA 91234-2026 “示例团体标准” was published on 2026-09-01, effective 2027-01-01. Participating enterprises: Beijing Gamma Intelligence Co., Ltd. and 北京贝塔数据有限公司.',
      categories: ['Group'],
    });
    expect(feedItems(register, 'en', SITE)[6]?.description).toBe(
      'National standard GB/T 39204-2022 “Information security technology—Requirements for critical information infrastructure protection” was published on 2022-10-12, effective 2023-05-01. Participating enterprises: Beijing Alpha Technology Co., Ltd.',
    );
  });

  it('caps the items', () => {
    expect(FEED_LIMIT).toBe(50);
    expect(feedEntries(register, 'zh', SITE, 3).map((e) => e.id)).toEqual([
      'standard-t-cesa-91234-2026',
      'nomination-gamma-zgc-2025',
      'nomination-beta-beijing-2025',
    ]);
  });

  it('dates items at midnight in Beijing', () => {
    expect(beijingMidnight('2025-12-18').toISOString()).toBe('2025-12-17T16:00:00.000Z');
  });
});

describe('the RSS document', () => {
  it('has one guid per item: the link for standards, the record id for award results', async () => {
    const xml = await getRssString({ title: 't', description: 'd', site: SITE.href, items: feedItems(register, 'zh', SITE) });
    expect(xml.match(/<item>/g)?.length).toBe(8);
    expect(xml).toContain('<guid isPermaLink="false">nomination-alpha-zgc-2023</guid>');
    expect(xml).toContain('<guid isPermaLink="true">https://register.example.org/standards/gb-t-39204-2022/</guid>');
    expect(xml).toContain('<pubDate>Wed, 17 Dec 2025 16:00:00 GMT</pubDate>');
    const guids = [...xml.matchAll(/<guid[^>]*>([^<]+)<\/guid>/g)].map((m) => m[1]);
    expect(new Set(guids).size).toBe(8);
  });
});
