/** Relation records make sense together: ranks, duplicates, sessions and award ladders. */
import { describe, expect, it } from 'vitest';
import { ofType, refOf, str } from './readDataset.ts';

const participations = ofType('participation');
const nominations = ofType('nomination');

describe('participations', () => {
  it('never repeat an (enterprise, standard, role)', () => {
    const keys = participations.map((p) => `${refOf(p['enterprise'])} ${refOf(p['standard'])} ${String(p['role'])}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('rank drafting organizations without ties, leads first', () => {
    const ranksByStandard = new Map<string, number[]>();
    for (const p of participations) {
      const rank = p['rank'];
      if (p['role'] === 'editor') {
        expect(rank, p._id).toBeUndefined();
        continue;
      }
      expect(typeof rank, p._id).toBe('number');
      if (p['role'] === 'lead') expect(rank, p._id).toBe(1);
      const list = ranksByStandard.get(refOf(p['standard']) ?? '') ?? [];
      list.push(rank as number);
      ranksByStandard.set(refOf(p['standard']) ?? '', list);
    }
    for (const [standard, ranks] of ranksByStandard) expect(new Set(ranks).size, standard).toBe(ranks.length);
  });

  it('concern only fictional standards (no real standard is claimed by a fictional enterprise)', () => {
    const standards = ofType('standard');
    const real = new Set(standards.filter((s) => !str(s, 'url')?.startsWith('https://std.example.org/')).map((s) => s._id));
    expect(real.size).toBeGreaterThanOrEqual(5);
    for (const p of participations) expect(real.has(refOf(p['standard']) ?? ''), p._id).toBe(false);
  });
});

describe('nominations', () => {
  const awards = new Map(ofType('award').map((a) => [a._id, a]));

  it('never repeat an (enterprise, award, year)', () => {
    const keys = nominations.map((n) => `${refOf(n['enterprise'])} ${refOf(n['award'])} ${String(n['year'])}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('fall on a session year of their award, numbered from firstYear', () => {
    for (const n of nominations) {
      const award = awards.get(refOf(n['award']) ?? '');
      const first = award?.['firstYear'] as number;
      const cycle = award?.['cycleYears'] as number;
      const year = n['year'] as number;
      expect((year - first) % cycle, n._id).toBe(0);
      expect(n['session'], n._id).toBe((year - first) / cycle + 1);
    }
  });

  it('show ladders from the Zhongguancun award to the Beijing and China awards', () => {
    const wins = (award: string) =>
      new Set(
        nominations
          .filter((n) => refOf(n['award']) === `award-${award}` && ['winner', 'nominee'].includes(String(n['outcome'])))
          .map((n) => refOf(n['enterprise'])),
      );
    const zgc = wins('zhongguancun-quality-award');
    const beijing = wins('beijing-quality-management-award');
    const china = wins('china-quality-award');
    const climbers = [...china].filter((e) => beijing.has(e) && zgc.has(e));
    expect(climbers.length).toBeGreaterThanOrEqual(2);
    expect(climbers).toContain('enterprise-zhixin-tech');
  });

  it('let Beijing winners apply again only after two sessions', () => {
    const beijing = nominations.filter((n) => refOf(n['award']) === 'award-beijing-quality-management-award');
    for (const win of beijing.filter((n) => n['outcome'] === 'winner')) {
      const later = beijing.filter((n) => refOf(n['enterprise']) === refOf(win['enterprise']) && (n['session'] as number) > (win['session'] as number));
      for (const n of later) expect((n['session'] as number) - (win['session'] as number), n._id).toBeGreaterThan(2);
    }
  });
});
