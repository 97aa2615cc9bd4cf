/** Interface strings of the committee pages (/committees/ and /committees/{slug}/). */
import type { Label } from '../../domain/vocabulary.ts';

export const COMMITTEES_UI = {
  title: { zh: '标准化技术组织', en: 'Technical committees' },
  intro: {
    zh: '名录中企业任职的国际、国家、行业、地方和团体标准化技术组织，以及在其归口下制修订的标准。',
    en: 'International, national, industry, local and group standardization committees in which listed enterprises hold seats, and the standards in the register under each.',
  },
  code: { zh: '代号', en: 'Code' },
  name: { zh: '名称', en: 'Name' },
  body: { zh: '所属机构', en: 'Body' },
  level: { zh: '级别', en: 'Level' },
  otherLevel: { zh: '其他', en: 'Other' },
  parent: { zh: '上级组织', en: 'Parent committee' },
  children: { zh: '下设组织', en: 'Subcommittees' },
  currentSeats: { zh: '企业现任职务', en: 'Current seats' },
  standardsCount: { zh: '名录中的标准', en: 'Standards' },
  seats: { zh: '企业任职', en: 'Seats held by enterprises' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  role: { zh: '职务', en: 'Role' },
  tenure: { zh: '任期', en: 'Tenure' },
  status: { zh: '状态', en: 'Status' },
  current: { zh: '现任', en: 'Current' },
  past: { zh: '已卸任', en: 'Past' },
  source: { zh: '来源与核验', en: 'Source and verification' },
  standards: { zh: '归口标准', en: 'Standards in the register' },
  standardCode: { zh: '标准号', en: 'Code' },
  standardTitle: { zh: '标准名称', en: 'Title' },
  standardState: { zh: '状态', en: 'Status' },
  noSeats: { zh: '名录中暂无企业在此任职。', en: 'No listed enterprise holds a seat here.' },
  noStandards: { zh: '名录中暂无归口于此的标准。', en: 'No standard in the register belongs to this committee.' },
  /** `{since}` and `{until}` are dates. */
  tenureSince: { zh: '{since} 起', en: 'since {since}' },
  tenureRange: { zh: '{since} 至 {until}', en: '{since} to {until}' },
} as const satisfies Record<string, Label>;
