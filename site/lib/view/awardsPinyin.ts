/**
 * Build-time pinyin keys for the award-list filter: full pinyin (compact and spaced) and
 * initials, so `zhixin`, `zhi xin` and `zx` find 智芯微联. Computed here, embedded in the page
 * as JSON; the browser gets the strings, not pinyin-pro's dictionary.
 */
import { pinyin } from 'pinyin-pro';
import type { LocaleLike } from '../i18n/localize.ts';
import type { FilterEntry } from './awardsFilter.ts';

export interface PinyinKeys {
  /** `zhixinweilian` */
  readonly full: string;
  /** `zhi xin wei lian` */
  readonly spaced: string;
  /** `zxwl` */
  readonly initials: string;
}

/**
 * Pinyin of Chinese text, without tones, ü written `v` as typed on keyboards.
 * @example pinyinKeys('智芯微联') //=> {full: 'zhixinweilian', spaced: 'zhi xin wei lian', initials: 'zxwl'}
 */
export function pinyinKeys(text: string): PinyinKeys {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase().replace(/\s+/g, ''));
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).map((s) => s.toLowerCase().replace(/\s+/g, ''));
  return { full: syllables.join(''), spaced: syllables.filter(Boolean).join(' '), initials: initials.join('') };
}

export interface Nameable {
  readonly slug: string;
  readonly name: LocaleLike;
  readonly shortName?: LocaleLike | null | undefined;
}

/** The filter entry of an enterprise: its names, and pinyin of its Chinese name and short name. */
export function filterEntryOf(enterprise: Nameable): FilterEntry {
  const zhNames = [enterprise.name.zh, enterprise.shortName?.zh].filter((s): s is string => Boolean(s?.trim()));
  const enNames = [enterprise.name.en, enterprise.shortName?.en].filter((s): s is string => Boolean(s?.trim()));
  const keys = zhNames.map(pinyinKeys);
  return {
    id: enterprise.slug,
    names: [...zhNames, ...enNames],
    pinyin: keys.flatMap((k) => [k.full, k.spaced]),
    initials: keys.map((k) => k.initials),
  };
}
