import { defineField, defineType } from 'sanity';
import { optionsOf, VERIFICATION_STATUSES } from '../../../site/lib/domain/vocabulary.ts';

/**
 * Whether staff checked a record against its source. Relation records (participations,
 * committee roles, nominations) reach the public site only when `status` is `verified`.
 */
export const verification = defineType({
  name: 'verification',
  title: '核验',
  description: '记录是否已与来源核对（Verification）。标准参与、任职和奖项记录只有“已核验”才会公开。',
  type: 'object',
  options: { collapsible: true, collapsed: false },
  fields: [
    /** `entered` (已录入) or `verified` (已核验); only verified relation records are published. */
    defineField({
      name: 'status',
      title: '核验状态',
      description: '已录入（entered）或已核验（verified）；只有已核验的记录会出现在公开网站上。',
      type: 'string',
      options: { list: optionsOf(VERIFICATION_STATUSES), layout: 'radio', direction: 'horizontal' },
      initialValue: 'entered',
      validation: (rule) => rule.required().error('请选择核验状态：刚录入选“已录入”，与来源核对后选“已核验”。'),
    }),
    /** Who verified the record (staff name). */
    defineField({
      name: 'by',
      title: '核验人',
      description: '核对记录的工作人员（Verified by）。',
      type: 'string',
    }),
    /** The verifier's Sanity user id (written by the Verify action). */
    defineField({
      name: 'byId',
      title: '核验人账号',
      description: '核验人的账号标识（User id）。',
      type: 'string',
      hidden: true,
    }),
    /** Day of verification. */
    defineField({
      name: 'on',
      title: '核验日期',
      description: '核对记录的日期（Verified on）。',
      type: 'date',
    }),
  ],
});
