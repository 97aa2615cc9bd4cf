/** Interface strings of the statistics page (/stats/). */
import type { Label } from '../../domain/vocabulary.ts';

export const STATS_UI = {
  title: { zh: '统计', en: 'Statistics' },
  intro: {
    zh: '以下图表由公开数据在构建时生成：只统计已核验的关系记录和公开的评奖结果。每张图下方附数据表。',
    en: 'These charts are drawn from the public data when the site is built: verified relation records and public award results only. Each chart is followed by its data table.',
  },
  asOf: { zh: '数据截至', en: 'Data as of' },
  contents: { zh: '本页图表', en: 'Charts on this page' },
  legend: { zh: '图例', en: 'Legend' },
  dataTable: { zh: '数据表', en: 'Data table' },
  total: { zh: '合计', en: 'Total' },
  downloadNote: { zh: '原始数据见开放数据页。', en: 'The underlying records are on the open data page.' },
  standardsWorkTitle: { zh: '各年度标准制修订（按标准级别）', en: 'Standards work by year and level' },
  standardsWorkAxis: { zh: '参与记录数', en: 'Participation records' },
  seatsTitle: { zh: '现任技术组织职务（按机构）', en: 'Current committee seats by body' },
  seatsAxis: { zh: '现任职务数', en: 'Current seats' },
  body: { zh: '机构', en: 'Body' },
  seats: { zh: '职务', en: 'Seats' },
  awardsTitle: { zh: '各年度公开评奖结果', en: 'Public award results by year' },
  awardsAxis: { zh: '结果数', en: 'Results' },
  tiersTitle: { zh: '企业服务类型', en: 'Enterprises by service tier' },
  tiersAxis: { zh: '企业数', en: 'Enterprises' },
  tier: { zh: '服务类型', en: 'Service tier' },
  enterprises: { zh: '企业', en: 'Enterprises' },
  noTier: { zh: '未分类', en: 'No tier' },
  year: { zh: '年份', en: 'Year' },
} as const satisfies Record<string, Label>;
