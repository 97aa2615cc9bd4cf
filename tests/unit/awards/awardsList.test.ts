import { beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../../site/lib/data/register.ts';
import { awardListCsv, awardListJson, awardListRows, countOutcomes, groupByOutcome, sessionOfList } from '../../../site/lib/view/awardsList.ts';
import { awardBySlug, loadDatasetRegister } from './register.ts';
import { awardListPath } from '../../../site/lib/routes.ts';

let register: Register;
beforeAll(async () => {
  register = await loadDatasetRegister();
});

describe('the award list of a year', () => {
  it('orders winner, nominee, shortlisted, recommended, then by Chinese name', () => {
    const rows = awardListRows(awardBySlug(register, 'zhongguancun-quality-award'), 2025);
    expect(rows.map((n) => `${n.outcome} ${n.enterprise.slug}`)).toEqual([
      'winner anxin-security',
      'nominee dingsheng-instruments',
      'nominee haichuang-measurement',
      'shortlisted shangdi-robotics',
      'shortlisted tongchuang-iot',
      'recommended yuanjian-standards',
    ]);
  });

  it('leaves out what is not public: unverified records and not-awarded, withdrawn, revoked outcomes', () => {
    // 2026 also has an unverified shortlisting (shuyuan-health) and an unverified recommendation.
    const zgc2026 = awardListRows(awardBySlug(register, 'zhongguancun-quality-award'), 2026);
    expect(zgc2026.map((n) => n.enterprise.slug)).toEqual(['haichuang-measurement', 'mozhi-ai', 'hongdian-grid', 'shangdi-robotics']);
    // Beijing 2021 also had a withdrawn application (qingyuan-env).
    const beijing2021 = awardListRows(awardBySlug(register, 'beijing-quality-management-award'), 2021);
    expect(beijing2021.map((n) => `${n.outcome} ${n.enterprise.slug}`)).toEqual(['winner zhixin-tech', 'nominee huaxin-data', 'recommended hengyu-navigation']);
    // China 2021 had only a not-awarded application: no public year.
    expect(awardBySlug(register, 'china-quality-award').years).toEqual([2025, 2023]);
  });

  it('groups by outcome without empty groups, and counts them', () => {
    const rows = awardListRows(awardBySlug(register, 'zhongguancun-quality-award'), 2026);
    expect(groupByOutcome(rows).map((g) => [g.outcome, g.rows.length])).toEqual([
      ['shortlisted', 2],
      ['recommended', 2],
    ]);
    expect(countOutcomes(rows)).toEqual({ winner: 0, nominee: 0, shortlisted: 2, recommended: 2, total: 4 });
  });

  it('knows the session of a year and the path of the list', () => {
    const beijing = awardBySlug(register, 'beijing-quality-management-award');
    expect(sessionOfList(beijing, 2021)).toBe(8);
    expect(sessionOfList(beijing, 2027)).toBe(11);
    expect(awardListPath(beijing, 2021)).toBe('/awards/beijing-quality-management-award/2021/');
  });
});

describe('downloads', () => {
  it('CSV: BOM, header, one CRLF row per entry in page order', () => {
    const rows = awardListRows(awardBySlug(register, 'china-quality-award'), 2025);
    const csv = awardListCsv(rows);
    expect(csv.startsWith('\uFEFFaward,year,session,outcome,outcome_zh,outcome_en,enterprise,name_zh,name_en,uscc,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(5); // header, 3 rows, trailing empty string after the last CRLF
    expect(lines[1]).toBe(
      'china-quality-award,2025,7,winner,获奖,Winner,zhixin-tech,北京智芯微联科技股份有限公司,"Beijing Zhixin Microlink Technology Co., Ltd.",91110108MA01C3KX7Y,北京市市场监督管理局,Beijing Municipal Administration for Market Regulation,2025-11-26,https://std.example.org/awards/china-quality-award/2025,2026-11-02',
    );
    expect(lines.slice(1, 4).map((l) => l.split(',')[6])).toEqual(['zhixin-tech', 'huaxin-data', 'boyuan-semiconductor']);
    expect(lines[4]).toBe('');
  });

  it('JSON: the award, year, session and the same rows with the CSV column names', () => {
    const award = awardBySlug(register, 'china-quality-award');
    const json = JSON.parse(awardListJson(award, 2025, awardListRows(award, 2025))) as {
      award: unknown;
      year: number;
      session: number;
      entries: Array<Record<string, unknown>>;
    };
    expect(json.award).toEqual({ slug: 'china-quality-award', name: { zh: '中国质量奖', en: 'China Quality Award' } });
    expect([json.year, json.session]).toEqual([2025, 7]);
    expect(json.entries.map((e) => [e['enterprise'], e['outcome'], e['name_en']])).toEqual([
      ['zhixin-tech', 'winner', 'Beijing Zhixin Microlink Technology Co., Ltd.'],
      ['huaxin-data', 'nominee', 'Beijing Huaxin Shuzhi Technology Co., Ltd.'],
      ['boyuan-semiconductor', 'recommended', 'Beijing Boyuan Semiconductor Co., Ltd.'],
    ]);
  });

  it('never exports internal source titles of non-public outcomes', () => {
    const award = awardBySlug(register, 'beijing-quality-management-award');
    const text = award.years.map((y) => awardListCsv(awardListRows(award, y)) + awardListJson(award, y, awardListRows(award, y))).join('');
    expect(text).not.toContain('PRIVATE-MARKER');
    // qingyuan-env withdrew in 2021 (internal) and was recommended in 2025 (public).
    expect(awardListCsv(awardListRows(award, 2021))).not.toContain('qingyuan-env');
    expect(awardListCsv(awardListRows(award, 2025))).toContain('qingyuan-env');
  });
});
