import { localText, type LocaleLike } from '../i18n/localize.ts';
import type { Lang } from '../i18n/locales.ts';

/** Chinese sorts by pinyin (ICU's zh collation), English alphabetically. */
const COLLATORS: Readonly<Record<Lang, Intl.Collator>> = {
  zh: new Intl.Collator('zh-CN', { numeric: true }),
  en: new Intl.Collator('en', { numeric: true, sensitivity: 'base' }),
};

/** Sort copies by a localized name, in the reader's language. */
export function sortByName<T>(items: readonly T[], lang: Lang, nameOf: (item: T) => LocaleLike | null | undefined): T[] {
  const collator = COLLATORS[lang];
  const keyed = items.map((item) => ({ item, key: localText(nameOf(item), lang) }));
  return keyed.sort((a, b) => collator.compare(a.key, b.key)).map(({ item }) => item);
}

/** Group items by a key, keeping first-seen order of keys and items. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
