/** The filters of the two lists over the embedded dataset (demo data; BUILD_DATE 2026-11-28). */
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalSource } from '../../../site/lib/data/sources.ts';
import { fetchRegister } from '../../../site/lib/data/loadRegister.ts';
import type { Register } from '../../../site/lib/data/register.ts';
import { countMatches } from '../../../site/lib/view/filters.ts';
import { enterpriseFilterFields, enterpriseRowValues, standardFilterFields, standardRowValues } from '../../../site/lib/view/filtersLists.ts';
import { formatShowing } from '../../../site/lib/i18n/strings/filters.ts';

let register: Register;
beforeAll(async () => {
  register = await fetchRegister(await createLocalSource({ source: 'local', file: 'content/dataset.ndjson' }), '2026-11-28');
});

const standard = (slug: string) => {
  const found = register.standards.find((s) => s.slug === slug);
  if (!found) throw new Error(`no standard ${slug}`);
  return found;
};

describe('enterprise list filters', () => {
  it('offers tiers in vocabulary order, industries by section letter, parks in pinyin order', () => {
    const fields = enterpriseFilterFields(register.enterprises);
    expect(fields.map((f) => f.key)).toEqual(['tier', 'industry', 'park']);
    const [tier, industry, park] = fields;
    expect(tier?.options.map((o) => o.value)).toEqual(['excellence', 'growth', 'foundation']);
    expect(industry?.options.map((o) => o.value)).toEqual(['C', 'D', 'E', 'F', 'G', 'I', 'J', 'M', 'N', 'P', 'Q', 'R']);
    expect(industry?.options.find((o) => o.value === 'I')).toEqual({
      value: 'I',
      count: 10,
      label: { zh: '信息传输、软件和信息技术服务业', en: 'Information transmission, software and IT services' },
    });
    expect(park?.options.map((o) => `${o.value} ${o.count}`)).toEqual([
      '清华科技园 3',
      '上地信息产业基地 7',
      '永丰产业基地 3',
      '中关村环保科技示范园 4',
      '中关村集成电路设计园 2',
      '中关村软件园 7',
      '中关村生命科学园 2',
      '中关村西区 2',
    ]);
  });

  it('option counts add up to the enterprises that have the field', () => {
    const [tier, , park] = enterpriseFilterFields(register.enterprises);
    expect(tier?.options.reduce((n, o) => n + o.count, 0)).toBe(register.enterprises.filter((e) => e.serviceTier).length);
    // Four demo enterprises have no park: they show only when no park is chosen.
    expect(park?.options.reduce((n, o) => n + o.count, 0)).toBe(30);
  });

  it('filters rows by the options it offers', () => {
    const rows = register.enterprises.map(enterpriseRowValues);
    expect(rows.length).toBe(34);
    expect(countMatches(rows, { industry: 'I' })).toBe(10);
    expect(countMatches(rows, { park: '中关村软件园' })).toBe(7);
  });
});

describe('standard list filters', () => {
  it('carries level, state, body, committee slug and participation years', () => {
    expect(standardRowValues(standard('db11-t-9901-2020'))).toEqual({
      level: ['local'],
      state: ['superseded'],
      body: ['Beijing AMR'],
      committee: ['bj-tc-90'],
      year: ['2020'],
    });
    expect(standardRowValues(standard('db11-t-9903'))).toEqual({
      level: ['local'],
      state: ['in-development'],
      body: ['Beijing AMR'],
      committee: ['bj-tc-90'],
      year: ['2026'],
    });
    // No verified participation: no year, so a year filter hides it.
    expect(standardRowValues(standard('gb-t-39204-2022'))).toEqual({
      level: ['national'],
      state: ['current'],
      body: ['SAC'],
      committee: ['sac-tc-260'],
      year: [],
    });
  });

  it('offers every level and state present, committees by code, years newest first', () => {
    const fields = standardFilterFields(register.standards);
    expect(fields.map((f) => f.key)).toEqual(['level', 'state', 'body', 'committee', 'year']);
    const byKey = Object.fromEntries(fields.map((f) => [f.key, f]));
    expect(byKey['level']?.options.map((o) => o.value)).toEqual([
      'international',
      'national',
      'industry',
      'local',
      'group',
      'consortium',
      'foreign',
      'enterprise',
    ]);
    expect(byKey['level']?.options.reduce((n, o) => n + o.count, 0)).toBe(82);
    expect(byKey['state']?.options.map((o) => o.value)).toEqual(
      ['in-development', 'upcoming', 'current', 'superseded', 'withdrawn'].filter((v) => register.standards.some((s) => s.state === v)),
    );
    expect(byKey['body']?.options.map((o) => o.value)).toEqual([
      '3GPP',
      'Beijing AMR',
      'CEN',
      'CESA',
      'HDSA',
      'HDZX',
      'IEC',
      'IEEE',
      'IETF',
      'ISO',
      'ISO/IEC JTC 1',
      'ITU-T',
      'MEE',
      'MIIT',
      'NMPA',
      'OSCCA',
      'PBC',
      'SAC',
      'Shenzhen AMR',
    ]);
    const committees = byKey['committee']?.options.map((o) => o.label) ?? [];
    expect(committees.indexOf('SAC/TC 4')).toBeLessThan(committees.indexOf('SAC/TC 28'));
    expect(committees.indexOf('SAC/TC 28')).toBeLessThan(committees.indexOf('SAC/TC 260'));
    expect(byKey['committee']?.options.reduce((n, o) => n + o.count, 0)).toBe(60);
    const years = byKey['year']?.options.map((o) => o.value) ?? [];
    expect(years[0]).toBe('2026');
    expect(years.at(-1)).toBe('2012');
    expect([...years].sort().reverse()).toEqual(years);
  });

  it('says N of M in both languages', () => {
    expect(formatShowing('zh', 12, 66)).toBe('显示 12 / 66 条');
    expect(formatShowing('en', 12, 66)).toBe('Showing 12 of 66');
  });
});
