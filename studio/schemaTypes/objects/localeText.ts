import { defineField, defineType } from 'sanity';

/** A longer bilingual plain text (descriptions, summaries): `zh` required, `en` optional. */
export const localeText = defineType({
  name: 'localeText',
  title: '中英文长文本',
  description: '中文必填，英文选填（Localized text）；英文页面缺英文时显示中文。',
  type: 'object',
  fields: [
    /** Chinese text: what staff and the Chinese site read. */
    defineField({
      name: 'zh',
      title: '中文',
      description: '中文文本（Chinese），必填。',
      type: 'text',
      rows: 4,
      validation: (rule) => rule.required().error('请填写中文文本（zh）；英文可以稍后补充。'),
    }),
    /** English translation; optional. */
    defineField({
      name: 'en',
      title: 'English',
      description: '英文文本（English），选填；缺失时英文页面显示中文。',
      type: 'text',
      rows: 4,
    }),
  ],
});
