import { defineField, defineType } from 'sanity';

/**
 * A short bilingual text (names, titles). `zh` is the reference text and required; `en` is
 * optional and the English site falls back to Chinese (marked `lang="zh"`) when it is missing.
 */
export const localeString = defineType({
  name: 'localeString',
  title: '中英文短文本',
  description: '中文必填，英文选填（Localized string）；英文页面缺英文时显示中文。',
  type: 'object',
  options: { columns: 2 },
  fields: [
    /** Chinese text: what staff and the Chinese site read. */
    defineField({
      name: 'zh',
      title: '中文',
      description: '中文文本（Chinese），必填。',
      type: 'string',
      validation: (rule) => rule.required().error('请填写中文文本（zh）；英文可以稍后补充。'),
    }),
    /** English translation; optional. */
    defineField({
      name: 'en',
      title: 'English',
      description: '英文文本（English），选填；缺失时英文页面显示中文。',
      type: 'string',
    }),
  ],
});
