/** The detail pages' view models over the embedded dataset: what each page lists, in its order. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../../site/lib/data/register.ts';
import { awardPage, awardYearPage, committeePage, enterprisePage, programPage, standardPage } from '../../../site/lib/view/detailPages.ts';
import { loadDatasetRegister } from '../awards/register.ts';

let register: Register;
beforeAll(async () => {
  register = await loadDatasetRegister();
});

const find = <T extends { readonly slug: string }>(items: readonly T[], slug: string): T => {
  const item = items.find((x) => x.slug === slug);
  if (!item) throw new Error(`no ${slug} in content/dataset.ndjson`);
  return item;
};

describe('enterprisePage', () => {
  it('groups standards work by level in vocabulary order, newest year first, then by code', () => {
    const model = enterprisePage(find(register.enterprises, 'zhixin-tech'));
    expect(model.participationsByLevel.map((g) => [g.level, g.participations.map((p) => `${p.year} ${p.standard.parsed.display}`)])).toEqual([
      [
        'international',
        [
          '2025 ISO/IEC 98141-2',
          '2025 ISO/IEC TR 98144:2025',
          '2024 ISO/IEC 98141-1',
          '2024 ISO/IEC 98141-1',
          '2024 ISO/IEC 98145:2026',
          '2023 ISO/IEC 98143:2023',
          '2023 ISO/IEC 98143:2023',
        ],
      ],
      ['national', ['2026 GB/T 98101-2026', '2026 GB/T 98118-2026/ISO/IEC 98143:2023', '2025 GB/T 98117-2025']],
      ['local', ['2025 DB11/T 9901-2025']],
      ['group', ['2025 T/CESA 9104-2025', '2023 T/CESA 9101-2023']],
      ['consortium', ['2024 RFC 9989', '2024 RFC 9989']],
      ['enterprise', ['2025 Q/HDZX 0001-2025']],
    ]);
  });

  it('lists committee roles current first, the latest start first, and links only a safe website', () => {
    const model = enterprisePage(find(register.enterprises, 'zhixin-tech'));
    expect(model.roles.map((r) => `${r.committee.code} ${r.since} ${r.current}`)).toEqual(['ISO/IEC JTC 1/SC 41 2022-06-01 true', 'SAC/TC 28 2019-03-01 true']);
    expect(model.website).toBe('https://www.zhixin-microlink.example/');
  });
});

describe('standardPage', () => {
  it('lists participants by drafting rank', () => {
    const model = standardPage(find(register.standards, 'db11-t-9901-2025'));
    expect(model.participants.map((p) => `${p.rank} ${p.enterprise.slug}`)).toEqual([
      '1 tongchuang-iot',
      '2 haijian-construction',
      '3 luzhou-energy',
      '4 hongdian-grid',
      '5 zhixin-tech',
    ]);
    expect(model.official).toBe('https://std.example.org/standards/db11-t-9901-2025');
  });

  it('shows the other codes of a dual number, not the current one', () => {
    const standard = find(register.standards, 'gb-t-98118-2026-iso-iec-98143-2023');
    expect(standard.codes).toEqual(['GB/T 98118-2026/ISO/IEC 98143:2023', 'ISO/IEC 98143:2023']);
    expect(standardPage(standard).otherCodes).toEqual(['ISO/IEC 98143:2023']);
  });
});

describe('committeePage', () => {
  it('sorts subcommittees by code and keeps the official page', () => {
    const model = committeePage(find(register.committees, 'iso-iec-jtc-1'));
    expect(model.children.map((c) => c.code)).toEqual(['ISO/IEC JTC 1/SC 27', 'ISO/IEC JTC 1/SC 41', 'ISO/IEC JTC 1/SC 42']);
    expect(model.seats).toEqual([]);
    expect(model.official).toBe('https://www.iso.org/committee/45020.html');
  });
});

describe('awardPage', () => {
  it('gives the rules in words with the next session, and every year newest first with its session and counts', () => {
    const model = awardPage(find(register.awards, 'zhongguancun-quality-award'), register.today);
    expect(model.next).toEqual({ session: 12, year: 2027 });
    expect(model.rules.map((r) => r.en)).toEqual([
      'Held every year; the 1st session was in 2016.',
      'A winner may apply again only after 2 sessions.',
      'Next session: the 12th session (2027).',
    ]);
    expect(model.rules[2]?.zh).toBe('下一届：第 12 届（2027 年）。');
    expect(model.years.map((y) => [y.year, y.session, y.counts.total])).toEqual([
      [2026, 11, 4],
      [2025, 10, 6],
      [2024, 9, 3],
      [2023, 8, 4],
      [2022, 7, 3],
      [2021, 6, 4],
      [2020, 5, 4],
      [2019, 4, 2],
      [2018, 3, 1],
      [2017, 2, 1],
    ]);
    expect(model.years[1]?.counts).toEqual({ winner: 1, nominee: 2, shortlisted: 2, recommended: 1, total: 6 });
    expect(model.official).toBe('https://std.example.org/awards/zhongguancun-quality-award');
  });
});

describe('awardYearPage', () => {
  it('lists the public nominations of the year in list order, by outcome, with what the filter matches', () => {
    const model = awardYearPage(find(register.awards, 'zhongguancun-quality-award'), 2026);
    expect(model.rows.map((n) => [n.enterprise.slug, n.outcome])).toEqual([
      ['haichuang-measurement', 'shortlisted'],
      ['mozhi-ai', 'shortlisted'],
      ['hongdian-grid', 'recommended'],
      ['shangdi-robotics', 'recommended'],
    ]);
    expect(model.counts).toEqual({ winner: 0, nominee: 0, shortlisted: 2, recommended: 2, total: 4 });
    expect(model.session).toBe(11);
    expect(model.entries[0]).toEqual({
      id: 'haichuang-measurement',
      names: ['北京海创测控技术有限公司', '海创测控', 'Beijing Haichuang Measurement and Control Co., Ltd.', 'Haichuang'],
      pinyin: ['beijinghaichuangcekongjishuyouxiangongsi', 'bei jing hai chuang ce kong ji shu you xian gong si', 'haichuangcekong', 'hai chuang ce kong'],
      initials: ['bjhcckjsyxgs', 'hcck'],
    });
  });
});

describe('programPage', () => {
  it('gives the window as of today, the rules in words, the body as HTML in its language and the safe official link', () => {
    const model = programPage(find(register.programs, 'beijing-quality-award-2027-recommendation'), register.today);
    expect(model.deadline).toEqual({ status: 'upcoming', opensOn: '2027-01-05', closesOn: '2027-03-31' });
    expect(model.rules).toEqual([{ zh: '服务类型：培优型', en: 'Service tier: Excellence' }]);
    expect(model.amounts).toEqual([]);
    expect(model.body.lang).toBe('zh');
    expect(model.body.html.startsWith('<p>获奖企业间隔两届后方可再次申报；推荐名额以市级通知为准。</p>')).toBe(true);
    expect(model.official).toBe('https://std.example.org/support/beijing-quality-award-2027-recommendation');
  });
});
