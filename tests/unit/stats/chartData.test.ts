import { describe, expect, it } from 'vitest';
import { awardOutcomesByYear, committeeSeatsByBody, enterprisesByTier, standardsWorkByYear } from '../../../site/lib/stats/chartData.ts';
import { countInto, grandTotal, peakRows, tidyCounts, yearSpan } from '../../../site/lib/stats/countTable.ts';
import { fixtureRegister } from './fixtureRegister.ts';

describe('count tables', () => {
  it('counts items into the listed rows and columns only', () => {
    const table = countInto(
      ['a1', 'a1', 'b2', 'c1', 'a9'],
      (s) => s[0],
      (s) => s[1],
      ['a', 'b'],
      ['1', '2'],
    );
    expect(table.counts).toEqual([
      [2, 0],
      [0, 1],
    ]);
    expect(grandTotal(table)).toBe(3);
    expect(tidyCounts(table)).toEqual([
      { row: 'a', column: '1', count: 2 },
      { row: 'b', column: '2', count: 1 },
    ]);
  });

  it('finds every peak row and none in an empty table', () => {
    expect(peakRows({ rows: [1, 2, 3], columns: ['x'], counts: [[2], [5], [5]] })).toEqual([1, 2]);
    expect(peakRows({ rows: [1], columns: ['x'], counts: [[0]] })).toEqual([]);
  });

  it('spans years without gaps', () => {
    expect(yearSpan([2024, null, 2021, 2024])).toEqual([2021, 2022, 2023, 2024]);
    expect(yearSpan([])).toEqual([]);
  });
});

describe('chart data from the fixture register', () => {
  const register = fixtureRegister();

  it('counts verified participations by year and level, with the empty year kept', () => {
    expect(standardsWorkByYear(register)).toEqual({
      rows: [2022, 2023, 2024, 2025],
      columns: ['international', 'national', 'group'],
      counts: [
        [0, 1, 0],
        [0, 0, 0],
        [2, 0, 0],
        [1, 0, 2],
      ],
    });
  });

  it('counts current committee seats by body, most first', () => {
    expect(committeeSeatsByBody(register)).toEqual({ rows: ['SAC', 'ISO/IEC'], columns: ['count'], counts: [[2], [1]] });
  });

  it('counts public award outcomes by year', () => {
    expect(awardOutcomesByYear(register)).toEqual({
      rows: [2023, 2024, 2025],
      columns: ['winner', 'nominee', 'shortlisted', 'recommended'],
      counts: [
        [1, 0, 1, 0],
        [0, 0, 0, 0],
        [1, 1, 0, 1],
      ],
    });
  });

  it('counts enterprises by tier, empty tiers kept and untiered last', () => {
    expect(enterprisesByTier(register)).toEqual({ rows: ['excellence', 'growth', 'foundation', 'none'], columns: ['count'], counts: [[1], [2], [0], [1]] });
  });
});
