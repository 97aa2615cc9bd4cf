import type { Lang } from './locales.ts';

/** Stored localized text: `zh` required, `en` optional (docs/design.md, "Localized text"). */
export interface LocaleLike {
  readonly zh?: string | null;
  readonly en?: string | null;
}

export interface Localized {
  readonly text: string;
  /** The language the text is actually in: `zh` when English fell back to Chinese. */
  readonly lang: Lang;
  /** True when the requested language was missing and another one is shown. */
  readonly fallback: boolean;
}

/**
 * Pick the text for a language; English falls back to Chinese (and says so).
 * @example localize({zh: '联想'}, 'en') //=> {text: '联想', lang: 'zh', fallback: true}
 */
export function localize(value: LocaleLike | null | undefined, lang: Lang): Localized {
  const wanted = value?.[lang]?.trim();
  if (wanted) return { text: wanted, lang, fallback: false };
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const text = value?.[other]?.trim() ?? '';
  return { text, lang: text ? other : lang, fallback: Boolean(text) };
}

/** Plain text in a language (for `<title>`, CSV, attributes), falling back like localize. */
export function localText(value: LocaleLike | null | undefined, lang: Lang): string {
  return localize(value, lang).text;
}

/** Any Han character: the text is (at least partly) Chinese. */
const HAN = /\p{Script=Han}/u;

/**
 * The language of a plain, unlocalized string (park names, source titles): Chinese when it
 * contains Han characters. Used to mark such text with `lang` on pages of the other language.
 * @example languageOfText('中关村软件园') //=> 'zh'
 */
export function languageOfText(text: string): Lang {
  return HAN.test(text) ? 'zh' : 'en';
}
