/**
 * The parsers behind parseStandardCode: one per family of docs/standard-codes.md, each turning a
 * folded spelling into the canonical display, family, body, kind, implied stage, base edition of
 * a supplement, and the other codes of the same document. Tables (bodies, levels) live beside
 * this file; nothing here decides a level.
 */
import { CITIES, INDUSTRY_CODES, MUNICIPALITIES, NATIONAL_OTHER, PLAN_DEPARTMENTS, PROVINCES } from './bodies.ts';
import type { CodeFamily, CodeKind } from './types.ts';

export interface ParsedCode {
  readonly display: string;
  /** The display without the edition (year, date, version, revision): the series key. */
  readonly undated: string;
  readonly prefix: string;
  readonly number: string;
  readonly year: number | undefined;
  readonly family: Exclude<CodeFamily, 'unknown'>;
  /** Publishers (keys of PUBLISHERS) for the level table; empty for Chinese families. */
  readonly publishers: readonly string[];
  readonly body: string;
  readonly kind: CodeKind;
  /** Harmonized stage code the designation implies (`40`, `60.00`, `60.60`), or null when it implies none. */
  readonly stage: string | null;
  /** Display of the base edition of a supplement. */
  readonly base: string | undefined;
  /** Other codes of the same document: dual number, twin or joint code. */
  readonly also: readonly string[];
}

/** Fold what people type into one spelling, keeping case: NFKC, dashes, spaces, trademark signs. */
export function foldKeepCase(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[®™]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

type Draft = Omit<ParsedCode, 'also' | 'base' | 'publishers' | 'undated'> & {
  readonly also?: readonly string[];
  readonly base?: string | undefined;
  readonly publishers?: readonly string[];
  readonly undated?: string;
};

const done = (d: Draft): ParsedCode => ({
  ...d,
  undated: d.undated ?? `${d.prefix} ${d.number}`,
  publishers: d.publishers ?? [],
  base: d.base,
  also: d.also ?? [],
});

const up = (s: string | undefined): string => (s ?? '').toUpperCase();
const num = (s: string | undefined): number | undefined => (s === undefined || s === '' ? undefined : Number(s));
/** Two-digit years (`DBJ15-11-94`, `ASTM D638-14`): 50–99 are 19xx, 00–49 20xx. */
const fullYear = (s: string): number => (s.length === 2 ? (Number(s) >= 50 ? 1900 + Number(s) : 2000 + Number(s)) : Number(s));

// ── Chinese ────────────────────────────────────────────────────────────────────────────────────

/** Separators seen between prefix letters, `/T` and the number: slash, colon, underscore, plus, dot, dash, space (§1.4). */
const SEP = String.raw`(?:\s*[/:_+.\-]\s*|\s+)`;
/** A Chinese sequence number: 1–5 digits (longer runs are a lost dash, §1.4), parts with dots. */
const CN_NUM = String.raw`\d{1,5}(?:\.\d{1,3})*`;
const CN_YEAR = String.raw`(?:\s*-\s*(\d{4}))?`;
const CN_EDITION = String.raw`(?:\s*\((\d{4})年版\))?`;
const CN_XG = String.raw`(?:\s*/\s*XG\s*(\d+)\s*-\s*(\d{4}))?`;

interface ChineseTail {
  readonly number: string;
  readonly year: number | undefined;
  readonly edition: string | undefined;
  readonly xg: { n: string; year: number } | undefined;
}

function chineseDraft(prefix: string, tail: ChineseTail, family: Exclude<CodeFamily, 'unknown'>, body: string): ParsedCode {
  const dated = `${prefix} ${tail.number}${tail.year === undefined ? '' : `-${tail.year}`}${tail.edition ? ` (${tail.edition}年版)` : ''}`;
  if (tail.xg) {
    return done({
      display: `${dated}/XG${tail.xg.n}-${tail.xg.year}`,
      undated: `${dated}/XG${tail.xg.n}`,
      prefix,
      number: tail.number,
      year: tail.xg.year,
      family,
      body,
      kind: 'amendment',
      stage: '60.60',
      base: dated,
    });
  }
  return done({
    display: dated,
    prefix,
    number: tail.number,
    year: tail.year,
    family,
    body,
    kind: 'standard',
    stage: tail.year === undefined ? null : '60.60',
  });
}

function plan(s: string): ParsedCode | undefined {
  const m = /^(\d{4})(\d{4})\s*-\s*([TQZ])\s*-\s*(\d{3})$/i.exec(s);
  if (!m) return undefined;
  const dept = m[4] ?? '';
  const display = `${m[1]}${m[2]}-${up(m[3])}-${dept}`;
  return done({
    display,
    undated: display,
    prefix: '',
    number: display,
    year: num(m[1]),
    family: 'national-plan',
    body: PLAN_DEPARTMENTS[dept] ?? `主管部门 ${dept}`,
    kind: 'plan',
    stage: '20',
  });
}

function national(s: string): ParsedCode | undefined {
  const m = new RegExp(String.raw`^GB(?:${SEP}([TZ])|(T))?(?:${SEP})?(${CN_NUM})${CN_YEAR}${CN_EDITION}${CN_XG}$`, 'i').exec(s);
  if (!m) return undefined;
  const letter = up(m[1] ?? m[2]);
  const prefix = letter ? `GB/${letter}` : 'GB';
  const number = m[3] ?? '';
  const int = Number(number.split('.')[0]);
  // Engineering-construction national standards GB 50xxx / GB 55xxx are approved by MOHURD (§4.1).
  const body = int >= 50000 && int < 56000 ? 'MOHURD' : 'SAC';
  return chineseDraft(prefix, tail(m, 4), prefix as 'GB' | 'GB/T' | 'GB/Z', body);
}

function tail(m: RegExpExecArray, at: number): ChineseTail {
  return {
    number: up(m[at - 1]),
    year: num(m[at]),
    edition: m[at + 1],
    xg: m[at + 2] !== undefined && m[at + 3] !== undefined ? { n: m[at + 2] ?? '', year: Number(m[at + 3]) } : undefined,
  };
}

/**
 * `GBZ 2.1-2019` is the occupational-health code GBZ, not a slash-less GB/Z (§1.4). GBZ numbers
 * are small; a slash-less GBZ with a GB/Z-sized number (`GBZ 20986`) is ambiguous and stays unresolved.
 */
function occupationalHealth(s: string): ParsedCode | undefined {
  const m = new RegExp(String.raw`^GBZ\s*(${CN_NUM})${CN_YEAR}$`, 'i').exec(s);
  if (!m || Number((m[1] ?? '').split('.')[0]) >= 1000) return undefined;
  return chineseDraft('GBZ', { number: m[1] ?? '', year: num(m[2]), edition: undefined, xg: undefined }, 'GBZ', 'NHC');
}

function localBody(area: string): string | undefined {
  const province = PROVINCES[area.slice(0, 2)];
  if (!province) return undefined;
  if (area.length === 2) return `${province.en} AMR`;
  if (MUNICIPALITIES.has(area.slice(0, 2))) return undefined;
  return `${CITIES[area]?.en ?? `${province.en} city ${area}`} AMR`;
}

function local(s: string): ParsedCode | undefined {
  const m = new RegExp(String.raw`^DB(\d{4}|\d{2})(?:${SEP}(T)(?![A-Z])|(T)|\s*(/))?\s*(${CN_NUM})${CN_YEAR}$`, 'i').exec(s);
  if (!m) return undefined;
  const area = m[1] ?? '';
  const body = localBody(area);
  if (!body) return undefined;
  const recommended = (m[2] ?? m[3]) !== undefined;
  // Mandatory local standards print a slash, a space and no letter: `DB11/ 501-2017` (§2.1).
  const prefix = `DB${area}/${recommended ? 'T' : ''}`;
  return chineseDraft(prefix, { number: m[5] ?? '', year: num(m[6]), edition: undefined, xg: undefined }, 'local', body);
}

/** Engineering-construction local standards outside the DB## pattern: `DBJ15-11-94` (§2.1). */
function localEngineering(s: string): ParsedCode | undefined {
  const m = /^DBJ\s*(\d{2})\s*-\s*(\d{1,4})\s*-\s*(\d{4}|\d{2})$/i.exec(s);
  const province = m ? PROVINCES[m[1] ?? ''] : undefined;
  if (!m || !province) return undefined;
  return done({
    display: `DBJ${m[1]}-${m[2]}-${m[3]}`,
    undated: `DBJ${m[1]}-${m[2]}`,
    prefix: `DBJ${m[1]}`,
    number: m[2] ?? '',
    year: fullYear(m[3] ?? ''),
    family: 'local-engineering',
    body: `${province.en} construction authority`,
    kind: 'standard',
    stage: '60.60',
  });
}

function group(s: string): ParsedCode | undefined {
  const m = new RegExp(String.raw`^T\s*/\s*([A-Z][A-Z0-9]*?)\s*(${CN_NUM})${CN_YEAR}$`, 'i').exec(s);
  if (!m) return undefined;
  const association = up(m[1]);
  return chineseDraft(`T/${association}`, { number: m[2] ?? '', year: num(m[3]), edition: undefined, xg: undefined }, 'group', association);
}

/** Pre-2018 association standards of 中国工程建设标准化协会: `CECS 102:2002` (§1.3). */
function cecs(s: string): ParsedCode | undefined {
  const m = /^CECS\s*(\d{1,4})\s*:\s*(\d{4})$/i.exec(s);
  if (!m) return undefined;
  return done({
    display: `CECS ${m[1]}:${m[2]}`,
    prefix: 'CECS',
    number: m[1] ?? '',
    year: num(m[2]),
    family: 'group',
    body: 'CECS',
    kind: 'standard',
    stage: '60.60',
  });
}

function enterprise(s: string): ParsedCode | undefined {
  const m = new RegExp(String.raw`^Q\s*/\s*([A-Z][A-Z0-9]*)\s+([A-Z]?${CN_NUM})${CN_YEAR}$`, 'i').exec(s);
  if (!m) return undefined;
  const code = up(m[1]);
  return chineseDraft(`Q/${code}`, { number: up(m[2]), year: num(m[3]), edition: undefined, xg: undefined }, 'enterprise', code);
}

/** Industry codes, metrology (JJF/JJG), regulations (TSG) and samples (GSB): a prefix from the body table. */
function prefixed(s: string): ParsedCode | undefined {
  const m = /^([A-Z]{2,4})(.*)$/i.exec(s);
  if (!m) return undefined;
  let letters = up(m[1]);
  let rest = m[2] ?? '';
  let letter: string | undefined;
  if (letters === 'NB' && /^\s*\/\s*SH(?![A-Z])/i.test(rest)) {
    letters = 'NB/SH';
    rest = rest.replace(/^\s*\/\s*SH/i, '');
  }
  const known = (code: string): boolean => code in INDUSTRY_CODES || code in NATIONAL_OTHER;
  if (!known(letters)) {
    const last = letters.slice(-1);
    if (letters.length < 3 || !'TZ'.includes(last) || !known(letters.slice(0, -1))) return undefined;
    letter = last;
    letters = letters.slice(0, -1);
  } else {
    const t = new RegExp(String.raw`^${SEP}([TZ])(?![A-Z])`, 'i').exec(rest);
    if (t) {
      letter = up(t[1]);
      rest = rest.slice(t[0].length);
    }
  }
  // JTG and TSG numbers may start with a letter (`JTG/T H21-2011`, `TSG N0001-2017`) and JTG has
  // dash parts before the year (`JTG/T 3365-02-2020`, §1.1).
  const letterNumbers = letters === 'JTG' || letters === 'TSG';
  const numberRe = String.raw`(${letterNumbers ? '[A-Z]?' : ''}${CN_NUM}(?:-\d{2}(?=\s*-\s*\d{4}))?)`;
  const n = new RegExp(String.raw`^(?:${SEP})?${numberRe}${CN_YEAR}${CN_EDITION}$`, 'i').exec(rest);
  if (!n) return undefined;
  const prefix = letter ? `${letters}/${letter}` : letters;
  const other = NATIONAL_OTHER[letters];
  if (other) {
    if (letter) return undefined;
    return chineseDraft(prefix, { number: up(n[1]), year: num(n[2]), edition: n[3], xg: undefined }, other.family, other.body);
  }
  const industry = INDUSTRY_CODES[letters];
  if (!industry) return undefined;
  return chineseDraft(prefix, { number: up(n[1]), year: num(n[2]), edition: n[3], xg: undefined }, 'industry', industry.body);
}

// ── ISO, IEC and their joint documents ─────────────────────────────────────────────────────────

/**
 * ISO numbers that are joint ISO/IEC (JTC 1) publications, for inputs that drop the `/IEC`
 * (`ISO 27001:2022/Amd 1:2024`, fixture row 137). Extend when staff meet another.
 */
export const JOINT_ISO_IEC_NUMBERS: ReadonlySet<string> = new Set([
  '27001',
  '27002',
  '27005',
  '27006',
  '27701',
  '42001',
  '30141',
  '22237',
  '20000',
  '17788',
  '29100',
]);

interface StageDesignator {
  readonly display: string;
  readonly stage: string;
  /** For the typed stage names (DTS, FDTR, DPAS): the deliverable type they imply. */
  readonly type?: string;
  /** IEC's own stage code for the same abbreviation, where it differs. */
  readonly iecStage?: string;
}

/** Stage designations (§5.2): older spellings fold to today's (PDTS → CD TS, FCD → CD). */
const STAGE_DESIGNATORS: Readonly<Record<string, StageDesignator>> = {
  PWI: { display: 'PWI', stage: '00' },
  NP: { display: 'NP', stage: '10' },
  NWIP: { display: 'NP', stage: '10' },
  AWI: { display: 'AWI', stage: '20' },
  WD: { display: 'WD', stage: '20' },
  CD: { display: 'CD', stage: '30' },
  FCD: { display: 'CD', stage: '30' },
  PDTS: { display: 'CD', stage: '30', type: 'TS' },
  PDTR: { display: 'CD', stage: '30', type: 'TR' },
  CDV: { display: 'CDV', stage: '40' },
  DIS: { display: 'DIS', stage: '40' },
  DTS: { display: 'DTS', stage: '40' },
  DTR: { display: 'DTR', stage: '40' },
  DPAS: { display: 'DPAS', stage: '40', iecStage: '50' },
  FDIS: { display: 'FDIS', stage: '50' },
  FDTS: { display: 'FDTS', stage: '50' },
  FDTR: { display: 'FDTR', stage: '50' },
  FDPAS: { display: 'FDPAS', stage: '50' },
  PRF: { display: 'PRF', stage: '60.00' },
};

const TYPES: Readonly<Record<string, string>> = { TS: 'TS', TR: 'TR', PAS: 'PAS', GUIDE: 'Guide', ISP: 'ISP', TTA: 'TTA', SRD: 'SRD', R: 'R' };

interface SupplementForm {
  readonly kind: CodeKind;
  readonly iso: string;
  readonly iec: string;
  readonly stage?: string;
}

/** Supplement designators (§5.2–5.3); ISO writes `Amd 1`, IEC `AMD1`; drafts by stage. */
const SUPPLEMENTS: Readonly<Record<string, SupplementForm>> = {
  AMD: { kind: 'amendment', iso: 'Amd', iec: 'AMD' },
  PDAM: { kind: 'amendment', iso: 'CD Amd', iec: 'CD AMD', stage: '30' },
  DAM: { kind: 'amendment', iso: 'DAM', iec: 'DAM', stage: '40' },
  DAMD: { kind: 'amendment', iso: 'DAM', iec: 'DAM', stage: '40' },
  FDAM: { kind: 'amendment', iso: 'FDAM', iec: 'FDAM', stage: '50' },
  FDAMD: { kind: 'amendment', iso: 'FDAM', iec: 'FDAM', stage: '50' },
  COR: { kind: 'corrigendum', iso: 'Cor', iec: 'COR' },
  PDCOR: { kind: 'corrigendum', iso: 'CD Cor', iec: 'CD COR', stage: '30' },
  DCOR: { kind: 'corrigendum', iso: 'DIS Cor', iec: 'DCOR', stage: '40' },
  FDCOR: { kind: 'corrigendum', iso: 'FDCOR', iec: 'FDCOR', stage: '50' },
  FCOR: { kind: 'corrigendum', iso: 'FDCOR', iec: 'FDCOR', stage: '50' },
  SUPPL: { kind: 'supplement', iso: 'Suppl', iec: 'SUPPL' },
  ADD: { kind: 'supplement', iso: 'Add', iec: 'ADD' },
  EXT: { kind: 'supplement', iso: 'Ext', iec: 'EXT' },
  ISH: { kind: 'interpretation', iso: 'ISH', iec: 'ISH' },
};

const LANGUAGES: Readonly<Record<string, string>> = { E: 'en', F: 'fr', R: 'ru' };

function iso(s: string): ParsedCode | undefined {
  const head = /^(FPR\s*)?((?:IEEE\s*\/\s*)?(?:ISO|IEC|ISA|IWA|CISPR)(?:\s*\/\s*(?:IEC|ISO|IEEE|ASTM|SAE|IWA))*)(?![A-Z])(.*)$/i.exec(s);
  if (!head) return undefined;
  let publishers = up(head[2])
    .split('/')
    .map((p) => p.trim());
  let rest = head[3] ?? '';
  let stage: StageDesignator | undefined = head[1] ? STAGE_DESIGNATORS['PRF'] : undefined;
  let type: string | undefined;
  let iteration: string | undefined;
  for (;;) {
    const sm = /^\s*\/?\s*(PWI|NWIP|NP|AWI|WD|FCD|CDV|CD|PDTS|PDTR|FDTS|FDTR|FDPAS|FDIS|DTS|DTR|DPAS|DIS|PRF)(?:(\d)(?=[\s/]))?(?=[\s/\d]|$)/i.exec(rest);
    if (sm && !stage) {
      stage = STAGE_DESIGNATORS[up(sm[1])];
      iteration = sm[2];
      if (stage?.type) type = stage.type;
      rest = rest.slice(sm[0].length);
      continue;
    }
    const tm = /^\s*\/?\s*(TS|TR|PAS|GUIDE|ISP|TTA|SRD|R)(?=[\s/\d])/i.exec(rest);
    if (tm && !type) {
      type = TYPES[up(tm[1])];
      rest = rest.slice(tm[0].length);
      continue;
    }
    break;
  }
  const nm = /^\s*\/?\s*(\d+(?:-[A-Z0-9]+)*)(?:\/(\d+)(?![\d:A-Z]))?(?:\.(\d+))?/i.exec(rest);
  if (!nm) return undefined;
  rest = rest.slice(nm[0].length);
  let number = up(nm[1]) + (nm[2] ? `-${nm[2]}` : '');
  if (nm[3] !== undefined) {
    if (stage) iteration = nm[3];
    else number += `.${nm[3]}`;
  }
  let mainYear: number | undefined;
  const ym = /^\s*:\s*(\d{4})/.exec(rest);
  if (ym) {
    mainYear = Number(ym[1]);
    rest = rest.slice(ym[0].length);
  } else {
    // `ISO 9001-2015`: a trailing four-digit part from 1947 (ISO's founding) on is the year.
    const dash = /^(.+)-((?:19|20)\d\d)$/.exec(number);
    if (dash && Number(dash[2]) >= 1947) {
      number = dash[1] ?? number;
      mainYear = Number(dash[2]);
    }
  }
  let language: string | undefined;
  const lm = /^\s*\(([A-Z]{1,2}(?:\s*,\s*[A-Z]{1,2})*)\)/i.exec(rest);
  if (lm) {
    language = (lm[1] ?? '')
      .split(',')
      .map((l) => LANGUAGES[up(l.trim())] ?? l.trim().toLowerCase())
      .join(',');
    rest = rest.slice(lm[0].length);
  }

  // Publishers: ISA co-brands and IEC-led joint publications show as IEC (§7.4 rows 184, 199);
  // IWA never carries ISO/; a known JTC 1 number written `ISO 27001` is ISO/IEC.
  publishers = publishers.filter((p) => p !== 'ISA');
  if (publishers.includes('IWA')) publishers = ['IWA'];
  if (publishers[0] === 'IEC' && publishers.includes('ISO')) publishers = publishers.filter((p) => p !== 'ISO');
  if (publishers.length === 1 && publishers[0] === 'ISO' && JOINT_ISO_IEC_NUMBERS.has(number.split('-')[0] ?? '')) publishers = ['ISO', 'IEC'];
  if (publishers.length === 0) return undefined;
  const lead = publishers[0] ?? '';
  const iecStyle = lead === 'IEC' || lead === 'CISPR';
  const joint = publishers.length > 1;
  const pubText = publishers.join('/');
  const stageDisplay = stage?.display;
  let prefix: string;
  if (lead === 'IWA') prefix = 'IWA';
  else if (!stageDisplay && !type) prefix = pubText;
  else if (joint) prefix = [pubText, stageDisplay, type].filter(Boolean).join(' ');
  else if (iecStyle) prefix = `${pubText}${stageDisplay ? `/${stageDisplay}` : ''}${type ? ` ${type}` : ''}`;
  else prefix = `${pubText}/${[stageDisplay, type].filter(Boolean).join(' ')}`;
  const numberShown = `${number}${iteration ? `.${iteration}` : ''}`;
  const mainDisplay = `${prefix} ${numberShown}${mainYear === undefined ? '' : `:${mainYear}`}${language ? `(${language})` : ''}`;

  let display = mainDisplay;
  let base: string | undefined;
  let kind: CodeKind = stage ? 'draft' : 'standard';
  let year = stage ? undefined : mainYear;
  let impliedStage: string | null = stage ? ((iecStyle ? stage.iecStage : undefined) ?? stage.stage) : mainYear === undefined ? null : '60.60';
  for (;;) {
    const sm =
      /^\s*\/\s*(?:(PWI|NP|AWI|WD|CD|DIS|PRF)\s+)?(FDAMD|FDAM|PDAM|DAMD|DAM|AMD|PDCOR|FDCOR|FCOR|DCOR|COR|SUPPL|ADD|EXT|ISH)\s*\.?\s*(\d+)(?:\.(\d+))?(?:\s*[:-]\s*(\d{4}))?(?:\s*\(([A-Z]{1,2})\))?/i.exec(
        rest,
      );
    if (!sm) break;
    const form = SUPPLEMENTS[up(sm[2])];
    if (!form) break;
    const stagedBy = sm[1] ? STAGE_DESIGNATORS[up(sm[1])] : undefined;
    const word = iecStyle ? form.iec : form.iso;
    const stagedWord = stagedBy ? `${stagedBy.display} ${word}` : word;
    const sep = iecStyle && !stagedBy && !form.stage ? '' : ' ';
    const suppYear = sm[5] === undefined ? undefined : Number(sm[5]);
    const lang = sm[6] ? (LANGUAGES[up(sm[6])] ?? sm[6].toLowerCase()) : undefined;
    base = display;
    display = `${display}/${stagedWord}${sep}${sm[3]}${sm[4] ? `.${sm[4]}` : ''}${suppYear === undefined ? '' : `:${suppYear}`}${lang ? `(${lang})` : ''}`;
    kind = form.kind;
    const draftStage = stagedBy?.stage ?? form.stage;
    impliedStage = draftStage ?? (suppYear === undefined ? null : '60.60');
    year = draftStage ? undefined : suppYear;
    rest = rest.slice(sm[0].length);
  }
  // A consolidated version: `+AMD1:2012` per amendment, then ` CSV`. Certificates and test
  // reports drop the ` CSV` and write `+A1:2012`; for an IEC (or ISO/IEC) code that still names
  // the consolidated version, so it gets the one display (`IEC 60601-1:2005+AMD1:2012 CSV`).
  const consolidatedParts: string[] = [];
  for (;;) {
    const cm = /^\s*\+\s*A(?:MD)?\s*(\d+)\s*:\s*(\d{4})/i.exec(rest);
    if (!cm) break;
    consolidatedParts.push(`+AMD${cm[1]}:${cm[2]}`);
    year = Number(cm[2]);
    rest = rest.slice(cm[0].length);
  }
  const trailer = /^\s+(CSV|RLV|DB)$/i.exec(rest);
  if (trailer) rest = '';
  if (rest.trim() !== '') return undefined;
  if (consolidatedParts.length > 0) {
    if (trailer ? up(trailer[1]) !== 'CSV' : !(iecStyle || joint)) return undefined;
    base = display;
    display = `${display}${consolidatedParts.join('')} CSV`;
    kind = 'consolidated';
  } else if (trailer) {
    const t = up(trailer[1]);
    display = `${display} ${t}`;
    if (t === 'RLV') kind = 'redline';
    if (t === 'CSV') kind = 'consolidated';
  }

  const family: ParsedCode['family'] = lead === 'IWA' ? 'IWA' : publishers.includes('ISO') && publishers.includes('IEC') ? 'ISO/IEC' : iecStyle ? 'IEC' : 'ISO';
  const levelPublishers = publishers.map((p) => (p === 'IWA' ? 'ISO' : p === 'CISPR' ? 'IEC' : p));
  const body = family === 'ISO/IEC' ? (type === 'Guide' ? 'ISO/IEC' : 'ISO/IEC JTC 1') : lead === 'CISPR' ? 'IEC' : lead === 'IWA' ? 'ISO' : lead;
  const undated = kind === 'standard' || kind === 'draft' ? `${prefix} ${numberShown}` : display.replace(/:\d{4}(\([a-z,]+\))?$/, '');
  return done({
    display,
    undated,
    prefix,
    number: numberShown,
    year,
    family,
    publishers: levelPublishers,
    body,
    kind,
    stage: impliedStage,
    base,
  });
}

// ── ITU ────────────────────────────────────────────────────────────────────────────────────────

/**
 * Approval months of ITU Recommendations cited by year only (`ITU-T Y.4000/Y.2060 (2012)` is the
 * 06/2012 edition, docs/standard-codes.md row 203). Key: number and year.
 */
export const ITU_APPROVAL_MONTHS: Readonly<Record<string, string>> = { 'Y.4000 2012': '06' };

const MONTHS: Readonly<Record<string, string>> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
};

function itu(s: string): ParsedCode | undefined {
  const head = /^(?:Rec\.|Recommendation)?\s*ITU\s*-?\s*([TR])\s*(.*)$/i.exec(s);
  if (!head) return undefined;
  const sector = `ITU-${up(head[1])}`;
  let rest = head[2] ?? '';
  const nm = /^([A-Z]{1,3})\s*\.?\s*(\d+(?:\.\d+)*)(?:-(\d+))?/i.exec(rest);
  if (!nm) return undefined;
  rest = rest.slice(nm[0].length);
  const number = `${up(nm[1])}.${nm[2]}`;
  const revision = nm[3];
  const twins: string[] = [];
  for (;;) {
    const tm = /^\s*\/\s*([A-Z]{1,3})\s*\.?\s*(\d+(?:\.\d+)*)/i.exec(rest);
    if (!tm) break;
    twins.push(`${up(tm[1])}.${tm[2]}`);
    rest = rest.slice(tm[0].length);
  }
  let annex = '';
  const am = /^\s+Annex\s+([A-Z])\b/i.exec(rest);
  if (am) {
    annex = ` Annex ${up(am[1])}`;
    rest = rest.slice(am[0].length);
  }
  const dateOf = (mm: string | undefined, yyyy: string): string => {
    const month = mm ?? ITU_APPROVAL_MONTHS[`${number} ${yyyy}`];
    return month ? `${month.padStart(2, '0')}/${yyyy}` : yyyy;
  };
  let date: string | undefined;
  let year: number | undefined;
  const dm = /^\s*\((?:(\d{1,2})\/)?(\d{4})\)/.exec(rest) ?? /^\s*,\s*([A-Z]{3})[a-z]*\.?\s*(\d{4})/i.exec(rest);
  if (dm) {
    const mm = dm[1] && /^\d/.test(dm[1]) ? dm[1] : dm[1] ? MONTHS[up(dm[1])] : undefined;
    date = dateOf(mm, dm[2] ?? '');
    year = Number(dm[2]);
    rest = rest.slice(dm[0].length);
  }
  const numberShown = `${number}${revision === undefined ? '' : `-${revision}`}`;
  const twinText = twins.map((t) => `/${t}`).join('');
  const undated = `${sector} ${number}${twinText}${annex}`;
  let display = `${sector} ${numberShown}${twinText}${annex}${date ? ` (${date})` : ''}`;
  let kind: CodeKind = 'standard';
  let base: string | undefined;
  for (;;) {
    const sm = /^\s+(Amd|Err|Cor)\.?\s*(\d+)\s*(?:\((?:(\d{1,2})\/)?(\d{4})\))?/i.exec(rest);
    if (!sm) break;
    base = display;
    const word = up(sm[1]).charAt(0) + (sm[1] ?? '').slice(1).toLowerCase();
    const sdate = sm[4] ? ` (${sm[3] ? `${sm[3].padStart(2, '0')}/` : ''}${sm[4]})` : '';
    display = `${display} ${word}. ${sm[2]}${sdate}`;
    kind = word === 'Amd' ? 'amendment' : 'corrigendum';
    year = sm[4] ? Number(sm[4]) : undefined;
    rest = rest.slice(sm[0].length);
  }
  if (rest.trim() !== '') return undefined;
  const also = twins.map((t) => `${sector} ${t}${date ? ` (${date})` : ''}`);
  return done({
    display,
    undated: kind === 'standard' ? undated : display,
    prefix: sector,
    number: numberShown,
    year,
    family: 'ITU',
    publishers: ['ITU'],
    body: sector,
    kind,
    stage: date || revision !== undefined ? '60.60' : null,
    base,
    also,
  });
}

// ── IEEE, IETF, 3GPP, ETSI and other foreign bodies ────────────────────────────────────────────

function ieee(s: string): ParsedCode | undefined {
  const m =
    /^(ANSI\s*\/\s*)?IEEE(?:\s+(Std))?\s*(P)?\s*(\d+(?:\.\d+)*)([A-Za-z]{1,3})?(?:\s*\/\s*D\s*(\d+(?:\.\d+)*))?(?:\s*-\s*(\d{4}))?(?:\s*\/\s*Cor\s*\.?\s*(\d+)\s*-\s*(\d{4}))?$/i.exec(
      s,
    );
  if (!m) return undefined;
  const ansi = m[1] !== undefined;
  const std = m[2] !== undefined && !ansi;
  const project = m[3] !== undefined;
  const letters = m[5] ?? '';
  // Lower-case letters after the number are an amendment (`802.11ax`); capitals are part of the
  // number (`802.1AB`, `802.1Q`) — §6, IEEE row.
  const amendment = letters !== '' && letters === letters.toLowerCase();
  const number = `${project ? 'P' : ''}${m[4]}${letters}`;
  const prefix = `${ansi ? 'ANSI/' : ''}IEEE${std ? ' Std' : ''}`;
  const draft = m[6];
  const year = num(m[7]);
  let display = `${prefix} ${number}${draft ? `/D${draft}` : ''}${year === undefined ? '' : `-${year}`}`;
  const undated = `${prefix} ${number}`;
  let kind: CodeKind = project ? (draft ? 'draft' : 'project') : amendment ? 'amendment' : 'standard';
  let base: string | undefined = amendment && !project ? `${prefix} ${m[4]}` : undefined;
  let outYear = year;
  if (m[8] !== undefined) {
    base = display;
    display = `${display}/Cor ${m[8]}-${m[9]}`;
    kind = 'corrigendum';
    outYear = num(m[9]);
  }
  if (project && year !== undefined) return undefined;
  return done({
    display,
    undated,
    prefix,
    number,
    year: outYear,
    family: 'IEEE',
    publishers: ansi ? ['ANSI', 'IEEE'] : ['IEEE'],
    body: ansi ? 'IEEE + ANSI' : 'IEEE',
    kind,
    stage: project ? '20' : year === undefined ? null : '60.60',
    base,
  });
}

/** Publication years of RFCs the register meets (an RFC number is one publication; §6, IETF row). */
export const RFC_YEARS: Readonly<Record<string, number>> = { '8998': 2021, '5280': 2008, '2119': 1997, '8174': 2017, '9293': 2022 };

function ietf(s: string): ParsedCode | undefined {
  const rfc = /^RFC\s*-?\s*(\d{1,5})$/i.exec(s);
  if (rfc) {
    const n = String(Number(rfc[1]));
    return done({
      display: `RFC ${n}`,
      prefix: 'RFC',
      number: n,
      year: RFC_YEARS[n],
      family: 'IETF',
      publishers: ['IETF'],
      body: 'IETF',
      kind: 'standard',
      stage: '60.60',
    });
  }
  const series = /^(BCP|STD|FYI)\s*-?\s*(\d{1,4})$/i.exec(s);
  if (series) {
    const n = String(Number(series[2]));
    return done({
      display: `${up(series[1])} ${n}`,
      prefix: up(series[1]),
      number: n,
      year: undefined,
      family: 'IETF',
      publishers: ['IETF'],
      body: 'IETF',
      kind: 'standard',
      stage: '60.60',
    });
  }
  // Internet-Drafts: the name is the project's identity, `-NN` its revision (§6).
  const draft = /^draft-([a-z0-9]+(?:-[a-z0-9]+)*?)(?:-(\d{2}))?$/i.exec(s);
  if (draft) {
    const name = `draft-${(draft[1] ?? '').toLowerCase()}`;
    const stream = name.startsWith('draft-ietf-') ? 'IETF' : name.startsWith('draft-irtf-') ? 'IRTF' : 'individual';
    return done({
      display: `${name}${draft[2] ? `-${draft[2]}` : ''}`,
      undated: name,
      prefix: 'draft',
      number: name.slice('draft-'.length),
      year: undefined,
      family: 'IETF',
      publishers: ['IETF'],
      body: stream,
      kind: 'draft',
      stage: '20',
    });
  }
  return undefined;
}

function threeGpp(s: string): ParsedCode | undefined {
  const m = /^3GPP\s+(TS|TR)\s*(\d{2}\.\d{3}(?:-\d+)?)(?:\s+V\s*(\d+)\.(\d+)\.(\d+))?(?:\s*\((\d{4})-(\d{2})\))?$/i.exec(s);
  if (!m) return undefined;
  const prefix = `3GPP ${up(m[1])}`;
  const version = m[3] === undefined ? '' : ` V${m[3]}.${m[4]}.${m[5]}`;
  const date = m[6] ? ` (${m[6]}-${m[7]})` : '';
  const major = num(m[3]);
  // A 3GPP version x.y.z with x ≥ 3 is under change control (approved by the TSG); 1.x/2.x are drafts.
  const approved = major !== undefined && major >= 3;
  return done({
    display: `${prefix} ${m[2]}${version}${date}`,
    prefix,
    number: m[2] ?? '',
    year: num(m[6]),
    family: '3GPP',
    publishers: ['3GPP'],
    body: '3GPP',
    kind: major !== undefined && !approved ? 'draft' : 'standard',
    stage: major === undefined ? null : approved ? '60.60' : '30',
  });
}

function etsi(s: string): ParsedCode | undefined {
  const m = /^(ETSI\s+)?(EN|ES|EG|TS|TR|SR|GS|GR)\s+(\d{3}(?:\s\d{3})+(?:-\d+)*)(?:\s+V\s*(\d+\.\d+\.\d+))?(?:\s*\((\d{4})-(\d{2})\))?$/i.exec(s);
  if (!m || (!m[1] && !(up(m[2]) === 'EN' && m[4]))) return undefined;
  const prefix = `ETSI ${up(m[2])}`;
  return done({
    display: `${prefix} ${m[3]}${m[4] ? ` V${m[4]}` : ''}${m[5] ? ` (${m[5]}-${m[6]})` : ''}`,
    prefix,
    number: m[3] ?? '',
    year: num(m[5]),
    family: 'ETSI',
    publishers: ['ETSI'],
    body: 'ETSI',
    kind: 'standard',
    stage: m[4] ? '60.60' : null,
  });
}

/** European and national adoptions: `EN 196-3:2005+A1:2008`, `BS EN ISO 13485:2016+A11:2021`, `DIN EN ISO 9001:2015-11`. */
function european(s: string): ParsedCode | undefined {
  const m =
    /^(?:(BS|DIN|PD)\s+)?(?:(EN)\s+)?((?:(?:ISO\/IEC|ISO|IEC|CISPR)\s+)?(?:(?:TR|TS)\s+)?)(\d+(?:-\d+)*)(?:\s*:\s*(\d{4})(-\d{2})?)?((?:\s*\+\s*A\d+\s*:\s*\d{4})*)$/i.exec(
      s,
    );
  if (!m || (!m[1] && !m[2]) || (m[5] === undefined && m[7])) return undefined;
  const national = up(m[1]);
  const layers = [national, up(m[2]), up(m[3]).trim()].filter(Boolean).join(' ');
  const amendments = [...(m[7] ?? '').matchAll(/A(\d+)\s*:\s*(\d{4})/gi)].map((a) => ({ n: a[1] ?? '', year: Number(a[2]) }));
  const main = `${layers} ${m[4]}${m[5] === undefined ? '' : `:${m[5]}${m[6] ?? ''}`}`;
  const last = amendments.at(-1);
  const family: ParsedCode['family'] = national === 'DIN' ? 'DIN' : national ? 'BSI' : 'CEN';
  const publisher = family === 'CEN' ? 'CEN' : family;
  return done({
    display: `${main}${amendments.map((a) => `+A${a.n}:${a.year}`).join('')}`,
    undated: `${layers} ${m[4]}`,
    prefix: layers,
    number: m[4] ?? '',
    year: last?.year ?? num(m[5]),
    family,
    publishers: [publisher],
    body: publisher,
    kind: last ? 'consolidated' : 'standard',
    stage: m[5] === undefined ? null : '60.60',
    base: last ? main : undefined,
  });
}

function otherForeign(s: string): ParsedCode | undefined {
  const csa = /^CSA[\s-]+([A-Z]\d+(?:\.\d+)*)\s+No\.?\s*(\d+(?:-\d+)*)\s*:\s*(\d{2}|\d{4})((?:\s*\/\s*A\d+\s*:\s*\d{4})*)$/i.exec(s);
  if (csa) {
    const updates = [...(csa[4] ?? '').matchAll(/A(\d+)\s*:\s*(\d{4})/gi)].map((a) => `/A${a[1]}:${a[2]}`).join('');
    const prefix = `CSA ${up(csa[1])} No.`;
    return done({
      display: `${prefix} ${csa[2]}:${csa[3]}${updates}`,
      prefix,
      number: csa[2] ?? '',
      year: fullYear(csa[3] ?? ''),
      family: 'CSA',
      publishers: ['CSA'],
      body: 'CSA Group',
      kind: 'standard',
      stage: '60.60',
    });
  }
  const sae = /^SAE\s+([A-Z]{1,2}\d+)(?:_(\d{4})(\d{2}))?$/i.exec(s);
  if (sae) {
    return done({
      display: `SAE ${up(sae[1])}${sae[2] ? `_${sae[2]}${sae[3]}` : ''}`,
      prefix: 'SAE',
      number: up(sae[1]),
      year: num(sae[2]),
      family: 'SAE',
      publishers: ['SAE'],
      body: 'SAE International',
      kind: 'standard',
      stage: sae[2] ? '60.60' : null,
    });
  }
  const astm = /^ASTM\s+([A-Z]\d+(?:\/[A-Z]\d+M?)?)\s*-\s*(\d{2})([a-z])?$/i.exec(s);
  if (astm) {
    return done({
      display: `ASTM ${up(astm[1])}-${astm[2]}${astm[3] ?? ''}`,
      prefix: 'ASTM',
      number: up(astm[1]),
      year: fullYear(astm[2] ?? ''),
      family: 'ASTM',
      publishers: ['ASTM'],
      body: 'ASTM',
      kind: 'standard',
      stage: '60.60',
    });
  }
  const ul = /^UL\s+(\d+(?:-\d+)*)$/i.exec(s);
  if (ul)
    return done({
      display: `UL ${ul[1]}`,
      prefix: 'UL',
      number: ul[1] ?? '',
      year: undefined,
      family: 'UL',
      publishers: ['UL'],
      body: 'UL',
      kind: 'standard',
      stage: null,
    });
  const ecma = /^ECMA\s*-\s*(\d+)$/i.exec(s);
  if (ecma) {
    return done({
      display: `ECMA-${ecma[1]}`,
      undated: `ECMA-${ecma[1]}`,
      prefix: 'ECMA',
      number: ecma[1] ?? '',
      year: undefined,
      family: 'Ecma',
      publishers: ['Ecma'],
      body: 'Ecma',
      kind: 'standard',
      stage: '60.60',
    });
  }
  return undefined;
}

const PARSERS: readonly ((s: string) => ParsedCode | undefined)[] = [
  plan,
  localEngineering,
  local,
  national,
  occupationalHealth,
  group,
  cecs,
  enterprise,
  prefixed,
  iso,
  itu,
  ieee,
  ietf,
  threeGpp,
  etsi,
  european,
  otherForeign,
];

function parseOne(s: string): ParsedCode | undefined {
  for (const parse of PARSERS) {
    const p = parse(s);
    if (p) return p;
  }
  return undefined;
}

/** Issuer words written before a code in the wild (`OSCCA GM/T 0004-2012`, `PBOC JR/T 0171-2020`). */
const ISSUER_WORDS = /^(?:OSCCA|PBOC|SAC|SAMR|CNCA|NMPA|MIIT)\s+(.+)$/i;
/** Algorithm names written after a code (`GM/T 0004-2012 SM3`). */
const TRAILING_NAMES = /^(.+?)\s+(?:SM[2349]|ZUC)$/i;

const CHINESE: ReadonlySet<CodeFamily> = new Set(['GB', 'GB/T', 'GB/Z', 'industry', 'local', 'group']);

/**
 * Parse one folded code: a single code, or several codes of one document — an IDT dual number
 * (`GB/T 22080-2016/ISO/IEC 27001:2013`), joint group codes (`T/CCSA 393—2024 / T/TAF 083—2024`),
 * ITU | ISO/IEC common text.
 */
export function parseFolded(s: string): ParsedCode | undefined {
  if (s === '') return undefined;
  const single = parseOne(s);
  if (single) return single;

  const dual = /^(.+?-\d{4})\s*\/\s*((?:ISO|IEC)[\s/].+)$/i.exec(s);
  if (dual) {
    const national = parseOne(dual[1] ?? '');
    const international = parseOne(dual[2] ?? '');
    if (
      national &&
      international &&
      CHINESE.has(national.family) &&
      national.kind === 'standard' &&
      (international.family === 'ISO' || international.family === 'ISO/IEC' || international.family === 'IEC')
    ) {
      return { ...national, display: `${national.display}/${international.display}`, also: [international.display] };
    }
  }
  for (const splitter of [/\s*\|\s*/, /\s+\/\s+/]) {
    const parts = s.split(splitter);
    if (parts.length < 2) continue;
    const parsed = parts.map(parseOne);
    const [first, ...others] = parsed;
    if (first && others.every((p) => p !== undefined)) {
      return { ...first, also: [...first.also, ...others.map((p) => p?.display ?? '')] };
    }
  }
  const issuer = ISSUER_WORDS.exec(s);
  if (issuer) return parseFolded(issuer[1] ?? '');
  const trailing = TRAILING_NAMES.exec(s);
  if (trailing) return parseOne(trailing[1] ?? '');
  return undefined;
}
