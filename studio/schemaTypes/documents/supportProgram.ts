import { defineArrayMember, defineField, defineType } from 'sanity';
import { optionsOf, PROGRAM_KINDS } from '../../../site/lib/domain/vocabulary.ts';
import { slugRule, webUrlRule } from '../../lib/fieldRules.ts';
import { joinPresent, zhLabel } from '../../lib/labels.ts';
import { documentString, ruleIssues } from '../../lib/ruleAdapter.ts';
import { checkProgramDates } from '../../../site/lib/domain/dates.ts';
import { todayInBeijing } from '../../../site/lib/domain/dates.ts';
import { deadlineWords } from '../../lib/deskFilters.ts';

/**
 * A support programme (subsidy, recommendation, service, policy). `eligibility` feeds the
 * support matcher that lists, per enterprise, the programmes it may qualify for.
 */
export const supportProgram = defineType({
  name: 'supportProgram',
  title: '支持政策与服务',
  description: '支持政策、资助和服务（Support programme）；申报条件用于为企业自动匹配。',
  type: 'document',
  fields: [
    /** Title of the programme. */
    defineField({
      name: 'title',
      title: '名称',
      description: '政策或服务名称（Title），中文必填。',
      type: 'localeString',
      validation: (rule) => rule.required().error('请填写政策或服务的中文名称。'),
    }),
    /** Permalink part: `/support/{slug}/`. */
    defineField({
      name: 'slug',
      title: '网址标识',
      description: '政策页面网址中的标识（Slug），如 standard-subsidy 对应 /support/standard-subsidy/。',
      type: 'slug',
      options: { source: 'title.en', maxLength: 64 },
      validation: slugRule,
    }),
    /** Subsidy, recommendation, service or policy. */
    defineField({
      name: 'kind',
      title: '类型',
      description: '类型（Kind）：资助、推荐、服务或政策。',
      type: 'string',
      options: { list: optionsOf(PROGRAM_KINDS), layout: 'radio', direction: 'horizontal' },
      validation: (rule) => rule.required().error('请选择类型：资助、推荐、服务或政策。'),
    }),
    /** Issuing authority. */
    defineField({
      name: 'issuer',
      title: '发布单位',
      description: '政策发布单位（Issuer），如“海淀区市场监督管理局”。',
      type: 'localeString',
    }),
    /** 文号 of the policy document. */
    defineField({
      name: 'documentNumber',
      title: '文号',
      description: '政策文件的文号（Document number），如“海市监发〔2024〕1号”。',
      type: 'string',
    }),
    /** Short summary for lists and the matcher's results. */
    defineField({
      name: 'summary',
      title: '摘要',
      description: '一两句话的摘要（Summary），显示在列表和匹配结果中。',
      type: 'localeText',
    }),
    /** Full text (Portable Text; links limited to http, https and mailto). */
    defineField({
      name: 'body',
      title: '正文',
      description: '政策正文（Body），可用标题、列表和链接；链接只能以 http、https 或 mailto 开头。',
      type: 'richText',
    }),
    /** Official page of the programme. */
    defineField({
      name: 'url',
      title: '政策原文网址',
      description: '政策原文的官方页面（URL），以 http:// 或 https:// 开头。',
      type: 'url',
      validation: webUrlRule,
    }),
    /** First day applications are accepted. */
    defineField({
      name: 'opensOn',
      title: '申报开始日期',
      description: '开始受理申报的日期（Opens on）。',
      type: 'date',
    }),
    /** Deadline; shown by the support matcher. */
    defineField({
      name: 'closesOn',
      title: '申报截止日期',
      description: '申报截止日期（Closes on），匹配结果中会显示；不早于开始日期。',
      type: 'date',
      validation: (rule) => ruleIssues(rule, (closesOn: string, context) => checkProgramDates(documentString(context, 'opensOn'), closesOn)),
    }),
    /** Who qualifies; compared with an enterprise's verified participations. */
    defineField({
      name: 'eligibility',
      title: '申报条件',
      description: '适用条件（Eligibility）：标准级别、参与角色、排名、实施年限、企业服务分类。',
      type: 'eligibility',
    }),
    /** Subsidy amounts per standard level. */
    defineField({
      name: 'amounts',
      title: '资助金额',
      description: '按标准级别列出的资助金额（Amounts），单位为元。',
      type: 'array',
      of: [defineArrayMember({ type: 'amount' })],
    }),
  ],
  preview: {
    select: { title: 'title.zh', kind: 'kind', issuer: 'issuer.zh', closesOn: 'closesOn' },
    prepare: ({ title, kind, issuer, closesOn }) => ({
      title: typeof title === 'string' ? title : '未命名政策',
      subtitle: joinPresent([zhLabel(PROGRAM_KINDS, kind), issuer, deadlineWords(typeof closesOn === 'string' ? closesOn : undefined, todayInBeijing())]),
    }),
  },
});
