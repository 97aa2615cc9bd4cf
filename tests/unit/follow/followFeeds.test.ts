/**
 * The Atom follow feeds on the embedded dataset: which entries an enterprise's and an award's
 * feed hold, their stable `tag:` ids, dates and links, and the RFC 4287 elements of the document.
 * (The e2e spec parses every built feed with the browser's XML parser.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../../site/lib/data/register.ts';
import { atomDate, escapeXml, tagUri, writeAtom } from '../../../site/lib/export/atom.ts';
import { awardFeed, enterpriseFeed, resultDate } from '../../../site/lib/export/followFeeds.ts';
import { loadDatasetRegister, TODAY } from '../awards/register.ts';

const SITE = new URL('https://zl.example.gov.cn/');
let register: Register;
beforeAll(async () => {
  register = await loadDatasetRegister();
});

const tags = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((m) => m[1] ?? '');

describe('Atom writer', () => {
  it('escapes text, mints tag: ids from the host, dates days in Beijing', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    expect(tagUri(SITE, 'zh/participation-x')).toBe('tag:zl.example.gov.cn,2026:zh/participation-x');
    expect(atomDate('2026-10-28')).toBe('2026-10-28T00:00:00+08:00');
  });
});

describe('an enterprise feed: zhixin-tech', () => {
  it('holds its 16 verified participations, 2 committee seats and 5 public award results, newest first', () => {
    const e = register.enterprises.find((x) => x.slug === 'zhixin-tech')!;
    expect([e.participations.length, e.committeeRoles.length, e.nominations.length]).toEqual([16, 2, 5]);
    const feed = enterpriseFeed(e, register, 'zh', SITE);
    expect(feed.entries).toHaveLength(23);
    expect(new Set(feed.entries.map((x) => x.key))).toEqual(new Set([...e.participations, ...e.committeeRoles, ...e.nominations].map((r) => r._id)));
    const dates = feed.entries.map((x) => x.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates.every((d) => d <= TODAY)).toBe(true);
    const seat = feed.entries.find((x) => x.key === 'committeeRole-iso-iec-jtc-1-sc-41-zhixin-tech-convenor');
    expect(seat).toMatchObject({
      title: '召集人：ISO/IEC JTC 1/SC 41 物联网和数字孪生分技术委员会',
      updated: '2026-10-30',
      link: 'https://zl.example.gov.cn/committees/iso-iec-jtc-1-sc-41/',
    });
    const lead = feed.entries.find((x) => x.key === 'participation-gb-t-98101-2026-zhixin-tech-lead');
    expect(lead?.title).toBe('主导/牵头：GB/T 98101-2026《信息技术 物联网 边缘计算节点通用技术要求》');
    expect(lead?.link).toBe('https://zl.example.gov.cn/standards/gb-t-98101-2026/');
  });

  it('is an Atom document with the required elements, ids that stay put, and links to itself and the profile', () => {
    const e = register.enterprises.find((x) => x.slug === 'zhixin-tech')!;
    const xml = writeAtom(enterpriseFeed(e, register, 'en', SITE), SITE);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://zl.example.gov.cn/en/enterprises/zhixin-tech/atom.xml"/>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://zl.example.gov.cn/en/enterprises/zhixin-tech/"/>');
    expect(xml).toContain('<author><name>Haidian District Quality Bureau (demo)</name></author>');
    const ids = tags(xml, 'id');
    expect(ids[0]).toBe('tag:zl.example.gov.cn,2026:en/enterprises/zhixin-tech');
    expect(ids).toHaveLength(24);
    expect(new Set(ids).size).toBe(24);
    expect(ids).toContain('tag:zl.example.gov.cn,2026:en/nomination-china-quality-award-2025-zhixin-tech');
    expect(tags(xml, 'updated')[0]).toBe('2026-10-30T00:00:00+08:00');
    expect(writeAtom(enterpriseFeed(e, register, 'en', SITE), SITE)).toBe(xml);
  });
});

describe('an award feed: the China Quality Award', () => {
  it('holds its public results, dated by announcement (else verification), in the site feed’s words', () => {
    const award = register.awards.find((a) => a.slug === 'china-quality-award')!;
    const feed = awardFeed(award, register, 'en', SITE);
    expect(feed.entries.map((x) => [x.updated, x.title])).toEqual([
      ['2025-11-26', 'China Quality Award 2025: Beijing Huaxin Shuzhi Technology Co., Ltd. — Nominee award'],
      ['2025-11-26', 'China Quality Award 2025: Beijing Zhixin Microlink Technology Co., Ltd. — Winner'],
      ['2025-04-10', 'China Quality Award 2025: Beijing Boyuan Semiconductor Co., Ltd. — Recommended'],
      ['2023-11-26', 'China Quality Award 2023: Beijing Zhixin Microlink Technology Co., Ltd. — Nominee award'],
    ]);
    expect(feed.entries.map((x) => x.updated)).toEqual(
      award.nominations
        .map(resultDate)
        .filter((d): d is string => !!d)
        .sort()
        .reverse(),
    );
    expect(feed.entries[1]?.link).toBe('https://zl.example.gov.cn/en/awards/china-quality-award/2025/');
    expect(feed.selfHref).toBe('https://zl.example.gov.cn/en/awards/china-quality-award/atom.xml');
  });
});
