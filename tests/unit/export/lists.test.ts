import { describe, expect, it } from 'vitest';
import { EXPORT_LISTS, exportPath } from '../../../site/lib/export/lists.ts';
import { exportBody } from '../../../site/lib/export/exportFiles.ts';
import type { ExportList } from '../../../site/lib/export/exportList.ts';
import { fixtureRegister } from '../stats/fixtureRegister.ts';

const register = fixtureRegister();
const ctx = { site: new URL('https://register.example.org') };

function list(name: string): ExportList {
  const found = EXPORT_LISTS.find((l) => l.name === name);
  if (!found) throw new Error(`no list ${name}`);
  return found;
}

/** CSV lines without the BOM and the final empty line. */
function csvLines(name: string): string[] {
  const text = list(name).csv(register, ctx);
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(1).split('\r\n').slice(0, -1);
}

describe('the open-data lists', () => {
  it('are these eight, with their file paths', () => {
    expect(EXPORT_LISTS.map((l) => l.name)).toEqual([
      'enterprises',
      'standards',
      'committees',
      'participations',
      'committee-roles',
      'awards',
      'nominations',
      'programs',
    ]);
    expect(exportPath(list('committee-roles'), 'csv')).toBe('/data/committee-roles.csv');
  });

  it('count only what the public register has (unverified and non-public records are gone)', () => {
    expect(EXPORT_LISTS.map((l) => [l.name, l.count(register)])).toEqual([
      ['enterprises', 4],
      ['standards', 5],
      ['committees', 3],
      ['participations', 6],
      ['committee-roles', 4],
      ['awards', 2],
      ['nominations', 5],
      ['programs', 1],
    ]);
  });

  it('have one header line and one line per record in CSV, and as many objects in JSON', () => {
    for (const l of EXPORT_LISTS) {
      expect(csvLines(l.name).length, l.name).toBe(l.count(register) + 1);
      expect(JSON.parse(exportBody(l, 'json', register, ctx)).length, l.name).toBe(l.count(register));
      expect(csvLines(l.name)[0], l.name).toBe(l.fields.map((f) => f.key).join(','));
    }
  });
});

describe('exact CSV rows of the fixture', () => {
  it('enterprises: quoting, list cells, both languages and both page URLs', () => {
    const [header, alpha, beta] = csvLines('enterprises');
    expect(header).toBe(
      'id,slug,name_zh,name_en,short_name_zh,short_name_en,uscc,service_tier,industry,park,website,tags,description_zh,description_en,url,url_en',
    );
    expect(alpha).toBe(
      'enterprise-alpha,alpha,北京阿尔法科技有限公司,"Beijing Alpha Technology Co., Ltd.",阿尔法,Alpha,91110108MA01ALPH0Y,excellence,I,中关村软件园,https://alpha.example.com/,listed; high-tech,"示例企业，含逗号, 和 ""引号""。",A demo enterprise.,https://register.example.org/enterprises/alpha/,https://register.example.org/en/enterprises/alpha/',
    );
    // No English name: the _en cell stays empty (no fallback in data files).
    expect(beta).toBe(
      'enterprise-beta,beta,北京贝塔数据有限公司,,,,91110108MA01ALPH0Y,growth,,,,,,,https://register.example.org/enterprises/beta/,https://register.example.org/en/enterprises/beta/',
    );
  });

  it('standards: normalized code, committee, state on the build date, replaces, provenance', () => {
    const [header, first] = csvLines('standards');
    expect(header).toBe(
      'id,slug,code,title_zh,title_en,level,body,committee_code,stage,stage_code,state,plan_number,published_on,effective_on,withdrawn_on,replaces,replaced_by,ics,ccs,official_url,source_url,source_title,verified_on,url,url_en',
    );
    expect(first).toBe(
      'standard-gb-t-39204-2022,gb-t-39204-2022,GB/T 39204-2022,信息安全技术 关键信息基础设施安全保护要求,Information security technology—Requirements for critical information infrastructure protection,national,SAC,SAC/TC 28,published,,current,,2022-10-12,2023-05-01,,GB/T 7714-2005,,35.030,,https://std.example.org/gb-t-39204-2022,https://std.example.org/notice/1,公告,2026-10-09,https://register.example.org/standards/gb-t-39204-2022/,https://register.example.org/en/standards/gb-t-39204-2022/',
    );
    // The em dash of `T/CESA 91234—2026` is normalized.
    expect(csvLines('standards')[5]?.split(',').slice(0, 3)).toEqual(['standard-t-cesa-91234-2026', 't-cesa-91234-2026', 'T/CESA 91234-2026']);
  });

  it('committees: parent code', () => {
    const [header, , , sub] = csvLines('committees');
    expect(header).toBe('id,slug,code,name_zh,name_en,body,level,parent_code,official_url,url,url_en');
    expect(sub).toBe(
      'technicalCommittee-sac-tc-28-sc-1,sac-tc-28-sc-1,SAC/TC 28/SC 1,术语分委会,,SAC,national,SAC/TC 28,,https://register.example.org/committees/sac-tc-28-sc-1/,https://register.example.org/en/committees/sac-tc-28-sc-1/',
    );
  });

  it('participations', () => {
    const [header, first] = csvLines('participations');
    expect(header).toBe(
      'id,enterprise_slug,enterprise_name_zh,enterprise_name_en,standard_code,standard_slug,standard_level,role,rank,year,source_url,source_title,verified_on,enterprise_url,standard_url',
    );
    expect(first).toBe(
      'participation-alpha-30141-lead,alpha,北京阿尔法科技有限公司,"Beijing Alpha Technology Co., Ltd.",ISO/IEC 30141:2024,iso-iec-30141-2024,international,lead,1,2024,https://std.example.org/notice/1,公告,2026-10-09,https://register.example.org/enterprises/alpha/,https://register.example.org/standards/iso-iec-30141-2024/',
    );
  });

  it('committee roles: current as true/false', () => {
    const [header, first, ended] = csvLines('committee-roles');
    expect(header).toBe(
      'id,enterprise_slug,enterprise_name_zh,enterprise_name_en,committee_code,committee_slug,role,since,until,current,source_url,source_title,verified_on,enterprise_url,committee_url',
    );
    expect(first).toBe(
      'committeeRole-alpha-sc-41-expert,alpha,北京阿尔法科技有限公司,"Beijing Alpha Technology Co., Ltd.",ISO/IEC JTC 1/SC 41,iso-iec-jtc-1-sc-41,expert,2020-01-01,,true,,,2026-10-09,https://register.example.org/enterprises/alpha/,https://register.example.org/committees/iso-iec-jtc-1-sc-41/',
    );
    expect(ended).toContain(',member,2019-03-01,2024-12-31,false,');
  });

  it('awards', () => {
    const [header, first] = csvLines('awards');
    expect(header).toBe(
      'id,slug,name_zh,name_en,level,organizer_zh,organizer_en,cycle_years,first_year,reapply_after_sessions,revocation_years,result_years,official_url,url,url_en',
    );
    expect(first).toBe(
      'award-beijing-quality-award,beijing-quality-award,北京市人民政府质量管理奖,Beijing Municipal Government Quality Management Award,municipal,北京市人民政府,Beijing Municipal Government,2,2011,2,3,2025,https://award.example.org/beijing,https://register.example.org/awards/beijing-quality-award/,https://register.example.org/en/awards/beijing-quality-award/',
    );
  });

  it('nominations: link to the award year page', () => {
    const [header, first] = csvLines('nominations');
    expect(header).toBe(
      'id,enterprise_slug,enterprise_name_zh,enterprise_name_en,award_slug,award_name_zh,award_name_en,year,session,outcome,recommended_by_zh,recommended_by_en,announced_on,source_url,source_title,verified_on,enterprise_url,award_year_url',
    );
    expect(first).toBe(
      'nomination-alpha-zgc-2023,alpha,北京阿尔法科技有限公司,"Beijing Alpha Technology Co., Ltd.",zhongguancun-quality-award,中关村质量奖,Zhongguancun Quality Award,2023,,winner,,,2023-12-20,,,2026-10-09,https://register.example.org/enterprises/alpha/,https://register.example.org/awards/zhongguancun-quality-award/2023/',
    );
  });

  it('programmes: eligibility and amounts as list cells', () => {
    const [header, first] = csvLines('programs');
    expect(header).toBe(
      'id,slug,title_zh,title_en,kind,issuer_zh,issuer_en,document_number,summary_zh,summary_en,opens_on,closes_on,eligible_levels,eligible_roles,max_rank,implemented_within_years,eligible_tiers,amounts_cny,official_url,url,url_en',
    );
    expect(first).toBe(
      'supportProgram-standard-subsidy,standard-subsidy,标准制修订资助,Standards drafting subsidy,subsidy,海淀区市场监督管理局,,海市监发〔2026〕12号,对主导国际、国家标准的企业给予资助。,,2026-10-01,2026-12-15,international; national,lead,3,2,excellence; growth,international:500000; national:300000,https://support.example.org/subsidy,https://register.example.org/support/standard-subsidy/,https://register.example.org/en/support/standard-subsidy/',
    );
  });
});

describe('JSON files', () => {
  it('keep lists as arrays, empty values as null and booleans as booleans', () => {
    const [alpha, beta] = list('enterprises').json(register, ctx);
    expect(alpha?.['tags']).toEqual(['listed', 'high-tech']);
    expect(beta?.['name_en']).toBeNull();
    expect(beta?.['tags']).toEqual([]);
    expect(
      list('committee-roles')
        .json(register, ctx)
        .map((r) => r['current']),
    ).toEqual([true, false, true, true]);
  });

  it('never contain internal fields or records the public may not see', () => {
    const text = EXPORT_LISTS.map((l) => exportBody(l, 'json', register, ctx) + l.csv(register, ctx)).join('\n');
    expect(text).not.toContain('internalNotes');
    expect(text).not.toContain('unverified');
    expect(text).not.toContain('not-awarded');
    expect(text).not.toContain('gamma-beijing-2025');
  });

  it('describe every field, with the vocabulary of coded fields', () => {
    const tier = list('enterprises').fields.find((f) => f.key === 'service_tier');
    expect(tier?.vocabulary?.map((v) => `${v.value}=${v.label.zh}`)).toEqual(['excellence=培优型', 'growth=提升型', 'foundation=基础型']);
    for (const l of EXPORT_LISTS) for (const f of l.fields) expect(f.description.zh && f.description.en, `${l.name}.${f.key}`).toBeTruthy();
  });
});
