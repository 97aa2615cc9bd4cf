import { defineField, defineType } from 'sanity';
import { checkUscc } from '../../../site/lib/domain/uscc.ts';
import { ENTERPRISE_TAGS, INDUSTRY_SECTIONS, optionsOf, SERVICE_TIERS } from '../../../site/lib/domain/vocabulary.ts';
import { slugRule, webUrlRule } from '../../lib/fieldRules.ts';
import { zhLabel } from '../../lib/labels.ts';
import { ruleIssues } from '../../lib/ruleAdapter.ts';
import { uniqueUscc } from '../../lib/uniqueness.ts';

/** An enterprise of the district the bureau serves; everything else links to it. */
export const enterprise = defineType({
  name: 'enterprise',
  title: '企业',
  description: '辖区企业（Enterprise）：参与标准、技术组织任职和奖项推荐都关联到企业。',
  type: 'document',
  fields: [
    /** Registered name, as on the business licence. */
    defineField({
      name: 'name',
      title: '企业名称',
      description: '营业执照上的企业全称（Name），中文必填，英文选填。',
      type: 'localeString',
      validation: (rule) => rule.required().error('请填写企业名称，按营业执照上的全称录入。'),
    }),
    /** Short name used in lists and search, e.g. 联想. */
    defineField({
      name: 'shortName',
      title: '企业简称',
      description: '常用简称（Short name），如“联想”；用于列表和搜索。',
      type: 'localeString',
    }),
    /** Names the enterprise had before (更名前), so lists in older notices still match. */
    defineField({
      name: 'formerNames',
      title: '曾用名',
      description: '企业更名前的名称（Former names），每行一个；用于搜索和批量录入时匹配旧公告中的名称。',
      type: 'array',
      of: [{ type: 'string' }],
      options: { layout: 'tags' },
    }),
    /** Permalink part: `/enterprises/{slug}/`; the document id is `enterprise-{slug}`. */
    defineField({
      name: 'slug',
      title: '网址标识',
      description: '企业页面网址中的标识（Slug），如 lenovo 对应 /enterprises/lenovo/；只用小写字母、数字和连字符。',
      type: 'slug',
      options: { source: 'name.en', maxLength: 64 },
      validation: slugRule,
    }),
    /** 统一社会信用代码 (GB 32100-2015), checked with the shared `checkUscc`. */
    defineField({
      name: 'uscc',
      title: '统一社会信用代码',
      description: '营业执照上的 18 位统一社会信用代码（USCC），系统会检查校验位和是否与其他企业重复；非海淀区注册会给出提示。',
      type: 'string',
      validation: (rule) => [
        rule.required().error('请填写 18 位统一社会信用代码，见营业执照。'),
        ...ruleIssues(rule, (value: string) => checkUscc(value)),
        rule.custom(uniqueUscc),
      ],
    }),
    /** The bureau's tiered service: 培优型 / 提升型 / 基础型. */
    defineField({
      name: 'serviceTier',
      title: '服务分类',
      description: '区质量局的分级服务类型（Service tier）：培优型、提升型、基础型。',
      type: 'string',
      options: { list: optionsOf(SERVICE_TIERS), layout: 'radio', direction: 'horizontal' },
    }),
    /** GB/T 4754-2017 section letter (门类) A–T. */
    defineField({
      name: 'industry',
      title: '所属行业门类',
      description: '国民经济行业分类 GB/T 4754 门类（Industry section），如 I 信息传输、软件和信息技术服务业。',
      type: 'string',
      options: { list: optionsOf(INDUSTRY_SECTIONS) },
    }),
    /** Science park or area, e.g. 中关村软件园. */
    defineField({
      name: 'park',
      title: '所在园区',
      description: '企业所在园区或区域（Park），如“中关村软件园”。',
      type: 'string',
    }),
    /** Official website. */
    defineField({
      name: 'website',
      title: '企业网站',
      description: '企业官方网站（Website），以 http:// 或 https:// 开头。',
      type: 'url',
      validation: webUrlRule,
    }),
    /** Logo shown on the enterprise page. */
    defineField({
      name: 'logo',
      title: '企业标志',
      description: '企业标志图片（Logo），显示在企业页面上。',
      type: 'image',
    }),
    /** Public description of the enterprise. */
    defineField({
      name: 'description',
      title: '企业简介',
      description: '公开显示的企业简介（Description），中文必填，英文选填。',
      type: 'localeText',
    }),
    /** Labels such as 独角兽, 上市公司, 专精特新. */
    defineField({
      name: 'tags',
      title: '企业标签',
      description: '企业标签（Tags），如独角兽、上市公司、专精特新。',
      type: 'array',
      of: [{ type: 'string' }],
      options: { list: optionsOf(ENTERPRISE_TAGS), layout: 'grid' },
      validation: (rule) => rule.unique().error('企业标签有重复，请删去重复项。'),
    }),
    /** Staff-only notes: never published (visibility.ts INTERNAL_FIELDS). */
    defineField({
      name: 'internalNotes',
      title: '内部备注',
      description: '仅供工作人员查看的备注（Internal notes），不会出现在公开网站和数据文件中。',
      type: 'text',
      rows: 3,
    }),
  ],
  preview: {
    select: { name: 'name.zh', shortName: 'shortName.zh', tier: 'serviceTier', uscc: 'uscc', media: 'logo' },
    prepare: ({ name, shortName, tier, uscc, media }) => ({
      title: typeof name === 'string' ? name : '未命名企业',
      subtitle: [shortName, zhLabel(SERVICE_TIERS, tier), uscc].filter(Boolean).join(' · '),
      media,
    }),
  },
});
