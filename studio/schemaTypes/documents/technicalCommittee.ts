import { defineField, defineType } from 'sanity';
import { optionsOf, STANDARD_LEVELS } from '../../../site/lib/domain/vocabulary.ts';
import { webUrlRule } from '../../lib/fieldRules.ts';

/** A technical committee, subcommittee or working group (ISO/IEC JTC 1/SC 41, SAC/TC 28). */
export const technicalCommittee = defineType({
  name: 'technicalCommittee',
  title: '技术委员会',
  description: '标准化技术组织（Technical committee）：技术委员会、分技术委员会或工作组。',
  type: 'document',
  fields: [
    /** Official code, e.g. `ISO/IEC JTC 1/SC 41`, `SAC/TC 28`. */
    defineField({
      name: 'code',
      title: '编号',
      description: '技术组织的官方编号（Code），如 ISO/IEC JTC 1/SC 41、SAC/TC 28。',
      type: 'string',
      validation: (rule) => rule.required().error('请填写技术组织编号，如 SAC/TC 28。'),
    }),
    /** Official name. */
    defineField({
      name: 'name',
      title: '名称',
      description: '技术组织名称（Name），如“全国信息技术标准化技术委员会”；中文必填。',
      type: 'localeString',
      validation: (rule) => rule.required().error('请填写技术组织的中文名称。'),
    }),
    /** Organization it belongs to: ISO, IEC, ITU-T, SAC, … */
    defineField({
      name: 'body',
      title: '所属机构',
      description: '技术组织所属的标准化机构（Body），如 ISO、IEC、ITU-T、SAC。',
      type: 'string',
      validation: (rule) => rule.required().error('请填写所属机构，如 ISO、IEC 或 SAC。'),
    }),
    /** Level of the standards it works on. */
    defineField({
      name: 'level',
      title: '级别',
      description: '技术组织对应的标准级别（Level），如国际、国家。',
      type: 'string',
      options: { list: optionsOf(STANDARD_LEVELS) },
    }),
    /** Parent committee (a subcommittee's TC). */
    defineField({
      name: 'parent',
      title: '上级技术组织',
      description: '上级技术委员会（Parent），如 SC 41 的上级是 ISO/IEC JTC 1。',
      type: 'reference',
      to: [{ type: 'technicalCommittee' }],
      validation: (rule) =>
        rule.custom((parent, context) =>
          parent?._ref && context.document && parent._ref === context.document._id.replace(/^drafts\./, '')
            ? '技术组织不能以自己为上级，请选择另一个技术组织或清空此项。'
            : true,
        ),
    }),
    /** Official page. */
    defineField({
      name: 'url',
      title: '网址',
      description: '技术组织的官方页面（URL），以 http:// 或 https:// 开头。',
      type: 'url',
      validation: webUrlRule,
    }),
  ],
  preview: {
    select: { code: 'code', name: 'name.zh' },
    prepare: ({ code, name }) => ({
      title: typeof code === 'string' ? code : '未填编号',
      subtitle: typeof name === 'string' ? name : '',
    }),
  },
});
