import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLocalSource } from '../../../site/lib/data/sources.ts';
import { fetchRegister, joinRegister, loadRegister, RegisterError } from '../../../site/lib/data/loadRegister.ts';
import { REGISTER_QUERY } from '../../../site/lib/data/queries.ts';
import type { REGISTER_QUERY_RESULT } from '../../../site/lib/data/sanity.types.ts';

const FIXTURE = 'tests/fixtures/data/register.ndjson';
const TODAY = '2026-11-28';

async function loadFixture() {
  const source = await createLocalSource({ source: 'local', file: FIXTURE });
  return fetchRegister(source, TODAY);
}

describe('the register from the local NDJSON source', () => {
  it('loads each type with published documents only', async () => {
    const register = await loadFixture();
    expect(register.enterprises.map((e) => e._id)).toEqual(['enterprise-alpha', 'enterprise-beta']);
    // The draft renames enterprise-beta; the published name stays.
    expect(register.enterprises[1]?.name).toEqual({ _type: 'localeString', zh: '北京贝塔数据有限公司' });
    expect(register.standards.map((s) => s.parsed.display)).toEqual(['GB/T 7714-2005', 'GB/T 7714-2015', 'T/CESA 91234-2026']);
  });

  it('keeps only verified relation records and public nomination outcomes', async () => {
    const register = await loadFixture();
    expect(register.participations.map((p) => p._id)).toEqual(['participation-alpha-gb-t-7714-2015-lead']);
    expect(register.committeeRoles.map((r) => r._id)).toEqual(['committeeRole-alpha-sac-tc-28']);
    expect(register.nominations.map((n) => n._id)).toEqual(['nomination-alpha-zgc-2024']);
  });

  it('never carries internal notes or private markers', async () => {
    const register = await loadFixture();
    // The register is a graph; print each object once, later visits as a marker.
    const seen = new WeakSet<object>();
    const text = JSON.stringify(register, (_key, value: unknown) => {
      if (typeof value !== 'object' || value === null) return value;
      if (seen.has(value)) return '[seen]';
      seen.add(value);
      return value;
    });
    expect(text).toContain('北京阿尔法科技有限公司');
    expect(text).not.toContain('internalNotes');
    for (const marker of ['FIXTURE-SECRET-NOTE', 'FIXTURE-DRAFT-NAME', 'FIXTURE-UNVERIFIED', 'FIXTURE-NOT-PUBLIC']) expect(text).not.toContain(marker);
  });

  it('joins records both ways and derives states', async () => {
    const register = await loadFixture();
    const [alpha] = register.enterprises;
    const newer = register.standards.find((s) => s._id === 'standard-gb-t-7714-2015');
    const older = register.standards.find((s) => s._id === 'standard-gb-t-7714-2005');
    const group = register.standards.find((s) => s.level === 'group');
    expect(alpha?.participations.map((p) => p.standard.parsed.display)).toEqual(['GB/T 7714-2015']);
    expect(newer?.participations.map((p) => p.enterprise.slug)).toEqual(['alpha']);
    expect(newer?.replaces.map((s) => s._id)).toEqual(['standard-gb-t-7714-2005']);
    expect(older?.replacedBy.map((s) => s._id)).toEqual(['standard-gb-t-7714-2015']);
    expect([older?.state, newer?.state, group?.state]).toEqual(['superseded', 'current', 'upcoming']);
    expect(newer?.committee?.slug).toBe('sac-tc-28');
    expect(register.committees[0]?.standards.map((s) => s._id)).toEqual(['standard-gb-t-7714-2015']);
    expect(register.committeeRoles[0]?.current).toBe(false);
    expect(register.awards[0]?.years).toEqual([2024]);
  });
});

describe('joinRegister', () => {
  it('names the record, field and fix when a reference is not published', async () => {
    const source = await createLocalSource({ source: 'local', file: FIXTURE });
    const raw = await source.fetch<REGISTER_QUERY_RESULT>(REGISTER_QUERY);
    const broken = { ...raw, participations: raw.participations.map((p) => ({ ...p, standardId: 'standard-missing' })) };
    expect(() => joinRegister(broken, TODAY, 'test')).toThrow(RegisterError);
    expect(() => joinRegister(broken, TODAY, 'test')).toThrow(
      'test: participation-alpha-gb-t-7714-2015-lead standard refers to "standard-missing", which is not a published document. Publish the referenced document or correct the reference, then run `npm run content:check`.',
    );
  });
});

describe('one snapshot of a Content Lake per build', () => {
  it('the gate and the pages share one fetch; the join alone decides visibility', async () => {
    const local = await createLocalSource({ source: 'local', file: FIXTURE });
    // What a Lake answers: every relation record, verified or not (the query does not filter).
    const raw = await local.fetch<REGISTER_QUERY_RESULT>(REGISTER_QUERY);
    expect(raw.participations.length).toBeGreaterThan(1);
    const queries: string[] = [];
    const server = createServer((req, res) => {
      queries.push(new URL(req.url ?? '', 'http://x').searchParams.get('query') ?? '');
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ms: 1, query: '', result: raw }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const config = { source: 'sanity', projectId: 'snap0000', dataset: 'production', apiHost } as const;
      const gate = await loadRegister(config, TODAY);
      const pages = await loadRegister(config, TODAY);
      expect(queries).toEqual([REGISTER_QUERY]);
      expect(pages).toBe(gate);
      expect(pages.participations.map((p) => p._id)).toEqual(['participation-alpha-gb-t-7714-2015-lead']);
      expect(pages.nominations.map((n) => n._id)).toEqual(['nomination-alpha-zgc-2024']);
      // Another day is another build: fetched again.
      await loadRegister(config, '2026-11-29');
      expect(queries).toHaveLength(2);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
