/**
 * Technical committees. The international and national ones are real committees with their
 * official names; `BJ/TC 90` and `HDSA/TC 3` (and the association HDSA) are fictional.
 */
import type { StandardLevel } from '../../site/lib/domain/vocabulary.ts';
import type { SeedDocument } from './lib/document.ts';
import { committeeId } from './lib/ids.ts';
import { localeString, ref } from './lib/values.ts';

export interface CommitteeRow {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly body: string;
  readonly level: StandardLevel;
  /** Code of the parent committee (a subcommittee's TC). */
  readonly parent?: string;
  readonly url?: string;
}

export const COMMITTEES: readonly CommitteeRow[] = [
  {
    code: 'ISO/IEC JTC 1',
    zh: 'ISO/IEC 第一联合技术委员会 信息技术',
    en: 'Information technology',
    body: 'ISO/IEC',
    level: 'international',
    url: 'https://www.iso.org/committee/45020.html',
  },
  {
    code: 'ISO/IEC JTC 1/SC 27',
    zh: '信息安全、网络安全和隐私保护分技术委员会',
    en: 'Information security, cybersecurity and privacy protection',
    body: 'ISO/IEC',
    level: 'international',
    parent: 'ISO/IEC JTC 1',
    url: 'https://www.iso.org/committee/45306.html',
  },
  {
    code: 'ISO/IEC JTC 1/SC 41',
    zh: '物联网和数字孪生分技术委员会',
    en: 'Internet of things and digital twin',
    body: 'ISO/IEC',
    level: 'international',
    parent: 'ISO/IEC JTC 1',
    url: 'https://www.iso.org/committee/6483279.html',
  },
  { code: 'ISO/IEC JTC 1/SC 42', zh: '人工智能分技术委员会', en: 'Artificial intelligence', body: 'ISO/IEC', level: 'international', parent: 'ISO/IEC JTC 1' },
  {
    code: 'ISO/TC 176',
    zh: '质量管理和质量保证技术委员会',
    en: 'Quality management and quality assurance',
    body: 'ISO',
    level: 'international',
    url: 'https://www.iso.org/committee/53882.html',
  },
  {
    code: 'IEC/TC 65',
    zh: '工业过程测量、控制和自动化技术委员会',
    en: 'Industrial-process measurement, control and automation',
    body: 'IEC',
    level: 'international',
  },
  {
    code: 'ITU-T SG20',
    zh: 'ITU-T 第20研究组 物联网、智慧城市和社区',
    en: 'Internet of things (IoT), smart cities and communities',
    body: 'ITU-T',
    level: 'international',
  },
  {
    code: 'SAC/TC 4',
    zh: '全国信息与文献标准化技术委员会',
    en: 'National Technical Committee on Information and Documentation of Standardization Administration of China',
    body: 'SAC',
    level: 'national',
  },
  {
    code: 'SAC/TC 28',
    zh: '全国信息技术标准化技术委员会',
    en: 'National Information Technology Standardization Technical Committee',
    body: 'SAC',
    level: 'national',
  },
  {
    code: 'SAC/TC 151',
    zh: '全国质量管理和质量保证标准化技术委员会',
    en: 'National Technical Committee on Quality Management and Quality Assurance',
    body: 'SAC',
    level: 'national',
  },
  { code: 'SAC/TC 260', zh: '全国网络安全标准化技术委员会', en: 'National Cybersecurity Standardization Technical Committee', body: 'SAC', level: 'national' },
  {
    code: 'SAC/TC 485',
    zh: '全国通信标准化技术委员会',
    en: 'National Technical Committee on Communication of Standardization Administration of China',
    body: 'SAC',
    level: 'national',
  },
  { code: 'CCSA TC5', zh: '中国通信标准化协会 无线通信技术工作委员会', en: 'CCSA TC5 Wireless Communication', body: 'CCSA', level: 'industry' },
  { code: 'CCSA TC10', zh: '中国通信标准化协会 物联网技术工作委员会', en: 'CCSA TC10 Internet of Things', body: 'CCSA', level: 'industry' },
  {
    code: 'BJ/TC 90',
    zh: '北京市智慧园区标准化技术委员会（虚构）',
    en: 'Beijing Smart Park Standardization Technical Committee (fictional)',
    body: 'Beijing AMR',
    level: 'local',
    url: 'https://std.example.org/committees/bj-tc-90',
  },
  {
    code: 'HDSA/TC 3',
    zh: '海淀标准化促进会 质量管理专业委员会（虚构）',
    en: 'Haidian Standardization Association, Quality Management Committee (fictional)',
    body: 'HDSA',
    level: 'group',
    url: 'https://std.example.org/committees/hdsa-tc-3',
  },
];

export function buildCommittees(): SeedDocument[] {
  return COMMITTEES.map((row) => ({
    _id: committeeId(row.code),
    _type: 'technicalCommittee',
    code: row.code,
    name: localeString(row.zh, row.en),
    body: row.body,
    level: row.level,
    parent: row.parent === undefined ? undefined : ref(committeeId(row.parent)),
    url: row.url,
  }));
}
