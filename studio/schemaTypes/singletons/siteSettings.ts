import { defineField, defineType } from 'sanity';

/** Type name of the site settings singleton. */
export const SITE_SETTINGS_TYPE = 'siteSettings';

/** The one document of SITE_SETTINGS_TYPE; the desk opens it directly. */
export const SITE_SETTINGS_ID = 'siteSettings-main';

/**
 * Site-wide texts staff maintain: the site's name, introduction, contact and a notice. One
 * document (SITE_SETTINGS_ID): the desk opens it directly, the Create menu does not offer the
 * type, and it cannot be deleted or duplicated (sanity.config.ts).
 */
export const siteSettings = defineType({
  name: SITE_SETTINGS_TYPE,
  title: '网站设置',
  description: '公开网站的全站设置（Site settings）：名称、简介、联系方式和通知。',
  type: 'document',
  fields: [
    /** Name of the public site, in the header and the page titles. */
    defineField({
      name: 'title',
      title: '网站名称',
      description: '公开网站的名称（Site title），显示在页眉和浏览器标题中；中文必填。',
      type: 'localeString',
      validation: (rule) => rule.required().error('请填写网站名称，如“海淀区标准化与质量奖服务平台”。'),
    }),
    /** One or two sentences about the site, for the home page and search engines. */
    defineField({
      name: 'description',
      title: '网站简介',
      description: '一两句话介绍网站（Description），用于首页和搜索引擎摘要。',
      type: 'localeText',
    }),
    /** Where enterprises ask questions. */
    defineField({
      name: 'contactEmail',
      title: '联系邮箱',
      description: '企业咨询用的电子邮箱（Contact e-mail）。',
      type: 'string',
      validation: (rule) => rule.email().error('请填写有效的电子邮箱地址，如 bzh@example.gov.cn。'),
    }),
    /** Office telephone. */
    defineField({
      name: 'contactPhone',
      title: '联系电话',
      description: '咨询电话（Contact phone），如 010-12345678。',
      type: 'string',
    }),
    /** A notice shown on top of every page while it is set (e.g. an open application round). */
    defineField({
      name: 'notice',
      title: '网站通知',
      description: '显示在每页顶部的通知（Notice），如申报通知；不需要时清空。',
      type: 'localeText',
    }),
  ],
  preview: {
    prepare: () => ({ title: '网站设置' }),
  },
});
