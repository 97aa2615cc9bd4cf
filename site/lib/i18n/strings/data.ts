/** Interface strings of the open data page (/data/). */
import type { Label } from '../../domain/vocabulary.ts';

export const DATA_UI = {
  title: { zh: '开放数据', en: 'Open data' },
  intro: {
    zh: '本站公开的每一份名单都可下载为 JSON 和 CSV 文件，与网页内容相同：只含已核验的关系记录和公开的评奖结果。文件不分语言，中文和英文字段并列。',
    en: 'Every public list on this site can be downloaded as JSON and CSV, with the same content as the pages: verified relation records and public award results only. The files are language-neutral, with Chinese and English fields side by side.',
  },
  licence: { zh: '许可', en: 'Licence' },
  licenceText: {
    zh: '数据以知识共享署名 4.0 国际许可协议（CC BY 4.0）发布，使用时请注明“海淀区质量技术服务中心（示例）”。本站数据为演示数据，企业与获奖记录均为虚构。',
    en: 'The data is published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0); credit "Haidian District Quality Bureau (demo)". This is demonstration data: the enterprises and award records are fictional.',
  },
  licenceLink: { zh: 'CC BY 4.0 许可协议全文', en: 'CC BY 4.0 licence text' },
  formats: { zh: '文件格式', en: 'File formats' },
  formatsText: {
    zh: 'CSV 为 UTF-8 编码并带字节顺序标记（BOM），Excel 可直接打开中文；多值字段以“; ”分隔。JSON 为对象数组，多值字段为数组。日期为 YYYY-MM-DD，空值在 JSON 中为 null、在 CSV 中为空。',
    en: 'CSV is UTF-8 with a byte-order mark, so Excel opens Chinese text correctly; multi-value fields are separated by "; ". JSON is an array of objects, multi-value fields are arrays. Dates are YYYY-MM-DD; empty values are null in JSON and empty in CSV.',
  },
  asOf: { zh: '数据截至', en: 'Data as of' },
  lists: { zh: '数据清单', en: 'Lists' },
  list: { zh: '清单', en: 'List' },
  records: { zh: '记录数', en: 'Records' },
  download: { zh: '下载', en: 'Download' },
  fields: { zh: '字段说明', en: 'Fields' },
  field: { zh: '字段', en: 'Field' },
  type: { zh: '类型', en: 'Type' },
  description: { zh: '说明', en: 'Description' },
  values: { zh: '取值', en: 'Values' },
} as const satisfies Record<string, Label>;

/** The types of open-data columns, in words (their keys are the export's FieldType). */
export const FIELD_TYPES = {
  id: { zh: '标识', en: 'Identifier' },
  text: { zh: '文本', en: 'Text' },
  number: { zh: '数字', en: 'Number' },
  date: { zh: '日期', en: 'Date' },
  boolean: { zh: '是/否', en: 'true/false' },
  code: { zh: '代码', en: 'Code' },
  list: { zh: '多值', en: 'List' },
  url: { zh: '网址', en: 'URL' },
} as const satisfies Record<string, Label>;

/** The type of an open-data column. */
export type FieldType = keyof typeof FIELD_TYPES;

/** The licence deed in the reader's language. */
export const LICENCE_URLS: Readonly<Record<'zh' | 'en', string>> = {
  zh: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
  en: 'https://creativecommons.org/licenses/by/4.0/',
};
