import { describe, expect, it } from 'vitest';
import { awardOutcomesByYear, committeeSeatsByBody, enterprisesByTier, standardsWorkByYear } from '../../../site/lib/stats/chartData.ts';
import { summarizeAwardOutcomes, summarizeSeats, summarizeStandardsWork, summarizeTiers } from '../../../site/lib/stats/summaries.ts';
import { fixtureRegister } from './fixtureRegister.ts';

const register = fixtureRegister();

describe('chart summaries of the fixture register', () => {
  it('names the busiest year of standards work', () => {
    const table = standardsWorkByYear(register);
    expect(summarizeStandardsWork(table, 'zh')).toBe('2025 年标准制修订记录最多：3 条，其中国际标准 1 条。');
    expect(summarizeStandardsWork(table, 'en')).toBe('2025 had the most standards work: 3 records, 1 of them international.');
  });

  it('names the body with the most current seats', () => {
    const table = committeeSeatsByBody(register);
    expect(summarizeSeats(table, 'zh')).toBe('SAC的现任技术组织职务最多：2 个，共 3 个。');
    expect(summarizeSeats(table, 'en')).toBe('SAC holds the most current committee seats: 2 of 3.');
  });

  it('names the year with the most public award results', () => {
    const table = awardOutcomesByYear(register);
    expect(summarizeAwardOutcomes(table, 'zh')).toBe('2025 年公开的评奖结果最多：3 条，其中获奖 1 条。');
    expect(summarizeAwardOutcomes(table, 'en')).toBe('2025 had the most public award results: 3, including 1 winner.');
  });

  it('names the largest service tier', () => {
    const table = enterprisesByTier(register);
    expect(summarizeTiers(table, 'zh')).toBe('提升型企业最多：2 家，共 4 家。');
    expect(summarizeTiers(table, 'en')).toBe('Growth is the largest service tier: 2 of 4 enterprises.');
  });
});

describe('summaries of ties and empty tables', () => {
  it('picks the latest of tied years and says which years tie', () => {
    const table = { rows: [2023, 2024, 2025], columns: ['national' as const], counts: [[2], [1], [2]] };
    expect(summarizeStandardsWork(table, 'en')).toBe('2025 had the most standards work (tied with 2023): 2 records, none of them international.');
    expect(summarizeStandardsWork(table, 'zh')).toBe('2025 年标准制修订记录最多（与 2023 年并列）：2 条，其中国际标准 0 条。');
  });

  it('lists every body that ties for the most seats', () => {
    const table = { rows: ['ISO/IEC', 'SAC', 'CCSA'], columns: ['count' as const], counts: [[5], [5], [3]] };
    expect(summarizeSeats(table, 'en')).toBe('ISO/IEC and SAC hold the most current committee seats: 5 each, of 13.');
    expect(summarizeSeats(table, 'zh')).toBe('ISO/IEC和SAC的现任技术组织职务并列最多：各 5 个，共 13 个。');
  });

  it('says so when untiered enterprises are the largest group, and when tiers tie', () => {
    expect(summarizeTiers({ rows: ['growth', 'none'], columns: ['count'], counts: [[1], [3]] }, 'en')).toBe(
      'Enterprises without a service tier are the largest group: 3 of 4.',
    );
    expect(summarizeTiers({ rows: ['excellence', 'growth'], columns: ['count'], counts: [[2], [2]] }, 'en')).toBe(
      'Excellence and Growth are the largest service tiers: 2 enterprises each, of 4.',
    );
  });

  it('has a sentence for an empty register', () => {
    expect(summarizeStandardsWork({ rows: [], columns: [], counts: [] }, 'en')).toBe('No standards work is recorded yet.');
    expect(summarizeAwardOutcomes({ rows: [], columns: [], counts: [] }, 'zh')).toBe('暂无公开的评奖结果。');
  });
});
