import { describe, expect, it } from 'vitest';
import { buildStatsCharts } from '../../../site/lib/stats/statsCharts.ts';
import { fixtureRegister } from './fixtureRegister.ts';

describe('the statistics page view', () => {
  const register = fixtureRegister();

  it('has four charts in page order with their headings and summaries', () => {
    const charts = buildStatsCharts(register, 'en');
    expect(charts.map((c) => [c.id, c.title])).toEqual([
      ['standards-work', 'Standards work by year and level'],
      ['committee-seats', 'Current committee seats by body'],
      ['award-results', 'Public award results by year'],
      ['service-tiers', 'Enterprises by service tier'],
    ]);
    expect(charts[3]?.summary).toBe('Growth is the largest service tier: 2 of 4 enterprises.');
  });

  it('labels the data table in the page language, with totals', () => {
    const [work] = buildStatsCharts(register, 'zh');
    expect(work?.table).toEqual({
      rowHeader: '年份',
      columns: ['国际标准', '国家标准', '团体标准'],
      rows: [
        { label: '2022', values: [0, 1, 0], total: 1 },
        { label: '2023', values: [0, 0, 0], total: 0 },
        { label: '2024', values: [2, 0, 0], total: 2 },
        { label: '2025', values: [1, 0, 2], total: 3 },
      ],
      totals: [3, 1, 2],
      grandTotal: 6,
    });
    expect(work?.legend.map((l) => l.name)).toEqual(['国际标准', '国家标准', '团体标准']);
  });

  it('gives single-series charts one value column and no legend', () => {
    const tiers = buildStatsCharts(register, 'en')[3];
    expect(tiers?.legend).toEqual([]);
    expect(tiers?.table.columns).toEqual(['Enterprises']);
    expect(tiers?.table.rows.map((r) => [r.label, r.total])).toEqual([
      ['Excellence', 1],
      ['Growth', 2],
      ['Foundation', 0],
      ['No tier', 1],
    ]);
    expect(tiers?.svg).toContain('aria-describedby="service-tiers-summary"');
  });
});
