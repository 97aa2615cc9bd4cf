/**
 * Pinyin terms of an enterprise name, computed at build time (pinyin-pro never reaches the
 * browser): `智芯微联` → `zhixinweilian`, `zxwl`, and the tails `xinweilian`, `weilian`,
 * so `zhixin`, `zx` and `weilian` all find it as prefixes.
 */
import { pinyin } from 'pinyin-pro';

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
