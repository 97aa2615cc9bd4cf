/**
 * Pinyin terms of an enterprise name, computed at build time (pinyin-pro never reaches the
 * browser): `智芯微联` → `zhixinweilian`, `zxwl`, and the tails `xinweilian`, `weilian`,
 * so `zhixin`, `zx` and `weilian` all find it as prefixes.
 */
import { pinyin } from 'pinyin-pro';
import { SOUND_JOINER, type SoundShard } from './format.ts';

/** `北京` and the company-form suffix say nothing about which enterprise is meant. */
const NAME_NOISE = /^北京(市)?|(科技|技术)?(股份)?有限(责任)?公司$/gu;

/** The distinctive part of a registered name: `北京智芯微联科技股份有限公司` → `智芯微联`. */
export function coreName(name: string): string {
  return name.replace(NAME_NOISE, '');
}

function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: false }).filter((s) => s.trim() !== '');
}

/**
 * Full pinyin, initials and per-syllable tails; `ü` both as `u` and as `v` (how people type it).
 * @example pinyinTerms('绿洲') //=> ['luzhou', 'lz', 'lvzhou']
 */
export function pinyinTerms(...names: readonly (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    if (!name || !/\p{Script=Han}/u.test(name)) continue;
    const parts = syllables(name).map((s) => s.toLowerCase());
    if (parts.length === 0) continue;
    const plain = parts.map((s) => s.replace(/ü/g, 'u'));
    out.add(plain.join(''));
    out.add(plain.map((s) => s[0] ?? '').join(''));
    for (let i = 1; i < plain.length - 1; i++) out.add(plain.slice(i).join(''));
    if (parts.some((s) => s.includes('ü'))) out.add(parts.map((s) => s.replace(/ü/g, 'v')).join(''));
  }
  return [...out].filter((term) => term.length >= 2);
}

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Sound terms of names: each pair of neighbouring syllables of a Han run, read in context,
 * so a query with a homophone (华心 for 华信) still meets the name by its syllables.
 * @example soundTerms('华信数智') //=> ['hua_xin', 'xin_shu', 'shu_zhi']
 */
export function soundTerms(...names: readonly (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    for (const run of name?.match(HAN_RUN) ?? []) {
      const parts = syllables(run).map((s) => s.toLowerCase().replace(/ü/g, 'v'));
      for (let i = 0; i + 1 < parts.length; i++) out.add(`${parts[i]}${SOUND_JOINER}${parts[i + 1]}`);
    }
  }
  return [...out];
}

/** The CJK Unified Ideographs (U+4E00–U+9FFF): every character a query may hold, in names or not. */
const FIRST_IDEOGRAPH = 0x4e00;
const LAST_IDEOGRAPH = 0x9fff;

/**
 * The sound files: every ideograph's toneless readings (all of them, at most three), each file
 * holding the characters `fileOf(char)` sends to it, grouped by syllable.
 */
export function soundShards(count: number, fileOf: (char: string) => number): SoundShard[] {
  const files = Array.from({ length: count }, () => new Map<string, string>());
  for (let code = FIRST_IDEOGRAPH; code <= LAST_IDEOGRAPH; code++) {
    const char = String.fromCharCode(code);
    const readings = pinyin(char, { toneType: 'none', type: 'array', multiple: true }).slice(0, 3);
    const file = files[fileOf(char)];
    for (const reading of readings) {
      const syllable = reading.toLowerCase().replace(/ü/g, 'v');
      if (!/^[a-z]+$/.test(syllable) || !file) continue;
      file.set(syllable, (file.get(syllable) ?? '') + char);
    }
  }
  return files.map((file) => [...file].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}
