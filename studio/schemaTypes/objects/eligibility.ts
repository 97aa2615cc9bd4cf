import { defineField, defineType } from 'sanity';
import { optionsOf, PARTICIPATION_ROLES, SERVICE_TIERS, STANDARD_LEVELS } from '../../../site/lib/domain/vocabulary.ts';
import { integerAtLeast } from '../../lib/fieldRules.ts';

/**
 * Who a support programme is for, in the terms the support matcher compares with an
 * enterprise's verified participations. An empty list means "no restriction".
 */
export const eligibility = defineType({
  name: 'eligibility',
  title: '申报条件',
  description: '支持政策的适用条件（Eligibility），用于为企业自动匹配可申报的政策；不填表示不限。',
  type: 'object',
  options: { collapsible: true, collapsed: false },
  fields: [
    /** Standard levels that qualify; empty = any level. */
    defineField({
      name: 'levels',
      title: '标准级别',
      description: '可申报的标准级别（Levels），如国际标准、国家标准；不选表示不限。',
      type: 'array',
      of: [{ type: 'string' }],
      options: { list: optionsOf(STANDARD_LEVELS), layout: 'grid' },
      validation: (rule) => rule.unique().error('标准级别有重复，请删去重复项。'),
    }),
    /** Participation roles that qualify; empty = any role. */
    defineField({
      name: 'roles',
      title: '参与角色',
      description: '可申报的参与角色（Roles），如主导/牵头、参与起草；不选表示不限。',
      type: 'array',
      of: [{ type: 'string' }],
      options: { list: optionsOf(PARTICIPATION_ROLES), layout: 'grid' },
      validation: (rule) => rule.unique().error('参与角色有重复，请删去重复项。'),
    }),
    /** Lowest drafting rank that still qualifies (1 = only the first drafting unit). */
    defineField({
      name: 'maxRank',
      title: '起草单位排名不低于',
      description: '起草单位排名上限（Max rank），如 3 表示排名前三的起草单位可申报。',
      type: 'number',
      validation: (rule) => integerAtLeast(rule, 1, '排名上限'),
    }),
    /** The standard must have taken effect within this many years. */
    defineField({
      name: 'implementedWithinYears',
      title: '实施年限',
      description: '标准实施后多少年内可申报（Implemented within years），如 2 表示近两年实施的标准。',
      type: 'number',
      validation: (rule) => integerAtLeast(rule, 1, '实施年限'),
    }),
    /** Service tiers that qualify; empty = any tier. */
    defineField({
      name: 'tiers',
      title: '企业服务分类',
      description: '可申报的企业服务分类（Service tiers）：培优型、提升型、基础型；不选表示不限。',
      type: 'array',
      of: [{ type: 'string' }],
      options: { list: optionsOf(SERVICE_TIERS), layout: 'grid' },
      validation: (rule) => rule.unique().error('企业服务分类有重复，请删去重复项。'),
    }),
  ],
});
