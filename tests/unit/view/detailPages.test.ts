/** The detail pages' view models over the embedded dataset: what each page lists, in its order. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../../site/lib/data/register.ts';
import { committeePage, enterprisePage, standardPage } from '../../../site/lib/view/detailPages.ts';
import { loadDatasetRegister } from '../awards/register.ts';

let register: Register;
beforeAll(async () => {
  register = await loadDatasetRegister();
});

const find = <T extends { readonly slug: string }>(items: readonly T[], slug: string): T => {
  const item = items.find((x) => x.slug === slug);
  if (!item) throw new Error(`no ${slug} in content/dataset.ndjson`);
  return item;
};

describe('enterprisePage', () => {
  it('groups standards work by level in vocabulary order, newest year first, then by code', () => {
    const model = enterprisePage(find(register.enterprises, 'zhixin-tech'));
    expect(model.participationsByLevel.map((g) => [g.level, g.participations.map((p) => `${p.year} ${p.standard.parsed.display}`)])).toEqual([
      [
        'international',
        [
          '2025 ISO/IEC 98141-2',
          '2025 ISO/IEC TR 98144:2025',
          '2024 ISO/IEC 98141-1',
          '2024 ISO/IEC 98141-1',
          '2024 ISO/IEC 98145:2026',
          '2023 ISO/IEC 98143:2023',
          '2023 ISO/IEC 98143:2023',
        ],
      ],
      ['national', ['2026 GB/T 98101-2026', '2026 GB/T 98118-2026/ISO/IEC 98143:2023', '2025 GB/T 98117-2025']],
      ['local', ['2025 DB11/T 9901-2025']],
      ['group', ['2025 T/CESA 9104-2025', '2023 T/CESA 9101-2023']],
      ['consortium', ['2024 RFC 9989', '2024 RFC 9989']],
      ['enterprise', ['2025 Q/HDZX 0001-2025']],
    ]);
  });

  it('lists committee roles current first, the latest start first, and links only a safe website', () => {
    const model = enterprisePage(find(register.enterprises, 'zhixin-tech'));
    expect(model.roles.map((r) => `${r.committee.code} ${r.since} ${r.current}`)).toEqual(['ISO/IEC JTC 1/SC 41 2022-06-01 true', 'SAC/TC 28 2019-03-01 true']);
    expect(model.website).toBe('https://www.zhixin-microlink.example/');
  });
});

describe('standardPage', () => {
  it('lists participants by drafting rank', () => {
    const model = standardPage(find(register.standards, 'db11-t-9901-2025'));
    expect(model.participants.map((p) => `${p.rank} ${p.enterprise.slug}`)).toEqual([
      '1 tongchuang-iot',
      '2 haijian-construction',
      '3 luzhou-energy',
      '4 hongdian-grid',
      '5 zhixin-tech',
    ]);
    expect(model.official).toBe('https://std.example.org/standards/db11-t-9901-2025');
  });

  it('shows the other codes of a dual number, not the current one', () => {
    const standard = find(register.standards, 'gb-t-98118-2026-iso-iec-98143-2023');
    expect(standard.codes).toEqual(['GB/T 98118-2026/ISO/IEC 98143:2023', 'ISO/IEC 98143:2023']);
    expect(standardPage(standard).otherCodes).toEqual(['ISO/IEC 98143:2023']);
  });
});

describe('committeePage', () => {
  it('sorts subcommittees by code and keeps the official page', () => {
    const model = committeePage(find(register.committees, 'iso-iec-jtc-1'));
    expect(model.children.map((c) => c.code)).toEqual(['ISO/IEC JTC 1/SC 27', 'ISO/IEC JTC 1/SC 41', 'ISO/IEC JTC 1/SC 42']);
    expect(model.seats).toEqual([]);
    expect(model.official).toBe('https://www.iso.org/committee/45020.html');
  });
});
