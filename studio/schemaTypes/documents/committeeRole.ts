import { defineField, defineType } from 'sanity';
import { checkTenure } from '../../../site/lib/domain/dates.ts';
import { COMMITTEE_ROLES, optionsOf } from '../../../site/lib/domain/vocabulary.ts';
import { joinPresent, zhLabel } from '../../lib/labels.ts';
import { documentString, ruleIssues } from '../../lib/ruleAdapter.ts';
import { relationInitialValue } from '../../lib/templates.ts';

/** A seat an enterprise (or its expert) holds in a technical committee; public once verified. */
export const committeeRole = defineType({
  name: 'committeeRole',
  title: '技术组织任职',
  description: '企业在标准化技术组织中的任职（Committee role），如秘书处、主席、召集人；核验后公开。',
  type: 'document',
  initialValue: relationInitialValue,
  fields: [
    /** The enterprise holding the seat. */
    defineField({
      name: 'enterprise',
      title: '企业',
      description: '任职的企业（Enterprise）。',
      type: 'reference',
      to: [{ type: 'enterprise' }],
      validation: (rule) => rule.required().error('请选择任职的企业；如企业不在列表中，请先新建企业。'),
    }),
    /** The committee. */
    defineField({
      name: 'committee',
      title: '技术组织',
      description: '任职的技术委员会、分委会或工作组（Committee）。',
      type: 'reference',
      to: [{ type: 'technicalCommittee' }],
      validation: (rule) => rule.required().error('请选择技术组织；如不在列表中，请先新建技术委员会。'),
    }),
    /** Secretariat, chair, convenor, expert, member, … */
    defineField({
      name: 'role',
      title: '职务',
      description: '任职类型（Role）：秘书处承担单位、主席、副主席、召集人、项目负责人、注册专家或委员。',
      type: 'string',
      options: { list: optionsOf(COMMITTEE_ROLES) },
      validation: (rule) => rule.required().error('请选择职务，见任命文件。'),
    }),
    /** Start of the tenure. */
    defineField({
      name: 'since',
      title: '任职开始日期',
      description: '任职开始日期（Since），见任命文件。',
      type: 'date',
      validation: (rule) => rule.required().error('请填写任职开始日期，见任命文件。'),
    }),
    /** End of the tenure; empty while it lasts. Not before `since` (shared checkTenure). */
    defineField({
      name: 'until',
      title: '任职结束日期',
      description: '任职结束日期（Until）；仍在任请留空。不得早于开始日期。',
      type: 'date',
      validation: (rule) => ruleIssues(rule, (until: string, context) => checkTenure(documentString(context, 'since'), until)),
    }),
    /** Where the facts were read (appointment letter, committee page). */
    defineField({
      name: 'source',
      title: '信息来源',
      description: '本条记录依据的公开来源（Source），如任命文件或技术组织网页。',
      type: 'source',
    }),
    /** Who entered the record and when; filled in on creation, read-only (four-eyes rule). */
    defineField({ name: 'entered', title: '录入', type: 'entered' }),
    /** Verification; only verified roles are published. */
    defineField({
      name: 'verification',
      title: '核验',
      description: '记录是否已与来源核对（Verification）；只有“已核验”的记录会公开。',
      type: 'verification',
      validation: (rule) => rule.required().error('请填写核验信息：至少选择核验状态。'),
    }),
  ],
  preview: {
    select: { enterprise: 'enterprise.name.zh', committee: 'committee.code', role: 'role' },
    prepare: ({ enterprise, committee, role }) => ({
      title: joinPresent([enterprise, committee]) || '未完成的任职记录',
      subtitle: zhLabel(COMMITTEE_ROLES, role) ?? '',
    }),
  },
});
