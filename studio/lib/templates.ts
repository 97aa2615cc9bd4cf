/**
 * Initial-value templates for the staff's common jobs, and which "new document" options the
 * global Create menu shows. The desk and the enterprise's "新建标准参与" action pass the
 * parameters; the global menu does not, so it leaves these templates (and the singleton) out.
 */
import type { InitialValueResolverContext, NewDocumentOptionsContext, Template, TemplateItem } from 'sanity';
import { todayInBeijing } from '../../site/lib/domain/dates.ts';
import { enteredStamp, type StaffMember } from '../../site/lib/domain/fourEyes.ts';
import { SITE_SETTINGS_TYPE } from '../schemaTypes/singletons/siteSettings.ts';

export const PARTICIPATION_FOR_ENTERPRISE = 'participation-for-enterprise';
export const NOMINATION_FOR_AWARD_YEAR = 'nomination-for-award-year';

/** Parameters of PARTICIPATION_FOR_ENTERPRISE. */
export interface ParticipationForEnterpriseParams {
  readonly enterpriseId: string;
}

/** Parameters of NOMINATION_FOR_AWARD_YEAR. */
export interface NominationForAwardYearParams {
  readonly awardId: string;
  readonly year: number;
}

const reference = (id: string) => ({ _type: 'reference', _ref: id });
/** New relation records start as entered: only a verified record is published on the site. */
const entered = () => ({ _type: 'verification', status: 'entered' });

/**
 * What every new relation record starts with: 已录入, and who entered it today (Beijing time)
 * — the person the four-eyes rule will not let verify it.
 * @example newRelationRecord({ id: 'pZhang', name: '张航' }, '2026-12-01').entered.by //=> '张航'
 */
export function newRelationRecord(user: StaffMember | null | undefined, today: string = todayInBeijing()) {
  return { verification: entered(), ...(user ? { entered: enteredStamp(user, today) } : {}) };
}

/** The schema types' `initialValue` of relation records: newRelationRecord for the signed-in user. */
export const relationInitialValue = (_params: unknown, context: Pick<InitialValueResolverContext, 'currentUser'>) => newRelationRecord(context.currentUser);

/**
 * A participation of one enterprise, still to be verified.
 * @example participationForEnterprise({ enterpriseId: 'enterprise-lenovo' }).enterprise //=> { _type: 'reference', _ref: 'enterprise-lenovo' }
 */
export function participationForEnterprise({ enterpriseId }: ParticipationForEnterpriseParams) {
  return { enterprise: reference(enterpriseId), verification: entered() };
}

/** A nomination for one award and year, outcome 推荐 (the bureau's recommendation comes first). */
export function nominationForAwardYear({ awardId, year }: NominationForAwardYearParams) {
  return { award: reference(awardId), year, outcome: 'recommended', verification: entered() };
}

/**
 * "New record for this one" from a document's 相关记录 view: a relation record of `type` whose
 * `field` points at the document (`refId`). Ids: `<type>-for-<field>`.
 */
export const RELATION_FOR: readonly { readonly type: 'participation' | 'committeeRole' | 'nomination'; readonly field: string; readonly title: string }[] = [
  { type: 'participation', field: 'standard', title: '该标准的标准参与' },
  { type: 'committeeRole', field: 'enterprise', title: '该企业的技术组织任职' },
  { type: 'committeeRole', field: 'committee', title: '该技术委员会的任职' },
  { type: 'nomination', field: 'enterprise', title: '该企业的奖项推荐' },
  { type: 'nomination', field: 'award', title: '该奖项的推荐' },
];

/** The template id of RELATION_FOR (participation-for-enterprise is PARTICIPATION_FOR_ENTERPRISE). */
export const relationTemplateId = (type: string, field: string): string => `${type}-for-${field}`;

/** The templates that take parameters; not offered where nothing provides them. */
export const PARAMETERIZED_TEMPLATES: readonly Template[] = [
  ...RELATION_FOR.map(({ type, field, title }): Template => ({
    id: relationTemplateId(type, field),
    title,
    schemaType: type,
    parameters: [{ name: 'refId', type: 'string' }],
    value: (params: { refId: string }, context: InitialValueResolverContext) => ({
      [field]: reference(params.refId),
      ...(type === 'nomination' ? { outcome: 'recommended' } : {}),
      ...newRelationRecord(context.currentUser),
    }),
  })),
  {
    id: PARTICIPATION_FOR_ENTERPRISE,
    title: '该企业的标准参与',
    schemaType: 'participation',
    parameters: [{ name: 'enterpriseId', type: 'string' }],
    value: (params: ParticipationForEnterpriseParams, context: InitialValueResolverContext) => ({
      ...participationForEnterprise(params),
      ...newRelationRecord(context.currentUser),
    }),
  },
  {
    id: NOMINATION_FOR_AWARD_YEAR,
    title: '该奖项该年度的推荐',
    schemaType: 'nomination',
    parameters: [
      { name: 'awardId', type: 'string' },
      { name: 'year', type: 'number' },
    ],
    value: (params: NominationForAwardYearParams, context: InitialValueResolverContext) => ({
      ...nominationForAwardYear(params),
      ...newRelationRecord(context.currentUser),
    }),
  },
];

/** Sanity's default template per type, minus the singleton (it has exactly one document). */
export const templates = (previous: readonly Template[]): Template[] => [
  ...previous.filter((template) => template.schemaType !== SITE_SETTINGS_TYPE),
  ...PARAMETERIZED_TEMPLATES,
];

const HIDDEN_FROM_GLOBAL_MENU = new Set<string>([SITE_SETTINGS_TYPE, ...PARAMETERIZED_TEMPLATES.map((template) => template.id)]);

/** The global Create menu: no singleton, no template that needs parameters. */
export const newDocumentOptions = (previous: TemplateItem[], { creationContext }: Pick<NewDocumentOptionsContext, 'creationContext'>): TemplateItem[] =>
  creationContext.type === 'global' ? previous.filter((item) => !HIDDEN_FROM_GLOBAL_MENU.has(item.templateId)) : previous;
