/**
 * Every row of the real-code fixture (tests/fixtures/codes/standard-codes.tsv, the table of
 * docs/standard-codes.md §7) as a table test: display, family, level, year, implied stage, kind,
 * body, and the other codes of the same document. Rows whose canonical column says *unresolved*
 * must not resolve.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseStandardCode, type CodeFamily, type CodeKind } from '../../../site/lib/domain/standardCode.ts';
import type { StandardLevel } from '../../../site/lib/domain/vocabulary.ts';

const FILE = fileURLToPath(new URL('../../fixtures/codes/standard-codes.tsv', import.meta.url));

interface FixtureRow {
  readonly n: string;
  readonly asWritten: string;
  readonly canonical: string;
  readonly family: string;
  readonly level: string;
  readonly body: string;
  readonly year: string;
  readonly stage: string;
}

const ROWS: readonly FixtureRow[] = readFileSync(FILE, 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [n = '', asWritten = '', canonical = '', family = '', level = '', body = '', year = '', stage = ''] = line.split('\t');
    return { n, asWritten, canonical, family, level, body, year, stage };
  });

/** The text inside the first pair of backticks. */
const ticked = (cell: string): string | undefined => /`([^`]+)`/.exec(cell)?.[1];

/** The fixture's family column → the normalizer's family (one line per distinct value). */
const FAMILIES: Readonly<Record<string, CodeFamily>> = {
  'GB/T': 'GB/T',
  GB: 'GB',
  'GB/Z': 'GB/Z',
  'GB (engineering)': 'GB',
  'GB/T (engineering)': 'GB/T',
  'national-amendment': 'GB',
  'national-plan': 'national-plan',
  'metrology JJF': 'metrology',
  'metrology JJG': 'metrology',
  local: 'local',
  'local (city)': 'local',
  'local (mandatory)': 'local',
  'local-engineering': 'local-engineering',
  group: 'group',
  'group (joint)': 'group',
  'group-legacy': 'group',
  enterprise: 'enterprise',
  ISO: 'ISO',
  'ISO (draft)': 'ISO',
  'ISO (proof)': 'ISO',
  'ISO PAS': 'ISO',
  'ISO TR': 'ISO',
  'ISO TTA': 'ISO',
  'ISO amendment': 'ISO',
  'ISO corrigendum': 'ISO',
  'ISO corrigendum (draft)': 'ISO',
  IWA: 'IWA',
  'ISO/IEC': 'ISO/IEC',
  'ISO/IEC (draft series)': 'ISO/IEC',
  'ISO/IEC (draft)': 'ISO/IEC',
  'ISO/IEC Guide supplement': 'ISO/IEC',
  'ISO/IEC ISP': 'ISO/IEC',
  'ISO/IEC TR': 'ISO/IEC',
  'ISO/IEC TS (draft)': 'ISO/IEC',
  'ISO/IEC amendment': 'ISO/IEC',
  'ISO/IEC amendment (draft)': 'ISO/IEC',
  'ISO/IEC corrigendum': 'ISO/IEC',
  'ISO/IEC corrigendum of an amendment': 'ISO/IEC',
  'IEEE/ISO/IEC': 'ISO/IEC',
  IEC: 'IEC',
  'IEC (joint)': 'IEC',
  'IEC PAS (draft)': 'IEC',
  'IEC SRD': 'IEC',
  'IEC TR': 'IEC',
  'IEC TS': 'IEC',
  'IEC consolidated': 'IEC',
  'IEC corrigendum': 'IEC',
  'IEC interpretation sheet': 'IEC',
  'IEC redline': 'IEC',
  'IEC/IEEE': 'IEC',
  'ITU-T': 'ITU',
  'ITU-R': 'ITU',
  'ITU-T amendment': 'ITU',
  'ITU-T erratum': 'ITU',
  IEEE: 'IEEE',
  'IEEE amendment': 'IEEE',
  'IEEE project': 'IEEE',
  'IETF RFC': 'IETF',
  'IETF BCP': 'IETF',
  'IETF Internet-Draft (individual)': 'IETF',
  '3GPP TS': '3GPP',
  '3GPP TR': '3GPP',
  'ETSI EN': 'ETSI',
  'CEN EN': 'CEN',
  'BSI adoption': 'BSI',
  'BSI PD': 'BSI',
  CSA: 'CSA',
  SAE: 'SAE',
  ASTM: 'ASTM',
  Ecma: 'Ecma',
};

function expectedFamily(row: FixtureRow): CodeFamily {
  if (row.family.startsWith('industry')) return 'industry';
  const family = FAMILIES[row.family];
  if (!family) throw new Error(`row ${row.n}: family "${row.family}" is not mapped in this test`);
  return family;
}

/** Level column: int/nat/ind/loc/grp/ent/for; `for/int` is a consortium under the default setting (docs/standard-codes.md §6). */
function expectedLevel(row: FixtureRow): StandardLevel {
  const key = row.level.split(' ')[0] ?? '';
  const levels: Record<string, StandardLevel> = {
    int: 'international',
    nat: 'national',
    ind: 'industry',
    loc: 'local',
    grp: 'group',
    ent: 'enterprise',
    for: 'foreign',
    'for/int': 'consortium',
  };
  const level = levels[key];
  if (!level) throw new Error(`row ${row.n}: level "${row.level}"`);
  return level;
}

/** Year column: the first four-digit year; a parenthesized year is known but not carried by the code. */
function expectedYear(row: FixtureRow): number | undefined {
  if (row.year.startsWith('(') || row.year === '—') return undefined;
  const m = /\d{4}/.exec(row.year);
  return m ? Number(m[0]) : undefined;
}

/**
 * Stage column → the stage the *designation* implies. A published code implies 60.60; the fixture's
 * 95.99 (withdrawn) is a fact of the record, not of the code. A draft designation implies its
 * major stage (`DIS` → 40), a proof 60.00, a project or plan number 20 (registered work item).
 * An undated code of the ISO/Chinese/3GPP series implies none.
 */
function expectedStage(row: FixtureRow): string | null {
  const s = row.stage;
  if (/^(60\.60|95\.99|approved|published)/.test(s)) return '60.60';
  if (s.startsWith('60.00')) return '60.00';
  const major = /^(30|40|50)\b/.exec(s);
  if (major) return major[1] ?? null;
  if (/^(project|draft rev|20–50|→ 60)/.test(s)) return '20';
  if (s === '—') return expectedYear(row) === undefined ? null : '60.60';
  throw new Error(`row ${row.n}: stage "${s}"`);
}

function expectedKind(row: FixtureRow, display: string): CodeKind {
  const f = row.family;
  if (/\+A(MD)?\d/.test(display)) return 'consolidated';
  if (f === 'national-plan') return 'plan';
  // Row 217 `ANSI/IEEE 802.9a-1995`: the family column says only "IEEE", but a lower-case letter
  // after an IEEE number is an amendment (802.9a amends 802.9; docs/standard-codes.md §6).
  if (row.n === '217') return 'amendment';
  if (/corrigendum|erratum/.test(f)) return 'corrigendum';
  if (/amendment/.test(f)) return 'amendment';
  if (/supplement/.test(f)) return 'supplement';
  if (/interpretation/.test(f)) return 'interpretation';
  if (/consolidated/.test(f)) return 'consolidated';
  if (/redline/.test(f)) return 'redline';
  if (/project/.test(f)) return 'project';
  if (/\(draft|\(proof\)|Internet-Draft/.test(f)) return 'draft';
  return 'standard';
}

/**
 * Body: the normalizer gives a short key (SAC, MIIT, ISO/IEC JTC 1, Beijing AMR); the fixture
 * names the body in words (`SAC; TC53/SC3; 主管 469`, `IEC TC 65`, `中国地震局`). They agree when
 * they share a name token, or through the Chinese name of the same body listed here.
 */
const BODY_NAMES: Readonly<Record<string, string>> = {
  CEA: '中国地震局',
  // 1997 issuer of GB/T 16733: 国家技术监督局, SAC's predecessor.
  SAC: '国家技术监督局',
  // Associations and enterprises: the code is the body key; the fixture gives the name.
  PCA: '普洱咖啡协会',
  XZYC: '湖南省中药材产业协会',
  GDW: '国家电网',
  // ISO/IEC Guide 98-3 (GUM) was prepared by the JCGM, not JTC 1.
  'ISO/IEC': 'JCGM',
  'Tianjin AMR': '天津市市场监督管理委员会',
  'Ningxia AMR': '宁夏回族自治区市场监督管理厅',
  // 2017 issuer: the provincial 质量技术监督局 before the 2018 reorganization (§2.2); same province.
  'Guizhou AMR': '贵州省质量技术监督局',
  // CCSA drafts, MIIT issues; row 122's body names both associations.
  CCSA: 'CCSA + TAF',
  OSCCA: 'OSCCA',
  'IEEE + ANSI': 'IEEE + ANSI',
};
const tokens = (text: string): Set<string> =>
  new Set(
    text
      .split(/[^\p{L}\p{N}]+/u)
      .filter((t) => t.length >= 2 && !/^(TC|SC|SG|WG|WP|AMR|and|cc|as|city|the)$/i.test(t) && !/^\d{1,2}$/.test(t))
      .map((t) => t.toLowerCase()),
  );
function bodyAgrees(row: FixtureRow, body: string): boolean {
  if (row.body.startsWith('as #')) return true; // "as #102": the body is given in a row outside the fixture
  if (BODY_NAMES[body] !== undefined && row.body.includes(BODY_NAMES[body] ?? '')) return true;
  const mine = tokens(body);
  return [...tokens(row.body)].some((t) => mine.has(t));
}

const resolved = ROWS.filter((r) => !r.canonical.startsWith('*(unresolved'));
const unresolved = ROWS.filter((r) => r.canonical.startsWith('*(unresolved'));

describe('the real-code fixture (docs/standard-codes.md §7)', () => {
  it('has 162 rows, 2 of them unresolved', () => {
    expect(ROWS).toHaveLength(162);
    expect(unresolved.map((r) => r.n)).toEqual(['5', '107']);
  });

  it.each(resolved.map((r) => [r.n, r] as const))('row %s', (_n, row) => {
    const input = ticked(row.asWritten) ?? '';
    const canonicalCells = [...row.canonical.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
    const display = row.canonical.startsWith('same') ? input : (canonicalCells[0] ?? '');
    const p = parseStandardCode(input);
    expect(p, input).toBeDefined();
    if (!p) return;
    expect(p.display).toBe(display);
    // `A` + `B`: joint codes of one document; the others come back in `also`.
    for (const other of canonicalCells.slice(1)) expect(p.also).toContain(other);
    expect(p.family).toBe(expectedFamily(row));
    expect(p.level).toBe(expectedLevel(row));
    expect(p.year).toBe(expectedYear(row));
    expect(p.stage).toBe(expectedStage(row));
    expect(p.kind).toBe(expectedKind(row, display));
    expect(bodyAgrees(row, p.body), `body ${p.body} vs ${row.body}`).toBe(true);
    // The canonical form is a fixed point, and its slug is a valid id part.
    expect(parseStandardCode(p.display)?.display).toBe(p.display);
    expect(p.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(unresolved.map((r) => [r.n, ticked(r.asWritten) ?? ''] as const))('row %s %j stays unresolved', (_n, input) => {
    expect(parseStandardCode(input)).toBeUndefined();
  });
});

describe('the codes of issue 12 that were refused', () => {
  it.each([
    ['ISO/IEC DIS 27099', 'ISO/IEC DIS 27099', 'draft', '40'],
    ['GM/T 0054-2018', 'GM/T 0054-2018', 'standard', '60.60'],
    ['YY/T 0287-2017', 'YY/T 0287-2017', 'standard', '60.60'],
    ['DB4403/T 123-2020', 'DB4403/T 123-2020', 'standard', '60.60'],
    ['IEEE P2030.5', 'IEEE P2030.5', 'project', '20'],
    ['3GPP TS 23.501', '3GPP TS 23.501', 'standard', null],
    ['RFC 8998', 'RFC 8998', 'standard', '60.60'],
    ['ISO 9001:2015/Amd 1:2024', 'ISO 9001:2015/Amd 1:2024', 'amendment', '60.60'],
    ['GB/T 19001-2016/ISO 9001:2015', 'GB/T 19001-2016/ISO 9001:2015', 'standard', '60.60'],
    ['ISO/TR 22100-4:2018', 'ISO/TR 22100-4:2018', 'standard', '60.60'],
    ['GBZ 2.1-2019', 'GBZ 2.1-2019', 'standard', '60.60'],
  ])('%s → %s (%s, stage %s)', (input, display, kind, stage) => {
    const p = parseStandardCode(input);
    expect(p?.display).toBe(display);
    expect(p?.kind).toBe(kind);
    expect(p?.stage).toBe(stage);
  });

  it('base and also', () => {
    expect(parseStandardCode('ISO 9001:2015/Amd 1:2024')?.base).toBe('ISO 9001:2015');
    expect(parseStandardCode('GB 24315-2009/XG1-2012')?.base).toBe('GB 24315-2009');
    expect(parseStandardCode('IEC 62443-2-4:2015+AMD1:2017 CSV')?.base).toBe('IEC 62443-2-4:2015');
    // Certificates drop the ` CSV` and write `+A1`: still the consolidated version, one display.
    for (const written of ['IEC 60601-1:2005+AMD1:2012', 'IEC 60601-1:2005+A1:2012', 'iec 60601-1:2005 + amd1:2012 csv']) {
      expect(parseStandardCode(written)).toMatchObject({
        display: 'IEC 60601-1:2005+AMD1:2012 CSV',
        kind: 'consolidated',
        base: 'IEC 60601-1:2005',
        year: 2012,
      });
    }
    expect(parseStandardCode('ISO/IEC 11801:2002+AMD1:2008+AMD2:2010')?.display).toBe('ISO/IEC 11801:2002+AMD1:2008+AMD2:2010 CSV');
    // ISO alone publishes no consolidated versions, and a redline of one is not written so.
    expect(parseStandardCode('ISO 9001:2015+A1:2024')).toBeUndefined();
    expect(parseStandardCode('IEC 62443-2-4:2015+AMD1:2017 RLV')).toBeUndefined();
    expect(parseStandardCode('ISO/IEC 13818-1:2015/Amd 3:2016/Cor 1:2017')?.base).toBe('ISO/IEC 13818-1:2015/Amd 3:2016');
    expect(parseStandardCode('GB/T 19001-2016/ISO 9001:2015')?.also).toEqual(['ISO 9001:2015']);
    expect(parseStandardCode('T/CCSA 393—2024 / T/TAF 083—2024')?.also).toEqual(['T/TAF 083-2024']);
    expect(parseStandardCode('ITU-T G.8272/Y.1367 (07/2025)')?.also).toEqual(['ITU-T Y.1367 (07/2025)']);
    expect(parseStandardCode('ITU-T X.680 (1994) | ISO/IEC 8824-1: 1995')?.also).toEqual(['ISO/IEC 8824-1:1995']);
  });

  it('IETF drafts and IEEE drafts keep one identity across revisions', () => {
    expect(parseStandardCode('draft-ietf-lamps-pq-composite-sigs-19')?.undated).toBe('draft-ietf-lamps-pq-composite-sigs');
    expect(parseStandardCode('draft-ietf-lamps-pq-composite-sigs-19')?.body).toBe('IETF');
    expect(parseStandardCode('IEEE P802.11be/D3.0')).toMatchObject({ display: 'IEEE P802.11be/D3.0', undated: 'IEEE P802.11be', kind: 'draft' });
    expect(parseStandardCode('IEEE Std 802.3®-2018')?.display).toBe('IEEE Std 802.3-2018');
  });

  it('national plan numbers are projects of a competent department, not a TC', () => {
    expect(parseStandardCode('20170425-T-469')).toMatchObject({
      family: 'national-plan',
      kind: 'plan',
      level: 'national',
      body: 'SAC',
      year: 2017,
      stage: '20',
    });
  });

  it('DB collisions: earthquake industry vs local; Beijing districts issue no local standards', () => {
    expect(parseStandardCode('DB 4-2025')?.family).toBe('industry');
    expect(parseStandardCode('DB44/T 100-2020')?.family).toBe('local');
    expect(parseStandardCode('DB1101/T 1-2020')).toBeUndefined();
    expect(parseStandardCode('DB71/T 1-2020')).toBeUndefined();
    expect(parseStandardCode('GBZ 20986-2007')).toBeUndefined();
  });
});
