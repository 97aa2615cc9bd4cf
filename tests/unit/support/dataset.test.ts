/** The matcher on the embedded dataset at BUILD_DATE 2026-11-28: the figures the pages show. */
import { describe, expect, it } from 'vitest';
import { getRegister } from '../../../site/lib/data/loadRegister.ts';
import { matchSupportPrograms, programStatus, qualifyingEnterprises } from '../../../site/lib/domain/eligibility.ts';
import { cacheKeyOf } from '../../../site/lib/data/cacheKey.ts';
import { groupProgramsByStatus, openPrograms, qualifyingList, qualifyingRows } from '../../../site/lib/view/programs.ts';

const register = () => getRegister({ BUILD_DATE: '2026-11-28', CONTENT_SOURCE: 'local' });

async function program(slug: string) {
  const p = (await register()).programs.find((x) => x.slug === slug);
  if (!p) throw new Error(`programme ${slug} is missing from content/dataset.ndjson`);
  return p;
}

describe('support programmes of the dataset on 2026-11-28', () => {
  it('has the 2026 standards subsidy closing soon (closes 2026-12-15)', async () => {
    const { today } = await register();
    const subsidy = await program('standards-subsidy-2026');
    expect(today).toBe('2026-11-28');
    expect(subsidy.closesOn).toBe('2026-12-15');
    expect(programStatus(subsidy, today)).toBe('closing-soon');
  });

  it('groups the seven published programmes by status, drafts excluded', async () => {
    const { programs, today } = await register();
    expect(groupProgramsByStatus(programs, today).map((g) => [g.status, g.programs.map((p) => p.slug)])).toEqual([
      ['open', ['international-standardization-support', 'standards-participation-measures', 'standardization-service-desk']],
      ['closing-soon', ['standards-subsidy-2026']],
      ['upcoming', ['beijing-quality-award-2027-recommendation']],
      ['closed', ['zhongguancun-quality-award-2026', 'group-standards-subsidy-2025']],
    ]);
    expect(openPrograms(programs, today).map((p) => p.slug)).toEqual([
      'standards-subsidy-2026',
      'international-standardization-support',
      'standards-participation-measures',
      'standardization-service-desk',
    ]);
  });

  it('finds 26 enterprises for the 2026 subsidy; Huaxin through its lead of GB/T 98119-2026, not IEEE 9901-2025 (a consortium standard under the default INTERNATIONAL_BODIES)', async () => {
    const { enterprises, today } = await register();
    const rows = qualifyingEnterprises(await program('standards-subsidy-2026'), enterprises, today);
    expect(rows).toHaveLength(26);
    const huaxin = rows.find((r) => r.enterprise.slug === 'huaxin-data');
    expect(huaxin?.match.amountCNY).toBe(300_000);
    expect(huaxin?.match.reason.zh).toBe('GB/T 98119-2026（国家标准）：主导/牵头，起草单位排名第 1（前 3 名可申请），2026-10-01 实施，在近 2 年内');
    // Tianshu drafted GB/T 98115-2023 (in effect 2023-12-01: too old) and leads a standard not yet in effect.
    expect(rows.some((r) => r.enterprise.slug === 'tianshu-software')).toBe(false);
  });

  it('matches Zhixin to four programmes with reasons, the 2026 subsidy at CNY 500,000', async () => {
    const { enterprises, programs, today } = await register();
    const zhixin = enterprises.find((e) => e.slug === 'zhixin-tech');
    if (!zhixin) throw new Error('enterprise zhixin-tech is missing from the dataset');
    const matches = matchSupportPrograms(zhixin, programs, today);
    expect(matches.map((m) => [m.program.slug, m.deadline.status, m.amountCNY])).toEqual([
      ['beijing-quality-award-2027-recommendation', 'upcoming', undefined],
      ['international-standardization-support', 'open', 500_000],
      ['standards-subsidy-2026', 'closing-soon', 500_000],
      ['zhongguancun-quality-award-2026', 'closed', undefined],
    ]);
    expect(matches[1]?.reason.en).toBe(
      'ISO/IEC 98141-1 (international standard): lead, project editor; ISO/IEC 98143:2023 (international standard): lead, project editor; service tier Excellence (open to Excellence, Growth)',
    );
  });

  it('matches nobody to the general policy, which sets no criteria', async () => {
    const { enterprises, today } = await register();
    expect(qualifyingEnterprises(await program('standards-participation-measures'), enterprises, today)).toEqual([]);
  });
});

describe('a programme page’s qualifying list (what it shows is what its cache key is made of)', () => {
  it('holds names, pages, tiers, reasons and amounts, and no record', async () => {
    const r = await register();
    const subsidy = await program('standards-subsidy-2026');
    const list = qualifyingList(qualifyingRows(subsidy, r));
    expect(list.length).toBe(qualifyingEnterprises(subsidy, r.enterprises, r.today).length);
    expect(list.length).toBeGreaterThan(0);
    // A record inside would be keyed by its id only (depth 0), so its edits would not re-render the page.
    expect(JSON.stringify(list)).not.toContain('"_id"');
    const first = list[0]!;
    expect(Object.keys(first.enterprise).sort()).toEqual(['name', 'serviceTier', 'slug']);
    expect(first.match.standards.every((s) => typeof s.standard.parsed.display === 'string' && typeof s.conditions.zh === 'string')).toBe(true);
  });

  it('keys the page on the list: an enterprise’s description does not change it, its name does', async () => {
    const r = await register();
    const subsidy = await program('standards-subsidy-2026');
    const rows = qualifyingRows(subsidy, r);
    const key = (list: ReturnType<typeof qualifyingList>) => cacheKeyOf({ qualifying: [list, 0] });
    const base = key(qualifyingList(rows));
    const edited = (change: (e: (typeof rows)[number]['enterprise']) => object) =>
      key(qualifyingList(rows.map((row, i) => (i === 0 ? { ...row, enterprise: { ...row.enterprise, ...change(row.enterprise) } } : row))));
    expect(edited((e) => ({ description: { zh: `${e.description?.zh ?? ''}（已更新）` } }))).toBe(base);
    expect(edited((e) => ({ name: { ...e.name, zh: `${e.name.zh}（已更新）` } }))).not.toBe(base);
  });
});
