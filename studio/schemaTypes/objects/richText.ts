import { defineArrayMember, defineField, defineType } from 'sanity';
import { WEB_SCHEMES } from '../../../site/lib/domain/links.ts';
import { linkBeyondScheme } from '../../lib/fieldRules.ts';

/**
 * Link schemes allowed in rich text: web pages only, the site's one link policy
 * (site/lib/domain/links.ts) — the page would drop a mailto:, tel: or site-relative link.
 */
export const LINK_SCHEMES: readonly string[] = WEB_SCHEMES;

/**
 * Portable Text for programme bodies: paragraphs, two heading levels, lists, bold/italic and
 * links. Links are limited to LINK_SCHEMES because a `javascript:` link in Portable Text runs
 * script when a renderer passes it through (see docs/sanity-offline.md, "Portable Text and XSS").
 */
export const richText = defineType({
  name: 'richText',
  title: '正文',
  description: '带格式的正文（Portable Text）：段落、标题、列表、加粗、链接。',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: '正文', value: 'normal' },
        { title: '二级标题', value: 'h2' },
        { title: '三级标题', value: 'h3' },
        { title: '引用', value: 'blockquote' },
      ],
      lists: [
        { title: '项目符号列表', value: 'bullet' },
        { title: '编号列表', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: '加粗', value: 'strong' },
          { title: '斜体', value: 'em' },
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            title: '链接',
            type: 'object',
            fields: [
              /** Link target; http or https only. */
              defineField({
                name: 'href',
                title: '链接地址',
                description: '链接地址（Link），以 http:// 或 https:// 开头的完整网址。',
                type: 'url',
                // One rule: a rule's message covers all its checks, and a url field always
                // carries Sanity's own http/https check, which a second rule would repeat.
                validation: (rule) =>
                  rule
                    .required()
                    .uri({ scheme: [...LINK_SCHEMES] })
                    .custom(linkBeyondScheme)
                    .error('请填写以 http:// 或 https:// 开头的完整链接地址（不含用户名、密码或空格）；不需要链接时请删除这个链接。'),
              }),
            ],
          }),
        ],
      },
    }),
  ],
});
