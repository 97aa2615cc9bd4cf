/**
 * The controlled vocabularies of the content model (docs/design.md, "Content model").
 *
 * Each list is the single source for the Studio's `options.list`, the content check's
 * "value outside its list" rule, the site's labels and the tests. Labels are bilingual
 * because staff and the English site must speak the same vocabulary.
 */

/** A bilingual label: Chinese is the reference text, English its translation. */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

/** Build a `{value: label}` table and keep the value union as a type. */
function vocabulary<const V extends string>(entries: Record<V, Label>) {
  return Object.freeze(entries);
}

/** Values of a vocabulary, in declaration order (the order lists and filters show). */
export function valuesOf<V extends string>(table: Readonly<Record<V, Label>>): V[] {
  return Object.keys(table) as V[];
}

/** Options for a Sanity `string` field: `[{title, value}]`, Chinese title with English in brackets. */
export function optionsOf<V extends string>(table: Readonly<Record<V, Label>>) {
  return valuesOf(table).map((value) => ({ value, title: `${table[value].zh} (${table[value].en})` }));
}

export const SERVICE_TIERS = vocabulary({
  excellence: { zh: '培优型', en: 'Excellence' },
  growth: { zh: '提升型', en: 'Growth' },
  foundation: { zh: '基础型', en: 'Foundation' },
});
export type ServiceTier = keyof typeof SERVICE_TIERS;

export const STANDARD_LEVELS = vocabulary({
  international: { zh: '国际标准', en: 'International' },
  national: { zh: '国家标准', en: 'National' },
  industry: { zh: '行业标准', en: 'Industry' },
  local: { zh: '地方标准', en: 'Local' },
  group: { zh: '团体标准', en: 'Group' },
  // Levels of codes beyond the five of the Standardization Law (docs/standard-codes.md §6): a
  // consortium (IEEE, IETF, 3GPP …) unless the bureau's setting counts it as international, a
  // foreign or regional body (BSI, ANSI, ETSI, CEN …), an enterprise standard (Q/…).
  consortium: { zh: '国际联盟标准', en: 'Consortium' },
  foreign: { zh: '国外标准', en: 'Foreign' },
  enterprise: { zh: '企业标准', en: 'Enterprise' },
});
export type StandardLevel = keyof typeof STANDARD_LEVELS;

/** Degree of an adoption of an international standard (GB/T 1.2-2020 §4; docs/standard-codes.md §4.4). */
export const ADOPTION_DEGREES = vocabulary({
  idt: { zh: '等同采用 (IDT)', en: 'Identical (IDT)' },
  mod: { zh: '修改采用 (MOD)', en: 'Modified (MOD)' },
  neq: { zh: '非等效 (NEQ)', en: 'Not equivalent (NEQ)' },
});
export type AdoptionDegree = keyof typeof ADOPTION_DEGREES;

export const PARTICIPATION_ROLES = vocabulary({
  lead: { zh: '主导/牵头', en: 'Lead' },
  drafter: { zh: '参与起草', en: 'Drafter' },
  editor: { zh: '项目编辑', en: 'Project editor' },
});
export type ParticipationRole = keyof typeof PARTICIPATION_ROLES;

export const COMMITTEE_ROLES = vocabulary({
  secretariat: { zh: '秘书处承担单位', en: 'Secretariat' },
  chair: { zh: '主席', en: 'Chair' },
  'vice-chair': { zh: '副主席', en: 'Vice-chair' },
  convenor: { zh: '召集人', en: 'Convenor' },
  'project-leader': { zh: '项目负责人', en: 'Project leader' },
  expert: { zh: '注册专家', en: 'Expert' },
  member: { zh: '委员', en: 'Member' },
});
export type CommitteeRoleKind = keyof typeof COMMITTEE_ROLES;

export const AWARD_LEVELS = vocabulary({
  national: { zh: '国家级', en: 'National' },
  municipal: { zh: '市级', en: 'Municipal' },
  district: { zh: '区级', en: 'District' },
});
export type AwardLevel = keyof typeof AWARD_LEVELS;

export const NOMINATION_OUTCOMES = vocabulary({
  winner: { zh: '获奖', en: 'Winner' },
  nominee: { zh: '提名奖', en: 'Nominee award' },
  shortlisted: { zh: '入围', en: 'Shortlisted' },
  recommended: { zh: '推荐', en: 'Recommended' },
  'not-awarded': { zh: '未获奖', en: 'Not awarded' },
  withdrawn: { zh: '撤回', en: 'Withdrawn' },
  revoked: { zh: '撤销', en: 'Revoked' },
});
export type NominationOutcome = keyof typeof NOMINATION_OUTCOMES;

export const PROGRAM_KINDS = vocabulary({
  subsidy: { zh: '资助', en: 'Subsidy' },
  recommendation: { zh: '推荐', en: 'Recommendation' },
  service: { zh: '服务', en: 'Service' },
  policy: { zh: '政策', en: 'Policy' },
});
export type ProgramKind = keyof typeof PROGRAM_KINDS;

export const VERIFICATION_STATUSES = vocabulary({
  entered: { zh: '已录入', en: 'Entered' },
  verified: { zh: '已核验', en: 'Verified' },
});
export type VerificationStatus = keyof typeof VERIFICATION_STATUSES;

/** GB/T 4754-2017 sections (门类) A–T. */
export const INDUSTRY_SECTIONS = vocabulary({
  A: { zh: '农、林、牧、渔业', en: 'Agriculture, forestry, animal husbandry and fishery' },
  B: { zh: '采矿业', en: 'Mining' },
  C: { zh: '制造业', en: 'Manufacturing' },
  D: { zh: '电力、热力、燃气及水生产和供应业', en: 'Electricity, heat, gas and water' },
  E: { zh: '建筑业', en: 'Construction' },
  F: { zh: '批发和零售业', en: 'Wholesale and retail' },
  G: { zh: '交通运输、仓储和邮政业', en: 'Transport, storage and postal services' },
  H: { zh: '住宿和餐饮业', en: 'Accommodation and catering' },
  I: { zh: '信息传输、软件和信息技术服务业', en: 'Information transmission, software and IT services' },
  J: { zh: '金融业', en: 'Finance' },
  K: { zh: '房地产业', en: 'Real estate' },
  L: { zh: '租赁和商务服务业', en: 'Leasing and business services' },
  M: { zh: '科学研究和技术服务业', en: 'Scientific research and technical services' },
  N: { zh: '水利、环境和公共设施管理业', en: 'Water, environment and public facilities' },
  O: { zh: '居民服务、修理和其他服务业', en: 'Resident and repair services' },
  P: { zh: '教育', en: 'Education' },
  Q: { zh: '卫生和社会工作', en: 'Health and social work' },
  R: { zh: '文化、体育和娱乐业', en: 'Culture, sports and entertainment' },
  S: { zh: '公共管理、社会保障和社会组织', en: 'Public administration and social organizations' },
  T: { zh: '国际组织', en: 'International organizations' },
});
export type IndustrySection = keyof typeof INDUSTRY_SECTIONS;

export const ENTERPRISE_TAGS = vocabulary({
  unicorn: { zh: '独角兽', en: 'Unicorn' },
  listed: { zh: '上市公司', en: 'Listed' },
  'specialized-new': { zh: '专精特新', en: 'Specialized and innovative' },
  'high-tech': { zh: '高新技术企业', en: 'High-tech enterprise' },
  'state-owned': { zh: '国有企业', en: 'State-owned' },
});
export type EnterpriseTag = keyof typeof ENTERPRISE_TAGS;

/**
 * The label of a stored value, or undefined when the value is not in the vocabulary (a field
 * typed as plain string by TypeGen, e.g. list items).
 * @example labelFor(ENTERPRISE_TAGS, 'listed')?.en //=> 'Listed'
 */
export function labelFor<V extends string>(table: Readonly<Record<V, Label>>, value: string | null | undefined): Label | undefined {
  return value && Object.hasOwn(table, value) ? table[value as V] : undefined;
}
