/**
 * Enterprises: all fictional. Names, codes, websites (reserved `.example` domains) and
 * descriptions are invented for the demonstration; any likeness to a real company is chance.
 * Most are registered in Haidian (division 110108); three elsewhere in Beijing, to show the
 * content check's "outside Haidian" warning.
 */
import type { EnterpriseTag, IndustrySection, ServiceTier } from '../../site/lib/domain/vocabulary.ts';
import { MARKERS } from './privateMarkers.ts';
import { draftId, type SeedDocument } from './lib/document.ts';
import { enterpriseId } from './lib/ids.ts';
import { makeUscc } from './lib/uscc.ts';
import { localeString, localeText, slug } from './lib/values.ts';

/** GB/T 2260 divisions used outside Haidian. */
const CHANGPING = '110114';
const TONGZHOU = '110112';
const CHAOYANG = '110105';

export interface EnterpriseRow {
  readonly slug: string;
  readonly zh: string;
  /** Left out on one row to show the English fallback of a name. */
  readonly en?: string;
  readonly short: readonly [zh: string, en?: string];
  /** Names before a renaming (matched by the bulk intake and by search). */
  readonly formerNames?: readonly string[];
  /** Organization code: characters 9–17 of the USCC. */
  readonly org: string;
  /** Division (characters 3–8); Haidian when left out. */
  readonly division?: string;
  readonly tier: ServiceTier;
  readonly industry: IndustrySection;
  readonly park?: string;
  readonly website?: string;
  readonly description: readonly [zh: string, en?: string];
  readonly tags: readonly EnterpriseTag[];
  readonly internalNotes?: string;
}

export const ENTERPRISES: readonly EnterpriseRow[] = [
  {
    slug: 'zhixin-tech', zh: '北京智芯微联科技股份有限公司', en: 'Beijing Zhixin Microlink Technology Co., Ltd.',
    short: ['智芯微联', 'Zhixin Microlink'], org: 'MA01C3KX7', tier: 'excellence', industry: 'I', park: '中关村软件园',
    website: 'https://www.zhixin-microlink.example',
    description: ['物联网芯片与边缘计算平台提供商，牵头多项物联网国际标准和国家标准。', 'Maker of IoT chips and edge computing platforms; leads several international and national IoT standards.'],
    tags: ['listed', 'high-tech'],
    internalNotes: `2026 年走访记录：企业计划申报中国质量奖，需补充质量损失率数据。${MARKERS.notesZhixin}`,
  },
  {
    slug: 'huaxin-data', zh: '北京华信数智科技股份有限公司', en: 'Beijing Huaxin Shuzhi Technology Co., Ltd.',
    short: ['华信数智', 'Huaxin Shuzhi'], org: '802014576', tier: 'excellence', industry: 'I', park: '上地信息产业基地',
    website: 'https://www.huaxin-shuzhi.example',
    description: ['数据安全与隐私计算企业，参与网络安全国家标准和国际标准的制定。', 'Data security and privacy computing company taking part in national and international cybersecurity standards.'],
    tags: ['listed', 'high-tech'],
    internalNotes: `联系人变更待核实；勿对外公布。${MARKERS.notesHuaxin}`,
  },
  {
    slug: 'lianchuang-ai', zh: '北京联创智算科技有限公司', en: 'Beijing Lianchuang Intelligent Computing Co., Ltd.',
    formerNames: ['北京联创智能计算技术有限公司'],
    short: ['联创智算', 'Lianchuang AI'], org: 'MA04D8TQ2', tier: 'growth', industry: 'I', park: '中关村软件园',
    website: 'https://www.lianchuang-ai.example',
    description: ['人工智能训练与推理平台企业，参与人工智能国家标准和团体标准。', 'AI training and inference platform company contributing to national and association AI standards.'],
    tags: ['unicorn', 'high-tech'],
    internalNotes: `2023 年市质量管理奖未获奖，评审意见需在辅导中跟进。${MARKERS.notesLianchuang}`,
  },
  {
    slug: 'qingyuan-env', zh: '北京清源环境科技有限公司', en: 'Beijing Qingyuan Environmental Technology Co., Ltd.',
    short: ['清源环境', 'Qingyuan Environmental'], org: 'MA00F2R5W', tier: 'growth', industry: 'M', park: '中关村环保科技示范园',
    website: 'https://www.qingyuan-env.example',
    description: ['水质在线监测设备与运维服务企业。', 'Online water-quality monitoring equipment and operation services.'],
    tags: ['specialized-new', 'high-tech'],
    internalNotes: `2021 年主动撤回市质量管理奖申报（环评整改），整改已完成。${MARKERS.notesQingyuan}`,
  },
  {
    slug: 'jingwei-testing', zh: '北京京卫质量检测技术有限公司', en: 'Beijing Jingwei Quality Testing Co., Ltd.',
    short: ['京卫检测', 'Jingwei Testing'], org: 'MA01H6N3P', tier: 'foundation', industry: 'M', park: '上地信息产业基地',
    website: 'https://www.jingwei-testing.example',
    description: ['第三方检验检测机构，提供电子电气产品检测服务。', 'Third-party testing laboratory for electrical and electronic products.'],
    tags: [],
  },
  {
    slug: 'shangdi-robotics', zh: '北京上地智造机器人有限公司', en: 'Beijing Shangdi Intelligent Robotics Co., Ltd.',
    short: ['上地智造', 'Shangdi Robotics'], org: 'MA02K7L9X', tier: 'growth', industry: 'C', park: '上地信息产业基地',
    website: 'https://www.shangdi-robotics.example',
    description: ['协作机器人与工业视觉系统制造商。', 'Manufacturer of collaborative robots and industrial vision systems.'],
    tags: ['specialized-new', 'high-tech'],
  },
  {
    slug: 'shuimu-photonics', zh: '北京水木光子科技有限公司', en: 'Beijing Shuimu Photonics Co., Ltd.',
    short: ['水木光子', 'Shuimu Photonics'], org: 'MA03P4Q8T', tier: 'excellence', industry: 'C', park: '清华科技园',
    website: 'https://www.shuimu-photonics.example',
    description: ['光通信器件与量子安全通信设备研发制造企业。', 'Develops and manufactures optical communication components and quantum-secure communication equipment.'],
    tags: ['specialized-new', 'high-tech'],
  },
  {
    slug: 'hairong-finance', zh: '北京海融数字金融服务有限公司', en: 'Beijing Hairong Digital Finance Services Co., Ltd.',
    short: ['海融数金', 'Hairong'], org: 'MA05A1B2C', tier: 'growth', industry: 'J', park: '中关村西区',
    website: 'https://www.hairong-finance.example',
    description: ['面向金融机构的分布式数据库与隐私计算服务商。', 'Distributed databases and privacy computing for financial institutions.'],
    tags: ['high-tech'],
  },
  {
    slug: 'boyuan-semiconductor', zh: '北京博源半导体有限公司', en: 'Beijing Boyuan Semiconductor Co., Ltd.',
    short: ['博源半导体', 'Boyuan Semiconductor'], org: '101125873', tier: 'excellence', industry: 'C', park: '中关村集成电路设计园',
    website: 'https://www.boyuan-semi.example',
    description: ['功率半导体与电源管理芯片企业。', 'Power semiconductors and power-management chips.'],
    tags: ['listed', 'high-tech'],
  },
  {
    slug: 'tianshu-software', zh: '北京天枢软件技术有限公司', en: 'Beijing Tianshu Software Technology Co., Ltd.',
    short: ['天枢软件', 'Tianshu Software'], org: 'MA07C5D6E', tier: 'foundation', industry: 'I', park: '中关村软件园',
    website: 'https://www.tianshu-software.example',
    description: ['运维管理软件与数据中心服务企业。', 'IT operations software and data-centre services.'],
    tags: ['high-tech'],
  },
  {
    slug: 'haichuang-measurement', zh: '北京海创测控技术有限公司', en: 'Beijing Haichuang Measurement and Control Co., Ltd.',
    short: ['海创测控', 'Haichuang'], org: 'MA02F9G1H', tier: 'growth', industry: 'C', park: '上地信息产业基地',
    website: 'https://www.haichuang-mc.example',
    description: ['工业过程测量与控制仪表制造商。', 'Industrial-process measurement and control instruments.'],
    tags: ['specialized-new'],
  },
  {
    slug: 'luzhou-energy', zh: '北京绿洲能源服务有限公司', en: 'Beijing Lüzhou Energy Services Co., Ltd.',
    short: ['绿洲能源', 'Lüzhou Energy'], org: 'MA06J2K3L', tier: 'foundation', industry: 'D', park: '中关村环保科技示范园',
    website: 'https://www.luzhou-energy.example',
    description: ['园区综合能源与能碳管理服务商。', 'Integrated energy and carbon management for industrial parks.'],
    tags: [],
  },
  {
    slug: 'xinghe-medical', zh: '北京星禾医疗器械有限公司', en: 'Beijing Xinghe Medical Devices Co., Ltd.',
    short: ['星禾医疗', 'Xinghe Medical'], org: 'MA01M4N5P', division: CHANGPING, tier: 'growth', industry: 'C', park: '中关村生命科学园',
    website: 'https://www.xinghe-medical.example',
    description: ['医用监护设备制造商，注册地在昌平区，研发中心位于海淀。', 'Maker of patient monitors; registered in Changping, with its R&D centre in Haidian.'],
    tags: ['high-tech'],
    internalNotes: `2019 年市质量管理奖获奖后于 2021 年因质量事故被撤销，三年内不再推荐。${MARKERS.notesXinghe}`,
  },
  {
    slug: 'hengyu-navigation', zh: '北京恒宇导航技术有限公司', en: 'Beijing Hengyu Navigation Technology Co., Ltd.',
    short: ['恒宇导航', 'Hengyu Navigation'], org: 'MA03Q6R7T', tier: 'growth', industry: 'M', park: '永丰产业基地',
    website: 'https://www.hengyu-navigation.example',
    description: ['高精度定位与导航服务企业。', 'High-precision positioning and navigation services.'],
    tags: ['specialized-new', 'high-tech'],
  },
  {
    slug: 'mingjian-edu', zh: '北京明鉴教育科技有限公司', en: 'Beijing Mingjian Education Technology Co., Ltd.',
    short: ['明鉴教育'], org: 'MA08U1W2X', tier: 'foundation', industry: 'P', park: '清华科技园',
    website: 'https://www.mingjian-edu.example',
    description: ['职业教育与标准化人才培训服务机构。'],
    tags: [],
  },
  {
    slug: 'ruitong-comms', zh: '北京瑞通通信技术股份有限公司', en: 'Beijing Ruitong Communication Technology Co., Ltd.',
    short: ['瑞通通信', 'Ruitong'], org: '700231468', tier: 'excellence', industry: 'I', park: '上地信息产业基地',
    website: 'https://www.ruitong-comms.example',
    description: ['5G 行业专网与物联网模组企业，参与通信行业标准与 ITU-T 建议书。', '5G private networks and IoT modules; contributes to telecom industry standards and ITU-T Recommendations.'],
    tags: ['listed', 'high-tech'],
  },
  {
    slug: 'anxin-security', zh: '北京安信网盾科技有限公司', en: 'Beijing Anxin Wangdun Technology Co., Ltd.',
    short: ['安信网盾', 'Anxin'], org: 'MA04Y3A4B', tier: 'growth', industry: 'I', park: '中关村软件园',
    website: 'https://www.anxin-wangdun.example',
    description: ['网络安全等级保护测评与安全运营服务商。', 'Cybersecurity classified-protection assessment and security operations.'],
    tags: ['high-tech'],
  },
  {
    slug: 'kexin-certification', zh: '北京科信认证服务有限公司', en: 'Beijing Kexin Certification Services Co., Ltd.',
    short: ['科信认证', 'Kexin Certification'], org: 'MA05C6D7E', tier: 'foundation', industry: 'M',
    website: 'https://www.kexin-cert.example',
    description: ['管理体系认证与质量管理咨询机构。', 'Management-system certification and quality consulting.'],
    tags: [],
  },
  {
    slug: 'chenyu-cloudmap', zh: '北京辰宇云图科技有限公司', en: 'Beijing Chenyu Cloudmap Technology Co., Ltd.',
    short: ['辰宇云图', 'Chenyu Cloudmap'], org: 'MA09F8G9H', tier: 'foundation', industry: 'I', park: '中关村软件园',
    website: 'https://www.chenyu-cloudmap.example',
    description: ['城市时空数据平台初创企业。', 'Start-up building a spatio-temporal data platform for cities.'],
    tags: [],
  },
  {
    slug: 'yishui-tech', zh: '北京易水环境工程有限公司', en: 'Beijing Yishui Environmental Engineering Co., Ltd.',
    short: ['易水环境', 'Yishui'], org: 'MA06K1L2M', tier: 'foundation', industry: 'N', park: '中关村环保科技示范园',
    website: 'https://www.yishui-env.example',
    description: ['城市水环境治理与监测运维企业。', 'Urban water-environment remediation and monitoring operations.'],
    tags: [],
  },
  {
    slug: 'jinghai-logistics', zh: '北京京海智慧物流有限公司', en: 'Beijing Jinghai Smart Logistics Co., Ltd.',
    short: ['京海物流', 'Jinghai Logistics'], org: 'MA07N3P4Q', division: TONGZHOU, tier: 'foundation', industry: 'G',
    website: 'https://www.jinghai-logistics.example',
    description: ['智慧仓储与城市配送企业，注册于通州区。', 'Smart warehousing and city delivery; registered in Tongzhou.'],
    tags: [],
  },
  {
    slug: 'mozhi-ai', zh: '北京墨知智能科技有限公司', en: 'Beijing Mozhi Intelligence Technology Co., Ltd.',
    short: ['墨知智能', 'Mozhi'], org: 'MA0AR5T6U', tier: 'growth', industry: 'I', park: '清华科技园',
    website: 'https://www.mozhi-ai.example',
    description: ['大模型与智能体平台企业。', 'Large-model and AI-agent platform company.'],
    tags: ['unicorn', 'high-tech'],
  },
  {
    slug: 'dingsheng-instruments', zh: '北京鼎晟仪器仪表有限公司', en: 'Beijing Dingsheng Instruments Co., Ltd.',
    short: ['鼎晟仪表', 'Dingsheng'], org: '633042917', tier: 'growth', industry: 'C', park: '永丰产业基地',
    website: 'https://www.dingsheng-instruments.example',
    description: ['在线分析仪表与环境监测仪器制造商。', 'Online analysers and environmental monitoring instruments.'],
    tags: ['specialized-new'],
  },
  {
    slug: 'guanghe-materials', zh: '北京光合新材料科技有限公司', en: 'Beijing Guanghe New Materials Technology Co., Ltd.',
    short: ['光合新材'], org: 'MA08W7X8Y', tier: 'foundation', industry: 'C', park: '永丰产业基地',
    description: ['显示用光学膜材料初创企业。'],
    tags: [],
  },
  {
    slug: 'shuyuan-health', zh: '北京数元健康管理有限公司', en: 'Beijing Shuyuan Health Management Co., Ltd.',
    short: ['数元健康', 'Shuyuan Health'], org: 'MA0B1A2B3', tier: 'growth', industry: 'Q', park: '中关村生命科学园',
    website: 'https://www.shuyuan-health.example',
    description: ['互联网医疗与健康管理服务企业。', 'Online healthcare and health-management services.'],
    tags: ['high-tech'],
  },
  {
    slug: 'haijian-construction', zh: '北京海建数字建造科技有限公司', en: 'Beijing Haijian Digital Construction Technology Co., Ltd.',
    short: ['海建数字', 'Haijian Digital'], org: '101562438', tier: 'foundation', industry: 'E',
    website: 'https://www.haijian-digital.example',
    description: ['区属国有建设企业的数字建造子公司，承担智慧园区建设项目。', 'Digital-construction subsidiary of a district state-owned builder; builds smart parks.'],
    tags: ['state-owned'],
    internalNotes: `上级单位要求所有对外材料经集团审核。${MARKERS.notesHaijian}`,
  },
  {
    slug: 'qiheng-robotics', zh: '北京启衡机器人科技有限公司', en: 'Beijing Qiheng Robotics Technology Co., Ltd.',
    short: ['启衡机器人', 'Qiheng Robotics'], org: 'MA02C4D5E', tier: 'excellence', industry: 'C', park: '中关村软件园',
    website: 'https://www.qiheng-robotics.example',
    description: ['工业机器人与预测性维护系统制造商。', 'Industrial robots and predictive-maintenance systems.'],
    tags: ['specialized-new', 'high-tech'],
  },
  {
    slug: 'yuanjian-standards', zh: '北京元鉴标准化技术服务有限公司', en: 'Beijing Yuanjian Standardization Services Co., Ltd.',
    short: ['元鉴标准化', 'Yuanjian'], org: 'MA04F6G7H', tier: 'growth', industry: 'M', park: '中关村西区',
    website: 'https://www.yuanjian-std.example',
    description: ['标准化咨询与团体标准编制服务机构。', 'Standardization consulting and association-standard drafting services.'],
    tags: [],
  },
  {
    slug: 'qingshan-culture', zh: '北京青杉数字文化有限公司', en: 'Beijing Qingshan Digital Culture Co., Ltd.',
    short: ['青杉文化'], org: 'MA09J8K9L', tier: 'foundation', industry: 'R', park: '中关村软件园',
    description: ['数字出版与文献数据服务企业。'],
    tags: [],
  },
  {
    slug: 'tongchuang-iot', zh: '北京同创物联网技术有限公司', en: 'Beijing Tongchuang IoT Technology Co., Ltd.',
    short: ['同创物联', 'Tongchuang IoT'], org: 'MA03M1N2P', tier: 'growth', industry: 'I', park: '上地信息产业基地',
    website: 'https://www.tongchuang-iot.example',
    description: ['物联网平台与智慧园区解决方案企业。', 'IoT platforms and smart-park solutions.'],
    tags: ['specialized-new', 'high-tech'],
  },
  {
    slug: 'youxuan-retail', zh: '北京优选智慧零售有限公司',
    short: ['优选零售'], org: 'MA0C3Q4R5', division: CHAOYANG, tier: 'foundation', industry: 'F',
    description: ['社区智慧零售企业，注册于朝阳区，在海淀设有研发中心。'],
    tags: [],
  },
  {
    slug: 'hongdian-grid', zh: '北京泓电智能电网技术有限公司', en: 'Beijing Hongdian Smart Grid Technology Co., Ltd.',
    short: ['泓电智能', 'Hongdian'], org: 'MA05T6U7W', tier: 'growth', industry: 'D', park: '中关村环保科技示范园',
    website: 'https://www.hongdian-grid.example',
    description: ['配电物联网与园区微电网服务企业。', 'Distribution IoT and microgrid services for parks.'],
    tags: ['high-tech'],
  },
  {
    slug: 'xinrui-ic', zh: '北京芯睿集成电路设计有限公司', en: 'Beijing Xinrui IC Design Co., Ltd.',
    short: ['芯睿', 'Xinrui'], org: 'MA01X2Y3A', tier: 'excellence', industry: 'I', park: '中关村集成电路设计园',
    website: 'https://www.xinrui-ic.example',
    description: ['物联网安全芯片设计企业。', 'Designs secure chips for IoT devices.'],
    tags: ['unicorn', 'high-tech'],
  },
  {
    slug: 'zhicheng-testing', zh: '北京智诚检测技术有限公司', en: 'Beijing Zhicheng Testing Technology Co., Ltd.',
    short: ['智诚检测', 'Zhicheng Testing'], org: 'MA0D4B5C6', tier: 'foundation', industry: 'M', park: '上地信息产业基地',
    description: ['软件与信息系统测评实验室。', 'Software and information-system testing laboratory.'],
    tags: [],
  },
];

/** Draft edits of published enterprises: what staff are changing but have not published. */
const DRAFT_EDITS: Readonly<Record<string, { readonly descriptionZh: string }>> = {
  'zhixin-tech': {
    descriptionZh: `物联网芯片、边缘计算与园区数字孪生平台提供商（草稿：待企业确认后发布）。${MARKERS.draftEnterprise}`,
  },
};

function buildEnterprise(row: EnterpriseRow): SeedDocument {
  return {
    _id: enterpriseId(row.slug),
    _type: 'enterprise',
    name: localeString(row.zh, row.en),
    shortName: localeString(row.short[0], row.short[1]),
    formerNames: row.formerNames,
    slug: slug(row.slug),
    uscc: makeUscc(row.org, row.division),
    serviceTier: row.tier,
    industry: row.industry,
    park: row.park,
    website: row.website,
    description: localeText(row.description[0], row.description[1]),
    tags: row.tags.length > 0 ? [...row.tags] : undefined,
    internalNotes: row.internalNotes,
  };
}

export function buildEnterprises(): SeedDocument[] {
  const published = ENTERPRISES.map(buildEnterprise);
  const drafts = ENTERPRISES.flatMap((row) => {
    const edit = DRAFT_EDITS[row.slug];
    if (!edit) return [];
    const doc = buildEnterprise(row);
    return [{ ...doc, _id: draftId(doc._id), description: localeText(edit.descriptionZh, row.description[1]) }];
  });
  return [...published, ...drafts];
}
