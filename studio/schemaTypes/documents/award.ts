import { defineField, defineType } from 'sanity';
import { AWARD_LEVELS, optionsOf } from '../../../site/lib/domain/vocabulary.ts';
import { integerAtLeast, slugRule, webUrlRule } from '../../lib/fieldRules.ts';
import { zhLabel } from '../../lib/labels.ts';
import { yearBetween } from '../../lib/yearRules.ts';

/**
 * A quality award (中国质量奖, 北京市人民政府质量管理奖, 中关村质量奖). Its cycle fields drive the
 * award clocks on enterprise pages: when a winner may apply again, until when a win can be revoked.
 */
export const award = defineType({
  name: 'award',
  title: '质量奖',
  description: '质量奖项（Award），如中国质量奖；届期信息用于计算企业何时可再次申报。',
  type: 'document',
  fields: [
    /** Official name. */
    defineField({
      name: 'name',
      title: '奖项名称',
      description: '奖项正式名称（Name），如“中国质量奖”；中文必填。',
      type: 'localeString',
      validation: (rule) => rule.required().error('请填写奖项的中文正式名称。'),
    }),
    /** Permalink part: `/awards/{slug}/`. */
    defineField({
      name: 'slug',
      title: '网址标识',
      description: '奖项页面网址中的标识（Slug），如 china-quality-award 对应 /awards/china-quality-award/。',
      type: 'slug',
      options: { source: 'name.en', maxLength: 64 },
      validation: slugRule,
    }),
    /** National, municipal or district. */
    defineField({
      name: 'level',
      title: '奖项级别',
      description: '奖项级别（Level）：国家级、市级或区级。',
      type: 'string',
      options: { list: optionsOf(AWARD_LEVELS), layout: 'radio', direction: 'horizontal' },
      validation: (rule) => rule.required().error('请选择奖项级别：国家级、市级或区级。'),
    }),
    /** Organizing authority. */
    defineField({
      name: 'organizer',
      title: '主办单位',
      description: '评选的主办单位（Organizer），如“国家市场监督管理总局”。',
      type: 'localeString',
    }),
    /** Years between sessions (2 = biennial). */
    defineField({
      name: 'cycleYears',
      title: '评选周期（年）',
      description: '每届间隔年数（Cycle years），如 2 表示每两年评选一次。',
      type: 'number',
      validation: (rule) => integerAtLeast(rule, 1, '评选周期'),
    }),
    /** Year of the first session. */
    defineField({
      name: 'firstYear',
      title: '首届年份',
      description: '首届评选的年份（First year），用于推算届次。',
      type: 'number',
      validation: (rule) => [integerAtLeast(rule, 1900, '首届年份'), rule.custom(yearBetween(1900))],
    }),
    /** A winner may apply again only after this many sessions. */
    defineField({
      name: 'reapplyAfterSessions',
      title: '获奖后间隔届数',
      description: '获奖企业需间隔多少届才能再次申报（Reapply after sessions），如 2；无限制填 0。',
      type: 'number',
      validation: (rule) => integerAtLeast(rule, 0, '间隔届数'),
    }),
    /** A win can be revoked for this many years after it (e.g. after a major accident). */
    defineField({
      name: 'revocationYears',
      title: '可撤销年限',
      description: '获奖后多少年内发生重大质量、安全、环境事故可被撤销（Revocation years），如 3。',
      type: 'number',
      validation: (rule) => integerAtLeast(rule, 0, '可撤销年限'),
    }),
    /** Official page of the award. */
    defineField({
      name: 'url',
      title: '奖项网址',
      description: '奖项的官方页面（URL），以 http:// 或 https:// 开头。',
      type: 'url',
      validation: webUrlRule,
    }),
    /** Public description. */
    defineField({
      name: 'description',
      title: '奖项简介',
      description: '公开显示的奖项简介（Description）。',
      type: 'localeText',
    }),
  ],
  preview: {
    select: { name: 'name.zh', level: 'level' },
    prepare: ({ name, level }) => ({
      title: typeof name === 'string' ? name : '未命名奖项',
      subtitle: zhLabel(AWARD_LEVELS, level) ?? '',
    }),
  },
});
