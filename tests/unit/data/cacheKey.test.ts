import { describe, expect, it } from 'vitest';
import { PAGE_DEPTH, cacheKeyOf as pageCacheKey, incrementalBuildEnabled, recordDigest } from '../../../site/lib/data/cacheKey.ts';

/** A small linked graph like the joined register: enterprise → participation → standard → committee. */
function graph(edit: Partial<Record<'enterprise' | 'participation' | 'standard' | 'committee', string>> = {}) {
  const committee = { _id: 'technicalCommittee-a', name: { zh: edit.committee ?? '委员会' }, standards: [] as object[] };
  const standard = { _id: 'standard-a', title: { zh: edit.standard ?? '标准' }, committee, participations: [] as object[] };
  const enterprise = { _id: 'enterprise-a', name: { zh: edit.enterprise ?? '企业' }, participations: [] as object[] };
  const participation = { _id: 'participation-a', role: edit.participation ?? 'lead', enterprise, standard };
  committee.standards.push(standard);
  standard.participations.push(participation);
  enterprise.participations.push(participation);
  return { enterprise, standard, committee };
}

/** Any record literal (recordDigest takes only the `_id` from its type). */
const digest = (record: { readonly _id: string } & Record<string, unknown>, depth: number) => recordDigest(record, depth);

describe('page cache keys', () => {
  const base = graph();
  const key = (g: ReturnType<typeof graph>) => pageCacheKey({ enterprise: [g.enterprise, PAGE_DEPTH], today: ['2026-11-28', 0] });

  it('are stable for the same data, in new objects', () => {
    expect(key(graph())).toBe(key(base));
    expect(recordDigest(graph().standard, 2)).toBe(recordDigest(base.standard, 2));
  });

  it('change with the record and with records up to two hops away', () => {
    expect(key(graph({ enterprise: '企业二' }))).not.toBe(key(base));
    expect(key(graph({ participation: 'member' }))).not.toBe(key(base));
    expect(key(graph({ standard: '标准二' }))).not.toBe(key(base));
    expect(pageCacheKey({ enterprise: [base.enterprise, PAGE_DEPTH], today: ['2026-11-29', 0] })).not.toBe(key(base));
  });

  it('stop at three hops: the standard’s committee is only an id on the enterprise page', () => {
    expect(key(graph({ committee: '委员会二' }))).toBe(key(base));
    expect(pageCacheKey({ standard: [graph({ committee: '委员会二' }).standard, PAGE_DEPTH] })).not.toBe(
      pageCacheKey({ standard: [base.standard, PAGE_DEPTH] }),
    );
  });

  it('do not follow cycles forever', () => {
    expect(recordDigest(base.committee, 10)).toMatch(/^[\w-]{27}$/);
    expect(recordDigest(base.committee, 10)).toBe(recordDigest(graph().committee, 10));
  });

  it('take keys in the order the record has them: another order only costs a render, never a stale page', () => {
    expect(digest({ _id: 'x', a: 2, b: 1 }, 3)).toBe(digest({ _id: 'x', a: 2, b: 1 }, 3));
    expect(digest({ _id: 'x', b: 1, a: 2 }, 3)).not.toBe(digest({ _id: 'x', a: 2, b: 1 }, 3));
  });

  it('tell a linked record from its id and from a record linked elsewhere', () => {
    const linked = { _id: 'y', v: 1 };
    expect(digest({ _id: 'x', a: linked }, 2)).not.toBe(digest({ _id: 'x', a: '#y' }, 2));
    expect(digest({ _id: 'x', a: linked, b: [] }, 2)).not.toBe(digest({ _id: 'x', a: [], b: linked }, 2));
    expect(digest({ _id: 'x', a: linked }, 2)).not.toBe(digest({ _id: 'x', a: { _id: 'y', v: 2 } }, 2));
    expect(digest({ _id: 'x', a: linked }, 1)).toBe(digest({ _id: 'x', a: { _id: 'y', v: 2 } }, 1));
  });

  it('take a depth-0 part as plain data: all of it counts, and a joined record in it is refused', () => {
    const list = [{ name: '企业', tier: 'a' }];
    expect(pageCacheKey({ list: [list, 0] })).toBe(pageCacheKey({ list: [[{ name: '企业', tier: 'a' }], 0] }));
    expect(pageCacheKey({ list: [[{ name: '企业', tier: 'b' }], 0] })).not.toBe(pageCacheKey({ list: [list, 0] }));
    expect(() => pageCacheKey({ enterprise: [base.enterprise, 0] })).toThrow(TypeError);
  });

  it('are computed only for an incremental build', () => {
    expect(incrementalBuildEnabled({ INCREMENTAL_BUILD: '1' })).toBe(true);
    expect(incrementalBuildEnabled({})).toBe(false);
    expect(incrementalBuildEnabled({ INCREMENTAL_BUILD: 'yes' })).toBe(false);
  });
});
