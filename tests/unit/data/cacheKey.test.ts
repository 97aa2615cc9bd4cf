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

  it('do not follow cycles forever and ignore key order', () => {
    const ba = { _id: 'x', b: 1, a: 2 };
    const ab = { _id: 'x', a: 2, b: 1 };
    expect(recordDigest(ba, 3)).toBe(recordDigest(ab, 3));
    expect(typeof recordDigest(base.committee, 10)).toBe('string');
  });

  it('are computed only for an incremental build', () => {
    expect(incrementalBuildEnabled({ INCREMENTAL_BUILD: '1' })).toBe(true);
    expect(incrementalBuildEnabled({})).toBe(false);
    expect(incrementalBuildEnabled({ INCREMENTAL_BUILD: 'yes' })).toBe(false);
  });
});
