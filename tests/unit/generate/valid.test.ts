/**
 * Every generated dataset passes the content check: zero errors, and the only warnings are
 * the intended "registered outside Haidian" ones.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../site/lib/content/index.ts';
import { generated, TEST_SCALE } from './generated.ts';

const OUTSIDE_HAIDIAN = /^The division code is \d{6}, not Haidian \(110108\)\. Fine if the enterprise is registered elsewhere\.$/;

describe.each([1, 42, 2_026])('generated dataset, seed %i', (seed) => {
  const { problems, docs } = generated(TEST_SCALE, seed);

  it('has no errors', () => {
    expect(problems.filter((p) => p.level === 'error').map(formatProblem)).toEqual([]);
  });

  it('warns only about enterprises registered outside Haidian, on published enterprises', () => {
    const other = problems.filter((p) => !(p.level === 'warning' && p.type === 'enterprise' && p.field === 'uscc' && OUTSIDE_HAIDIAN.test(p.message)));
    expect(other.map(formatProblem)).toEqual([]);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('has exactly as many documents as the scale asked for', () => {
    expect(docs.length).toBe(TEST_SCALE);
  });
});
