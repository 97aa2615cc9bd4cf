/** Interface strings of the award pages, the award-list filter and the profile's award ladder. */
import type { Label } from '../../domain/vocabulary.ts';

export const AWARDS_UI = {
  awards: { zh: '质量奖', en: 'Quality awards' },
  awardsIntro: {
    zh: '中关村质量奖是海淀区自设的质量奖，也是推荐参评北京市人民政府质量管理奖和中国质量奖的来源。以下为经核验的公开结果。',
    en: "The Zhongguancun Quality Award is the district's own award and the feeder for the Beijing and China awards. Verified public results only.",
  },
  level: { zh: '级别', en: 'Level' },
  organizer: { zh: '组织单位', en: 'Organizer' },
  cycle: { zh: '评选周期', en: 'Cycle' },
  everyYear: { zh: '每年一届', en: 'Every year' },
  everyNYears: { zh: '每 {n} 年一届', en: 'Every {n} years' },
  latestList: { zh: '最新名单', en: 'Latest list' },
  noResults: { zh: '暂无公开结果', en: 'No public results yet' },
  rules: { zh: '评选规则', en: 'Rules' },
  lists: { zh: '历届名单', en: 'Lists by year' },
  year: { zh: '年份', en: 'Year' },
  session: { zh: '届次', en: 'Session' },
  total: { zh: '合计', en: 'Total' },
  listTitle: { zh: '{award} {year} 年名单', en: '{award} {year}: list' },
  /** Follows the award name in the list page's heading. */
  listHeading: { zh: ' {year} 年名单', en: ' {year}: list' },
  listSession: { zh: '{session}，共 {total} 家企业', en: '{session}, {total} enterprises' },
  breadcrumb: { zh: '路径', en: 'Breadcrumb' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  recommendedBy: { zh: '推荐单位', en: 'Recommended by' },
  announcedOn: { zh: '公布日期', en: 'Announced' },
  source: { zh: '来源', en: 'Source' },
  /** Ends with its own separator: a full-width colon in Chinese, colon and space in English. */
  downloads: { zh: '下载本名单：', en: 'Download this list: ' },
  downloadCsv: { zh: 'CSV（Excel 可直接打开）', en: 'CSV (opens in Excel)' },
  downloadJson: { zh: 'JSON', en: 'JSON' },
  filterLabel: { zh: '筛选企业（中文、英文名称、拼音或首字母）', en: 'Filter enterprises (Chinese or English name, pinyin or initials)' },
  filterPlaceholder: { zh: '如：智芯、zhixin、zx', en: 'e.g. Zhixin, zhixin, zx' },
  filterStatus: { zh: '显示 {shown} / {total} 家企业', en: 'Showing {shown} of {total} enterprises' },
  filterNone: { zh: '没有匹配“{query}”的企业，请换个写法或清空筛选。', en: 'No enterprise matches “{query}”. Try another spelling or clear the filter.' },
  ladder: { zh: '质量奖记录', en: 'Award history' },
  ladderIntro: {
    zh: '从区级到国家级：中关村质量奖 → 北京市人民政府质量管理奖 → 中国质量奖。',
    en: 'From district to national: Zhongguancun → Beijing → China.',
  },
  noRecord: { zh: '暂无记录', en: 'No record' },
} as const satisfies Record<string, Label>;

/**
 * Fill `{name}` placeholders of a string.
 * @example fill('显示 {shown} / {total}', {shown: 1, total: 3}) //=> '显示 1 / 3'
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}
