import { describe, expect, it } from 'vitest';
import {
  collectOptions,
  countMatches,
  decodeValues,
  encodeValues,
  fillCount,
  inOrder,
  matchesFilters,
  parseFilterQuery,
  rowAttributes,
  serializeFilterQuery,
} from '../../../site/lib/view/filters.ts';

describe('row values in data attributes', () => {
  it('encodes non-empty values once, in first-seen order, with | so spaces survive', () => {
    expect(encodeValues([2025, '2024', 2025, null, undefined, ' '])).toBe('2025|2024');
    expect(encodeValues(['ISO/IEC JTC 1'])).toBe('ISO/IEC JTC 1');
    expect(encodeValues([])).toBe('');
  });

  it('decodes what it encoded, and nothing from a missing attribute', () => {
    expect(decodeValues('ISO/IEC JTC 1|Beijing AMR')).toEqual(['ISO/IEC JTC 1', 'Beijing AMR']);
    expect(decodeValues('')).toEqual([]);
    expect(decodeValues(null)).toEqual([]);
  });

  it('spreads a row as data-f-* attributes', () => {
    expect(rowAttributes({ tier: ['growth'], year: ['2025', '2024'], park: [] })).toEqual({
      'data-f-tier': 'growth',
      'data-f-year': '2025|2024',
      'data-f-park': '',
    });
  });
});

describe('matchesFilters', () => {
  const row = { tier: ['growth'], industry: ['I'], year: ['2024', '2025'] };

  it('matches everything when nothing is chosen', () => {
    expect(matchesFilters(row, {})).toBe(true);
    expect(matchesFilters({}, {})).toBe(true);
  });

  it('needs every chosen key (AND) and any of a row’s values for a key', () => {
    expect(matchesFilters(row, { tier: 'growth', industry: 'I' })).toBe(true);
    expect(matchesFilters(row, { tier: 'growth', industry: 'C' })).toBe(false);
    expect(matchesFilters(row, { year: '2025' })).toBe(true);
    expect(matchesFilters(row, { year: '2023' })).toBe(false);
  });

  it('never matches a chosen key on a row without that value', () => {
    expect(matchesFilters({ tier: [] }, { tier: 'growth' })).toBe(false);
    expect(matchesFilters({}, { park: '中关村软件园' })).toBe(false);
  });

  it('counts matching rows', () => {
    const rows = [{ tier: ['growth'] }, { tier: ['excellence'] }, { tier: ['growth'] }, {}];
    expect(countMatches(rows, { tier: 'growth' })).toBe(2);
    expect(countMatches(rows, {})).toBe(4);
  });
});

describe('URL state', () => {
  const allowed = { tier: ['excellence', 'growth', 'foundation'], industry: ['C', 'I'], park: ['中关村软件园'] };

  it('reads known keys with offered values only', () => {
    expect(parseFilterQuery('?tier=growth&industry=I', allowed)).toEqual({ tier: 'growth', industry: 'I' });
    expect(parseFilterQuery('?tier=gold&industry=I&utm=x', allowed)).toEqual({ industry: 'I' });
    expect(parseFilterQuery('', allowed)).toEqual({});
    expect(parseFilterQuery('?tier=', allowed)).toEqual({});
  });

  it('decodes percent-encoded values (Chinese park names)', () => {
    expect(parseFilterQuery(`?park=${encodeURIComponent('中关村软件园')}`, allowed)).toEqual({ park: '中关村软件园' });
  });

  it('writes keys in control order, keeps other parameters, drops empty ones', () => {
    expect(serializeFilterQuery({ industry: 'I', tier: 'growth' }, ['tier', 'industry', 'park'])).toBe('?tier=growth&industry=I');
    expect(serializeFilterQuery({ tier: 'growth' }, ['tier', 'industry'], '?lang=x&tier=excellence&industry=C')).toBe('?lang=x&tier=growth');
    expect(serializeFilterQuery({}, ['tier'], '?tier=growth')).toBe('');
    expect(serializeFilterQuery({ park: '中关村软件园' }, ['park'])).toBe('?park=%E4%B8%AD%E5%85%B3%E6%9D%91%E8%BD%AF%E4%BB%B6%E5%9B%AD');
  });

  it('round-trips: what it writes, it reads back', () => {
    const state = { tier: 'foundation', park: '中关村软件园' };
    expect(parseFilterQuery(serializeFilterQuery(state, ['tier', 'industry', 'park']), allowed)).toEqual(state);
  });
});

describe('options', () => {
  it('collects each value with its row count, in the given order', () => {
    const rows = [{ tier: ['growth'] }, { tier: ['excellence'] }, { tier: ['growth'] }, { tier: [] }];
    expect(collectOptions(rows, 'tier')).toEqual([
      { value: 'growth', count: 2 },
      { value: 'excellence', count: 1 },
    ]);
    expect(collectOptions(rows, 'tier', inOrder(['excellence', 'growth', 'foundation'])).map((o) => o.value)).toEqual(['excellence', 'growth']);
  });

  it('counts a row once per value even if listed twice', () => {
    expect(collectOptions([{ year: ['2025', '2025'] }], 'year')).toEqual([{ value: '2025', count: 1 }]);
  });

  it('puts values outside a fixed order last', () => {
    expect(['c', 'x', 'a', 'b'].sort(inOrder(['a', 'b', 'c']))).toEqual(['a', 'b', 'c', 'x']);
    expect(['z', 'y'].sort(inOrder([]))).toEqual(['y', 'z']);
  });

  it('fills the N of M template', () => {
    expect(fillCount('Showing {shown} of {total}', 3, 34)).toBe('Showing 3 of 34');
    expect(fillCount('显示 {shown} / {total} 条', 0, 66)).toBe('显示 0 / 66 条');
  });
});
