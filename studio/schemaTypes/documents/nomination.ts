import { defineField, defineType } from 'sanity';
import { NOMINATION_OUTCOMES, optionsOf } from '../../../site/lib/domain/vocabulary.ts';
import { integerAtLeast } from '../../lib/fieldRules.ts';
import { joinPresent, zhLabel } from '../../lib/labels.ts';
import { uniqueNomination } from '../../lib/uniqueness.ts';
import { relationInitialValue } from '../../lib/templates.ts';
import { nominationYear } from '../../lib/yearRules.ts';

/**
 * An enterprise recommended for or taking part in an award session, and how it ended. Public
 * only when verified and the outcome is recommended, shortlisted, nominee or winner.
 */
export const nomination = defineType({
  name: 'nomination',
  title: '奖项推荐与结果',
  description: '企业参评质量奖的记录（Nomination）：推荐、入围、提名奖、获奖等；核验后按结果公开。',
  type: 'document',
  initialValue: relationInitialValue,
  fields: [
    /** The enterprise. */
    defineField({
      name: 'enterprise',
      title: '企业',
      description: '参评的企业（Enterprise）。',
      type: 'reference',
      to: [{ type: 'enterprise' }],
      validation: (rule) => rule.required().error('请选择参评的企业；如企业不在列表中，请先新建企业。'),
    }),
    /** The award. */
    defineField({
      name: 'award',
      title: '奖项',
      description: '参评的奖项（Award）。',
      type: 'reference',
      to: [{ type: 'award' }],
      validation: (rule) => rule.required().error('请选择参评的奖项。'),
    }),
    /** Year of the session. */
    defineField({
      name: 'year',
      title: '年份',
      description: '评选年份（Year），如 2024。',
      type: 'number',
      validation: (rule) => [
        rule.required().error('请填写评选年份，如 2024。'),
        integerAtLeast(rule, 1900, '评选年份'),
        // On the award's cycle, not after next year, a decided session not in the future (site/lib/domain/calendar.ts).
        rule.custom(nominationYear),
        // One record per enterprise, award and year: checked against the dataset.
        rule.custom(uniqueNomination),
      ],
    }),
    /** Session number (届). */
    defineField({
      name: 'session',
      title: '届次',
      description: '第几届评选（Session），如第五届填 5。',
      type: 'number',
      validation: (rule) => integerAtLeast(rule, 1, '届次'),
    }),
    /** Outcome; only recommended, shortlisted, nominee and winner are public. */
    defineField({
      name: 'outcome',
      title: '结果',
      description: '推荐或评选结果（Outcome）；未获奖、撤回、撤销不会公开。',
      type: 'string',
      options: { list: optionsOf(NOMINATION_OUTCOMES) },
      validation: (rule) => rule.required().error('请选择结果；仅推荐尚未评审时选“推荐”。'),
    }),
    /** Who recommended the enterprise (e.g. 海淀区市场监督管理局). */
    defineField({
      name: 'recommendedBy',
      title: '推荐单位',
      description: '推荐该企业的单位（Recommended by），如“海淀区市场监督管理局”。',
      type: 'localeString',
    }),
    /** Day the result was announced. */
    defineField({
      name: 'announcedOn',
      title: '公布日期',
      description: '结果公布日期（Announced on），见公告。',
      type: 'date',
    }),
    /** Where the facts were read (the announcement). */
    defineField({
      name: 'source',
      title: '信息来源',
      description: '本条记录依据的公开来源（Source），如评选结果公告。',
      type: 'source',
    }),
    /** Who entered the record and when; filled in on creation, read-only (four-eyes rule). */
    defineField({ name: 'entered', title: '录入', type: 'entered' }),
    /** Verification; only verified nominations are published. */
    defineField({
      name: 'verification',
      title: '核验',
      description: '记录是否已与来源核对（Verification）；只有“已核验”的记录会公开。',
      type: 'verification',
      validation: (rule) => rule.required().error('请填写核验信息：至少选择核验状态。'),
    }),
  ],
  preview: {
    select: { enterprise: 'enterprise.name.zh', award: 'award.name.zh', year: 'year', outcome: 'outcome' },
    prepare: ({ enterprise, award, year, outcome }) => ({
      title: joinPresent([enterprise, award]) || '未完成的推荐记录',
      subtitle: joinPresent([typeof year === 'number' ? `${year} 年` : undefined, zhLabel(NOMINATION_OUTCOMES, outcome)]),
    }),
  },
});
