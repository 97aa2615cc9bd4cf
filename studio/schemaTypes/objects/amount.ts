import { defineField, defineType } from 'sanity';
import { optionsOf, STANDARD_LEVELS } from '../../../site/lib/domain/vocabulary.ts';
import { zhLabel } from '../../lib/labels.ts';

/** One line of a subsidy table: how much a standard of a given level earns, in yuan. */
export const amount = defineType({
  name: 'amount',
  title: '资助金额',
  description: '按标准级别的资助金额（Amount），单位为元。',
  type: 'object',
  fields: [
    /** Level of standard the amount applies to. */
    defineField({
      name: 'level',
      title: '标准级别',
      description: '该金额适用的标准级别（Level）。',
      type: 'string',
      options: { list: optionsOf(STANDARD_LEVELS) },
      validation: (rule) => rule.required().error('请选择该金额适用的标准级别。'),
    }),
    /** Amount in CNY (元), not 万元. */
    defineField({
      name: 'amountCNY',
      title: '金额（元）',
      description: '资助金额（Amount, CNY），单位为元，如 50 万元填 500000。',
      type: 'number',
      validation: (rule) => [
        rule.required().error('请填写金额，单位为元（如 50 万元填 500000）。'),
        rule.min(0).error('金额不能为负数，请填写 0 或更大的数。'),
      ],
    }),
  ],
  preview: {
    select: { level: 'level', amountCNY: 'amountCNY' },
    prepare: ({ level, amountCNY }) => ({
      title: zhLabel(STANDARD_LEVELS, level) ?? '未选级别',
      subtitle: typeof amountCNY === 'number' ? `${amountCNY.toLocaleString('zh-CN')} 元` : '未填金额',
    }),
  },
});
