import { defineField, defineType } from 'sanity';
import { SourceUrlInput } from '../../components/SourceUrlInput.tsx';
import { webUrlRule } from '../../lib/fieldRules.ts';

/** Provenance: where a record's facts were read (a public notice, a standard's cover page). */
export const source = defineType({
  name: 'source',
  title: '信息来源',
  description: '本条记录依据的公开来源（Source）：网址、标题和查阅日期。',
  type: 'object',
  options: { collapsible: true, collapsed: false },
  fields: [
    /** Address of the public source. */
    defineField({
      name: 'url',
      title: '来源网址',
      description: '公告、标准信息平台等公开页面的网址（URL），以 http:// 或 https:// 开头。',
      type: 'url',
      validation: webUrlRule,
      components: { input: SourceUrlInput },
    }),
    /** Title of the source as published. */
    defineField({
      name: 'title',
      title: '来源标题',
      description: '来源页面或文件的标题（Title），如“关于下达 2024 年国家标准计划的通知”。',
      type: 'string',
    }),
    /** Day the source was read; pages change, so the date says which version was seen. */
    defineField({
      name: 'capturedOn',
      title: '查阅日期',
      description: '查阅或下载来源的日期（Captured on），网页会变化，以此说明依据的是哪一版。',
      type: 'date',
    }),
  ],
});
