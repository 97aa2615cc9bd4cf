/** The pure parts of the uniqueness rules: own ids, clash collection and naming. */
import { describe, expect, it } from 'vitest';
import { collectClashes, describeClash, ownIds, sameStandardCode } from '../../../studio/lib/uniqueness.ts';
import { publishedIdOf } from '../../../site/lib/domain/visibility.ts';

describe('ids', () => {
  it.each([
    ['enterprise-alpha', 'enterprise-alpha'],
    ['drafts.enterprise-alpha', 'enterprise-alpha'],
    ['versions.r1.enterprise-alpha', 'enterprise-alpha'],
  ])('%s is %s', (id, published) => {
    expect(publishedIdOf(id)).toBe(published);
  });

  it('a document is its published and its draft id', () => {
    expect(ownIds('drafts.enterprise-alpha')).toEqual(['enterprise-alpha', 'drafts.enterprise-alpha']);
  });
});

describe('collectClashes', () => {
  it('counts a document and its draft once, with the published label', () => {
    expect(
      collectClashes([
        { _id: 'drafts.enterprise-b', label: '乙（改名中）' },
        { _id: 'enterprise-b', label: '乙' },
        { _id: 'drafts.enterprise-a', label: '甲' },
        { _id: 'versions.r1.enterprise-c', label: '丙' },
      ]),
    ).toEqual([
      { id: 'enterprise-a', label: '甲', draftOnly: true },
      { id: 'enterprise-b', label: '乙', draftOnly: false },
    ]);
  });

  it('names a clash by label and id, marking drafts', () => {
    expect(describeClash({ id: 'enterprise-a', label: '甲', draftOnly: true })).toBe('“甲”（enterprise-a，草稿）');
    expect(describeClash({ id: 'enterprise-b', label: '', draftOnly: false })).toBe('（enterprise-b）');
  });
});

describe('sameStandardCode', () => {
  const candidates = [
    { _id: 'standard-gb-t-39204-2022', code: 'GB/T 39204-2022' },
    { _id: 'standard-gb-t-39204-2017', code: 'GB/T 39204-2017' },
    { _id: 'standard-broken', code: null },
  ];
  it.each(['GB/T 39204-2022', 'gbt39204—2022', 'ＧＢ／Ｔ　３９２０４－２０２２', 'GB / T 39204 - 2022'])('%s is GB/T 39204-2022', (code) => {
    expect(sameStandardCode(code, candidates).map((c) => c._id)).toEqual(['standard-gb-t-39204-2022']);
  });

  it('another edition or an empty code is no clash', () => {
    expect(sameStandardCode('GB/T 39204-2020', candidates)).toEqual([]);
    expect(sameStandardCode(' — ', candidates)).toEqual([]);
  });
});
