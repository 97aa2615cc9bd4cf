/**
 * One normalizer for standard codes: display form, URL slug, search keys, and the level and
 * body that follow from the prefix. Everything that shows, links or searches a code uses it.
 *
 * Spellings it folds (all seen in real documents): full-width characters (`ＧＢ／Ｔ　３９２０４`),
 * em/en dashes before the year (`T/CESA 1234—2023`), missing or extra spaces (`GB/T39204`,
 * `GB / T 39204`), lower case, and the slash-less `GBT` / `GBZ` / `YDT` of search boxes.
 */
import { STANDARD_LEVELS, type StandardLevel } from './vocabulary.ts';
import { ruleError, type RuleIssue } from './issue.ts';

/** The code families the register distinguishes (the prefix of the code). */
export type CodeFamily =
  | 'ISO'
  | 'ISO/IEC'
  | 'IEC'
  | 'ITU'
  | 'IEEE'
  | 'GB'
  | 'GB/T'
  | 'GB/Z'
  | 'industry'
  | 'local'
  | 'group';

export interface StandardCode {
  /** Canonical display form, e.g. `GB/T 39204-2022`, `ISO/IEC 30141:2018`, `ITU-T Y.4000`. */
  readonly display: string;
  /** Display form without the year: the key of all editions, e.g. `GB/T 39204`. */
  readonly undated: string;
  /** URL slug, e.g. `gb-t-39204-2022`. Never contains a dot (ids are `standard-<slug>`). */
  readonly slug: string;
  /** Letters and digits only, lower case, for prefix search: `gbt392042022`. */
  readonly compact: string;
  /** `compact` of the undated form: `gbt39204`. */
  readonly compactUndated: string;
  /** The prefix as displayed: `GB/T`, `ISO/IEC`, `YD/T`, `DB11/T`, `T/CESA`, `ITU-T`. */
  readonly prefix: string;
  /** The document number: `39204`, `30141`, `Y.4000`, `62443-3-3`. */
  readonly number: string;
  /** Year of the edition, when the code is dated. */
  readonly year?: number;
  readonly family: CodeFamily;
  readonly level: StandardLevel;
  /** Issuing body implied by the prefix: `ISO`, `IEC`, `ITU-T`, `IEEE`, `SAC`, a ministry, an association. */
  readonly body: string;
}

/** Industry-standard prefixes (行业标准代号) that appear in the register, with their competent body. */
export const INDUSTRY_PREFIXES: Readonly<Record<string, string>> = {
  YD: 'MIIT', // 通信
  SJ: 'MIIT', // 电子
  JB: 'MIIT', // 机械
  QB: 'MIIT', // 轻工
  JR: 'PBC', // 金融
  GA: 'MPS', // 公共安全
  WS: 'NHC', // 卫生
  JT: 'MOT', // 交通
  DL: 'NEA', // 电力
  HJ: 'MEE', // 环境保护
  GY: 'NRTA', // 广播电影电视
  MH: 'CAAC', // 民用航空
};

/** Provinces by their GB/T 2260 two-digit code, for local standards (DBxx). */
const LOCAL_BODIES: Readonly<Record<string, string>> = {
  '11': 'Beijing AMR',
  '12': 'Tianjin AMR',
  '13': 'Hebei AMR',
  '31': 'Shanghai AMR',
  '44': 'Guangdong AMR',
};

/** Fold what people type into one spelling: NFKC, dashes, spaces, case. */
function fold(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}

const YEAR = '(\\d{4})';
const NUMBER = '(\\d+(?:\\.\\d+)*)';
/** `-2022` after Chinese codes and IEEE; spaces around the dash are tolerated. */
const DASH_YEAR = `(?:\\s*-\\s*${YEAR})?`;

interface Parsed {
  prefix: string;
  number: string;
  year: number | undefined;
  family: CodeFamily;
  level: StandardLevel;
  body: string;
  /** Separator before the year in the display form. */
  yearSeparator: '-' | ':';
}

type Parser = (s: string) => Parsed | undefined;

const PARSERS: readonly Parser[] = [
  // ISO, IEC and their joint documents: `ISO/IEC TR 30166:2020`, `IEC 62443-3-3:2013`.
  (s) => {
    const m = new RegExp(
      `^(ISO(?:\\s*/\\s*(?:IEC|IEEE|ASTM))*|IEC)(?:\\s*/?\\s*(TS|TR|PAS|GUIDE))?\\s*(\\d+(?:-\\d+)*)(?:\\s*:\\s*${YEAR})?$`,
    ).exec(s);
    if (!m) return undefined;
    let number = m[3] ?? '';
    let year = toYear(m[4]);
    // `ISO 9001-2015`: Chinese documents often write the ISO edition year after a dash. A
    // trailing four-digit part from 1947 (ISO's founding) on is read as the year; real part
    // numbers are small (`62443-3-3`).
    const dashYear = /^(.+)-((?:19[4-9]|20\d)\d)$/.exec(number);
    if (year === undefined && dashYear && Number(dashYear[2]) >= 1947) {
      number = dashYear[1] ?? number;
      year = Number(dashYear[2]);
    }
    const org = (m[1] ?? '').replace(/\s+/g, '');
    const prefix = m[2] ? `${org} ${m[2]}` : org;
    const family: CodeFamily = org === 'IEC' ? 'IEC' : org.startsWith('ISO/IEC') ? 'ISO/IEC' : 'ISO';
    const body = family === 'ISO/IEC' ? 'ISO/IEC JTC 1' : org.split('/')[0] ?? org;
    return { prefix, number, year, family, level: 'international', body, yearSeparator: ':' };
  },
  // ITU recommendations: `ITU-T Y.4000`, `itu t y4000`, `ITU-R BT.2020`.
  (s) => {
    const m = /^ITU\s*-?\s*([TR])\s*([A-Z]{1,2})\s*\.?\s*(\d+(?:\.\d+)*)$/.exec(s);
    if (!m) return undefined;
    const sector = `ITU-${m[1]}`;
    return { prefix: sector, number: `${m[2]}.${m[3]}`, year: undefined, family: 'ITU', level: 'international', body: sector, yearSeparator: '-' };
  },
  // IEEE standards: `IEEE 2030.5-2018`, `IEEE Std 802.11-2020`.
  (s) => {
    const m = new RegExp(`^IEEE(?:\\s*STD)?\\s*${NUMBER}${DASH_YEAR}$`).exec(s);
    if (!m) return undefined;
    return { prefix: 'IEEE', number: m[1] ?? '', year: toYear(m[2]), family: 'IEEE', level: 'international', body: 'IEEE', yearSeparator: '-' };
  },
  // National: `GB 17859-1999`, `GB/T 39204-2022`, `GBT39204`, `GB/Z 41305-2022`.
  (s) => {
    const m = new RegExp(`^GB\\s*(?:/\\s*)?([TZ])?\\s*${NUMBER}${DASH_YEAR}$`).exec(s);
    if (!m) return undefined;
    const prefix = m[1] ? `GB/${m[1]}` : 'GB';
    return { prefix, number: m[2] ?? '', year: toYear(m[3]), family: prefix as CodeFamily, level: 'national', body: 'SAC', yearSeparator: '-' };
  },
  // Local: `DB11/T 1918-2021`.
  (s) => {
    const m = new RegExp(`^DB\\s*(\\d{2})\\s*(?:/\\s*)?(T)?\\s*${NUMBER}${DASH_YEAR}$`).exec(s);
    if (!m) return undefined;
    const province = m[1] ?? '';
    const prefix = `DB${province}${m[2] ? '/T' : ''}`;
    return { prefix, number: m[3] ?? '', year: toYear(m[4]), family: 'local', level: 'local', body: LOCAL_BODIES[province] ?? `DB${province}`, yearSeparator: '-' };
  },
  // Group (association): `T/CESA 1234—2023`.
  (s) => {
    const m = new RegExp(`^T\\s*/\\s*([A-Z][A-Z0-9]*?)\\s*${NUMBER}${DASH_YEAR}$`).exec(s);
    if (!m) return undefined;
    return { prefix: `T/${m[1]}`, number: m[2] ?? '', year: toYear(m[3]), family: 'group', level: 'group', body: m[1] ?? '', yearSeparator: '-' };
  },
  // Industry: `YD/T 3751-2020`, `JRT 0171`, `SJ 21452-2018`.
  (s) => {
    const m = new RegExp(`^([A-Z]{2})\\s*(?:/\\s*)?(T|Z)?\\s*${NUMBER}${DASH_YEAR}$`).exec(s);
    const letters = m?.[1] ?? '';
    if (!m || !(letters in INDUSTRY_PREFIXES)) return undefined;
    return {
      prefix: m[2] ? `${letters}/${m[2]}` : letters,
      number: m[3] ?? '',
      year: toYear(m[4]),
      family: 'industry',
      level: 'industry',
      body: INDUSTRY_PREFIXES[letters] ?? letters,
      yearSeparator: '-',
    };
  },
];

function toYear(digits: string | undefined): number | undefined {
  return digits ? Number(digits) : undefined;
}

/**
 * Letters and digits only, lower case: the form that survives any spelling.
 * @example compactCode('GB/T 39204-2022') //=> 'gbt392042022'
 */
export function compactCode(text: string): string {
  return fold(text).replace(/[^0-9A-Z]/g, '').toLowerCase();
}

/**
 * URL slug of a display form: lower case, `/`, spaces, `:` and `.` become `-`.
 * @example slugifyCode('ISO/IEC 30141:2018') //=> 'iso-iec-30141-2018'
 */
export function slugifyCode(display: string): string {
  return display
    .toLowerCase()
    .replace(/[^0-9a-z]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Parse a standard code in any common spelling. Returns `undefined` when the prefix is not
 * one of the families the register knows (the content check reports that).
 * @example parseStandardCode('gbt39204—2022')?.display //=> 'GB/T 39204-2022'
 * @example parseStandardCode('ＧＢ／Ｔ　３９２０４')?.undated //=> 'GB/T 39204'
 */
export function parseStandardCode(raw: string): StandardCode | undefined {
  const folded = fold(raw);
  for (const parse of PARSERS) {
    const p = parse(folded);
    if (!p) continue;
    const undated = `${p.prefix} ${p.number}`;
    const display = p.year === undefined ? undated : `${undated}${p.yearSeparator}${p.year}`;
    return {
      display,
      undated,
      slug: slugifyCode(display),
      compact: compactCode(display),
      compactUndated: compactCode(undated),
      prefix: p.prefix,
      number: p.number,
      ...(p.year === undefined ? {} : { year: p.year }),
      family: p.family,
      level: p.level,
      body: p.body,
    };
  }
  return undefined;
}

/**
 * The display form of a code, or the tidied input when the family is unknown. For search
 * queries and labels, where an unknown spelling must still show something sensible.
 */
export function normalizeStandardCode(raw: string): string {
  return parseStandardCode(raw)?.display ?? fold(raw);
}

/**
 * Whether a query looks like a standard code (prefix + number) rather than words.
 * @example looksLikeStandardCode('gbt39204') //=> true
 */
export function looksLikeStandardCode(query: string): boolean {
  return parseStandardCode(query) !== undefined;
}

/**
 * Pick the edition an undated code means: the newest year among the editions with the same
 * undated form (`GB/T 7714` → `GB/T 7714-2015`, not `-2005`).
 */
export function newestEdition<T extends { readonly code: string }>(undated: string, editions: readonly T[]): T | undefined {
  // Compare display forms, not compact keys: `GB/T 771.4` and `GB/T 7714` compact alike.
  const key = parseStandardCode(undated)?.undated;
  if (!key) return undefined;
  let best: { item: T; year: number } | undefined;
  for (const item of editions) {
    const parsed = parseStandardCode(item.code);
    if (!parsed || parsed.undated !== key) continue;
    const year = parsed.year ?? 0;
    if (!best || year > best.year) best = { item, year };
  }
  return best?.item;
}

/**
 * Check a stored code against the level staff chose: the prefix decides the level
 * (`GB/T` is national, `T/` group, `DB11` local, `ISO` international, `YD/T` industry).
 */
export function checkStandardCode(code: string, level: string | undefined): RuleIssue[] {
  const parsed = parseStandardCode(code);
  if (!parsed) {
    return [
      ruleError(
        `无法识别标准号“${code}”。请按官方写法录入，例如 GB/T 39204-2022、ISO/IEC 30141:2018、T/CESA 1234-2023、DB11/T 1918-2021、ITU-T Y.4000。`,
        `"${code}" is not a standard code the register recognizes. Write it as officially published, e.g. GB/T 39204-2022, ISO/IEC 30141:2018, T/CESA 1234-2023, DB11/T 1918-2021, ITU-T Y.4000.`,
      ),
    ];
  }
  if (level && parsed.level !== level) {
    const want = STANDARD_LEVELS[parsed.level];
    return [
      ruleError(
        `标准号前缀 ${parsed.prefix} 属于${want.zh}，但级别选择了“${STANDARD_LEVELS[level as StandardLevel]?.zh ?? level}”。请把级别改为${want.zh}，或更正标准号。`,
        `The prefix ${parsed.prefix} makes this a ${want.en.toLowerCase()} standard, but its level is "${level}". Set the level to "${parsed.level}" or correct the code.`,
      ),
    ];
  }
  return [];
}
