import { describe, expect, it } from 'vitest';
import {
  checkStandardCode,
  compactCode,
  INDUSTRY_PREFIXES,
  INTERNATIONAL_BODIES,
  levelOfPublishers,
  looksLikeStandardCode,
  newestEdition,
  normalizeStandardCode,
  parseStandardCode,
  slugifyCode,
  type CodeFamily,
} from '../../../site/lib/domain/standardCode.ts';
import type { StandardLevel } from '../../../site/lib/domain/vocabulary.ts';

interface Row {
  readonly input: string;
  readonly display: string;
  readonly undated: string;
  readonly slug: string;
  readonly compact: string;
  readonly prefix: string;
  readonly number: string;
  readonly year: number | undefined;
  readonly family: CodeFamily;
  readonly level: StandardLevel;
  readonly body: string;
}

const row = (
  input: string,
  display: string,
  undated: string,
  slug: string,
  compact: string,
  prefix: string,
  number: string,
  year: number | undefined,
  family: CodeFamily,
  level: StandardLevel,
  body: string,
): Row => ({ input, display, undated, slug, compact, prefix, number, year, family, level, body });

const GBT_39204_2022 = ['GB/T 39204-2022', 'GB/T 39204', 'gb-t-39204-2022', 'gbt392042022', 'GB/T', '39204', 2022, 'GB/T', 'national', 'SAC'] as const;
const TCESA_1234_2023 = ['T/CESA 1234-2023', 'T/CESA 1234', 't-cesa-1234-2023', 'tcesa12342023', 'T/CESA', '1234', 2023, 'group', 'group', 'CESA'] as const;

const ROWS: readonly Row[] = [
  row('GB/T 39204-2022', ...GBT_39204_2022),
  row('GBT39204-2022', ...GBT_39204_2022),
  row('gb/t 39204—2022', ...GBT_39204_2022),
  row('GB/T39204–2022', ...GBT_39204_2022),
  row('GB / T 39204 - 2022', ...GBT_39204_2022),
  row('  GB/T   39204-2022  ', ...GBT_39204_2022),
  row('ＧＢ／Ｔ　３９２０４', 'GB/T 39204', 'GB/T 39204', 'gb-t-39204', 'gbt39204', 'GB/T', '39204', undefined, 'GB/T', 'national', 'SAC'),
  row('ＧＢ／Ｔ　３９２０４－２０２２', ...GBT_39204_2022),
  row('gbt39204', 'GB/T 39204', 'GB/T 39204', 'gb-t-39204', 'gbt39204', 'GB/T', '39204', undefined, 'GB/T', 'national', 'SAC'),
  row('GB 17859-1999', 'GB 17859-1999', 'GB 17859', 'gb-17859-1999', 'gb178591999', 'GB', '17859', 1999, 'GB', 'national', 'SAC'),
  row('GB 4943.1-2022', 'GB 4943.1-2022', 'GB 4943.1', 'gb-4943-1-2022', 'gb494312022', 'GB', '4943.1', 2022, 'GB', 'national', 'SAC'),
  row('GB/Z 41305-2022', 'GB/Z 41305-2022', 'GB/Z 41305', 'gb-z-41305-2022', 'gbz413052022', 'GB/Z', '41305', 2022, 'GB/Z', 'national', 'SAC'),
  // `GBZ` without a slash is the occupational-health code (docs/standard-codes.md §1.4), not GB/Z.
  row('GBZ 2.1-2019', 'GBZ 2.1-2019', 'GBZ 2.1', 'gbz-2-1-2019', 'gbz212019', 'GBZ', '2.1', 2019, 'GBZ', 'national', 'NHC'),
  row(
    'ISO/IEC 30141:2018',
    'ISO/IEC 30141:2018',
    'ISO/IEC 30141',
    'iso-iec-30141-2018',
    'isoiec301412018',
    'ISO/IEC',
    '30141',
    2018,
    'ISO/IEC',
    'international',
    'ISO/IEC JTC 1',
  ),
  row(
    'iso/iec 30141 : 2018',
    'ISO/IEC 30141:2018',
    'ISO/IEC 30141',
    'iso-iec-30141-2018',
    'isoiec301412018',
    'ISO/IEC',
    '30141',
    2018,
    'ISO/IEC',
    'international',
    'ISO/IEC JTC 1',
  ),
  row('ISO 9001:2015', 'ISO 9001:2015', 'ISO 9001', 'iso-9001-2015', 'iso90012015', 'ISO', '9001', 2015, 'ISO', 'international', 'ISO'),
  row(
    'ISO/IEC TR 30166:2020',
    'ISO/IEC TR 30166:2020',
    'ISO/IEC TR 30166',
    'iso-iec-tr-30166-2020',
    'isoiectr301662020',
    'ISO/IEC TR',
    '30166',
    2020,
    'ISO/IEC',
    'international',
    'ISO/IEC JTC 1',
  ),
  row(
    'IEC 62443-3-3:2013',
    'IEC 62443-3-3:2013',
    'IEC 62443-3-3',
    'iec-62443-3-3-2013',
    'iec62443332013',
    'IEC',
    '62443-3-3',
    2013,
    'IEC',
    'international',
    'IEC',
  ),
  row(
    'ISO/IEC/IEEE 42010:2022',
    'ISO/IEC/IEEE 42010:2022',
    'ISO/IEC/IEEE 42010',
    'iso-iec-ieee-42010-2022',
    'isoiecieee420102022',
    'ISO/IEC/IEEE',
    '42010',
    2022,
    'ISO/IEC',
    'international',
    'ISO/IEC JTC 1',
  ),
  row('ITU-T Y.4000', 'ITU-T Y.4000', 'ITU-T Y.4000', 'itu-t-y-4000', 'ituty4000', 'ITU-T', 'Y.4000', undefined, 'ITU', 'international', 'ITU-T'),
  row('ITU T Y4000', 'ITU-T Y.4000', 'ITU-T Y.4000', 'itu-t-y-4000', 'ituty4000', 'ITU-T', 'Y.4000', undefined, 'ITU', 'international', 'ITU-T'),
  row('itu-t x.509', 'ITU-T X.509', 'ITU-T X.509', 'itu-t-x-509', 'itutx509', 'ITU-T', 'X.509', undefined, 'ITU', 'international', 'ITU-T'),
  row('ITU-R M.2083', 'ITU-R M.2083', 'ITU-R M.2083', 'itu-r-m-2083', 'iturm2083', 'ITU-R', 'M.2083', undefined, 'ITU', 'international', 'ITU-R'),
  row('ITU-R BT.2020', 'ITU-R BT.2020', 'ITU-R BT.2020', 'itu-r-bt-2020', 'iturbt2020', 'ITU-R', 'BT.2020', undefined, 'ITU', 'international', 'ITU-R'),
  row('ISO 9001-2015', 'ISO 9001:2015', 'ISO 9001', 'iso-9001-2015', 'iso90012015', 'ISO', '9001', 2015, 'ISO', 'international', 'ISO'),
  // IEEE is a consortium under the default INTERNATIONAL_BODIES setting; `Std` is kept as written.
  row('IEEE 2030.5-2018', 'IEEE 2030.5-2018', 'IEEE 2030.5', 'ieee-2030-5-2018', 'ieee203052018', 'IEEE', '2030.5', 2018, 'IEEE', 'consortium', 'IEEE'),
  row(
    'IEEE Std 802.11-2020',
    'IEEE Std 802.11-2020',
    'IEEE Std 802.11',
    'ieee-std-802-11-2020',
    'ieeestd802112020',
    'IEEE Std',
    '802.11',
    2020,
    'IEEE',
    'consortium',
    'IEEE',
  ),
  row('YD/T 3751-2020', 'YD/T 3751-2020', 'YD/T 3751', 'yd-t-3751-2020', 'ydt37512020', 'YD/T', '3751', 2020, 'industry', 'industry', 'MIIT'),
  row('ydt3751', 'YD/T 3751', 'YD/T 3751', 'yd-t-3751', 'ydt3751', 'YD/T', '3751', undefined, 'industry', 'industry', 'MIIT'),
  row('JRT0171-2020', 'JR/T 0171-2020', 'JR/T 0171', 'jr-t-0171-2020', 'jrt01712020', 'JR/T', '0171', 2020, 'industry', 'industry', 'PBC'),
  row('SJ/T 11623-2016', 'SJ/T 11623-2016', 'SJ/T 11623', 'sj-t-11623-2016', 'sjt116232016', 'SJ/T', '11623', 2016, 'industry', 'industry', 'MIIT'),
  row('GA 1800.1-2021', 'GA 1800.1-2021', 'GA 1800.1', 'ga-1800-1-2021', 'ga180012021', 'GA', '1800.1', 2021, 'industry', 'industry', 'MPS'),
  row('DB11/T 1918-2021', 'DB11/T 1918-2021', 'DB11/T 1918', 'db11-t-1918-2021', 'db11t19182021', 'DB11/T', '1918', 2021, 'local', 'local', 'Beijing AMR'),
  row('db11t1918', 'DB11/T 1918', 'DB11/T 1918', 'db11-t-1918', 'db11t1918', 'DB11/T', '1918', undefined, 'local', 'local', 'Beijing AMR'),
  row('DB31/T 1000-2020', 'DB31/T 1000-2020', 'DB31/T 1000', 'db31-t-1000-2020', 'db31t10002020', 'DB31/T', '1000', 2020, 'local', 'local', 'Shanghai AMR'),
  row('DB52/T 1000-2020', 'DB52/T 1000-2020', 'DB52/T 1000', 'db52-t-1000-2020', 'db52t10002020', 'DB52/T', '1000', 2020, 'local', 'local', 'Guizhou AMR'),
  // Mandatory local standards print `DB11/ ` (slash, space, no T; docs/standard-codes.md §2.1).
  row('DB11 1000-2013', 'DB11/ 1000-2013', 'DB11/ 1000', 'db11-1000-2013', 'db1110002013', 'DB11/', '1000', 2013, 'local', 'local', 'Beijing AMR'),
  row('T/CESA 1234—2023', ...TCESA_1234_2023),
  row('T/CESA1234-2023', ...TCESA_1234_2023),
  row('t / cesa 1234 – 2023', ...TCESA_1234_2023),
  row('T/ZGCA 001-2021', 'T/ZGCA 001-2021', 'T/ZGCA 001', 't-zgca-001-2021', 'tzgca0012021', 'T/ZGCA', '001', 2021, 'group', 'group', 'ZGCA'),
];

describe('parseStandardCode: real-world spellings', () => {
  it.each(ROWS)('$input → $display ($family, $level, $body)', (r) => {
    const p = parseStandardCode(r.input);
    expect(p).toBeDefined();
    expect(p?.display).toBe(r.display);
    expect(p?.undated).toBe(r.undated);
    expect(p?.slug).toBe(r.slug);
    expect(p?.compact).toBe(r.compact);
    expect(p?.compactUndated).toBe(compactCode(r.undated));
    expect(p?.prefix).toBe(r.prefix);
    expect(p?.number).toBe(r.number);
    expect(p?.year).toBe(r.year);
    expect(p ? 'year' in p : undefined).toBe(r.year !== undefined);
    expect(p?.family).toBe(r.family);
    expect(p?.level).toBe(r.level);
    expect(p?.body).toBe(r.body);
  });

  it('the parsed form of a display is a fixed point', () => {
    for (const r of ROWS) expect(parseStandardCode(r.display)?.display).toBe(r.display);
  });

  it('slugs never contain a dot (ids are standard-<slug>)', () => {
    for (const r of ROWS) expect(parseStandardCode(r.input)?.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(['39204', 'GBZ 41305', '', '   ', 'hello', 'GB/T', 'XX/T 1234-2020', 'DB1/T 1918', 'ISO', 'ITU-T', '信息安全技术'])(
    'unrecognized %j → undefined',
    (input) => {
      expect(parseStandardCode(input)).toBeUndefined();
      expect(looksLikeStandardCode(input)).toBe(false);
    },
  );

  // The slash-less group form 'TCESA 1234' stays unrecognized on purpose: a bare `T` followed
  // by letters is ambiguous with other prefixes, and search matches it through compact keys.
});

describe('slugifyCode', () => {
  it.each([
    ['GB/T 39204-2022', 'gb-t-39204-2022'],
    ['ISO/IEC 30141:2018', 'iso-iec-30141-2018'],
    ['ISO/IEC TR 30166:2020', 'iso-iec-tr-30166-2020'],
    ['ITU-T Y.4000', 'itu-t-y-4000'],
    ['IEEE 2030.5-2018', 'ieee-2030-5-2018'],
    ['T/CESA 1234-2023', 't-cesa-1234-2023'],
    ['DB11/T 1918-2021', 'db11-t-1918-2021'],
    ['  /GB  T/ ', 'gb-t'],
    ['', ''],
  ])('slugifyCode(%j) → %j', (display, slug) => {
    expect(slugifyCode(display)).toBe(slug);
  });
});

describe('compactCode', () => {
  it.each([
    ['GB/T 39204-2022', 'gbt392042022'],
    ['gb/t 39204—2022', 'gbt392042022'],
    ['ＧＢ／Ｔ　３９２０４', 'gbt39204'],
    ['ISO/IEC 30141:2018', 'isoiec301412018'],
    ['ITU-T Y.4000', 'ituty4000'],
    ['T/CESA 1234—2023', 'tcesa12342023'],
    ['信息安全 GB/T', 'gbt'],
    ['', ''],
  ])('compactCode(%j) → %j', (text, compact) => {
    expect(compactCode(text)).toBe(compact);
  });
});

describe('normalizeStandardCode', () => {
  it.each([
    ['gbt39204—2022', 'GB/T 39204-2022'],
    ['ＧＢ／Ｔ　３９２０４', 'GB/T 39204'],
    ['iso/iec 30141 : 2018', 'ISO/IEC 30141:2018'],
    ['itu t y4000', 'ITU-T Y.4000'],
    ['db11t1918-2021', 'DB11/T 1918-2021'],
    // unknown families pass through tidied: NFKC, dashes, single spaces, trimmed, upper case
    ['q/abc 1—2020', 'Q/ABC 1-2020'],
    ['  hello   world ', 'HELLO WORLD'],
    ['Ｑ／ＡＢＣ　１', 'Q/ABC 1'],
    ['39204', '39204'],
    ['', ''],
  ])('normalizeStandardCode(%j) → %j', (raw, expected) => {
    expect(normalizeStandardCode(raw)).toBe(expected);
  });
});

describe('looksLikeStandardCode', () => {
  it.each([
    ['gbt39204', true],
    ['GB/T 39204-2022', true],
    ['iso 9001', true],
    ['ieee 802.11', true],
    ['t/cesa 1234', true],
    ['信息安全', false],
    ['lenovo', false],
    ['2022', false],
    ['GB', false],
  ])('looksLikeStandardCode(%j) → %s', (query, expected) => {
    expect(looksLikeStandardCode(query)).toBe(expected);
  });
});

describe('newestEdition', () => {
  const gbt7714 = [
    { id: 'a', code: 'GB/T 7714-2005' },
    { id: 'b', code: 'GB/T 7714-2015' },
    { id: 'c', code: 'GB/T 39204-2022' },
    { id: 'd', code: 'GB 7714-2020' }, // other family: GB, not GB/T
    { id: 'e', code: 'not a code' },
  ];

  it.each([
    ['GB/T 7714', 'b'],
    ['gbt7714', 'b'],
    ['ＧＢ／Ｔ　７７１４', 'b'],
    ['GB 7714', 'd'],
    ['GB/T 39204', 'c'],
  ])('newestEdition(%j) → %s', (undated, id) => {
    expect(newestEdition(undated, gbt7714)?.id).toBe(id);
  });

  it('does not depend on the order of the editions', () => {
    expect(newestEdition('GB/T 7714', [...gbt7714].reverse())?.id).toBe('b');
  });

  it.each([['GB/T 7715'], ['ISO 7714'], ['hello'], ['']])('no match for %j → undefined', (undated) => {
    expect(newestEdition(undated, gbt7714)).toBeUndefined();
  });

  it('an empty list → undefined', () => {
    expect(newestEdition('GB/T 7714', [])).toBeUndefined();
  });

  it('a dated edition beats an undated one', () => {
    expect(newestEdition('ITU-T Y.4000', [{ code: 'ITU-T Y.4000' }])).toEqual({ code: 'ITU-T Y.4000' });
    expect(newestEdition('GB/T 7714', [{ code: 'GB/T 7714' }, { code: 'GB/T 7714-1987' }])).toEqual({ code: 'GB/T 7714-1987' });
  });

  it('does not confuse numbers that compact alike', () => {
    expect(newestEdition('GB/T 7714', [{ code: 'GB/T 771.4-2020' }])).toBeUndefined();
  });
});

describe('checkStandardCode', () => {
  it.each([
    ['GB/T 39204-2022', 'national'],
    ['ISO/IEC 30141:2018', 'international'],
    ['ITU-T Y.4000', 'international'],
    ['IEEE 2030.5-2018', 'consortium'],
    ['Q/GDW 1168-2013', 'enterprise'],
    ['YD/T 3751-2020', 'industry'],
    ['DB11/T 1918-2021', 'local'],
    ['T/CESA 1234-2023', 'group'],
    ['GB/T 39204-2022', undefined], // no level chosen yet: only the code is checked
    ['GB/T 39204-2022', ''],
  ])('%s fits level %j', (code, level) => {
    expect(checkStandardCode(code, level)).toEqual([]);
  });

  it.each([
    ['GB/T 39204-2022', 'industry', 'GB/T', 'national', '国家标准', '行业标准'],
    ['T/CESA 1234-2023', 'national', 'T/CESA', 'group', '团体标准', '国家标准'],
    ['DB11/T 1918-2021', 'national', 'DB11/T', 'local', '地方标准', '国家标准'],
    ['ISO 9001:2015', 'national', 'ISO', 'international', '国际标准', '国家标准'],
    ['YD/T 3751-2020', 'group', 'YD/T', 'industry', '行业标准', '团体标准'],
  ])('%s with level %s: mismatch error', (code, level, prefix, actual, wantZh, chosenZh) => {
    expect(checkStandardCode(code, level)).toEqual([
      {
        level: 'error',
        field: 'level',
        message: {
          zh: `标准号前缀 ${prefix} 属于${wantZh}，但级别选择了“${chosenZh}”。请把级别改为${wantZh}，或更正标准号。`,
          en: `The prefix ${prefix} makes this a ${actual} standard, but its level is "${level}". Set the level to "${actual}" or correct the code.`,
        },
      },
    ]);
  });

  it('exact English message for GB/T marked industry', () => {
    expect(checkStandardCode('GB/T 39204-2022', 'industry')[0]?.message.en).toBe(
      'The prefix GB/T makes this a national standard, but its level is "industry". Set the level to "national" or correct the code.',
    );
  });

  it('a level outside the vocabulary is echoed verbatim', () => {
    expect(checkStandardCode('GB/T 39204-2022', 'municipal')[0]?.message.zh).toBe(
      '标准号前缀 GB/T 属于国家标准，但级别选择了“municipal”。请把级别改为国家标准，或更正标准号。',
    );
  });

  it.each([['39204'], [''], ['信息安全技术'], ['GB/T\u0007 1-2020']])('garbage %j → error', (code) => {
    expect(checkStandardCode(code, 'national')).toEqual([
      {
        level: 'error',
        field: 'code',
        message: {
          zh: `无法识别标准号“${code}”。请按官方写法录入，例如 GB/T 39204-2022、ISO/IEC 30141:2018、T/CESA 1234-2023、DB11/T 1918-2021、ITU-T Y.4000。`,
          en: `"${code}" is not a standard code the register recognizes. Write it as officially published, e.g. GB/T 39204-2022, ISO/IEC 30141:2018, T/CESA 1234-2023, DB11/T 1918-2021, ITU-T Y.4000.`,
        },
      },
    ]);
  });
});

describe('checkStandardCode: unknown families and the international setting', () => {
  it.each([['XX/T 1234-2020'], ['JS/T 12-2024'], ['W3C WCAG 2.2']])('%s: accepted with a warning naming how to report it', (code) => {
    expect(checkStandardCode(code, 'industry')).toEqual([
      {
        level: 'warning',
        field: 'code',
        message: {
          zh: `标准号“${code}”不属于系统已识别的标准号类别，记录按所选级别和发布机构保存。请核对官方写法；如写法无误，请把标准号和出处（网页或封面）报给系统维护人员，以补充识别规则（见 docs/standard-codes.md）。`,
          en: `"${code}" is not in a code family the register recognizes; the record is kept with the level and body chosen. Check the official spelling; if it is right, report the code and its source (web page or cover) to the register's maintainers so the normalizer learns it (docs/standard-codes.md).`,
        },
      },
    ]);
  });

  it('IEEE marked international is a level mismatch under the default setting', () => {
    expect(checkStandardCode('IEEE Std 2030.5-2018', 'international')[0]?.message.en).toBe(
      'The prefix IEEE Std makes this a consortium standard, but its level is "international". Set the level to "consortium" or correct the code.',
    );
  });

  it('the setting decides which consortia are international', () => {
    expect(INTERNATIONAL_BODIES).toEqual(['ISO', 'IEC', 'ITU']);
    expect(levelOfPublishers(['IEEE'])).toBe('consortium');
    expect(levelOfPublishers(['IEEE'], [...INTERNATIONAL_BODIES, 'IEEE'])).toBe('international');
    expect(levelOfPublishers(['ANSI', 'IEEE'])).toBe('foreign');
    expect(levelOfPublishers(['ISO', 'IEC', 'IEEE'])).toBe('international');
    expect(levelOfPublishers(['ETSI'])).toBe('foreign');
  });
});

describe('INDUSTRY_PREFIXES', () => {
  it('all 73 confirmed industry codes, the engineering codes and NB/SH, each parsing as an industry standard', () => {
    const prefixes = Object.keys(INDUSTRY_PREFIXES);
    expect(prefixes).toHaveLength(77);
    for (const code of ['YD', 'SJ', 'JB', 'QB', 'JR', 'GA', 'WS', 'JT', 'DL', 'HJ', 'GY', 'MH', 'GM', 'YY', 'KA', 'MR', 'JGJ', 'CJJ', 'JTG', 'NB/SH'])
      expect(prefixes).toContain(code);
    for (const prefix of prefixes) {
      expect(prefix).toMatch(/^[A-Z]{2,3}(?:\/[A-Z]{2})?$/);
      const p = parseStandardCode(`${prefix}/T 100-2020`);
      expect(p?.level, prefix).toBe('industry');
      expect(p?.display).toBe(`${prefix}/T 100-2020`);
      expect(p?.body).toBe(INDUSTRY_PREFIXES[prefix]);
    }
  });
});

describe('a code written with its adoption note or a cover’s 代替 line', () => {
  it.each([
    ['GB/T 20000.2-2009 (ISO/IEC Guide 21-1:2005, MOD)', 'GB/T 20000.2-2009', 'ISO/IEC Guide 21-1:2005', 'Modified (MOD)'],
    [
      'ＧＢ／Ｔ　２００００．２－２００９（ＩＳＯ／ＩＥＣ　Ｇｕｉｄｅ　２１－１：２００５，ＭＯＤ）',
      'GB/T 20000.2-2009',
      'ISO/IEC Guide 21-1:2005',
      'Modified (MOD)',
    ],
    ['GB/T 15629.11-2003 ISO/IEC 8802.11:1999,MOD', 'GB/T 15629.11-2003', 'ISO/IEC 8802.11:1999', 'Modified (MOD)'],
    ['GB/T 19001—2016 idt ISO 9001:2015', 'GB/T 19001-2016', 'ISO 9001:2015', 'Identical (IDT)'],
    ['GB/T 19001-1994 (eqv ISO 9001:1994)', 'GB/T 19001-1994', 'ISO 9001:1994', 'Modified (MOD)'],
    ['GB/T 20485.16-2018 等同采用 ISO 16063-16:2014', 'GB/T 20485.16-2018', 'ISO 16063-16:2014', 'Identical (IDT)'],
    ['YY/T 0287-2017 (ISO 13485:2016, NEQ)', 'YY/T 0287-2017', 'ISO 13485:2016', 'Not equivalent (NEQ)'],
  ])('%s: one error on code, saying which part goes to adopts', (code, own, adopted, degree) => {
    const issues = checkStandardCode(code, undefined);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ level: 'error', field: 'code' });
    const dual = degree.endsWith('(IDT)') ? ` (for IDT the dual number ${own}/${adopted} is also right)` : '';
    expect(issues[0]?.message.en).toBe(
      `"${code}" is a code with its adoption note. Write only ${own} in code${dual}, and record ${adopted} under adopts with degree "${degree}".`,
    );
  });

  it('the Chinese message names the Studio fields', () => {
    expect(checkStandardCode('GB/T 20000.2-2009 (ISO/IEC Guide 21-1:2005, MOD)', undefined)[0]?.message.zh).toBe(
      '“GB/T 20000.2-2009 (ISO/IEC Guide 21-1:2005, MOD)”写的是标准号加采标说明。标准号栏只填 GB/T 20000.2-2009；所采用的 ISO/IEC Guide 21-1:2005 填在“采用国际标准”中，一致性程度选“修改采用 (MOD)”。',
    );
  });

  it.each([
    ['GB/T 20077—2025 代替 GB/T 20077—2006', 'GB/T 20077-2025', 'GB/T 20077-2006'],
    ['GB/T 1.2-2020 代替 GB/T 20000.2-2009、GB/T 20000.9-2014', 'GB/T 1.2-2020', 'GB/T 20000.2-2009, GB/T 20000.9-2014'],
    ['DB11/ 501—2017（代替 DB11/ 501-2007 和 DB11/ 237-2004）', 'DB11/ 501-2017', 'DB11/ 501-2007, DB11/ 237-2004'],
  ])('%s: one error on code, saying which part goes to replaces', (code, own, replaced) => {
    expect(checkStandardCode(code, undefined)).toEqual([
      {
        level: 'error',
        field: 'code',
        message: {
          zh: `“${code}”写的是封面上的“代替”说明。标准号栏只填 ${own}；被代替的 ${replaced.replaceAll(', ', '、')} 在“代替标准”中选择其记录（没有记录时先建立）。`,
          en: `"${code}" is a cover's "replaces" line. Write only ${own} in code, and link ${replaced} under replaces (create the record first if there is none).`,
        },
      },
    ]);
  });

  it.each([
    'GB/T 19001-2016/ISO 9001:2015', // the dual number of an IDT adoption is the code
    'GB/T 15629.11-2003/XG1-2006',
  ])('%s is a code, not a note', (code) => {
    expect(checkStandardCode(code, 'national')).toEqual([]);
  });

  it.each(['GB/T 1234-2020 代替 旧版', 'XX/T 1-2020 (ISO 1:2000, MOD)'])('%s: unless both halves are codes, an unknown code (a warning)', (code) => {
    expect(checkStandardCode(code, undefined).map((issue) => issue.level)).toEqual(['warning']);
  });
});
