/**
 * Interface strings of the search page and its island. `{n}` and `{q}` are filled in by the
 * island (site/components/search/searchClient.ts).
 */
import type { Label } from '../../domain/vocabulary.ts';

export const SEARCH_UI = {
  title: { zh: '搜索', en: 'Search' },
  lede: {
    zh: '按企业名称、简称、拼音或首字母，标准号（任意写法，如 GBT39204）、标准名称、技术组织和奖项名称搜索。',
    en: 'Search by enterprise name, short name, pinyin or initials, standard code (any spelling, e.g. GBT39204), standard title, committee or award name.',
  },
  queryLabel: { zh: '搜索关键词', en: 'Search terms' },
  submit: { zh: '搜索', en: 'Search' },
  noScript: {
    zh: '搜索需要在浏览器中启用 JavaScript。也可以直接浏览：',
    en: 'Search needs JavaScript in your browser. You can also browse:',
  },
  browseLinks: { zh: '浏览页面', en: 'Browse pages' },
  filters: { zh: '筛选结果', en: 'Filter results' },
  kind: { zh: '类型', en: 'Type' },
  level: { zh: '级别', en: 'Level' },
  year: { zh: '年份', en: 'Year' },
  all: { zh: '全部', en: 'All' },
  enterprise: { zh: '企业', en: 'Enterprises' },
  standard: { zh: '标准', en: 'Standards' },
  committee: { zh: '技术组织', en: 'Committees' },
  award: { zh: '质量奖', en: 'Awards' },
  program: { zh: '支持政策', en: 'Support programmes' },
  count: { zh: '找到 {n} 条结果', en: '{n} results' },
  countOne: { zh: '找到 1 条结果', en: '1 result' },
  noResults: { zh: '没有找到与“{q}”相关的结果。', en: 'No results for “{q}”.' },
  approximate: { zh: '没有完全匹配的结果，以下是相近的结果。', en: 'No exact matches; these are close matches.' },
  searching: { zh: '正在搜索…', en: 'Searching…' },
  moreText: { zh: '正在检索全文…', en: 'Searching full text…' },
  showAll: { zh: '显示全部 {n} 条', en: 'Show all {n}' },
  failed: { zh: '这次搜索未能加载索引文件，请再搜索一次或直接浏览。', en: 'This search could not load the index. Search again, or browse instead.' },
  keyboardHint: { zh: '在搜索框中按 ↓ 进入结果，按 Esc 返回搜索框。', en: 'Press ↓ in the search box to move to the results, Esc to return.' },
} as const satisfies Record<string, Label>;

export type SearchUiKey = keyof typeof SEARCH_UI;

/** Level facet values across kinds: standard and committee levels, award levels. */
export const SEARCH_LEVELS = {
  international: { zh: '国际', en: 'International' },
  national: { zh: '国家', en: 'National' },
  industry: { zh: '行业', en: 'Industry' },
  local: { zh: '地方', en: 'Local' },
  group: { zh: '团体', en: 'Group' },
  municipal: { zh: '市级', en: 'Municipal' },
  district: { zh: '区级', en: 'District' },
} as const satisfies Record<string, Label>;
