/**
 * Queries made from the generated records themselves (the haystack), for the kinds that lose
 * at scale: English typos in the first and in the middle letters, Chinese homophone typos among
 * look-alike names, long title phrases made of frequent bigrams, partial codes with a trailing
 * separator, and a brand's pinyin as typed: its two syllables (`anchen`, among `ancheng…`
 * look-alikes) and its first syllable alone (`bang`, a split shard key at 50k). Deterministic:
 * the same records give the same queries.
 *
 * A query is answered when one of `expect` (every record the query names equally well: all
 * editions of a code, all standards with the same title) is in the top 3.
 */
import type { SearchRecord } from '../../../site/lib/search/records.ts';
import { parseStandardCode } from '../../../site/lib/domain/standardCode.ts';

export type GeneratedKind = 'g-en-typo-first' | 'g-en-typo-middle' | 'g-zh-homophone' | 'g-phrase' | 'g-code-partial' | 'g-pinyin-brand' | 'g-pinyin-syllable';

export interface GeneratedQuery {
  readonly q: string;
  readonly kind: GeneratedKind;
  readonly expect: readonly string[];
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

/** Every `step`-th record of a kind, up to `count`. */
function sample<T>(items: readonly T[], count: number): T[] {
  if (items.length === 0) return [];
  const step = Math.max(1, Math.floor(items.length / count));
  const out: T[] = [];
  for (let i = 0; i < items.length && out.length < count; i += step) {
    const item = items[i];
    if (item !== undefined) out.push(item);
  }
  return out;
}

/** About `perKind` queries of each kind over the generated records (paths starting `/g/`). */
export function generatedQueries(records: readonly SearchRecord[], perKind = 20): GeneratedQuery[] {
  const generated = records.filter((r) => r.doc.path.startsWith('/g/'));
  const enterprises = generated.filter((r) => r.doc.kind === 'enterprise' && r.doc.name.en && r.doc.detail?.zh);
  const standards = generated.filter((r) => r.doc.kind === 'standard' && r.doc.code);
  const out: GeneratedQuery[] = [];

  // English typos: the brand word (first letters) or the industry word (middle letters), with the other word intact.
  sample(enterprises, perKind * 2).forEach((r, n) => {
    const words = (r.doc.name.en ?? '').split(' ');
    const brand = words[1] ?? '';
    const industry = words[2] ?? '';
    if (brand.length < 5 || industry.length < 5) return;
    // Words of four letters and more are corrected (site/lib/search/typos.ts).
    if (n % 2 === 0) out.push({ q: `${typo(brand, n % 4 === 0 ? 0 : 1, n >> 1)} ${industry}`, kind: 'g-en-typo-first', expect: [r.doc.path] });
    else out.push({ q: `${brand} ${typo(industry, Math.floor(industry.length / 2), n >> 1)}`, kind: 'g-en-typo-middle', expect: [r.doc.path] });
  });

  // Homophone typos: one brand character of the short name replaced by a character read the same.
  sample(enterprises.slice(1), perKind).forEach((r, n) => {
    const short = Array.from(r.doc.detail?.zh ?? '');
    const at = n % 2;
    const swap = HOMOPHONES[short[at] ?? ''];
    if (!swap) return;
    short[at] = swap;
    out.push({ q: short.join(''), kind: 'g-zh-homophone', expect: [r.doc.path] });
  });

  // Long phrases: a standard's whole Chinese title without spaces (its bigrams are the most frequent ones).
  const byTitle = new Map<string, string[]>();
  for (const r of standards) {
    const title = (r.doc.name.zh ?? '').replace(/\s+/g, '');
    byTitle.set(title, [...(byTitle.get(title) ?? []), r.doc.path]);
  }
  sample(standards.slice(2), perKind).forEach((r) => {
    const title = (r.doc.name.zh ?? '').replace(/\s+/g, '');
    if (Array.from(title).length >= 8) out.push({ q: title, kind: 'g-phrase', expect: byTitle.get(title) ?? [r.doc.path] });
  });

  // Partial codes: the undated code with a trailing separator, as typed before the year.
  const byUndated = new Map<string, string[]>();
  for (const r of standards) {
    const code = parseStandardCode(r.doc.code ?? '');
    if (code) byUndated.set(code.compactUndated, [...(byUndated.get(code.compactUndated) ?? []), r.doc.path]);
  }
  sample(standards.slice(3), perKind).forEach((r, n) => {
    const code = parseStandardCode(r.doc.code ?? '');
    if (!code) return;
    out.push({ q: `${code.undated}${n % 2 === 0 ? '-' : ':'}`, kind: 'g-code-partial', expect: byUndated.get(code.compactUndated) ?? [r.doc.path] });
  });

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
    const first = pair.split('_')[0] ?? '';
    bySyllable.set(first, [...(bySyllable.get(first) ?? []), r.doc.path]);
  }
  sample(enterprises.slice(4), perKind).forEach((r) => {
    const pair = pairOf(r);
    if (pair) out.push({ q: pair.replace('_', ''), kind: 'g-pinyin-brand', expect: byPair.get(pair) ?? [r.doc.path] });
  });
  sample(enterprises.slice(5), perKind).forEach((r) => {
    const first = pairOf(r).split('_')[0] ?? '';
    if (first.length >= 2) out.push({ q: first, kind: 'g-pinyin-syllable', expect: bySyllable.get(first) ?? [r.doc.path] });
  });
  return out;
}
