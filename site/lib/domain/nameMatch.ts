/**
 * Matching the organization names of an official list (a 公示名单 of an award, the 起草单位 of a
 * standard's foreword) to the enterprises of the register. One pure module, used by the
 * Studio's 批量录入 tool and by `npm run intake`; both show every match, ambiguity and miss.
 *
 * Order of the checks, first hit wins:
 * 1. the USCC, when the list gives one;
 * 2. the name as written (after NFKC and spaces) equal to a full name, short name or former name;
 * 3. the normalized name — legal form (有限公司, 股份有限公司, 有限责任公司), region (北京 / 北京市 at the
 *    start, （北京） anywhere), brackets and punctuation dropped — equal to the normalized name of one
 *    candidate (several: ambiguous);
 * 4. fuzzy: character-bigram similarity of the normalized names ≥ FUZZY_THRESHOLD, never taken
 *    silently — it is shown with its confidence for staff to confirm, and two close candidates
 *    are ambiguous;
 * else a miss (a new enterprise, or a typo for staff to fix).
 */
/** An enterprise as the matcher sees it. */
export interface MatchCandidate {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string | undefined;
  readonly formerNames?: readonly string[] | undefined;
  readonly uscc?: string | undefined;
}

/** One name of the pasted list. */
export interface ListEntry {
  /** 1-based position in the list (the rank of a drafting organization). */
  readonly position: number;
  /** 1-based line of the pasted text. */
  readonly line: number;
  readonly name: string;
  readonly uscc?: string;
}

export type MatchVia = 'uscc' | 'name' | 'shortName' | 'formerName' | 'normalized' | 'fuzzy';

export interface ScoredCandidate {
  readonly candidate: MatchCandidate;
  /** 0–1; 1 for every exact kind of match. */
  readonly confidence: number;
  readonly via: MatchVia;
}

export type MatchResult =
  /** One enterprise, certain (USCC, a name as written, or the normalized name). */
  | { readonly kind: 'match'; readonly entry: ListEntry; readonly best: ScoredCandidate; readonly note?: string }
  /** One enterprise by similarity only: shown with its confidence, to be confirmed. */
  | { readonly kind: 'fuzzy'; readonly entry: ListEntry; readonly best: ScoredCandidate; readonly candidates: readonly ScoredCandidate[] }
  /** Several enterprises fit equally well: staff choose. */
  | { readonly kind: 'ambiguous'; readonly entry: ListEntry; readonly candidates: readonly ScoredCandidate[] }
  /** None: a new enterprise draft, or a typo. */
  | { readonly kind: 'miss'; readonly entry: ListEntry; readonly candidates: readonly ScoredCandidate[] };

/** Similarity from which a fuzzy candidate is shown at all. */
export const FUZZY_THRESHOLD = 0.6;
/** Two fuzzy candidates closer than this are ambiguous. */
export const AMBIGUITY_MARGIN = 0.08;

/** Legal forms at the end of a name, longest first. */
const LEGAL_FORMS = ['股份有限公司', '有限责任公司', '集团有限公司', '集团股份有限公司', '有限公司', '股份公司', '公司'].sort((a, b) => b.length - a.length);
/** Region words a name may start with or carry in brackets. */
const REGIONS = ['北京市', '北京', '中国'];

/**
 * The name as written, made comparable: NFKC (full-width letters, digits and brackets folded),
 * no spaces, ASCII brackets.
 * @example canonicalName(' 北京安信网盾科技（北京）有限公司 ') //=> '北京安信网盾科技(北京)有限公司'
 */
export function canonicalName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[〔［【]/g, '(')
    .replace(/[〕］】]/g, ')');
}

/**
 * The core of an organization's name: canonicalName without any bracketed part, without the
 * region at the start, the legal form at the end, 股份 and punctuation.
 * @example normalizeOrgName('北京安信网盾科技有限公司') //=> '安信网盾科技'
 * @example normalizeOrgName('安信网盾科技（北京）股份有限公司') //=> '安信网盾科技'
 */
export function normalizeOrgName(name: string): string {
  let core = canonicalName(name).replace(/\([^)]*\)/g, '');
  for (const form of LEGAL_FORMS) {
    if (core.endsWith(form) && core.length > form.length) {
      core = core.slice(0, -form.length);
      break;
    }
  }
  for (const region of REGIONS) {
    if (core.startsWith(region) && core.length > region.length + 1) {
      core = core.slice(region.length);
      break;
    }
  }
  return core
    .replace(/股份$/, '')
    .replace(/[·•・.,，、'"“”‘’\-–—_/]/g, '')
    .toLowerCase();
}

/** Character bigrams of a text (a single character is its own gram). */
function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const grams = new Map<string, number>();
  if (chars.length === 1) grams.set(text, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/**
 * Dice similarity of the character bigrams of two texts, 0–1.
 * @example similarity('安信网盾科技', '安信网盾信息技术') //=> 0.5
 */
export function similarity(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const count of ga.values()) total += count;
  for (const count of gb.values()) total += count;
  for (const [gram, count] of ga) shared += Math.min(count, gb.get(gram) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** A USCC-shaped cell: 18 characters of the GB 32100 alphabet. */
const USCC_CELL = /^[0-9A-HJ-NPQRTUWXY]{18}$/;
/** Numbering in front of a name: `1.`, `1、`, `（1）`, `一、`, `01 `. */
const NUMBERING = /^\s*(?:[(（]?\d{1,3}(?:[)）.．、,，:：]|\s)|[一二三四五六七八九十]+[、.．])\s*/;
/** Header cells of a table copied from Excel or a PDF. */
const HEADER_WORDS = /^(序号|编号|排名|单位名称|企业名称|名称|起草单位|申报单位|获奖单位|统一社会信用代码|信用代码|所属区|区县|备注|奖项|等级)$/;

/** A notice's heading line (…名单公示, …如下：): not a name. */
const HEADING = /(名单|公示|公告|通知|如下|名录)[:：]?$/;

/** Whether a cell can be an organization's name: some CJK or Latin letters, not a number or a header. */
function looksLikeName(cell: string): boolean {
  return /[\p{Script=Han}A-Za-z]/u.test(cell) && !HEADER_WORDS.test(cell) && !USCC_CELL.test(cell);
}

/**
 * The names of a pasted list, in order: one name per line, or a table copied from Excel/PDF
 * (cells split by tabs, `|` or two or more spaces — the longest name-like cell is the name,
 * an 18-character cell the USCC), or names separated by 、 or ； on one line (a notice's running
 * text, 起草单位 in a foreword). Numbering, headers, empty lines and a trailing 。 are dropped.
 * @example parseNameList('序号\t单位名称\n1\t北京安信网盾科技有限公司\t91110108MA04Y3A4BH').map((e) => e.uscc) //=> ['91110108MA04Y3A4BH']
 */
export function parseNameList(text: string): ListEntry[] {
  const entries: ListEntry[] = [];
  const lines = text.normalize('NFKC').split(/\r?\n/);
  lines.forEach((rawLine, index) => {
    const line = rawLine.replace(/^\s*本(?:标准|文件)起草单位[:：]/, '').trim();
    if (line === '' || HEADING.test(line)) return;
    const cells = line
      .split(/\t|\s*\|\s*|\s{2,}/)
      .map((cell) => cell.trim())
      .filter(Boolean);
    if (cells.length > 1) {
      const uscc = cells.find((cell) => USCC_CELL.test(cell.toUpperCase()))?.toUpperCase();
      const names = cells.map((cell) => cell.replace(NUMBERING, '').trim()).filter(looksLikeName);
      const name = names.sort((a, b) => b.length - a.length)[0];
      if (name) entries.push({ position: entries.length + 1, line: index + 1, name: name.replace(/[。;；]$/, ''), ...(uscc ? { uscc } : {}) });
      return;
    }
    for (const part of line.split(/[、；;]/)) {
      const name = part
        .replace(NUMBERING, '')
        .replace(/[。.]$/, '')
        .trim();
      if (looksLikeName(name)) entries.push({ position: entries.length + 1, line: index + 1, name });
    }
  });
  return entries;
}

/** Prepared candidates: canonical and normalized names, computed once per list. */
export interface MatchIndex {
  readonly candidates: readonly MatchCandidate[];
  readonly byUscc: ReadonlyMap<string, MatchCandidate>;
  readonly byExact: ReadonlyMap<string, readonly { readonly candidate: MatchCandidate; readonly via: 'name' | 'shortName' | 'formerName' }[]>;
  readonly byCore: ReadonlyMap<string, readonly MatchCandidate[]>;
  readonly cores: readonly { readonly core: string; readonly candidate: MatchCandidate }[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Index the register's enterprises for matching. */
export function buildMatchIndex(candidates: readonly MatchCandidate[]): MatchIndex {
  const byUscc = new Map<string, MatchCandidate>();
  const byExact = new Map<string, { candidate: MatchCandidate; via: 'name' | 'shortName' | 'formerName' }[]>();
  const byCore = new Map<string, MatchCandidate[]>();
  const cores: { core: string; candidate: MatchCandidate }[] = [];
  for (const candidate of candidates) {
    if (candidate.uscc) byUscc.set(candidate.uscc.trim().toUpperCase(), candidate);
    const names: [string, 'name' | 'shortName' | 'formerName'][] = [
      [candidate.name, 'name'],
      ...(candidate.shortName ? [[candidate.shortName, 'shortName'] as [string, 'shortName']] : []),
      ...(candidate.formerNames ?? []).map((former) => [former, 'formerName'] as [string, 'formerName']),
    ];
    const seenCores = new Set<string>();
    for (const [name, via] of names) {
      push(byExact, canonicalName(name), { candidate, via });
      if (via === 'shortName') continue; // a short name is matched as written only: 芯睿 is no legal name
      const core = normalizeOrgName(name);
      if (core && !seenCores.has(core)) {
        seenCores.add(core);
        push(byCore, core, candidate);
        cores.push({ core, candidate });
      }
    }
  }
  return { candidates, byUscc, byExact, byCore, cores };
}

const uniqueById = <T extends { readonly candidate: MatchCandidate }>(list: readonly T[]): T[] => {
  const seen = new Set<string>();
  return list.filter((item) => !seen.has(item.candidate.id) && Boolean(seen.add(item.candidate.id)));
};

/** Fuzzy candidates of a normalized name, best first (at most `limit`). */
function fuzzyCandidates(index: MatchIndex, core: string, limit = 3): ScoredCandidate[] {
  const scored = index.cores
    .map(({ core: other, candidate }) => ({ candidate, confidence: Math.round(similarity(core, other) * 100) / 100, via: 'fuzzy' as const }))
    .filter((item) => item.confidence >= FUZZY_THRESHOLD)
    .sort((a, b) => b.confidence - a.confidence || a.candidate.id.localeCompare(b.candidate.id));
  return uniqueById(scored).slice(0, limit);
}

/** Match one entry of a list. */
export function matchEntry(index: MatchIndex, entry: ListEntry): MatchResult {
  const exactOf = (via: MatchVia, candidate: MatchCandidate): ScoredCandidate => ({ candidate, confidence: 1, via });
  if (entry.uscc) {
    const byCode = index.byUscc.get(entry.uscc);
    if (byCode) {
      const sameName =
        normalizeOrgName(byCode.name) === normalizeOrgName(entry.name) ||
        (byCode.formerNames ?? []).some((n) => normalizeOrgName(n) === normalizeOrgName(entry.name));
      return { kind: 'match', entry, best: exactOf('uscc', byCode), ...(sameName ? {} : { note: `名称与登记名称“${byCode.name}”不同，请核对是否更名。` }) };
    }
    // An unknown (or mistyped) code: match by the name, below.
  }
  const exact = uniqueById(index.byExact.get(canonicalName(entry.name)) ?? []);
  if (exact.length === 1) return { kind: 'match', entry, best: exactOf(exact[0]!.via, exact[0]!.candidate) };
  if (exact.length > 1) return { kind: 'ambiguous', entry, candidates: exact.map((item) => exactOf(item.via, item.candidate)) };
  const core = normalizeOrgName(entry.name);
  const sameCore = index.byCore.get(core) ?? [];
  if (sameCore.length === 1) return { kind: 'match', entry, best: exactOf('normalized', sameCore[0]!) };
  if (sameCore.length > 1) return { kind: 'ambiguous', entry, candidates: sameCore.map((candidate) => exactOf('normalized', candidate)) };
  const fuzzy = fuzzyCandidates(index, core);
  const [best, second] = fuzzy;
  if (!best) return { kind: 'miss', entry, candidates: [] };
  if (second && best.confidence - second.confidence < AMBIGUITY_MARGIN) return { kind: 'ambiguous', entry, candidates: fuzzy };
  return { kind: 'fuzzy', entry, best, candidates: fuzzy };
}

/** The preview of a whole list: one result per entry, and the entries naming the same enterprise twice. */
export interface MatchReport {
  readonly results: readonly MatchResult[];
  /** Positions (1-based) of entries whose match repeats an earlier entry's enterprise. */
  readonly repeats: readonly { readonly position: number; readonly firstPosition: number; readonly id: string }[];
  readonly counts: Readonly<Record<MatchResult['kind'], number>>;
}

/** Match every entry of a list against the register's enterprises. */
export function matchList(candidates: readonly MatchCandidate[], entries: readonly ListEntry[]): MatchReport {
  const index = buildMatchIndex(candidates);
  const results = entries.map((entry) => matchEntry(index, entry));
  const firstById = new Map<string, number>();
  const repeats: { position: number; firstPosition: number; id: string }[] = [];
  const counts = { match: 0, fuzzy: 0, ambiguous: 0, miss: 0 };
  for (const result of results) {
    counts[result.kind]++;
    if (result.kind !== 'match' && result.kind !== 'fuzzy') continue;
    const id = result.best.candidate.id;
    const first = firstById.get(id);
    if (first === undefined) firstById.set(id, result.entry.position);
    else repeats.push({ position: result.entry.position, firstPosition: first, id });
  }
  return { results, repeats, counts };
}

/** Chinese words for a match kind, for the preview table. */
export const MATCH_KIND_LABELS: Readonly<Record<MatchResult['kind'], string>> = {
  match: '匹配',
  fuzzy: '近似（待确认）',
  ambiguous: '多个候选',
  miss: '未找到',
};

/** Chinese words for how a match was found. */
export const MATCH_VIA_LABELS: Readonly<Record<MatchVia, string>> = {
  uscc: '信用代码',
  name: '全称',
  shortName: '简称',
  formerName: '曾用名',
  normalized: '规范化名称',
  fuzzy: '相似度',
};
