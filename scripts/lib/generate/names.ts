/**
 * Word tables for fictional enterprise names, composed the way Haidian companies are named:
 * 北京 + a two-character brand + an industry word + a company form
 * (北京智信数据科技有限公司 ↔ Beijing Zhixin Data Technology Co., Ltd.).
 *
 * Every brand character has its own pinyin syllable, so two different Chinese brands never
 * spell the same English brand, and the slug (`zhixin-data`) is unique whenever the brand
 * and industry are.
 */
import type { IndustrySection } from '../../../site/lib/domain/vocabulary.ts';
import type { Random } from './random.ts';

/** Brand characters with their pinyin: one syllable each, none repeated. */
export const BRAND_SYLLABLES: readonly (readonly [zh: string, pinyin: string])[] = [
  ['安', 'an'],
  ['邦', 'bang'],
  ['博', 'bo'],
  ['辰', 'chen'],
  ['诚', 'cheng'],
  ['创', 'chuang'],
  ['达', 'da'],
  ['鼎', 'ding'],
  ['帆', 'fan'],
  ['丰', 'feng'],
  ['福', 'fu'],
  ['冠', 'guan'],
  ['光', 'guang'],
  ['海', 'hai'],
  ['航', 'hang'],
  ['浩', 'hao'],
  ['合', 'he'],
  ['恒', 'heng'],
  ['泓', 'hong'],
  ['华', 'hua'],
  ['汇', 'hui'],
  ['佳', 'jia'],
  ['建', 'jian'],
  ['金', 'jin'],
  ['京', 'jing'],
  ['九', 'jiu'],
  ['君', 'jun'],
  ['凯', 'kai'],
  ['康', 'kang'],
  ['科', 'ke'],
  ['坤', 'kun'],
  ['蓝', 'lan'],
  ['朗', 'lang'],
  ['乐', 'le'],
  ['立', 'li'],
  ['联', 'lian'],
  ['亮', 'liang'],
  ['林', 'lin'],
  ['领', 'ling'],
  ['龙', 'long'],
  ['迈', 'mai'],
  ['茂', 'mao'],
  ['美', 'mei'],
  ['盟', 'meng'],
  ['敏', 'min'],
  ['明', 'ming'],
  ['墨', 'mo'],
  ['诺', 'nuo'],
  ['鹏', 'peng'],
  ['品', 'pin'],
  ['启', 'qi'],
  ['千', 'qian'],
  ['清', 'qing'],
  ['泉', 'quan'],
  ['锐', 'rui'],
  ['润', 'run'],
  ['森', 'sen'],
  ['晟', 'sheng'],
  ['实', 'shi'],
  ['数', 'shu'],
  ['硕', 'shuo'],
  ['思', 'si'],
  ['泰', 'tai'],
  ['腾', 'teng'],
  ['天', 'tian'],
  ['通', 'tong'],
  ['拓', 'tuo'],
  ['万', 'wan'],
  ['维', 'wei'],
  ['文', 'wen'],
  ['沃', 'wo'],
  ['熙', 'xi'],
  ['祥', 'xiang'],
  ['芯', 'xin'],
  ['星', 'xing'],
  ['旭', 'xu'],
  ['轩', 'xuan'],
  ['亚', 'ya'],
  ['易', 'yi'],
  ['银', 'yin'],
  ['盈', 'ying'],
  ['永', 'yong'],
  ['优', 'you'],
  ['宇', 'yu'],
  ['源', 'yuan'],
  ['悦', 'yue'],
  ['云', 'yun'],
  ['泽', 'ze'],
  ['展', 'zhan'],
  ['兆', 'zhao'],
  ['哲', 'zhe'],
  ['正', 'zheng'],
  ['智', 'zhi'],
  ['中', 'zhong'],
  ['卓', 'zhuo'],
  ['尊', 'zun'],
];

export interface Industry {
  readonly zh: string;
  readonly en: string;
  /** Slug part: `zhixin-data`. */
  readonly slug: string;
  /** GB/T 4754 section the enterprise is filed under. */
  readonly section: IndustrySection;
  /** What the enterprise does, for the description. */
  readonly product: readonly [zh: string, en: string];
}

export const INDUSTRIES: readonly Industry[] = [
  {
    zh: '信息',
    en: 'Information',
    slug: 'info',
    section: 'I',
    product: ['政企信息化系统与集成服务', 'information systems and integration for government and enterprises'],
  },
  { zh: '数据', en: 'Data', slug: 'data', section: 'I', product: ['数据治理与数据安全平台', 'data governance and data security platforms'] },
  { zh: '网络', en: 'Network', slug: 'network', section: 'I', product: ['企业网络与网络安全设备', 'enterprise networking and network security equipment'] },
  { zh: '软件', en: 'Software', slug: 'software', section: 'I', product: ['工业软件与运维管理软件', 'industrial and IT operations software'] },
  { zh: '智能', en: 'Intelligent', slug: 'intelligent', section: 'I', product: ['人工智能训练与推理平台', 'AI training and inference platforms'] },
  { zh: '物联网', en: 'IoT', slug: 'iot', section: 'I', product: ['物联网平台与智慧园区解决方案', 'IoT platforms and smart-park solutions'] },
  { zh: '云计算', en: 'Cloud Computing', slug: 'cloud', section: 'I', product: ['云计算与数据中心服务', 'cloud computing and data-centre services'] },
  { zh: '通信', en: 'Communications', slug: 'comms', section: 'I', product: ['无线通信模组与通信设备', 'wireless modules and communication equipment'] },
  { zh: '导航', en: 'Navigation', slug: 'navigation', section: 'I', product: ['卫星导航定位终端与服务', 'satellite navigation terminals and services'] },
  { zh: '安全', en: 'Security', slug: 'security', section: 'I', product: ['网络安全产品与安全服务', 'cybersecurity products and services'] },
  {
    zh: '半导体',
    en: 'Semiconductor',
    slug: 'semiconductor',
    section: 'C',
    product: ['功率半导体与电源管理芯片', 'power semiconductors and power-management chips'],
  },
  { zh: '微电子', en: 'Microelectronics', slug: 'microelectronics', section: 'C', product: ['物联网安全芯片设计', 'secure chips for IoT devices'] },
  { zh: '光电', en: 'Optoelectronics', slug: 'photonics', section: 'C', product: ['光通信器件与激光器', 'optical components and lasers'] },
  { zh: '机器人', en: 'Robotics', slug: 'robotics', section: 'C', product: ['协作机器人与工业视觉系统', 'collaborative robots and machine vision'] },
  { zh: '仪器', en: 'Instruments', slug: 'instruments', section: 'C', product: ['分析仪器与工业测控仪表', 'analytical and process-control instruments'] },
  { zh: '医疗', en: 'Medical', slug: 'medical', section: 'C', product: ['医学影像设备与医疗器械', 'medical imaging equipment and devices'] },
  { zh: '航天', en: 'Aerospace', slug: 'aerospace', section: 'C', product: ['小卫星与航天测控设备', 'small satellites and aerospace telemetry equipment'] },
  { zh: '材料', en: 'Materials', slug: 'materials', section: 'C', product: ['电子功能材料与新型涂层', 'electronic materials and functional coatings'] },
  { zh: '能源', en: 'Energy', slug: 'energy', section: 'D', product: ['分布式光伏与储能系统', 'distributed photovoltaics and energy storage'] },
  { zh: '电力', en: 'Power', slug: 'power', section: 'D', product: ['配电物联网与园区微电网服务', 'distribution IoT and microgrid services'] },
  {
    zh: '环境',
    en: 'Environmental',
    slug: 'env',
    section: 'M',
    product: ['水质在线监测设备与运维服务', 'online water-quality monitoring and operation services'],
  },
  { zh: '生物', en: 'Biotech', slug: 'biotech', section: 'M', product: ['生物检测试剂与实验室服务', 'bioassay reagents and laboratory services'] },
  { zh: '检测', en: 'Testing', slug: 'testing', section: 'M', product: ['电子电气产品检验检测服务', 'testing of electrical and electronic products'] },
  { zh: '认证', en: 'Certification', slug: 'certification', section: 'M', product: ['管理体系认证与产品认证', 'management-system and product certification'] },
  { zh: '测绘', en: 'Geomatics', slug: 'geomatics', section: 'M', product: ['遥感测绘与空间数据服务', 'remote sensing and spatial data services'] },
  { zh: '建设', en: 'Construction', slug: 'construction', section: 'E', product: ['智能建造与建筑信息模型服务', 'smart construction and BIM services'] },
  {
    zh: '金融',
    en: 'Fintech',
    slug: 'fintech',
    section: 'J',
    product: ['面向金融机构的分布式数据库与隐私计算', 'distributed databases and privacy computing for banks'],
  },
  { zh: '教育', en: 'Education', slug: 'edu', section: 'P', product: ['在线教育平台与教学评测系统', 'online education platforms and assessment systems'] },
  { zh: '文化', en: 'Culture', slug: 'culture', section: 'R', product: ['数字出版与文献数据服务', 'digital publishing and bibliographic data'] },
  { zh: '物流', en: 'Logistics', slug: 'logistics', section: 'G', product: ['智慧物流与仓储自动化系统', 'smart logistics and warehouse automation'] },
  { zh: '零售', en: 'Retail', slug: 'retail', section: 'F', product: ['社区智慧零售与供应链服务', 'community smart retail and supply chains'] },
];

/** Company forms; each has its own English so different Chinese names never share one. */
export const COMPANY_FORMS: readonly (readonly [zh: string, en: string, weight: number])[] = [
  ['科技有限公司', 'Technology Co., Ltd.', 55],
  ['技术有限公司', 'Technologies Co., Ltd.', 25],
  ['科技股份有限公司', 'Technology Corporation', 12],
  ['有限公司', 'Co., Ltd.', 8],
];

export interface EnterpriseName {
  readonly zh: string;
  readonly en: string;
  readonly shortZh: string;
  readonly shortEn: string;
  readonly slug: string;
  readonly industry: Industry;
}

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Draws before a name gets a third brand character: the two-character space is ~290k names. */
const TWO_CHARACTER_TRIES = 24;

/**
 * Names that are unique in Chinese, English and slug. Linear: one Set lookup per draw; a
 * crowded two-character space (hundreds of thousands of enterprises) moves on to three.
 */
export class EnterpriseNamer {
  private readonly zh = new Set<string>();
  private readonly en = new Set<string>();
  private readonly slugs = new Set<string>();

  constructor(private readonly random: Random) {}

  next(): EnterpriseName {
    for (let attempt = 0; ; attempt += 1) {
      const syllables = attempt < TWO_CHARACTER_TRIES ? 2 : 3;
      const brand = this.brand(syllables);
      const industry = this.random.pick(INDUSTRIES);
      const form = this.random.weighted(COMPANY_FORMS.map((f) => [f, f[2]] as const));
      const brandZh = brand.map(([zh]) => zh).join('');
      const brandEn = capitalize(brand.map(([, py]) => py).join(''));
      const name: EnterpriseName = {
        zh: `北京${brandZh}${industry.zh}${form[0]}`,
        en: `Beijing ${brandEn} ${industry.en} ${form[1]}`,
        shortZh: `${brandZh}${industry.zh}`,
        shortEn: `${brandEn} ${industry.en}`,
        slug: `${brand.map(([, py]) => py).join('')}-${industry.slug}`,
        industry,
      };
      if (this.zh.has(name.zh) || this.en.has(name.en) || this.slugs.has(name.slug)) continue;
      this.zh.add(name.zh);
      this.en.add(name.en);
      this.slugs.add(name.slug);
      return name;
    }
  }

  private brand(syllables: number): (readonly [string, string])[] {
    const chosen: (readonly [string, string])[] = [];
    while (chosen.length < syllables) {
      const syllable = this.random.pick(BRAND_SYLLABLES);
      if (!chosen.includes(syllable)) chosen.push(syllable);
    }
    return chosen;
  }
}
