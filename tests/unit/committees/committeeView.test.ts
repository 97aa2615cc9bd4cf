/** Committee pages' view logic over the embedded dataset (demo data; build date 2026-11-28). */
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalSource } from '../../../site/lib/data/sources.ts';
import { fetchRegister } from '../../../site/lib/data/loadRegister.ts';
import type { Committee, Register } from '../../../site/lib/data/register.ts';
import { currentSeatCount, groupCommitteesByLevel, sortSeats } from '../../../site/lib/view/committees.ts';
import { formatTenure } from '../../../site/lib/i18n/format.ts';

let register: Register;
beforeAll(async () => {
  register = await fetchRegister(await createLocalSource({ source: 'local', file: 'content/dataset.ndjson' }), '2026-11-28');
});

const committee = (slug: string): Committee => {
  const found = register.committees.find((c) => c.slug === slug);
  if (!found) throw new Error(`no committee ${slug}`);
  return found;
};

describe('groupCommitteesByLevel', () => {
  it('groups by level in vocabulary order, codes in numeric order, parents before subcommittees', () => {
    const groups = groupCommitteesByLevel(register.committees);
    expect(groups.map((g) => [g.level, g.committees.map((c) => c.code)])).toEqual([
      ['international', ['IEC/TC 65', 'ISO/IEC JTC 1', 'ISO/IEC JTC 1/SC 27', 'ISO/IEC JTC 1/SC 41', 'ISO/IEC JTC 1/SC 42', 'ISO/TC 176', 'ITU-T SG20']],
      ['national', ['SAC/TC 4', 'SAC/TC 28', 'SAC/TC 151', 'SAC/TC 260', 'SAC/TC 485']],
      ['industry', ['CCSA TC5', 'CCSA TC10']],
      ['local', ['BJ/TC 90']],
      ['group', ['HDSA/TC 3']],
    ]);
  });

  it('puts committees without a level last and leaves out empty groups', () => {
    const sc41 = committee('iso-iec-jtc-1-sc-41');
    const unlevelled = { ...sc41, code: 'X/TC 1', level: null };
    expect(groupCommitteesByLevel([unlevelled, sc41]).map((g) => [g.level, g.committees.map((c) => c.code)])).toEqual([
      ['international', ['ISO/IEC JTC 1/SC 41']],
      [null, ['X/TC 1']],
    ]);
  });
});

describe('seats', () => {
  it('counts only seats held on the build date', () => {
    expect(currentSeatCount(committee('bj-tc-90'))).toBe(2);
    expect(committee('bj-tc-90').roles.length).toBe(3);
    expect(currentSeatCount(committee('sac-tc-151'))).toBe(0);
    expect(currentSeatCount(committee('iso-iec-jtc-1'))).toBe(0);
  });

  it('orders current before past, then by role weight, then longest-serving', () => {
    expect(sortSeats(committee('bj-tc-90').roles).map((r) => `${r.enterprise.slug} ${r.role} ${r.current ? 'current' : 'past'}`)).toEqual([
      'haijian-construction secretariat current',
      'tongchuang-iot vice-chair current',
      'luzhou-energy member past',
    ]);
    expect(sortSeats(committee('iso-iec-jtc-1-sc-41').roles).map((r) => `${r.enterprise.slug} ${r.role}`)).toEqual([
      'zhixin-tech convenor',
      'tongchuang-iot project-leader',
    ]);
  });

  it('does not reorder its input', () => {
    const roles = committee('bj-tc-90').roles;
    const before = roles.map((r) => r._id);
    sortSeats(roles);
    expect(roles.map((r) => r._id)).toEqual(before);
  });
});

describe('formatTenure', () => {
  it('says since when open-ended and from–to when ended', () => {
    expect(formatTenure({ since: '2020-09-01', until: null }, 'en')).toBe('since 2020-09-01');
    expect(formatTenure({ since: '2020-09-01' }, 'zh')).toBe('2020-09-01 起');
    expect(formatTenure({ since: '2020-09-01', until: '2023-08-31' }, 'zh')).toBe('2020-09-01 至 2023-08-31');
    expect(formatTenure({ since: '2020-09-01', until: '2023-08-31' }, 'en')).toBe('2020-09-01 to 2023-08-31');
  });
});
