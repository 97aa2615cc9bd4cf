import { defineField, defineType } from 'sanity';
import { optionsOf, PARTICIPATION_ROLES } from '../../../site/lib/domain/vocabulary.ts';
import { integerAtLeast } from '../../lib/fieldRules.ts';
import { joinPresent, zhLabel } from '../../lib/labels.ts';
import { uniqueParticipation } from '../../lib/uniqueness.ts';
import { relationInitialValue } from '../../lib/templates.ts';
import { yearBetween } from '../../lib/yearRules.ts';

/** An enterprise's part in drafting a standard; public once verified. */
export const participation = defineType({
  name: 'participation',
  title: '标准参与',
  description: '企业参与标准制修订的记录（Participation）；核验后公开。',
  type: 'document',
  initialValue: relationInitialValue,
  fields: [
    /** The participating enterprise. */
    defineField({
      name: 'enterprise',
      title: '企业',
      description: '参与标准制修订的企业（Enterprise）。',
      type: 'reference',
      to: [{ type: 'enterprise' }],
      validation: (rule) => rule.required().error('请选择参与的企业；如企业不在列表中，请先新建企业。'),
    }),
    /** The standard drafted. */
    defineField({
      name: 'standard',
      title: '标准',
      description: '企业参与的标准或标准项目（Standard）。',
      type: 'reference',
      to: [{ type: 'standard' }],
      validation: (rule) => [
        rule.required().error('请选择参与的标准；如标准不在列表中，请先新建标准。'),
        // One record per enterprise, standard and role, checked against the dataset. Here and
        // not on `role`: Sanity adds its list-value check to every rule of a list field.
        rule.custom(uniqueParticipation),
      ],
    }),
    /** 主导/牵头, 参与起草 or 项目编辑. */
    defineField({
      name: 'role',
      title: '参与角色',
      description: '企业在标准中的角色（Role）：主导/牵头、参与起草或项目编辑。',
      type: 'string',
      options: { list: optionsOf(PARTICIPATION_ROLES), layout: 'radio', direction: 'horizontal' },
      validation: (rule) => rule.required().error('请选择参与角色，见标准前言中的起草单位名单。'),
    }),
    /** Position among the drafting units (1 = 排名第一的起草单位). */
    defineField({
      name: 'rank',
      title: '起草单位排名',
      description: '在标准前言起草单位名单中的排名（Rank），1 表示排名第一。',
      type: 'number',
      validation: (rule) => integerAtLeast(rule, 1, '起草单位排名'),
    }),
    /** Year of the participation (project approval or publication). */
    defineField({
      name: 'year',
      title: '年份',
      description: '参与年份（Year），如立项或发布年份。',
      type: 'number',
      validation: (rule) => [integerAtLeast(rule, 1947, '年份'), rule.custom(yearBetween(1947))],
    }),
    /** Where the facts were read (the standard's foreword, a plan notice). */
    defineField({
      name: 'source',
      title: '信息来源',
      description: '本条记录依据的公开来源（Source），如标准前言或计划公告。',
      type: 'source',
    }),
    /** Who entered the record and when; filled in on creation, read-only (four-eyes rule). */
    defineField({ name: 'entered', title: '录入', type: 'entered' }),
    /** Verification; only verified participations are published. */
    defineField({
      name: 'verification',
      title: '核验',
      description: '记录是否已与来源核对（Verification）；只有“已核验”的记录会公开。',
      type: 'verification',
      validation: (rule) => rule.required().error('请填写核验信息：至少选择核验状态。'),
    }),
  ],
  preview: {
    select: { enterprise: 'enterprise.name.zh', standard: 'standard.code', role: 'role', rank: 'rank' },
    prepare: ({ enterprise, standard, role, rank }) => ({
      title: joinPresent([enterprise, standard]) || '未完成的参与记录',
      subtitle: joinPresent([zhLabel(PARTICIPATION_ROLES, role), typeof rank === 'number' ? `排名第 ${rank}` : undefined]),
    }),
  },
});
