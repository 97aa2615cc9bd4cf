/**
 * Interface strings of the site in both languages. Content labels (tiers, levels, roles,
 * stages) come from the domain vocabularies instead, so staff and public see the same words.
 */
import type { Label } from '../domain/vocabulary.ts';
import type { Lang } from './locales.ts';

export const UI = {
  siteName: { zh: '海淀区标准化与质量奖励名录', en: 'Haidian Standards and Quality Awards Register' },
  siteShortName: { zh: '标准与质量名录', en: 'Standards Register' },
  bureau: { zh: '海淀区质量技术服务中心（示例）', en: 'Haidian District Quality Bureau (demo)' },
  skipToContent: { zh: '跳到正文', en: 'Skip to content' },
  mainNav: { zh: '主导航', en: 'Main navigation' },
  home: { zh: '首页', en: 'Home' },
  enterprises: { zh: '企业', en: 'Enterprises' },
  standards: { zh: '标准', en: 'Standards' },
  committees: { zh: '技术组织', en: 'Committees' },
  awards: { zh: '质量奖', en: 'Awards' },
  support: { zh: '支持政策', en: 'Support' },
  stats: { zh: '统计', en: 'Statistics' },
  openData: { zh: '开放数据', en: 'Open data' },
  search: { zh: '搜索', en: 'Search' },
  searchLabel: { zh: '搜索企业、标准号、奖项', en: 'Search enterprises, standard codes, awards' },
  searchPlaceholder: { zh: '企业名称、拼音或标准号', en: 'Name, pinyin or standard code' },
  languageSwitch: { zh: 'English', en: '中文' },
  languageSwitchLabel: { zh: '切换到英文版', en: 'Switch to the Chinese version' },
  fallbackNote: { zh: '英文', en: 'Chinese' },
  fallbackTitle: { zh: '暂无中文，显示英文', en: 'No English text yet; shown in Chinese' },
  builtOn: { zh: '数据更新于', en: 'Data as of' },
  demoNotice: {
    zh: '本站数据为演示数据，企业与获奖记录均为虚构。',
    en: 'Demonstration data: enterprises and award records are fictional.',
  },
  intro: {
    zh: '本名录公开海淀区企业参与国际、国家、行业、地方和团体标准制修订，在标准化技术组织中任职，以及获得中国质量奖、北京市人民政府质量管理奖和中关村质量奖推荐与奖励的情况。所有关系记录均经核验并注明来源。',
    en: 'This register shows how enterprises in Haidian take part in drafting international, national, industry, local and group standards, hold seats in standardization committees, and are recommended for or win the China Quality Award, the Beijing Municipal Government Quality Management Award and the Zhongguancun Quality Award. Every relation record is verified and cites its source.',
  },
  headlineFigures: { zh: '主要数据', en: 'Key figures' },
  internationalLed: { zh: '主导的国际标准', en: 'International standards led' },
  committeeSeats: { zh: '现任技术组织职务', en: 'Current committee seats' },
  awardWinners: { zh: '获奖企业（最近一届）', en: 'Award winners (latest cycle)' },
  latestResults: { zh: '最新奖项结果', en: 'Latest award results' },
  browse: { zh: '浏览', en: 'Browse' },
  allEnterprises: { zh: '全部企业', en: 'All enterprises' },
  allStandards: { zh: '全部标准', en: 'All standards' },
  name: { zh: '名称', en: 'Name' },
  shortName: { zh: '简称', en: 'Short name' },
  uscc: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  serviceTier: { zh: '服务类型', en: 'Service tier' },
  industry: { zh: '行业门类', en: 'Industry' },
  park: { zh: '园区', en: 'Park' },
  website: { zh: '网站', en: 'Website' },
  tags: { zh: '标签', en: 'Tags' },
  standardsCount: { zh: '参与标准', en: 'Standards' },
  seatsCount: { zh: '技术组织职务', en: 'Committee roles' },
  awardsCount: { zh: '奖项记录', en: 'Award records' },
  code: { zh: '标准号', en: 'Code' },
  title: { zh: '标准名称', en: 'Title' },
  level: { zh: '级别', en: 'Level' },
  body: { zh: '发布机构', en: 'Issuing body' },
  committee: { zh: '技术委员会', en: 'Technical committee' },
  stage: { zh: '阶段', en: 'Stage' },
  state: { zh: '状态', en: 'Status' },
  publishedOn: { zh: '发布日期', en: 'Published' },
  effectiveOn: { zh: '实施日期', en: 'Effective' },
  withdrawnOn: { zh: '废止日期', en: 'Withdrawn' },
  planNumber: { zh: '计划号', en: 'Plan number' },
  ics: { zh: 'ICS 分类', en: 'ICS' },
  ccs: { zh: 'CCS 分类', en: 'CCS' },
  replaces: { zh: '代替', en: 'Replaces' },
  replacedBy: { zh: '被以下标准代替', en: 'Replaced by' },
  officialPage: { zh: '官方页面', en: 'Official page' },
  stageTimeline: { zh: '制修订阶段', en: 'Stage timeline' },
  participants: { zh: '参与企业', en: 'Participating enterprises' },
  role: { zh: '角色', en: 'Role' },
  rank: { zh: '起草单位排名', en: 'Drafting rank' },
  year: { zh: '年份', en: 'Year' },
  source: { zh: '来源', en: 'Source' },
  verifiedOn: { zh: '核验日期', en: 'Verified on' },
  standardsWork: { zh: '标准制修订', en: 'Standards work' },
  committeeRoles: { zh: '技术组织任职', en: 'Committee roles' },
  tenure: { zh: '任期', en: 'Tenure' },
  awardHistory: { zh: '质量奖记录', en: 'Award history' },
  award: { zh: '奖项', en: 'Award' },
  session: { zh: '届次', en: 'Session' },
  outcome: { zh: '结果', en: 'Outcome' },
  none: { zh: '暂无', en: 'None' },
  notFoundTitle: { zh: '页面不存在', en: 'Page not found' },
  profileOf: { zh: '企业档案', en: 'Enterprise profile' },
  records: { zh: '条', en: 'records' },
  dataNote: { zh: '数据', en: 'Data' },
} as const satisfies Record<string, Label>;

export type UiKey = keyof typeof UI;

/** An interface string in a language: `label` of the UI table's entry (one accessor underneath). */
export function t(lang: Lang, key: UiKey): string {
  return label(lang, UI[key]);
}

/** A vocabulary label (tier, level, role …) in a language. */
export function label(lang: Lang, entry: Label | undefined, fallback = ''): string {
  return entry ? entry[lang] : fallback;
}
