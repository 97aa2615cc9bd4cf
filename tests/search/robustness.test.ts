/** No input makes the engine throw: results or "no results", fast. */
import { beforeAll, describe, expect, it } from 'vitest';
import { siblingPrefixKeys, type SearchEngine } from '../../site/lib/search/engine.ts';
import { parseStandardCode } from '../../site/lib/domain/standardCode.ts';
import { embeddedEngine } from './harness.ts';

let engine: SearchEngine;
beforeAll(async () => {
  engine = await embeddedEngine();
});

const HOSTILE = [
  '',
  ' ',
  '     \t  \n ',
  'x'.repeat(10_000),
  '信'.repeat(10_000),
  'ab '.repeat(4_000),
  ':',
  '^',
  '~',
  '*',
  '+',
  '-',
  ': ^ ~ * + -',
  'title:智芯',
  '+zhixin -huaxin',
  'zhixin~2',
  'zhi*',
  '*xin',
  'name^10',
  'ISO/IEC 30141:2018',
  '😀',
  '😀😀 智芯 🚀',
  '👩‍👩‍👧‍👦',
  'Ｚｈｉｘｉｎ　智芯　ｚｘ',
  'ÀÉÎõü ß',
  'Ελληνικά русский العربية עברית',
  'カタカナ ひらがな 한국어',
  '\u0000\u0001\u200b\ufeff',
  '\ud800',
  '<script>alert(1)</script>',
  '"unbalanced',
  '((()))[]{}',
  '%s %d ${x}',
  '0',
  '2024',
  'GB/T',
  'GB/T 99999999999999999999',
  'T/',
  'DB11/T',
  'ISO/IEC JTC 1/SC 27/WG 5',
];

describe('hostile input', () => {
  it.each(HOSTILE.map((q) => [q.length > 40 ? `${q.slice(0, 40)}… (${q.length} chars)` : q, q] as const))(
    '%j answers without throwing',
    async (_label, query) => {
      const started = performance.now();
      const response = await engine.search(query);
      expect(response.total).toBeGreaterThanOrEqual(0);
      expect(response.groups.reduce((n, g) => n + g.total, 0)).toBe(response.total);
      // Generous for a shared CI machine; the benchmark measures the real latency.
      expect(performance.now() - started).toBeLessThan(1_000);
    },
  );

  it('answers "no results" for input with no letters or digits', async () => {
    for (const query of ['', '   ', '😀', ': ^ ~ * + -']) expect((await engine.search(query)).total).toBe(0);
  });

  it('treats lunr syntax as text, not as a query language', async () => {
    // With lunr's parser `title:智芯` would search the field `title`; here it finds the name.
    const response = await engine.search('title:智芯');
    expect(response.groups[0]?.hits[0]?.doc.path).toBe('/enterprises/zhixin-tech/');
  });
});

describe('result groups', () => {
  it.each([
    ['中国质量奖 2023', 'award', '/awards/china-quality-award/2023/'],
    ['智芯', 'enterprise', '/enterprises/zhixin-tech/'],
    ['数据安全', 'standard', undefined],
  ])('%s: the group of the best hit comes first, and groups follow their best hit’s rank', async (query, kind, path) => {
    const response = await engine.search(query, { perKind: 3 });
    const ranked = await engine.rankedRefs(query);
    expect(response.groups[0]?.kind).toBe(kind);
    if (path) expect(response.groups[0]?.hits[0]?.doc.path).toBe(path);
    const firstOf = (k: string) => ranked.findIndex((h) => h.kind === k);
    const order = response.groups.map((g) => firstOf(g.kind));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('a code under the sibling prefix', () => {
  it.each([
    ['GB 39204', 'GB/T 39204-2022'],
    ['GB/T 17859', 'GB 17859-1999'],
    ['YD 9801', 'YD/T 9801-2024'],
    ['DB11 9901', 'DB11/T 9901-2025'],
  ])('%s finds %s as a near match', async (query, code) => {
    const response = await engine.search(query);
    expect(response.approximate).toBe(true);
    expect(response.groups[0]?.hits[0]?.doc.code).toBe(code);
  });

  it('the keys: the same number under the other prefixes of its level, none for a group or international code', () => {
    const keys = (code: string) => {
      const parsed = parseStandardCode(code);
      if (!parsed) throw new Error(code);
      return siblingPrefixKeys(parsed);
    };
    expect(keys('GB 39204')).toEqual(['gbt39204', 'gbz39204']);
    expect(keys('GB/T 39204-2022')).toEqual(['gb39204', 'gbz39204']);
    expect(keys('DB11/T 1918-2021')).toEqual(['db111918', 'db11z1918']);
    expect(keys('T/CESA 1234-2023')).toEqual([]);
    expect(keys('ISO 9001:2015')).toEqual([]);
  });
});
