/** Strings of the iCalendar files (/calendar.ics, per programme, per enterprise) and their links. */
import type { Label } from '../../domain/vocabulary.ts';

export const CALENDAR_UI = {
  allName: { zh: '海淀区支持政策与质量奖申报日历', en: 'Haidian support programmes and award applications' },
  allDescription: {
    zh: '海淀区支持政策和质量奖推荐申报的受理期：开始受理与截止日期，截止前 7 天提醒。演示数据。',
    en: 'Application windows of Haidian support programmes and quality-award recommendations: opening and closing days, with a reminder 7 days before closing. Demonstration data.',
  },
  /** `{name}` is the enterprise. */
  enterpriseName: { zh: '{name}：可申请政策的截止日期', en: '{name}: deadlines of programmes it may qualify for' },
  enterpriseDescription: {
    zh: '依据已核验的参与记录和服务类型匹配的支持政策，截止前 7 天提醒；仅供参考，以主管部门审核为准。演示数据。',
    en: 'Support programmes matched from verified participation records and service tier, with a reminder 7 days before closing; a guide only, the issuing department decides. Demonstration data.',
  },
  /** `{title}` is the programme. */
  programName: { zh: '{title}：受理期', en: '{title}: application window' },
  closes: { zh: '截止：{title}', en: 'Deadline: {title}' },
  opens: { zh: '开始受理：{title}', en: 'Applications open: {title}' },
  alarm: { zh: '7 天后截止：{title}', en: 'Closes in 7 days: {title}' },
  window: { zh: '受理期', en: 'Application window' },
  noDeadline: { zh: '常年受理', en: 'open all year' },
  documentNumber: { zh: '文号', en: 'Document number' },
  amounts: { zh: '资助标准', en: 'Amounts' },
  eligibility: { zh: '申请条件', en: 'Eligibility' },
  reason: { zh: '符合条件的依据', en: 'Why it may qualify' },
  dossier: { zh: '申报材料清单', en: 'Application dossier' },
  details: { zh: '详情', en: 'Details' },
  awardApplication: { zh: '质量奖申报', en: 'Quality award application' },
  addToCalendar: { zh: '添加到日历', en: 'Add to calendar' },
  addAllToCalendar: { zh: '订阅全部受理期日历', en: 'Subscribe to every application window' },
  addEnterpriseToCalendar: { zh: '添加到日历（可申请政策的截止日期）', en: 'Add to calendar (deadlines of the programmes it may qualify for)' },
  calendarHint: { zh: 'iCalendar 文件，可导入或订阅，截止前 7 天提醒', en: 'iCalendar file to import or subscribe to, with a reminder 7 days before closing' },
} as const satisfies Record<string, Label>;
