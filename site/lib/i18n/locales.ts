/**
 * The two languages of the site: Chinese at `/`, English at `/en/` with the same paths below
 * (docs/design.md, "Public site").
 */

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for `lang` attributes: Simplified Chinese as used in mainland China. */
export const LANG_TAGS: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en' };

/** The `[...lang]` route parameter: none for Chinese, `en` for English. */
export function langParam(lang: Lang): string | undefined {
  return lang === 'zh' ? undefined : lang;
}

/**
 * Static paths for both languages of a route, with extra params and props per language, and
 * the page's incremental-build `cacheKey` when it has one (site/lib/data/cacheKey.ts).
 */
export function bothLangs<P extends Record<string, string>, T>(
  items: readonly T[],
  toEntry: (item: T) => { params: P; props?: Record<string, unknown>; cacheKey?: string | undefined },
) {
  const entries = items.map(toEntry);
  return LANGS.flatMap((lang) =>
    entries.map(({ params, props, cacheKey }) => ({
      params: { ...params, lang: langParam(lang) },
      props: { ...props, lang },
      ...(cacheKey === undefined ? {} : { cacheKey }),
    })),
  );
}

/**
 * A site path in a language; `path` starts and ends with `/`.
 * @example localePath('en', '/standards/') //=> '/en/standards/'
 */
export function localePath(lang: Lang, path: string): string {
  return lang === 'zh' ? path : `/en${path}`;
}

/**
 * The language-neutral path of a URL path (strip `/en`).
 * @example neutralPath('/en/standards/') //=> '/standards/'
 */
export function neutralPath(pathname: string): string {
  return pathname === '/en' || pathname.startsWith('/en/') ? pathname.slice(3) || '/' : pathname;
}

/**
 * Static paths of a page with no record parameter, in both languages (`/x/` and `/en/x/`):
 * `export const getStaticPaths = langPaths;`
 */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/**
 * `langPaths` of a page that shows only what its incremental-build `cacheKey` covers (a list
 * keyed by its records or by the rows it shows, site/lib/data/cacheKey.ts): the same key and
 * props for both languages.
 */
export function keyedLangPaths<P extends Record<string, unknown>>(cacheKey: string | undefined, props?: P) {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { ...props, lang }, ...(cacheKey === undefined ? {} : { cacheKey }) }));
}
