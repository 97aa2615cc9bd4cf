/**
 * Queries made from the generated records themselves (the haystack). Two families:
 *
 * - the kinds that lose at scale (`g-…`): English typos in the first and in the middle letters,
 *   Chinese homophone typos among look-alike names, long title phrases made of frequent
 *   bigrams, partial codes with a trailing separator (`JR/T 146-`, `ISO 9001:`), and a brand's
 *   pinyin as typed: its two syllables (`anchen`, among `ancheng…` look-alikes) and its first
 *   syllable alone (`bang`, a split shard key at 50k);
 * - more queries of the relevance suite's own kinds (`zh-fragment`, `pinyin`, `en-words` …,
 *   tests/search/relevanceQueries.ts), so that at scale every kind holds at least `perKind`
 *   queries and one miss is not a swing of a tenth.
 *
 * Each is a query a user types: a brand, a title's subject, a name's pinyin or initials, a
 * code in another spelling, one slip of the keyboard. Deterministic: the same records give the
 * same queries.
 *
 * A query is answered when one of `expect` is in the top 3 (the first of them first, when
 * `first`). `expect` is the target and every record the query names as well (alike.ts: the
 * same rule as for the hand-written suite at scale); a misspelled query is judged by what its
 * intended spelling names and what the slip spells itself; a code by its editions; a brand's
 * pinyin by the brands read the same.
 */
import type { SearchRecord } from '../../../site/lib/search/records.ts';
import { parseStandardCode } from '../../../site/lib/domain/standardCode.ts';
import type { QueryCategory } from '../../../tests/search/relevanceQueries.ts';
import { AlikeJudge } from './alike.ts';

/** The issue's own generated kinds, and the suite's kinds it adds generated queries to (all but those of the embedded-only records). */
export type GeneratedKind =
  | 'g-en-typo-first'
  | 'g-en-typo-middle'
  | 'g-zh-homophone'
  | 'g-phrase'
  | 'g-code-partial'
  | 'g-pinyin-brand'
  | 'g-pinyin-syllable'
  | Exclude<QueryCategory, 'committee' | 'award' | 'award-year' | 'program'>;

export interface GeneratedQuery {
  readonly q: string;
  readonly kind: string;
  readonly expect: readonly string[];
  readonly first?: boolean;
}

/** A homophone (same toneless pinyin, a different character) for each brand character of scripts/lib/generate/names.ts. */
const HOMOPHONES: Readonly<Record<string, string>> = {
  安: '按',
  邦: '帮',
  博: '泊',
  辰: '晨',
  诚: '城',
  创: '窗',
  达: '答',
  鼎: '顶',
  帆: '翻',
  丰: '风',
  福: '富',
  冠: '关',
  光: '广',
  海: '嗨',
  航: '杭',
  浩: '号',
  合: '河',
  恒: '横',
  泓: '红',
  华: '化',
  汇: '会',
  佳: '家',
  建: '健',
  金: '今',
  京: '经',
  九: '久',
  君: '军',
  凯: '开',
  康: '抗',
  科: '颗',
  坤: '昆',
  蓝: '兰',
  朗: '浪',
  乐: '勒',
  立: '力',
  联: '连',
  亮: '量',
  林: '临',
  领: '岭',
  龙: '隆',
  迈: '麦',
  茂: '帽',
  美: '每',
  盟: '萌',
  敏: '闽',
  明: '名',
  墨: '默',
  诺: '懦',
  鹏: '朋',
  品: '拼',
  启: '起',
  千: '迁',
  清: '轻',
  泉: '全',
  锐: '瑞',
  润: '闰',
  森: '椮',
  晟: '胜',
  实: '石',
  数: '书',
  硕: '朔',
  思: '斯',
  泰: '太',
  腾: '疼',
  天: '添',
  通: '同',
  拓: '妥',
  万: '完',
  维: '围',
  文: '闻',
  沃: '握',
  熙: '希',
  祥: '详',
  芯: '心',
  星: '兴',
  旭: '序',
  轩: '宣',
  亚: '压',
  易: '意',
  银: '吟',
  盈: '赢',
  永: '勇',
  优: '悠',
  宇: '雨',
  源: '元',
  悦: '越',
  云: '匀',
  泽: '则',
  展: '斩',
  兆: '照',
  哲: '折',
  正: '政',
  智: '志',
  中: '忠',
  卓: '桌',
  尊: '遵',
};

/** One edit at position `at`: swap with the next letter, drop it, or double it, in turn. */
function typo(word: string, at: number, n: number): string {
  const i = Math.min(Math.max(0, at), word.length - 2);
  switch (n % 3) {
    case 0:
      return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return word.slice(0, i + 1) + (word[i] ?? '') + word.slice(i + 1);
  }
}

/**
 * `count` queries from items spread over the list: every `step`-th item first, then the ones
 * between, until `make` has given `count` (it returns undefined for an item that does not fit).
 */
function spread<T, Q>(items: readonly T[], count: number, make: (item: T, n: number) => Q | undefined): Q[] {
  const out: Q[] = [];
  if (items.length === 0) return out;
  const step = Math.max(1, Math.floor(items.length / count));
  for (let offset = 0; offset < step && out.length < count; offset++)
    for (let i = offset; i < items.length && out.length < count; i += step) {
      const item = items[i];
      const made = item === undefined ? undefined : make(item, out.length);
      if (made !== undefined) out.push(made);
    }
  return out;
}

/** A query and the record it is made from; `intended`: the spelling it stands for (typos). */
interface Draft {
  readonly q: string;
  readonly target: string;
  readonly intended?: string;
}

const chars = (text: string | null | undefined): string[] => Array.from(text ?? '');

/** As typed with a Chinese input method in full-width mode: `ＧＢ／Ｔ　３９２０４－２０２２`. */
const fullWidth = (text: string): string => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

/** At least `perKind` queries of each kind over the generated records (paths starting `/g/`). */
export function generatedQueries(records: readonly SearchRecord[], perKind = 20, judge = new AlikeJudge(records)): GeneratedQuery[] {
  const generated = records.filter((r) => r.doc.path.startsWith('/g/'));
  const enterprises = generated.filter((r) => r.doc.kind === 'enterprise' && r.doc.name.en && r.doc.detail?.zh);
  const standards = generated.filter((r) => r.doc.kind === 'standard' && r.doc.code);
  const english = standards.filter((r) => r.doc.name.en);
  const out: GeneratedQuery[] = [];
  /** Judged by what the query (or its intended spelling) names as well as its target. */
  const judged = (kind: GeneratedKind, drafts: readonly Draft[]) => {
    for (const d of drafts)
      out.push({ q: d.q, kind, expect: d.intended === undefined ? judge.alike(d.q, d.target) : judge.misspelled(d.q, d.intended, d.target) });
  };
  const words = (r: SearchRecord) => (r.doc.detail?.en ?? '').split(' ');

  // English typos: the brand word (first letters) or the industry word (middle letters), with the other word intact.
  // Words of four letters and more are corrected (site/lib/search/typos.ts).
  const typoOf =
    (first: boolean) =>
    (r: SearchRecord, n: number): Draft | undefined => {
      const [brand = '', industry = ''] = words(r);
      if (brand.length < 5 || industry.length < 5) return undefined;
      const q = first ? `${typo(brand, n % 2, n)} ${industry}` : `${brand} ${typo(industry, Math.floor(industry.length / 2), n)}`;
      return { q, target: r.doc.path, intended: `${brand} ${industry}` };
    };
  judged('g-en-typo-first', spread(enterprises, perKind, typoOf(true)));
  judged('g-en-typo-middle', spread(enterprises.slice(1), perKind, typoOf(false)));

  // Homophone typos: one brand character of the short name replaced by a character read the same.
  judged(
    'g-zh-homophone',
    spread(enterprises.slice(2), perKind, (r, n) => {
      const short = chars(r.doc.detail?.zh);
      const swap = HOMOPHONES[short[n % 2] ?? ''];
      if (!swap) return undefined;
      const q = short.map((c, i) => (i === n % 2 ? swap : c)).join('');
      return { q, target: r.doc.path, intended: r.doc.detail?.zh ?? '' };
    }),
  );

  // Long phrases: a standard's whole Chinese title without spaces (its bigrams are the most frequent ones).
  judged(
    'g-phrase',
    spread(standards.slice(3), perKind, (r) => {
      const title = (r.doc.name.zh ?? '').replace(/\s+/g, '');
      return chars(title).length >= 8 ? { q: title, target: r.doc.path } : undefined;
    }),
  );

  // Partial codes: the undated code with a trailing separator, as typed before the year.
  const byUndated = new Map<string, SearchRecord[]>();
  const byCompact = new Map<string, string[]>();
  for (const r of standards) {
    const code = parseStandardCode(r.doc.code ?? '');
    if (!code) continue;
    byUndated.set(code.compactUndated, [...(byUndated.get(code.compactUndated) ?? []), r]);
    byCompact.set(code.compact, [...(byCompact.get(code.compact) ?? []), r.doc.path]);
  }
  const editions = (compactUndated: string) => (byUndated.get(compactUndated) ?? []).map((r) => r.doc.path);
  out.push(
    ...spread(standards.slice(4), perKind, (r, n): GeneratedQuery | undefined => {
      const code = parseStandardCode(r.doc.code ?? '');
      return code && { q: `${code.undated}${['-', ':', ' ', '—'][n % 4] ?? ''}`, kind: 'g-code-partial', expect: editions(code.compactUndated) };
    }),
  );

  // A brand's pinyin as typed: both syllables (any brand read the same answers: homophones), and
  // the first syllable alone (any brand starting with it answers). `sound` holds the short
  // name's syllable pairs first (`an_chen`, site/lib/search/pinyin.ts).
  const pairOf = (r: SearchRecord) => r.fields.sound?.[0] ?? '';
  const byPair = new Map<string, string[]>();
  const bySyllable = new Map<string, string[]>();
  for (const r of enterprises) {
    const pair = pairOf(r);
    if (!pair) continue;
    byPair.set(pair, [...(byPair.get(pair) ?? []), r.doc.path]);
    const syllable = pair.split('_')[0] ?? '';
    bySyllable.set(syllable, [...(bySyllable.get(syllable) ?? []), r.doc.path]);
  }
  out.push(
    ...spread(enterprises.slice(5), perKind, (r): GeneratedQuery | undefined => {
      const pair = pairOf(r);
      return pair ? { q: pair.replace('_', ''), kind: 'g-pinyin-brand', expect: byPair.get(pair) ?? [r.doc.path] } : undefined;
    }),
    ...spread(enterprises.slice(6), perKind, (r): GeneratedQuery | undefined => {
      const syllable = pairOf(r).split('_')[0] ?? '';
      return syllable.length >= 2 ? { q: syllable, kind: 'g-pinyin-syllable', expect: bySyllable.get(syllable) ?? [r.doc.path] } : undefined;
    }),
  );

  // ---- the relevance suite's kinds, over the generated records ----

  // Names: the short name, or the registered name without 北京.
  judged(
    'zh-name',
    spread(enterprises.slice(7), perKind, (r, n) => ({
      q: n % 2 === 0 ? (r.doc.detail?.zh ?? '') : (r.doc.name.zh ?? '').replace(/^北京/, ''),
      target: r.doc.path,
    })),
  );
  // Fragments: the brand (two characters), the brand and one more, or the short name without its first character.
  judged(
    'zh-fragment',
    spread(enterprises.slice(8), perKind, (r, n) => {
      const short = chars(r.doc.detail?.zh);
      if (short.length < 4) return undefined;
      const q = [short.slice(0, 2), short.slice(0, 3), short.slice(1)][n % 3] ?? [];
      return { q: q.join(''), target: r.doc.path };
    }),
  );
  // Title words: subject and document kind, or area and subject, as typed (no spaces).
  judged(
    'zh-title',
    spread(standards.slice(9), perKind, (r, n) => {
      const [area = '', subject = '', kind = ''] = (r.doc.name.zh ?? '').split(' ');
      if (!kind) return undefined;
      return { q: n % 2 === 0 ? `${subject}${kind}` : `${area}${subject}`, target: r.doc.path };
    }),
  );
  // A name's pinyin and initials (the short name's, site/lib/search/pinyin.ts).
  judged(
    'pinyin',
    spread(enterprises.slice(10), perKind, (r) => {
      const full = r.fields.pinyin?.[0] ?? '';
      return full ? { q: full, target: r.doc.path } : undefined;
    }),
  );
  judged(
    'initials',
    spread(enterprises.slice(11), perKind, (r) => {
      const initials = r.fields.pinyin?.[1] ?? '';
      return initials.length >= 3 ? { q: initials, target: r.doc.path } : undefined;
    }),
  );
  // English words: the subject and document kind of an English title, or its area and subject.
  judged(
    'en-words',
    spread(english.slice(12), perKind, (r, n) => {
      const [area = '', subject = '', kind = ''] = (r.doc.name.en ?? '').split(' — ');
      if (!kind) return undefined;
      return { q: (n % 2 === 0 ? `${subject} ${kind}` : `${area} ${subject}`).toLowerCase(), target: r.doc.path };
    }),
  );
  // English typos in titles: one slip in the subject's longest word.
  judged(
    'en-typo',
    spread(english.slice(13), perKind, (r, n) => {
      const [area = '', subject = ''] = (r.doc.name.en ?? '').split(' — ');
      const intended = `${area} ${subject}`.toLowerCase();
      const parts = intended.split(' ');
      const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
      if (longest.length < 6) return undefined;
      const q = parts.map((w) => (w === longest ? typo(w, 1 + (n % (w.length - 2)), n) : w)).join(' ');
      return { q, target: r.doc.path, intended };
    }),
  );
  // Chinese typos: a short name with a character left out or two neighbours swapped.
  judged(
    'zh-typo',
    spread(enterprises.slice(14), perKind, (r, n) => {
      const short = chars(r.doc.detail?.zh);
      if (short.length < 4) return undefined;
      const at = 1 + (n % (short.length - 2));
      const q =
        n % 2 === 0 ? [...short.slice(0, at), ...short.slice(at + 1)] : [...short.slice(0, at), short[at + 1] ?? '', short[at] ?? '', ...short.slice(at + 2)];
      return { q: q.join(''), target: r.doc.path, intended: short.join('') };
    }),
  );
  // Codes in another spelling: compact lower case, full-width, or without the separators' spaces.
  out.push(
    ...spread(standards.slice(15), perKind, (r, n): GeneratedQuery | undefined => {
      const code = parseStandardCode(r.doc.code ?? '');
      if (!code || code.year === undefined) return undefined;
      const spelled = [code.compact, fullWidth(code.display), code.display.replace(/\s+/g, '')][n % 3] ?? code.compact;
      return { q: spelled, kind: 'code', expect: byCompact.get(code.compact) ?? [r.doc.path], first: true };
    }),
  );
  // An undated code: its newest edition first.
  out.push(
    ...spread(standards.slice(16), perKind, (r): GeneratedQuery | undefined => {
      const code = parseStandardCode(r.doc.code ?? '');
      if (!code) return undefined;
      const all = byUndated.get(code.compactUndated) ?? [];
      const newest = Math.max(...all.map((e) => e.doc.year ?? 0));
      return { q: code.undated, kind: 'code-undated', expect: all.filter((e) => (e.doc.year ?? 0) === newest).map((e) => e.doc.path), first: true };
    }),
  );
  // Mixed scripts: the Chinese brand and the English industry word.
  judged(
    'mixed',
    spread(enterprises.slice(17), perKind, (r) => {
      const brand = chars(r.doc.detail?.zh).slice(0, 2).join('');
      const [, industry = ''] = words(r);
      return industry.length >= 3 ? { q: `${brand} ${industry}`, target: r.doc.path } : undefined;
    }),
  );
  return out;
}
