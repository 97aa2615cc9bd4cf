/** Interface strings of the list filters (components/filters/, the enterprise and standard lists). */
import type { Label } from '../../domain/vocabulary.ts';
import { fillTemplate } from '../template.ts';
import type { Lang } from '../locales.ts';

export const FILTERS_UI = {
  filterList: { zh: '筛选', en: 'Filter' },
  any: { zh: '全部', en: 'All' },
  reset: { zh: '清除筛选', en: 'Reset filters' },
  /** `{shown}` and `{total}` are replaced with numbers. */
  showing: { zh: '显示 {shown} / {total} 条', en: 'Showing {shown} of {total}' },
  noMatch: { zh: '没有符合条件的记录。', en: 'No records match these filters.' },
  participationYear: { zh: '参与年份', en: 'Participation year' },
  committeeCode: { zh: '技术组织', en: 'Committee' },
} as const satisfies Record<string, Label>;

/**
 * "N of M" in a language.
 * @example formatShowing('en', 3, 34) //=> 'Showing 3 of 34'
 */
export function formatShowing(lang: Lang, shown: number, total: number): string {
  return fillTemplate(FILTERS_UI.showing[lang], { shown, total });
}
