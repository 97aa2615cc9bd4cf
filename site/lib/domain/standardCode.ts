/**
 * One normalizer for standard codes: display form, URL slug, search keys, and the level and
 * body that follow from the prefix. Everything that shows, links or searches a code uses it.
 *
 * Spellings it folds (all seen in real documents): full-width characters (`ＧＢ／Ｔ　３９２０４`),
 * em/en dashes before the year (`T/CESA 1234—2023`), missing or extra spaces (`GB/T39204`,
 * `GB / T 39204`), lower case, and the slash-less `GBT` / `GBZ` / `YDT` of search boxes.
 */
import { ADOPTION_DEGREES, STANDARD_LEVELS, type AdoptionDegree, type StandardLevel } from './vocabulary.ts';
import { ruleError, ruleWarning, type RuleIssue } from './issue.ts';
import { INDUSTRY_CODES } from './codes/bodies.ts';
import { levelOf } from './codes/levels.ts';
import { foldKeepCase, parseFolded } from './codes/parse.ts';
import type { CodeFamily, CodeKind } from './codes/types.ts';

export type { CodeFamily, CodeKind } from './codes/types.ts';
export { INTERNATIONAL_BODIES, levelOfPublishers } from './codes/levels.ts';

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
  /** Year of the edition (of the supplement, for a supplement), when the code is dated. */
  readonly year?: number;
  readonly family: CodeFamily;
  /** From the level table (codes/levels.ts) and the INTERNATIONAL_BODIES setting. */
  readonly level: StandardLevel;
  /** Issuing body, from the body table (codes/bodies.ts): `ISO`, `ITU-T`, `SAC`, a ministry, an association. */
  readonly body: string;
  /** What the designation names: `standard`, `draft`, `project`, `plan`, `amendment`, `corrigendum`, … */
  readonly kind: CodeKind;
  /** Harmonized stage code the designation implies (`40` for DIS, `60.60` for a published code), or null. */
  readonly stage: string | null;
  /** Display of the base edition, for a supplement (amendment, corrigendum, 修改单, CSV). */
  readonly base?: string;
  /** Other codes of the same document: the international part of a dual number, a twin or joint code. */
  readonly also: readonly string[];
}

/**
 * Industry-standard prefixes (行业标准代号) with their competent body — every code of the body
 * table (codes/bodies.ts), kept under this name for existing callers.
 */
export const INDUSTRY_PREFIXES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(Object.entries(INDUSTRY_CODES).map(([code, entry]) => [code, entry.body])),
);

/** Fold what people type into one spelling: NFKC, dashes, spaces, case. */
function fold(raw: string): string {
  return foldKeepCase(raw).toUpperCase();
}

/**
 * Letters and digits only, lower case: the form that survives any spelling.
 * @example compactCode('GB/T 39204-2022') //=> 'gbt392042022'
 */
export function compactCode(text: string): string {
  return fold(text)
    .replace(/[^0-9A-Z]/g, '')
    .toLowerCase();
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
  if (raw.length > MAX_CODE_INPUT) return undefined;
  let parsed = parsedCodes.get(raw);
  if (parsed === undefined) {
    // The check, the data layer and the routes each parse every code: once is enough.
    if (parsedCodes.size >= MAX_PARSED_CODES) parsedCodes.clear();
    parsed = parseUncached(raw) ?? null;
    parsedCodes.set(raw, parsed);
  }
  return parsed ?? undefined;
}

/** Parsed codes by input (null: not a code). Results are read-only, so they are shared. */
const parsedCodes = new Map<string, StandardCode | null>();
/** More distinct inputs than a 50,000-document register has codes, and a bound on memory. */
const MAX_PARSED_CODES = 200_000;

function parseUncached(raw: string): StandardCode | undefined {
  const p = parseFolded(foldKeepCase(raw));
  if (!p) return undefined;
  return {
    display: p.display,
    undated: p.undated,
    slug: slugifyCode(p.display),
    compact: compactCode(p.display),
    compactUndated: compactCode(p.undated),
    prefix: p.prefix,
    number: p.number,
    ...(p.year === undefined ? {} : { year: p.year }),
    family: p.family,
    level: levelOf(p.family, p.publishers),
    body: p.body,
    kind: p.kind,
    stage: p.stage,
    ...(p.base === undefined ? {} : { base: p.base }),
    also: p.also,
  };
}

/** Longer inputs are not codes (the longest real one in docs/standard-codes.md is ~50 characters). */
const MAX_CODE_INPUT = 200;

/**
 * The code of a record whose family the normalizer does not know (accepted with a warning): the
 * tidied text as display, the level and body staff chose.
 */
export function unrecognizedStandardCode(raw: string, level: StandardLevel, body: string | null | undefined): StandardCode {
  const display = foldKeepCase(raw);
  return {
    display,
    undated: display,
    slug: slugifyCode(display),
    compact: compactCode(display),
    compactUndated: compactCode(display),
    prefix: '',
    number: display,
    family: 'unknown',
    level,
    body: body ?? '',
    kind: 'standard',
    stage: null,
    also: [],
  };
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
  const extras = parsed ? undefined : codeWithExtras(code);
  if (extras) return [extras];
  if (!parsed && looksLikeUnknownCode(code)) return [unknownCodeWarning(code)];
  if (!parsed) {
    return [
      ruleError(
        `无法识别标准号“${code}”。请按官方写法录入，例如 GB/T 39204-2022、ISO/IEC 30141:2018、T/CESA 1234-2023、DB11/T 1918-2021、ITU-T Y.4000。`,
        `"${code}" is not a standard code the register recognizes. Write it as officially published, e.g. GB/T 39204-2022, ISO/IEC 30141:2018, T/CESA 1234-2023, DB11/T 1918-2021, ITU-T Y.4000.`,
        'code',
      ),
    ];
  }
  if (level && parsed.level !== level) {
    const want = STANDARD_LEVELS[parsed.level];
    return [
      ruleError(
        `标准号前缀 ${parsed.prefix} 属于${want.zh}，但级别选择了“${STANDARD_LEVELS[level as StandardLevel]?.zh ?? level}”。请把级别改为${want.zh}，或更正标准号。`,
        `The prefix ${parsed.prefix} makes this a ${want.en.toLowerCase()} standard, but its level is "${level}". Set the level to "${parsed.level}" or correct the code.`,
        'level',
      ),
    ];
  }
  return [];
}

/**
 * Whether text that the normalizer does not recognize still has the shape of a code: a prefix
 * (letters) and a number, no control characters, not overlong. Such a code is accepted with a
 * warning (staff know real codes the normalizer has not met); anything else is an error.
 * @example looksLikeUnknownCode('XX/T 1234-2020') //=> true
 * @example looksLikeUnknownCode('39204') //=> false
 */
export function looksLikeUnknownCode(code: string): boolean {
  if (/[\u0000-\u001f\u007f-\u009f]/.test(code) || code.length > MAX_CODE_INPUT) return false;
  const folded = foldKeepCase(code);
  return /\p{L}/u.test(folded) && /\d/.test(folded);
}

/** The warning for a code of a family the normalizer does not know (shared by the content check and the Studio). */
export function unknownCodeWarning(code: string): RuleIssue {
  return ruleWarning(
    `标准号“${code}”不属于系统已识别的标准号类别，记录按所选级别和发布机构保存。请核对官方写法；如写法无误，请把标准号和出处（网页或封面）报给系统维护人员，以补充识别规则（见 docs/standard-codes.md）。`,
    `"${code}" is not in a code family the register recognizes; the record is kept with the level and body chosen. Check the official spelling; if it is right, report the code and its source (web page or cover) to the register's maintainers so the normalizer learns it (docs/standard-codes.md).`,
    'code',
  );
}

/** Degree words of adoption notes, new (`IDT`, `MOD`, `NEQ`) and old (`eqv`, 等效: MOD today), as GB/T 1.2-2020 §4 names them. */
const DEGREE_WORDS: Readonly<Record<string, AdoptionDegree>> = {
  IDT: 'idt',
  MOD: 'mod',
  NEQ: 'neq',
  EQV: 'mod',
  等同: 'idt',
  等同采用: 'idt',
  修改: 'mod',
  修改采用: 'mod',
  等效: 'mod',
  等效采用: 'mod',
  非等效: 'neq',
  非等效采用: 'neq',
};
const DEGREE = '(IDT|MOD|NEQ|EQV|非等效采用|非等效|等同采用|等同|修改采用|修改|等效采用|等效)';
/** `A (B, MOD)`, `A, B, MOD`, `A B,MOD`: the degree last. */
const DEGREE_LAST = new RegExp(`^(.+?)\\s*,\\s*${DEGREE}\\s*\\)?$`, 'iu');
/** `A idt B`, `A (idt B)`, `A 等同采用 B`: the degree between the two codes. */
const DEGREE_BETWEEN = new RegExp(`^(.+?)\\s*[,(]?\\s*(?<![A-Z])${DEGREE}(?![A-Z])\\s*(.+?)\\s*\\)?$`, 'iu');
/** `A 代替 B`, `A(代替 B、C)`, `A 代替 B 和 C`: a cover's line, not a code. */
const SUPERSESSION_NOTE = /^(.+?)\s*\(?\s*代替\s*(.+?)\s*\)?$/u;

const pairOf = (a: StandardCode | undefined, b: StandardCode | undefined): readonly [StandardCode, StandardCode] | undefined => (a && b ? [a, b] : undefined);

/** Two codes written one after the other (`A (B`, `A, B`, `A B`): the first split where both halves are codes. */
function twoCodes(text: string): readonly [StandardCode, StandardCode] | undefined {
  for (const m of text.matchAll(/\s*[,(]\s*|\s+/g)) {
    const first = parseStandardCode(text.slice(0, m.index));
    const second = first && parseStandardCode(text.slice(m.index + m[0].length));
    if (first && second) return [first, second];
  }
  return undefined;
}

/**
 * A code written together with what belongs in other fields: the adopted international standard
 * and its degree (`GB/T 20000.2-2009 (ISO/IEC Guide 21-1:2005, MOD)`, old `… idt ISO 9001:2015`),
 * or the standards it replaces, as a cover prints them (`GB/T 20077—2025 代替 GB/T 20077—2006`).
 * Both halves must be codes; the error says which field takes which part.
 */
export function codeWithExtras(raw: string): RuleIssue | undefined {
  const text = foldKeepCase(raw);
  const last = DEGREE_LAST.exec(text);
  const between = last ? null : DEGREE_BETWEEN.exec(text);
  const pair = last ? twoCodes(last[1] ?? '') : between ? pairOf(parseStandardCode(between[1] ?? ''), parseStandardCode(between[3] ?? '')) : undefined;
  const degree = DEGREE_WORDS[((last ? last[2] : between?.[2]) ?? '').toUpperCase()];
  if (pair && degree) {
    const [own, adopted] = pair;
    const label = ADOPTION_DEGREES[degree];
    const dual =
      degree === 'idt'
        ? { zh: `（等同采用也可写双编号 ${own.display}/${adopted.display}）`, en: ` (for IDT the dual number ${own.display}/${adopted.display} is also right)` }
        : { zh: '', en: '' };
    return ruleError(
      `“${raw}”写的是标准号加采标说明。标准号栏只填 ${own.display}${dual.zh}；所采用的 ${adopted.display} 填在“采用国际标准”中，一致性程度选“${label.zh}”。`,
      `"${raw}" is a code with its adoption note. Write only ${own.display} in code${dual.en}, and record ${adopted.display} under adopts with degree "${label.en}".`,
      'code',
    );
  }
  const s = SUPERSESSION_NOTE.exec(text);
  if (s) {
    const own = parseStandardCode(s[1] ?? '');
    const replaced = (s[2] ?? '').split(/\s*(?:、|,|;|和|及)\s*/u).map((part) => parseStandardCode(part));
    if (own && replaced.length > 0 && replaced.every((r) => r !== undefined)) {
      const shown = replaced.map((r) => r?.display);
      return ruleError(
        `“${raw}”写的是封面上的“代替”说明。标准号栏只填 ${own.display}；被代替的 ${shown.join('、')} 在“代替标准”中选择其记录（没有记录时先建立）。`,
        `"${raw}" is a cover's "replaces" line. Write only ${own.display} in code, and link ${shown.join(', ')} under replaces (create the record first if there is none).`,
        'code',
      );
    }
  }
  return undefined;
}
