/**
 * The uniqueness and domain rules the generator keeps beyond what the content check checks:
 * unique names, ranks unique per standard, one nomination per (enterprise, award, year),
 * per-session caps, waiting periods, single seats, USCCs mostly in Haidian.
 */
import { describe, expect, it } from 'vitest';
import { checkUscc, HAIDIAN_DIVISION } from '../../../site/lib/domain/uscc.ts';
import { AWARDS } from '../../../scripts/seed/awards.ts';
import { generated, ofType, published, refOf } from './generated.ts';

const live = published(generated().docs);
const duplicates = (values: readonly string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);

describe('generated relations and names', () => {
  it('gives every enterprise a unique Chinese name, English name, slug and USCC', () => {
    const enterprises = ofType(live, 'enterprise');
    const name = (e: Record<string, unknown>) => e['name'] as { zh: string; en?: string };
    expect(duplicates(enterprises.map((e) => name(e).zh))).toEqual([]);
    expect(duplicates(enterprises.flatMap((e) => name(e).en ?? []))).toEqual([]);
    expect(duplicates(enterprises.map((e) => String(e['uscc'])))).toEqual([]);
    expect(enterprises.every((e) => /^北京.{2,3}.+(?:有限公司)$/.test(name(e).zh))).toBe(true);
  });

  it('makes valid USCCs, mostly in Haidian', () => {
    const usccs = ofType(live, 'enterprise').map((e) => String(e['uscc']));
    expect(usccs.filter((u) => checkUscc(u).some((i) => i.level === 'error'))).toEqual([]);
    const haidian = usccs.filter((u) => u.slice(2, 8) === HAIDIAN_DIVISION).length;
    expect(haidian / usccs.length).toBeGreaterThan(0.85);
    expect(haidian).toBeLessThan(usccs.length);
  });

  it('keeps (enterprise, standard, role) unique and ranks unique within a standard', () => {
    const participations = ofType(live, 'participation');
    expect(duplicates(participations.map((p) => `${refOf(p['enterprise'])}|${refOf(p['standard'])}|${String(p['role'])}`))).toEqual([]);
    const ranks = participations.filter((p) => p['rank'] !== undefined).map((p) => `${refOf(p['standard'])}|${String(p['rank'])}`);
    expect(duplicates(ranks)).toEqual([]);
    expect(participations.filter((p) => p['role'] === 'editor').every((p) => p['rank'] === undefined)).toBe(true);
    expect(participations.filter((p) => p['role'] === 'lead').every((p) => p['rank'] === 1)).toBe(true);
  });

  it('keeps one nomination per (enterprise, award, year), sessions on the award clock and the per-session caps', () => {
    const nominations = ofType(live, 'nomination');
    expect(duplicates(nominations.map((n) => `${refOf(n['enterprise'])}|${refOf(n['award'])}|${String(n['year'])}`))).toEqual([]);
    const tally = new Map<string, number>();
    for (const n of nominations) {
      const award = AWARDS.find((a) => `award-${a.slug}` === refOf(n['award']));
      expect(award).toBeDefined();
      if (!award) continue;
      const year = Number(n['year']);
      expect((year - award.firstYear) % award.cycleYears).toBe(0);
      expect(n['session']).toBe((year - award.firstYear) / award.cycleYears + 1);
      const outcome = n['outcome'] === 'revoked' ? 'winner' : String(n['outcome']);
      const key = `${award.slug}|${year}|${outcome}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    for (const [key, n] of tally) {
      if (key.startsWith('beijing-quality-management-award|') && /\|(winner|nominee)$/.test(key)) expect(n, key).toBeLessThanOrEqual(5);
      if (key.startsWith('china-quality-award|') && key.endsWith('|winner')) expect(n, key).toBeLessThanOrEqual(10);
    }
  });

  it('lets a winner apply again only after the waiting sessions', () => {
    const byPair = new Map<string, { year: number; won: boolean }[]>();
    for (const n of ofType(live, 'nomination')) {
      const key = `${refOf(n['enterprise'])}|${refOf(n['award'])}`;
      const list = byPair.get(key) ?? [];
      list.push({ year: Number(n['year']), won: n['outcome'] === 'winner' || n['outcome'] === 'revoked' });
      byPair.set(key, list);
    }
    for (const [key, list] of byPair) {
      const award = AWARDS.find((a) => key.endsWith(`|award-${a.slug}`));
      const wait = (award?.reapplyAfterSessions ?? 0) * (award?.cycleYears ?? 1);
      for (const win of list.filter((n) => n.won)) {
        expect(
          list.filter((n) => n.year > win.year && n.year <= win.year + wait),
          key,
        ).toEqual([]);
      }
    }
  });

  it('gives a committee one secretariat and one chair at most', () => {
    const seats = ofType(live, 'committeeRole')
      .filter((r) => r['role'] === 'secretariat' || r['role'] === 'chair')
      .map((r) => `${refOf(r['committee'])}|${String(r['role'])}`);
    expect(duplicates(seats)).toEqual([]);
  });

  it('dates association standards from 2016 on and never publishes after the dataset day', () => {
    for (const s of ofType(live, 'standard')) {
      if (String(s['code']).startsWith('T/') && typeof s['publishedOn'] === 'string') expect(s['publishedOn'] >= '2016-01-01', String(s['code'])).toBe(true);
      if (typeof s['publishedOn'] === 'string') expect(s['publishedOn'] <= '2026-11-28').toBe(true);
    }
  });
});
