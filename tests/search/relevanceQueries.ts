/**
 * The relevance suite: queries over the embedded dataset, each with the page that must be in
 * the top 3 (`first: true`: must be the first result — the newest edition of an undated code,
 * or the exact edition asked for). Shared by tests/search/relevance.test.ts and the benchmark.
 */
export type QueryCategory =
  | 'zh-name'
  | 'zh-fragment'
  | 'zh-title'
  | 'pinyin'
  | 'initials'
  | 'en-words'
  | 'en-typo'
  | 'zh-typo'
  | 'code'
  | 'code-undated'
  | 'committee'
  | 'award'
  | 'award-year'
  | 'program'
  | 'mixed';

export interface RelevanceQuery {
  readonly q: string;
  readonly expect: string;
  readonly category: QueryCategory;
  readonly first?: boolean;
}

const E = (slug: string) => `/enterprises/${slug}/`;
const S = (slug: string) => `/standards/${slug}/`;
const C = (slug: string) => `/committees/${slug}/`;
const A = (slug: string, year?: number) => `/awards/${slug}/${year ? `${year}/` : ''}`;
const P = (slug: string) => `/support/${slug}/`;

const q = (category: QueryCategory, expect: string, ...queries: string[]): RelevanceQuery[] => queries.map((text) => ({ q: text, expect, category }));
const first = (category: QueryCategory, expect: string, ...queries: string[]): RelevanceQuery[] =>
  queries.map((text) => ({ q: text, expect, category, first: true }));

export const RELEVANCE_QUERIES: readonly RelevanceQuery[] = [
  // Chinese names: full, short, and fragments of both.
  ...q('zh-name', E('zhixin-tech'), '北京智芯微联科技股份有限公司', '智芯微联'),
  ...q('zh-fragment', E('zhixin-tech'), '智芯', '芯微联'),
  ...q('zh-name', E('huaxin-data'), '华信数智', '北京华信数智科技股份有限公司'),
  ...q('zh-fragment', E('huaxin-data'), '华信'),
  ...q('zh-name', E('anxin-security'), '安信网盾'),
  ...q('zh-fragment', E('anxin-security'), '网盾'),
  ...q('zh-name', E('boyuan-semiconductor'), '博源半导体'),
  ...q('zh-fragment', E('chenyu-cloudmap'), '云图'),
  ...q('zh-name', E('dingsheng-instruments'), '鼎晟仪表'),
  ...q('zh-name', E('guanghe-materials'), '光合新材'),
  ...q('zh-name', E('haichuang-measurement'), '海创测控'),
  ...q('zh-name', E('hengyu-navigation'), '恒宇导航'),
  ...q('zh-name', E('jinghai-logistics'), '京海物流'),
  ...q('zh-name', E('jingwei-testing'), '京卫检测'),
  ...q('zh-name', E('kexin-certification'), '科信认证'),
  ...q('zh-name', E('lianchuang-ai'), '联创智算'),
  ...q('zh-name', E('luzhou-energy'), '绿洲能源'),
  ...q('zh-fragment', E('mozhi-ai'), '墨知'),
  ...q('zh-name', E('qiheng-robotics'), '启衡机器人'),
  ...q('zh-name', E('qingshan-culture'), '青杉文化'),
  ...q('zh-name', E('ruitong-comms'), '瑞通通信'),
  ...q('zh-name', E('shangdi-robotics'), '上地智造'),
  ...q('zh-name', E('shuimu-photonics'), '水木光子'),
  ...q('zh-name', E('tianshu-software'), '天枢软件'),
  ...q('zh-name', E('tongchuang-iot'), '同创物联'),
  ...q('zh-name', E('xinghe-medical'), '星禾医疗'),
  ...q('zh-fragment', E('xinrui-ic'), '芯睿', '芯'),
  ...q('zh-name', E('yuanjian-standards'), '元鉴标准化'),
  ...q('zh-name', E('zhicheng-testing'), '智诚检测'),
  ...q('zh-name', E('youxuan-retail'), '优选零售'),
  // Chinese standard titles and words in them.
  ...q('zh-title', S('gb-t-39204-2022'), '关键信息基础设施', '关键信息基础设施安全保护要求'),
  ...q('zh-title', S('gb-t-35273-2020'), '个人信息安全规范'),
  ...q('zh-title', S('gb-t-7714-2015'), '参考文献著录规则'),
  ...q('zh-title', S('gb-t-22239-2019'), '网络安全等级保护基本要求'),
  ...q('zh-title', S('db11-t-9901-2025'), '智慧园区建设与运营'),
  ...q('zh-title', S('db11-t-9902-2026'), '数据中心能效'),
  ...q('zh-title', S('t-cesa-9101-2023'), '深度学习框架'),
  ...q('zh-title', S('iso-iec-98143-2023'), '产业园区数字孪生'),
  ...q('zh-title', S('hj-9806-2025'), '化学需氧量'),
  ...q('zh-title', S('sj-t-9803-2025'), '碳足迹'),
  ...q('zh-title', S('db11-9905-2024'), '电动自行车'),
  // Pinyin and initials of enterprise names.
  ...q('pinyin', E('zhixin-tech'), 'zhixin', 'zhixinweilian', 'weilian'),
  ...q('initials', E('zhixin-tech'), 'zx', 'zxwl'),
  ...q('pinyin', E('huaxin-data'), 'huaxin', 'huaxinshuzhi'),
  ...q('initials', E('huaxin-data'), 'hxsz'),
  ...q('pinyin', E('anxin-security'), 'anxinwangdun'),
  ...q('initials', E('anxin-security'), 'axwd'),
  ...q('pinyin', E('luzhou-energy'), 'lvzhou', 'luzhou'),
  ...q('pinyin', E('tianshu-software'), 'tianshu'),
  ...q('initials', E('tianshu-software'), 'tsrj'),
  ...q('pinyin', E('shuimu-photonics'), 'shuimuguangzi'),
  ...q('pinyin', E('qingshan-culture'), 'qingshan'),
  ...q('initials', E('mingjian-edu'), 'mjjy'),
  // English words.
  ...q('en-words', E('zhixin-tech'), 'Zhixin Microlink', 'zhixin microlink technology'),
  ...q('en-words', E('huaxin-data'), 'Huaxin Shuzhi'),
  ...q('en-words', E('boyuan-semiconductor'), 'semiconductor'),
  ...q('en-words', S('gb-t-39204-2022'), 'critical information infrastructure'),
  ...q('en-words', S('gb-t-7714-2015'), 'bibliographic references'),
  ...q('en-words', S('ieee-9901-2025'), 'federated learning'),
  ...q('en-words', S('gb-z-98110-2026'), 'quantum-secure communication'),
  ...q('en-words', S('jr-t-0999'), 'privacy computing applications'),
  // English typos.
  ...q('en-typo', E('tianshu-software'), 'Tianshu Sofware'),
  ...q('en-typo', E('zhixin-tech'), 'Zhixin Microlnk'),
  ...q('en-typo', E('huaxin-data'), 'Huaxin Shuzih'),
  ...q('en-typo', E('boyuan-semiconductor'), 'Boyuan Semiconducter'),
  ...q('en-typo', S('gb-t-7714-2015'), 'bibliographc references'),
  ...q('en-typo', A('zhongguancun-quality-award'), 'Zhongguancun Qualty Award'),
  // Chinese typos: one wrong character (homophones included).
  ...q('zh-typo', E('zhixin-tech'), '智芯微连'),
  ...q('zh-typo', E('huaxin-data'), '华心数智', '华心'),
  ...q('zh-typo', E('tianshu-software'), '天枢软仵'),
  ...q('zh-typo', E('luzhou-energy'), '绿州能源'),
  ...q('zh-typo', A('zhongguancun-quality-award'), '中关村质量将'),
  // Standard codes in every spelling.
  ...first('code', S('gb-t-39204-2022'), 'GB/T 39204-2022', 'GBT39204', 'gb/t 39204—2022', 'ＧＢ／Ｔ　３９２０４', '39204', 'GB/T 39204', 'gb-t-39204-2022'),
  ...first('code-undated', S('gb-t-7714-2015'), 'GB/T 7714', 'gbt7714', 'ＧＢ／Ｔ　７７１４'),
  ...first('code', S('gb-t-7714-2005'), 'GB/T 7714-2005', 'gbt 7714—2005'),
  ...first('code-undated', S('gb-t-35273-2020'), 'GB/T 35273'),
  ...first('code-undated', S('gb-t-22239-2019'), 'GB/T 22239', 'GBT22239'),
  ...first('code', S('iso-iec-27001-2022'), 'ISO/IEC 27001:2022', 'ISO/IEC 27001', 'isoiec27001', 'ＩＳＯ／ＩＥＣ　２７００１'),
  ...first('code', S('iso-iec-27001-2013'), 'iso/iec 27001-2013', 'ISO/IEC 27001:2013'),
  ...first('code', S('iso-9001-2015'), 'ISO 9001:2015', 'ISO 9001', 'iso9001'),
  ...first('code', S('iec-69443-1-2024'), 'IEC 69443-1:2024', 'IEC 69443-1'),
  ...first('code', S('itu-t-y-4998'), 'ITU-T Y.4998', 'itu-t y4998', 'Y.4998'),
  ...first('code', S('ieee-9901-2025'), 'IEEE 9901-2025', 'ieee 9901'),
  ...first('code', S('gb-17859-1999'), 'GB 17859-1999', 'GB17859'),
  ...first('code', S('gb-z-98109-2024'), 'GB/Z 98109-2024', 'gbz98109'),
  ...first('code-undated', S('db11-t-9901-2025'), 'DB11/T 9901', 'db11t9901'),
  ...first('code', S('db11-t-9901-2020'), 'DB11/T 9901-2020'),
  ...first('code', S('t-cesa-9101-2023'), 'T/CESA 9101-2023', 'T/CESA 9101—2023', 'tcesa9101', 'Ｔ／ＣＥＳＡ　９１０１'),
  ...first('code', S('yd-t-9801-2024'), 'YD/T 9801-2024', 'YDT9801'),
  ...first('code', S('jr-t-0998-2023'), 'JR/T 0998', 'JRT0998-2023'),
  ...first('code', S('hj-9806-2025'), 'HJ 9806'),
  ...first('code', S('sj-t-9803-2025'), 'SJ/T 9803-2025'),
  ...first('code', S('t-hdsa-001-2024'), 'T/HDSA 001'),
  // Committees by name and code.
  ...q('committee', C('sac-tc-260'), '全国网络安全标准化技术委员会', 'SAC/TC 260', 'sactc260'),
  ...q('committee', C('iso-iec-jtc-1-sc-42'), '人工智能分技术委员会', 'JTC 1/SC 42'),
  ...q('committee', C('iso-tc-176'), 'ISO/TC 176'),
  ...q('committee', C('sac-tc-28'), '全国信息技术标准化技术委员会', 'SAC/TC 28'),
  ...q('committee', C('sac-tc-485'), '全国通信标准化技术委员会', 'SAC/TC 485'),
  ...q('committee', C('sac-tc-4'), '全国信息与文献标准化技术委员会'),
  ...q('committee', C('sac-tc-151'), '全国质量管理和质量保证标准化技术委员会'),
  ...q('committee', C('sac-tc-260'), 'National Cybersecurity Standardization Technical Committee'),
  ...q('committee', C('iso-iec-jtc-1-sc-27'), 'ISO/IEC JTC 1/SC 27'),
  ...q('committee', C('iso-iec-jtc-1-sc-41'), '物联网和数字孪生分技术委员会', 'JTC 1/SC 41'),
  ...q('committee', C('ccsa-tc10'), 'CCSA TC10'),
  ...q('committee', C('ccsa-tc5'), '无线通信技术工作委员会'),
  ...q('committee', C('itu-t-sg20'), 'ITU-T SG20'),
  ...q('committee', C('iec-tc-65'), 'IEC/TC 65'),
  ...q('committee', C('bj-tc-90'), '北京市智慧园区标准化技术委员会'),
  ...q('committee', C('hdsa-tc-3'), '海淀标准化促进会 质量管理专业委员会'),
  // Awards by name, and with a year.
  ...q('award', A('china-quality-award'), '中国质量奖', 'China Quality Award'),
  ...q('award', A('beijing-quality-management-award'), '北京市人民政府质量管理奖'),
  ...q('award', A('zhongguancun-quality-award'), '中关村质量奖', 'Zhongguancun Quality Award'),
  ...q('award', A('zhongguancun-quality-award'), '中关村质量', 'zhongguancun quality', '中关村 质量奖', 'quality award zhongguancun', '质量奖 中关村'),
  ...q('award', A('china-quality-award'), '中国质量', 'china quality', 'quality award china'),
  ...q(
    'award',
    A('beijing-quality-management-award'),
    'Beijing Municipal Government Quality Management Award',
    'Beijing Quality Management Award',
    '质量管理奖',
    'Quality Management Award',
    '人民政府质量管理奖',
    '政府质量管理奖',
    '北京市质量管理奖',
  ),
  ...first('award-year', A('zhongguancun-quality-award', 2024), '中关村质量奖 2024', '2024 中关村质量奖'),
  ...first('award-year', A('china-quality-award', 2025), '中国质量奖 2025'),
  ...first('award-year', A('china-quality-award', 2023), 'China Quality Award 2023'),
  ...first('award-year', A('beijing-quality-management-award', 2021), 'Beijing Quality Management Award 2021'),
  ...[2017, 2018, 2019, 2020, 2021, 2022, 2023, 2025, 2026].flatMap((year) =>
    first('award-year', A('zhongguancun-quality-award', year), `中关村质量奖 ${year}`),
  ),
  ...first('award-year', A('zhongguancun-quality-award', 2020), 'Zhongguancun Quality Award 2020'),
  ...first('award-year', A('zhongguancun-quality-award', 2022), '2022 Zhongguancun Quality Award'),
  ...first('award-year', A('beijing-quality-management-award', 2025), '北京市人民政府质量管理奖 2025'),
  ...first('award-year', A('beijing-quality-management-award', 2019), '北京市人民政府质量管理奖 2019'),
  ...first('award-year', A('beijing-quality-management-award', 2023), '质量管理奖 2023'),
  ...first('award-year', A('china-quality-award', 2023), '中国质量奖 2023'),
  // Support programmes.
  ...q('program', P('standards-subsidy-2026'), '标准化项目资助'),
  ...q('program', P('international-standardization-support'), '国际标准化工作专项支持'),
  ...q('program', P('group-standards-subsidy-2025'), 'Association standards subsidy'),
  ...q('program', P('standards-subsidy-2026'), '海淀区标准化项目资助', 'Haidian standardization subsidy'),
  ...q('program', P('international-standardization-support'), 'International standardization support', '国际标准化工作'),
  ...q('program', P('group-standards-subsidy-2025'), '团体标准培优资助', 'association standards'),
  ...q('program', P('standardization-service-desk'), '标准化技术服务进企业', 'Standardization service visits', '技术服务进企业'),
  ...q(
    'program',
    P('standards-participation-measures'),
    '海淀区关于支持企业参与标准制修订的若干措施',
    'Measures to support enterprises in standards development',
    '参与标准制修订',
    '若干措施',
  ),
  ...q('program', P('beijing-quality-award-2027-recommendation'), '2027年北京市人民政府质量管理奖区级推荐', '区级推荐', 'District recommendation'),
  ...q(
    'program',
    P('zhongguancun-quality-award-2026'),
    '2026年度中关村质量奖申报',
    '中关村质量奖申报',
    'Zhongguancun Quality Award 2026: applications',
    '质量奖申报',
  ),
  // Mixed scripts.
  ...q('mixed', E('zhixin-tech'), '智芯 Microlink'),
  ...q('mixed', S('gb-t-39204-2022'), 'GB/T 39204 关键信息'),
];
