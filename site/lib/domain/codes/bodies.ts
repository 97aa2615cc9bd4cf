/**
 * THE BODY TABLE: who issues the documents a code names. The normalizer takes a code's `body`
 * from here and nowhere else; docs/standard-codes.md §1.2, §2.2 and §6 are the sources.
 *
 * - `INDUSTRY_CODES`: every Chinese industry-standard code (行业标准代号) — the 71 codes of the
 *   std.samr.gov.cn industry filter plus KA and MR (2023) — and the three-letter
 *   engineering-construction codes JGJ, CJJ, JTG, with the composite NB/SH; with their competent
 *   department. The unconfirmed JS, RF and GF (seen only in scraper lists) are left out: a code
 *   with them is "not recognized", a warning, until the bureau confirms them.
 * - `PROVINCES`, `CITIES`: GB/T 2260 codes of local standards (DB11, DB4403).
 * - `PUBLISHERS`: international, regional, foreign and consortium publishers, each with the
 *   class that the level table (levels.ts) turns into a level.
 */
import type { Label } from '../vocabulary.ts';

export interface IndustryCode {
  /** Competent department, short English form (the `body` of the code). */
  readonly body: string;
  /** 行业 and the department in Chinese. */
  readonly zh: string;
  readonly department: string;
}

const ind = (body: string, zh: string, department: string): IndustryCode => ({ body, zh, department });

export const INDUSTRY_CODES: Readonly<Record<string, IndustryCode>> = Object.freeze({
  AQ: ind('MEM', '安全生产', '应急管理部'),
  BB: ind('MIIT', '包装', '工业和信息化部'),
  CB: ind('MIIT', '船舶', '工业和信息化部'),
  CH: ind('MNR', '测绘', '自然资源部'),
  CJ: ind('MOHURD', '城镇建设', '住房和城乡建设部'),
  CY: ind('NPPA', '新闻出版', '国家新闻出版署'),
  DA: ind('NAA', '档案', '国家档案局'),
  DB: ind('CEA', '地震', '中国地震局'),
  DL: ind('NEA', '电力', '国家能源局'),
  DY: ind('CFA', '电影', '国家电影局'),
  DZ: ind('MNR', '地质矿产', '自然资源部'),
  EJ: ind('SASTIND', '核工业', '国家国防科技工业局'),
  FZ: ind('MIIT', '纺织', '工业和信息化部'),
  GA: ind('MPS', '公共安全', '公安部'),
  GC: ind('NFSRA', '国家物资储备', '国家粮食和物资储备局'),
  GH: ind('ACFSMC', '供销合作', '中华全国供销合作总社'),
  GM: ind('OSCCA', '密码', '国家密码管理局'),
  GY: ind('NRTA', '广播电影电视', '国家广播电视总局'),
  HB: ind('MIIT', '航空', '工业和信息化部'),
  HG: ind('MIIT', '化工', '工业和信息化部'),
  HJ: ind('MEE', '环境保护', '生态环境部'),
  HS: ind('GACC', '海关', '海关总署'),
  HY: ind('MNR', '海洋', '自然资源部'),
  JB: ind('MIIT', '机械', '工业和信息化部'),
  JC: ind('MIIT', '建材', '工业和信息化部'),
  JG: ind('MOHURD', '建筑工业', '住房和城乡建设部'),
  JR: ind('PBC', '金融', '中国人民银行'),
  JT: ind('MOT', '交通', '交通运输部'),
  JY: ind('MOE', '教育', '教育部'),
  LB: ind('MCT', '旅游', '文化和旅游部'),
  LD: ind('MOHRSS', '劳动和劳动安全', '人力资源和社会保障部'),
  LS: ind('NFSRA', '粮食', '国家粮食和物资储备局'),
  LY: ind('NFGA', '林业', '国家林业和草原局'),
  MH: ind('CAAC', '民用航空', '中国民用航空局'),
  MT: ind('NEA', '煤炭', '国家能源局'),
  MZ: ind('MCA', '民政', '民政部'),
  NB: ind('NEA', '能源', '国家能源局'),
  NY: ind('MARA', '农业', '农业农村部'),
  QB: ind('MIIT', '轻工', '工业和信息化部'),
  QC: ind('MIIT', '汽车', '工业和信息化部'),
  QJ: ind('MIIT', '航天', '工业和信息化部'),
  QX: ind('CMA', '气象', '中国气象局'),
  RB: ind('SAMR', '认证认可', '国家市场监督管理总局'),
  SB: ind('MOFCOM', '国内贸易', '商务部'),
  SC: ind('MARA', '水产', '农业农村部'),
  SF: ind('MOJ', '司法', '司法部'),
  SH: ind('MIIT', '石油化工', '工业和信息化部'),
  SJ: ind('MIIT', '电子', '工业和信息化部'),
  SL: ind('MWR', '水利', '水利部'),
  SN: ind('GACC', '出入境检验检疫', '海关总署'),
  SW: ind('STA', '税务', '国家税务总局'),
  SY: ind('NEA', '石油天然气', '国家能源局'),
  TB: ind('NRA', '铁路运输', '国家铁路局'),
  TD: ind('MNR', '土地管理', '自然资源部'),
  TY: ind('GAS', '体育', '国家体育总局'),
  WB: ind('NDRC', '物资管理', '国家发展和改革委员会'),
  WH: ind('MCT', '文化', '文化和旅游部'),
  WJ: ind('MIIT', '兵工民品', '工业和信息化部'),
  WM: ind('MOFCOM', '外经贸', '商务部'),
  WS: ind('NHC', '卫生', '国家卫生健康委员会'),
  WW: ind('NCHA', '文物保护', '国家文物局'),
  XB: ind('MIIT', '稀土', '工业和信息化部'),
  XF: ind('MEM', '消防救援', '应急管理部'),
  YB: ind('MIIT', '黑色冶金', '工业和信息化部'),
  YC: ind('STMA', '烟草', '国家烟草专卖局'),
  YD: ind('MIIT', '通信', '工业和信息化部'),
  YJ: ind('MEM', '减灾救灾与综合性应急管理', '应急管理部'),
  YS: ind('MIIT', '有色金属', '工业和信息化部'),
  YY: ind('NMPA', '医药', '国家药品监督管理局'),
  YZ: ind('SPB', '邮政', '国家邮政局'),
  ZY: ind('NATCM', '中医药', '国家中医药管理局'),
  KA: ind('NMSA', '矿山安全', '国家矿山安全监察局'),
  MR: ind('SAMR', '市场监管', '国家市场监督管理总局'),
  // Engineering-construction industry codes (§1.3) and the composite energy/petrochemical code.
  JGJ: ind('MOHURD', '建筑工程', '住房和城乡建设部'),
  CJJ: ind('MOHURD', '城镇建设工程', '住房和城乡建设部'),
  JTG: ind('MOT', '公路工程', '交通运输部'),
  'NB/SH': ind('NEA', '能源（石油化工）', '国家能源局'),
});

/** Chinese national-level code families that are not GB: metrology, regulations, samples. */
export const NATIONAL_OTHER: Readonly<Record<string, { readonly family: 'metrology' | 'regulation' | 'GSB'; readonly body: string; readonly zh: string }>> =
  Object.freeze({
    JJF: { family: 'metrology', body: 'SAMR', zh: '国家计量技术规范' },
    JJG: { family: 'metrology', body: 'SAMR', zh: '国家计量检定规程' },
    TSG: { family: 'regulation', body: 'SAMR', zh: '特种设备安全技术规范' },
    GSB: { family: 'GSB', body: 'SAMR', zh: '国家实物标准' },
  });

/** The 31 provincial codes of GB/T 2260 (§2.2); `en` + " AMR" is the usual issuer. */
export const PROVINCES: Readonly<Record<string, Label>> = Object.freeze({
  '11': { zh: '北京市', en: 'Beijing' },
  '12': { zh: '天津市', en: 'Tianjin' },
  '13': { zh: '河北省', en: 'Hebei' },
  '14': { zh: '山西省', en: 'Shanxi' },
  '15': { zh: '内蒙古自治区', en: 'Inner Mongolia' },
  '21': { zh: '辽宁省', en: 'Liaoning' },
  '22': { zh: '吉林省', en: 'Jilin' },
  '23': { zh: '黑龙江省', en: 'Heilongjiang' },
  '31': { zh: '上海市', en: 'Shanghai' },
  '32': { zh: '江苏省', en: 'Jiangsu' },
  '33': { zh: '浙江省', en: 'Zhejiang' },
  '34': { zh: '安徽省', en: 'Anhui' },
  '35': { zh: '福建省', en: 'Fujian' },
  '36': { zh: '江西省', en: 'Jiangxi' },
  '37': { zh: '山东省', en: 'Shandong' },
  '41': { zh: '河南省', en: 'Henan' },
  '42': { zh: '湖北省', en: 'Hubei' },
  '43': { zh: '湖南省', en: 'Hunan' },
  '44': { zh: '广东省', en: 'Guangdong' },
  '45': { zh: '广西壮族自治区', en: 'Guangxi' },
  '46': { zh: '海南省', en: 'Hainan' },
  '50': { zh: '重庆市', en: 'Chongqing' },
  '51': { zh: '四川省', en: 'Sichuan' },
  '52': { zh: '贵州省', en: 'Guizhou' },
  '53': { zh: '云南省', en: 'Yunnan' },
  '54': { zh: '西藏自治区', en: 'Xizang' },
  '61': { zh: '陕西省', en: 'Shaanxi' },
  '62': { zh: '甘肃省', en: 'Gansu' },
  '63': { zh: '青海省', en: 'Qinghai' },
  '64': { zh: '宁夏回族自治区', en: 'Ningxia' },
  '65': { zh: '新疆维吾尔自治区', en: 'Xinjiang' },
});

/**
 * Province-level municipalities: their districts are not 设区的市 and issue no local standards,
 * so a four-digit `DB1101…` is not a code (§2.1).
 */
export const MUNICIPALITIES: ReadonlySet<string> = new Set(['11', '12', '31', '50']);

/** City-level (设区的市) local-standard codes seen in the register's sources (§2.2). */
export const CITIES: Readonly<Record<string, Label>> = Object.freeze({
  '4403': { zh: '深圳市', en: 'Shenzhen' },
  '4420': { zh: '中山市', en: 'Zhongshan' },
  '3301': { zh: '杭州市', en: 'Hangzhou' },
  '4401': { zh: '广州市', en: 'Guangzhou' },
  '4419': { zh: '东莞市', en: 'Dongguan' },
  '3201': { zh: '南京市', en: 'Nanjing' },
  '3205': { zh: '苏州市', en: 'Suzhou' },
  '3702': { zh: '青岛市', en: 'Qingdao' },
  '5101': { zh: '成都市', en: 'Chengdu' },
  '3502': { zh: '厦门市', en: 'Xiamen' },
});

/**
 * What kind of organization a publisher is. The level table (levels.ts) maps a class to a level;
 * `treaty` and `consortium` publishers become `international` only when the bureau's setting
 * lists them (INTERNATIONAL_BODIES).
 */
export type PublisherClass = 'treaty' | 'consortium' | 'regional' | 'foreign-national';

export interface Publisher {
  readonly class: PublisherClass;
  readonly name: Label;
}

const pub = (cls: PublisherClass, zh: string, en: string): Publisher => ({ class: cls, name: { zh, en } });

export const PUBLISHERS: Readonly<Record<string, Publisher>> = Object.freeze({
  ISO: pub('treaty', '国际标准化组织', 'International Organization for Standardization'),
  IEC: pub('treaty', '国际电工委员会', 'International Electrotechnical Commission'),
  ITU: pub('treaty', '国际电信联盟', 'International Telecommunication Union'),
  IEEE: pub('consortium', '电气与电子工程师协会', 'Institute of Electrical and Electronics Engineers'),
  IETF: pub('consortium', '互联网工程任务组', 'Internet Engineering Task Force'),
  '3GPP': pub('consortium', '第三代合作伙伴计划', '3rd Generation Partnership Project'),
  W3C: pub('consortium', '万维网联盟', 'World Wide Web Consortium'),
  Ecma: pub('consortium', 'Ecma 国际', 'Ecma International'),
  OMA: pub('consortium', '开放移动联盟', 'Open Mobile Alliance'),
  OGC: pub('consortium', '开放地理空间信息联盟', 'Open Geospatial Consortium'),
  ETSI: pub('regional', '欧洲电信标准化协会', 'European Telecommunications Standards Institute'),
  CEN: pub('regional', '欧洲标准化委员会', 'European Committee for Standardization'),
  CENELEC: pub('regional', '欧洲电工标准化委员会', 'European Committee for Electrotechnical Standardization'),
  BSI: pub('foreign-national', '英国标准协会', 'British Standards Institution'),
  DIN: pub('foreign-national', '德国标准化学会', 'Deutsches Institut für Normung'),
  ANSI: pub('foreign-national', '美国国家标准学会', 'American National Standards Institute'),
  ASTM: pub('foreign-national', '美国材料与试验协会', 'ASTM International'),
  SAE: pub('foreign-national', '国际汽车工程师学会', 'SAE International'),
  UL: pub('foreign-national', '美国保险商实验室', 'UL Standards & Engagement'),
  CSA: pub('foreign-national', '加拿大标准协会', 'CSA Group'),
});

/** National plan numbers: the last segment is the competent department (§4.3); only 469 is confirmed. */
export const PLAN_DEPARTMENTS: Readonly<Record<string, string>> = Object.freeze({
  '469': 'SAC',
});
