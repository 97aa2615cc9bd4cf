/**
 * Which records a query names as well as its target, for judging a query at scale.
 *
 * A hand-written query of the relevance suite names one record of the embedded dataset, and
 * there it names it alone. Among 50,000 generated records it often does not: `芯` begins the
 * short name of hundreds of enterprises, `zx` is the initials of hundreds, `碳足迹` is a whole
 * word of hundreds of titles (the target holds it inside a longer word). No ranking can prefer
 * the suite's record over those without knowing which one the suite wants. So at scale a
 * query is answered when one of the records it names at least as well as its target is in the
 * top 3 — judged on the text alone, the same rule for every query, never by the engine:
 *
 * 0. the query is a whole shown text (name, short name, title, code, separators ignored), or
 *    a name's full pinyin or initials;
 * 1. it is a whole part of one: a word, a title part between spaces or dashes (`碳足迹` of
 *    `智慧物流 碳足迹 术语`, `semiconductor` of `Boyuan Semiconductor`);
 * 2. it begins one of those (the brand being typed: `芯` for 芯睿, `zx` for `zxwl`);
 * 3. it is, or begins, a name's pinyin tail (`weilian` of `zhixinweilian`);
 * 4. it is inside a shown text (as one phrase);
 * 5. every query term is in the shown texts, not as one phrase.
 *
 * A record is alike when its strength is the target's or stronger (lower). A query that does
 * not name its target literally at all (a typo, a homophone) is judged by its target alone, or
 * by what its intended spelling names and by what the slip itself spells as one phrase (strength
 * 4 or stronger): `丰检测`, 丰庆检测 with a character left out, is inside 乐丰检测.
 */
import type { SearchRecord } from '../../../site/lib/search/records.ts';
import { coreName, pinyinTerms } from '../../../site/lib/search/pinyin.ts';
import { indexTerms, queryTerms, textRuns } from '../../../site/lib/search/tokenize.ts';

/** Folded text without separators. */
const compact = (text: string): string =>
  textRuns(text)
    .map((r) => r.text)
    .join('');

/** Title parts (between dashes, colons, brackets, commas) and words (between spaces too). */
const PART = /\s*[—–:：（）()，,、]\s*|\s+-\s+/u;
const WORD = /[\s—–:：（）()，,、]+/u;

interface Profile {
  readonly path: string;
  /** Whole shown texts, pinyin in full and initials (strength 0). */
  readonly wholes: ReadonlySet<string>;
  /** Parts and words of the shown texts (strength 1). */
  readonly parts: ReadonlySet<string>;
  /** Pinyin tails (strength 3). */
  readonly tails: readonly string[];
  /** Whole shown texts (strength 4). */
  readonly texts: readonly string[];
  /** Everything above, joined: a quick "does the query occur at all". */
  readonly joined: string;
  /** Index terms of the shown texts (strength 5), computed on demand. */
  words?: Set<string>;
  readonly shown: readonly string[];
}

function profile(record: SearchRecord): Profile {
  const { doc } = record;
  const shown = [doc.name.zh, doc.name.en, doc.detail?.zh, doc.detail?.en, doc.code].filter((t): t is string => Boolean(t));
  const core = doc.kind === 'enterprise' ? coreName(doc.name.zh ?? '') : '';
  const texts = shown.map(compact);
  // Full pinyin and initials are the first two terms of each name's own pinyin (pinyin.ts).
  const spelled = doc.kind === 'enterprise' ? [doc.detail?.zh, core].flatMap((n) => pinyinTerms(n).slice(0, 2)) : [];
  const wholes = new Set([...texts, ...spelled].filter(Boolean));
  const parts = new Set(
    [...shown, ...(core ? [core] : [])]
      .flatMap((t) => [...t.split(PART), ...t.split(WORD)])
      .map(compact)
      .filter((t) => t && !wholes.has(t)),
  );
  const tails = (record.fields.pinyin ?? []).filter((p) => !wholes.has(p));
  return { path: doc.path, wholes, parts, tails, texts, joined: [...wholes, ...parts, ...tails].join('\u0001'), shown };
}

function strength(p: Profile, q: string, terms: ReturnType<typeof queryTerms>, allowAll: boolean): number | undefined {
  if (p.joined.includes(q)) {
    if (p.wholes.has(q)) return 0;
    if (p.parts.has(q)) return 1;
    for (const h of p.wholes) if (h.startsWith(q)) return 2;
    for (const h of p.parts) if (h.startsWith(q)) return 2;
    if (p.tails.some((t) => t.startsWith(q))) return 3;
    if (p.texts.some((t) => t.includes(q))) return 4;
  }
  if (!allowAll || terms.length < 2) return undefined;
  p.words ??= new Set(p.shown.flatMap((t) => indexTerms(t)));
  const words = p.words;
  return terms.every((t) => words.has(t.term) || (t.prefix && [...words].some((w) => w.startsWith(t.term)))) ? 5 : undefined;
}

/** Judges queries against one set of records (profiles computed once). */
export class AlikeJudge {
  private readonly profiles: Profile[];
  private readonly byPath: Map<string, Profile>;

  constructor(records: readonly SearchRecord[]) {
    this.profiles = records.map(profile);
    this.byPath = new Map(this.profiles.map((p) => [p.path, p]));
  }

  /** How the query names a record (0 strongest … 5), undefined when it does not. */
  strength(query: string, path: string): number | undefined {
    const p = this.byPath.get(path);
    return p ? strength(p, compact(query), queryTerms(query), true) : undefined;
  }

  /**
   * The target and every record the query names as well or better, target first. Just the
   * target when the query does not name it literally.
   */
  alike(query: string, target: string): string[] {
    const own = this.byPath.get(target);
    const bar = own ? this.strength(query, target) : undefined;
    return bar === undefined ? [target] : [target, ...this.named(query, bar).filter((p) => p !== target)];
  }

  /**
   * A misspelled query's answers: what its intended spelling names as well as the target, and
   * what the misspelling itself spells as one phrase.
   */
  misspelled(query: string, intended: string, target: string): string[] {
    return [...new Set([...this.alike(intended, target), ...this.named(query, 4)])];
  }

  /** Every record the query names with strength `bar` or stronger. */
  private named(query: string, bar: number): string[] {
    const q = compact(query);
    if (!q) return [];
    const terms = queryTerms(query);
    const out: string[] = [];
    for (const p of this.profiles) {
      const s = strength(p, q, terms, bar === 5);
      if (s !== undefined && s <= bar) out.push(p.path);
    }
    return out;
  }
}
