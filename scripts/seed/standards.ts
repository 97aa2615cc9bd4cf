/**
 * Standards. Real codes appear only where title and dates are certain (marked `real: true`),
 * and no enterprise of this dataset claims a part in them. Every other code uses a number no
 * standard has (9xxxx / 98xxx / 99xx) or a fictional association (`T/HDSA`).
 *
 * Dates follow checkStandardDates: no publishedOn before stage 60, publishedOn from 60 on,
 * withdrawnOn on withdrawn standards, effectiveOn never before publishedOn. Some effectiveOn
 * lie after DATASET_DAY (2026-11-28), so the site shows 即将实施.
 */
import type { Stage } from '../../site/lib/domain/stages.ts';
import { parseStandardCode } from '../../site/lib/domain/standardCode.ts';
import type { AdoptionDegree, StandardLevel } from '../../site/lib/domain/vocabulary.ts';
import { MARKERS } from './privateMarkers.ts';
import { EXAMPLE_SOURCE_ORIGIN, STAFF } from './lib/constants.ts';
import { draftId, type SeedDocument } from './lib/document.ts';
import { committeeId, standardId, standardSlug } from './lib/ids.ts';
import { keyedRefs, localeString, ref, source, verification } from './lib/values.ts';

export interface StandardRow {
  /** As written officially, including the em-dash of association codes. */
  readonly code: string;
  readonly level: StandardLevel;
  readonly zh: string;
  readonly en?: string;
  /** Code of the responsible technical committee. */
  readonly committee?: string;
  /** Issuing body, when it differs from the one the prefix implies. */
  readonly body?: string;
  readonly stage: Stage;
  readonly stageCode: string;
  readonly planNumber?: string;
  readonly publishedOn?: string;
  readonly effectiveOn?: string;
  readonly withdrawnOn?: string;
  /** Codes of the editions this one replaces. */
  readonly replaces?: readonly string[];
  readonly ics?: readonly string[];
  readonly ccs?: string;
  readonly url?: string;
  /** A real standard: the url is its official page and the source names the official register. */
  readonly real?: boolean;
  /** Earlier designations, oldest first; the id and page come from the first (site/lib/routes.ts). */
  readonly designations?: readonly { readonly code: string; readonly stage: Stage; readonly stageCode: string; readonly until: string }[];
  /** Other codes of the same document (joint group codes, twin numbers). */
  readonly alsoCodes?: readonly string[];
  /** The international standard adopted: the code of its record here, or a code only. */
  readonly adopts?: { readonly standard?: string; readonly code?: string; readonly degree: AdoptionDegree };
  /** For a supplement: the code of the base edition's record. */
  readonly amends?: string;
}

/** The code a record's id comes from: its first designation, else its code. */
export const idCode = (row: Pick<StandardRow, 'code' | 'designations'>): string => row.designations?.[0]?.code ?? row.code;

/** When the record was captured and checked by the bureau. */
const CAPTURED_ON = '2026-10-15';

export const STANDARDS: readonly StandardRow[] = [
  // ── International: ISO, ISO/IEC, IEC, ITU-T, IEEE ─────────────────────────────────────
  { code: 'ISO 9001:2015', level: 'international', zh: '质量管理体系 要求', en: 'Quality management systems — Requirements', committee: 'ISO/TC 176', stage: 'review', stageCode: '90.92', publishedOn: '2015-09-15', ics: ['03.100.70', '03.120.10'], url: 'https://www.iso.org/standard/62085.html', real: true },
  { code: 'ISO/IEC 27001:2013', level: 'international', zh: '信息技术 安全技术 信息安全管理体系 要求', en: 'Information technology — Security techniques — Information security management systems — Requirements', committee: 'ISO/IEC JTC 1/SC 27', stage: 'withdrawn', stageCode: '95.99', publishedOn: '2013-09-25', withdrawnOn: '2022-10-25', ics: ['03.100.70', '35.030'], url: 'https://www.iso.org/standard/54534.html', real: true },
  { code: 'ISO/IEC 27001:2022', level: 'international', zh: '信息安全、网络安全和隐私保护 信息安全管理体系 要求', en: 'Information security, cybersecurity and privacy protection — Information security management systems — Requirements', committee: 'ISO/IEC JTC 1/SC 27', stage: 'published', stageCode: '60.60', publishedOn: '2022-10-25', replaces: ['ISO/IEC 27001:2013'], ics: ['03.100.70', '35.030'], url: 'https://www.iso.org/standard/27001', real: true },
  { code: 'ISO/IEC 98141-1', level: 'international', zh: '物联网 边缘计算节点互操作 第1部分：框架', en: 'Internet of things — Interoperability of edge computing nodes — Part 1: Framework', committee: 'ISO/IEC JTC 1/SC 41', stage: 'enquiry', stageCode: '40.20', ics: ['35.020'] },
  { code: 'ISO/IEC 98141-2', level: 'international', zh: '物联网 边缘计算节点互操作 第2部分：数据交换', en: 'Internet of things — Interoperability of edge computing nodes — Part 2: Data exchange', committee: 'ISO/IEC JTC 1/SC 41', stage: 'committee', stageCode: '30.20', ics: ['35.020'] },
  { code: 'ISO/IEC 98143:2023', level: 'international', zh: '物联网 产业园区数字孪生参考模型', en: 'Internet of things — Reference model for digital twins of industrial parks', committee: 'ISO/IEC JTC 1/SC 41', stage: 'published', stageCode: '60.60', publishedOn: '2023-06-14', ics: ['35.020'] },
  { code: 'ISO/IEC TR 98144:2025', level: 'international', zh: '物联网 低功耗传感网络用例', en: 'Internet of things — Use cases of low-power sensor networks', committee: 'ISO/IEC JTC 1/SC 41', stage: 'published', stageCode: '60.60', publishedOn: '2025-02-10', ics: ['35.020'] },
  { code: 'ISO/IEC 98421', level: 'international', zh: '人工智能 机器学习数据质量 过程框架', en: 'Artificial intelligence — Data quality for machine learning — Process framework', committee: 'ISO/IEC JTC 1/SC 42', stage: 'committee', stageCode: '30.60', ics: ['35.020'] },
  { code: 'ISO/IEC 98422', level: 'international', zh: '人工智能 大模型系统生命周期过程', en: 'Artificial intelligence — Life cycle processes for large model systems', committee: 'ISO/IEC JTC 1/SC 42', stage: 'preparatory', stageCode: '20.20', ics: ['35.020'] },
  { code: 'ISO/IEC 98271', level: 'international', zh: '信息安全 隐私保护 数据去标识化技术评估', en: 'Information security — Privacy protection — Evaluation of data de-identification techniques', committee: 'ISO/IEC JTC 1/SC 27', stage: 'approval', stageCode: '50.20', ics: ['35.030'] },
  { code: 'ISO 98176', level: 'international', zh: '质量管理 数字平台企业质量管理体系应用指南', en: 'Quality management — Guidelines for quality management systems in digital platform enterprises', committee: 'ISO/TC 176', stage: 'proposal', stageCode: '10.99', ics: ['03.120.10'] },
  { code: 'ISO 98177', level: 'international', zh: '质量管理 质量数据治理', en: 'Quality management — Governance of quality data', committee: 'ISO/TC 176', stage: 'preliminary', stageCode: '00.60', ics: ['03.120.10'] },
  { code: 'ISO 98178:2024', level: 'international', zh: '质量管理 顾客满意 在线服务投诉处理指南', en: 'Quality management — Customer satisfaction — Guidelines for complaints handling in online services', committee: 'ISO/TC 176', stage: 'published', stageCode: '60.60', publishedOn: '2024-04-22', ics: ['03.120.10'] },
  { code: 'IEC 69443-1:2024', level: 'international', zh: '工业自动化 安全远程维护 第1部分：要求', en: 'Industrial automation — Secure remote maintenance — Part 1: Requirements', committee: 'IEC/TC 65', stage: 'published', stageCode: '60.60', publishedOn: '2024-06-18', ics: ['25.040.40'] },
  { code: 'IEC 69443-2', level: 'international', zh: '工业自动化 安全远程维护 第2部分：测试方法', en: 'Industrial automation — Secure remote maintenance — Part 2: Test methods', committee: 'IEC/TC 65', stage: 'enquiry', stageCode: '40.20', ics: ['25.040.40'] },
  { code: 'ITU-T Y.4998', level: 'international', zh: '智慧园区数字孪生需求', en: 'Requirements of digital twins for smart parks', committee: 'ITU-T SG20', stage: 'published', stageCode: '60.60', publishedOn: '2024-09-13' },
  { code: 'ITU-T Y.4997', level: 'international', zh: '基于物联网的城市水环境监测框架', en: 'Framework of IoT-based urban water environment monitoring', committee: 'ITU-T SG20', stage: 'approval', stageCode: '50.00' },
  { code: 'IEEE 9901-2025', level: 'consortium', zh: '可信联邦学习平台标准', en: 'Standard for Trustworthy Federated Learning Platforms', stage: 'published', stageCode: '60.60', publishedOn: '2025-03-20', ics: ['35.240'] },
  { code: 'IEEE 9902', level: 'consortium', zh: '工业机器人预测性维护数据格式标准', en: 'Standard for Data Formats of Predictive Maintenance of Industrial Robots', stage: 'preparatory', stageCode: '20.00' },

  // ── National: GB, GB/T, GB/Z (SAC) ───────────────────────────────────────────────────────
  { code: 'GB/T 7714-2005', level: 'national', zh: '文后参考文献著录规则', en: 'Descriptive rules for bibliographic references', committee: 'SAC/TC 4', stage: 'published', stageCode: '60.60', publishedOn: '2005-03-23', effectiveOn: '2005-10-01', ics: ['01.140.20'], ccs: 'A14', real: true },
  { code: 'GB/T 7714-2015', level: 'national', zh: '信息与文献 参考文献著录规则', en: 'Information and documentation — Rules for bibliographic references and citations to information resources', committee: 'SAC/TC 4', stage: 'published', stageCode: '60.60', publishedOn: '2015-05-15', effectiveOn: '2015-12-01', replaces: ['GB/T 7714-2005'], ics: ['01.140.20'], ccs: 'A14', real: true },
  { code: 'GB 17859-1999', level: 'national', zh: '计算机信息系统 安全保护等级划分准则', en: 'Classified criteria for security protection of computer information system', committee: 'SAC/TC 260', stage: 'published', stageCode: '60.60', publishedOn: '1999-09-13', effectiveOn: '2001-01-01', real: true },
  { code: 'GB/T 22239-2008', level: 'national', zh: '信息安全技术 信息系统安全等级保护基本要求', en: 'Information security technology — Baseline for classified protection of information system security', committee: 'SAC/TC 260', stage: 'published', stageCode: '60.60', publishedOn: '2008-06-19', effectiveOn: '2008-11-01', real: true },
  { code: 'GB/T 22239-2019', level: 'national', zh: '信息安全技术 网络安全等级保护基本要求', en: 'Information security technology — Baseline for classified protection of cybersecurity', committee: 'SAC/TC 260', stage: 'published', stageCode: '60.60', publishedOn: '2019-05-10', effectiveOn: '2019-12-01', replaces: ['GB/T 22239-2008'], real: true },
  { code: 'GB/T 35273-2017', level: 'national', zh: '信息安全技术 个人信息安全规范', en: 'Information security technology — Personal information security specification', committee: 'SAC/TC 260', stage: 'published', stageCode: '60.60', publishedOn: '2017-12-29', effectiveOn: '2018-05-01', real: true },
  { code: 'GB/T 35273-2020', level: 'national', zh: '信息安全技术 个人信息安全规范', en: 'Information security technology — Personal information security specification', committee: 'SAC/TC 260', stage: 'published', stageCode: '60.60', publishedOn: '2020-03-06', effectiveOn: '2020-10-01', replaces: ['GB/T 35273-2017'], real: true },
  { code: 'GB/T 39204-2022', level: 'national', zh: '信息安全技术 关键信息基础设施安全保护要求', en: 'Information security technology — Cybersecurity requirements for critical information infrastructure protection', committee: 'SAC/TC 260', stage: 'published', stageCode: '60.60', publishedOn: '2022-10-12', effectiveOn: '2023-05-01', ics: ['35.030'], ccs: 'L80', real: true },
  { code: 'GB/T 19001-2016', level: 'national', zh: '质量管理体系 要求', en: 'Quality management systems — Requirements', committee: 'SAC/TC 151', stage: 'published', stageCode: '60.60', publishedOn: '2016-12-30', effectiveOn: '2017-07-01', ics: ['03.120.10'], ccs: 'A00', real: true },
  { code: 'GB/T 98101-2026', level: 'national', zh: '信息技术 物联网 边缘计算节点通用技术要求', en: 'Information technology — Internet of things — General technical requirements for edge computing nodes', committee: 'SAC/TC 28', stage: 'published', stageCode: '60.60', publishedOn: '2026-08-20', effectiveOn: '2027-03-01', ics: ['35.110'], ccs: 'L79' },
  { code: 'GB/T 98102-2025', level: 'national', zh: '人工智能 机器学习数据标注质量要求', en: 'Artificial intelligence — Quality requirements for data annotation in machine learning', committee: 'SAC/TC 28', stage: 'published', stageCode: '60.60', publishedOn: '2025-10-05', effectiveOn: '2026-05-01', ics: ['35.240.01'], ccs: 'L70' },
  { code: 'GB/T 98103', level: 'national', zh: '信息安全技术 生成式人工智能服务数据安全要求', en: 'Information security technology — Data security requirements for generative AI services', committee: 'SAC/TC 260', stage: 'approval', stageCode: '50.20', planNumber: '20250817-T-469', ics: ['35.030'], ccs: 'L80' },
  { code: 'GB/T 98104', level: 'national', zh: '信息技术 物联网 智慧园区数据接口规范', en: 'Information technology — Internet of things — Data interface specification for smart parks', committee: 'SAC/TC 28', stage: 'enquiry', stageCode: '40.20', planNumber: '20250321-T-469', ics: ['35.110'] },
  { code: 'GB/T 98105', level: 'national', zh: '信息安全技术 数据安全风险评估实施指南', en: 'Information security technology — Implementation guide for data security risk assessment', committee: 'SAC/TC 260', stage: 'committee', stageCode: '30.20', planNumber: '20251102-T-469', ics: ['35.030'] },
  { code: 'GB/T 98106', level: 'national', zh: '通信网络 5G专网服务质量评价方法', en: 'Communication networks — Evaluation method of service quality of 5G private networks', committee: 'SAC/TC 485', stage: 'preparatory', stageCode: '20.00', planNumber: '20262884-T-339', ics: ['33.060'] },
  { code: 'GB/T 98107', level: 'national', zh: '质量管理 中小企业质量管理数字化实施指南', en: 'Quality management — Guidelines for digital quality management in small and medium-sized enterprises', committee: 'SAC/TC 151', stage: 'proposal', stageCode: '10.99', planNumber: '20264107-T-604', ics: ['03.120.10'] },
  { code: 'GB/T 98108', level: 'national', zh: '信息技术 智能体互操作 通用要求', en: 'Information technology — Interoperability of AI agents — General requirements', committee: 'SAC/TC 28', stage: 'preliminary', stageCode: '00.00' },
  { code: 'GB/Z 98109-2024', level: 'national', zh: '人工智能 大模型服务能力评估指南', en: 'Artificial intelligence — Guidance for evaluating the service capability of large models', committee: 'SAC/TC 28', stage: 'published', stageCode: '60.60', publishedOn: '2024-12-31', effectiveOn: '2025-07-01', ics: ['35.240.01'] },
  { code: 'GB/Z 98110-2026', level: 'national', zh: '信息技术 量子安全通信应用指南', en: 'Information technology — Application guide for quantum-secure communication', committee: 'SAC/TC 485', stage: 'published', stageCode: '60.60', publishedOn: '2026-10-15', effectiveOn: '2027-05-01', ics: ['33.040'] },
  { code: 'GB 98111-2026', level: 'national', zh: '信息技术设备用电源适配器 安全技术规范', en: 'Power adapters for information technology equipment — Safety technical specification', stage: 'published', stageCode: '60.60', publishedOn: '2026-05-10', effectiveOn: '2027-11-01', ics: ['29.200'], ccs: 'K81' },
  { code: 'GB/T 98112-2012', level: 'national', zh: '信息技术 软件构件管理规范', en: 'Information technology — Specification for software component management', committee: 'SAC/TC 28', stage: 'withdrawn', stageCode: '95.99', publishedOn: '2012-11-05', effectiveOn: '2013-02-01', withdrawnOn: '2024-06-01', ics: ['35.080'] },
  { code: 'GB/T 98113.9-2018', level: 'national', zh: '信息技术服务 运行维护 第9部分：数据中心服务要求', en: 'Information technology service — Operation and maintenance — Part 9: Data centre service requirements', committee: 'SAC/TC 28', stage: 'review', stageCode: '90.20', publishedOn: '2018-09-17', effectiveOn: '2019-04-01', ics: ['35.080'] },
  { code: 'GB/T 98114-2021', level: 'national', zh: '环境监测 水质在线自动监测系统运维质量评价', en: 'Environmental monitoring — Quality evaluation of operation of online automatic water-quality monitoring systems', stage: 'published', stageCode: '60.60', publishedOn: '2021-10-11', effectiveOn: '2022-05-01', ics: ['13.060.01'], ccs: 'Z16' },
  { code: 'GB/T 98115-2023', level: 'national', zh: '信息技术服务 数字化转型 成熟度模型', en: 'Information technology service — Digital transformation — Maturity model', committee: 'SAC/TC 28', stage: 'published', stageCode: '60.60', publishedOn: '2023-05-23', effectiveOn: '2023-12-01', ics: ['35.080'] },
  { code: 'GB/T 98116-2024', level: 'national', zh: '信息安全技术 数据安全风险评估方法', en: 'Information security technology — Methods for data security risk assessment', committee: 'SAC/TC 260', stage: 'published', stageCode: '60.60', publishedOn: '2024-03-15', effectiveOn: '2024-10-01', ics: ['35.030'], ccs: 'L80' },
  { code: 'GB/T 98117-2025', level: 'national', zh: '窄带蜂窝物联网终端 技术要求', en: 'Narrowband cellular IoT terminals — Technical requirements', committee: 'SAC/TC 485', stage: 'published', stageCode: '60.60', publishedOn: '2025-04-25', effectiveOn: '2025-11-01', ics: ['33.070.50'] },

  // ── Industry: YD/T, SJ/T, JR/T, HJ ───────────────────────────────────────────────────────
  { code: 'YD/T 9801-2024', level: 'industry', zh: '5G行业虚拟专网 边缘计算技术要求', en: 'Technical requirements for edge computing of 5G industry virtual private networks', committee: 'CCSA TC5', stage: 'published', stageCode: '60.60', publishedOn: '2024-04-12', effectiveOn: '2024-07-01', ics: ['33.060.99'], ccs: 'M36' },
  { code: 'YD/T 9802', level: 'industry', zh: '物联网 智慧园区终端接入安全技术要求', en: 'Internet of things — Security requirements for terminal access in smart parks', committee: 'CCSA TC10', stage: 'committee', stageCode: '30.20', planNumber: '2025-1456T-YD' },
  { code: 'YD/T 9808-2022', level: 'industry', zh: '蜂窝物联网模组 测试方法', en: 'Cellular IoT modules — Test methods', committee: 'CCSA TC10', stage: 'published', stageCode: '60.60', publishedOn: '2022-09-30', effectiveOn: '2023-01-01', ccs: 'M36' },
  { code: 'SJ/T 9803-2025', level: 'industry', zh: '电子信息产品碳足迹核算指南 显示器', en: 'Guide for carbon footprint accounting of electronic information products — Monitors', stage: 'published', stageCode: '60.60', publishedOn: '2025-06-20', effectiveOn: '2025-10-01', ics: ['13.020.40'] },
  { code: 'JR/T 0998-2023', level: 'industry', zh: '金融分布式数据库 技术要求', en: 'Financial distributed databases — Technical requirements', stage: 'published', stageCode: '60.60', publishedOn: '2023-02-20', effectiveOn: '2023-02-20', ics: ['35.240.40'] },
  { code: 'JR/T 0999', level: 'industry', zh: '金融业隐私计算应用评估规范', en: 'Assessment specification for privacy computing applications in finance', stage: 'enquiry', stageCode: '40.20', ics: ['35.240.40'] },
  { code: 'HJ 9806-2025', level: 'industry', zh: '水质 化学需氧量在线自动监测技术规范', en: 'Water quality — Technical specification for online automatic monitoring of chemical oxygen demand', stage: 'published', stageCode: '60.60', publishedOn: '2025-09-18', effectiveOn: '2026-03-01', ics: ['13.060.30'] },

  // ── Local: DB11/T, DB11 (Beijing) ─────────────────────────────────────────────────────────
  { code: 'DB11/T 9901-2020', level: 'local', zh: '智慧园区建设与运营规范', en: 'Specification for construction and operation of smart parks', committee: 'BJ/TC 90', stage: 'published', stageCode: '60.60', publishedOn: '2020-12-24', effectiveOn: '2021-04-01' },
  { code: 'DB11/T 9901-2025', level: 'local', zh: '智慧园区建设与运营规范', en: 'Specification for construction and operation of smart parks', committee: 'BJ/TC 90', stage: 'published', stageCode: '60.60', publishedOn: '2025-12-25', effectiveOn: '2026-04-01', replaces: ['DB11/T 9901-2020'] },
  { code: 'DB11/T 9902-2026', level: 'local', zh: '数据中心能效评价方法', en: 'Evaluation method for energy efficiency of data centres', committee: 'BJ/TC 90', stage: 'published', stageCode: '60.60', publishedOn: '2026-09-28', effectiveOn: '2027-01-01' },
  { code: 'DB11/T 9903', level: 'local', zh: '公共数据开放质量要求', en: 'Quality requirements for open public data', committee: 'BJ/TC 90', stage: 'committee', stageCode: '30.20' },
  { code: 'DB11/T 9904-2019', level: 'local', zh: '科技型企业标准化良好行为评价', en: 'Evaluation of good standardization practice in technology enterprises', stage: 'review', stageCode: '90.20', publishedOn: '2019-06-28', effectiveOn: '2019-10-01' },
  { code: 'DB11 9905-2024', level: 'local', zh: '电动自行车集中充电设施安全要求', en: 'Safety requirements for centralized charging facilities of electric bicycles', stage: 'published', stageCode: '60.60', publishedOn: '2024-05-20', effectiveOn: '2024-12-01' },

  // ── Group (association): T/CESA, T/HDSA (fictional association) ─────────────────────────
  { code: 'T/CESA 9101—2023', level: 'group', zh: '人工智能 深度学习框架互操作要求', en: 'Artificial intelligence — Interoperability requirements for deep learning frameworks', stage: 'published', stageCode: '60.60', publishedOn: '2023-08-15', effectiveOn: '2023-09-01' },
  { code: 'T/CESA 9102—2024', level: 'group', zh: '人工智能 智能体能力分级', en: 'Artificial intelligence — Capability levels of AI agents', stage: 'published', stageCode: '60.60', publishedOn: '2024-11-08', effectiveOn: '2024-12-01' },
  { code: 'T/CESA 9103', level: 'group', zh: '大模型推理服务能效测试方法', en: 'Test methods for energy efficiency of large-model inference services', stage: 'preparatory', stageCode: '20.00' },
  { code: 'T/CESA 9104—2025', level: 'group', zh: '边缘智能一体机 技术要求', en: 'Edge AI appliances — Technical requirements', stage: 'published', stageCode: '60.60', publishedOn: '2025-07-30', effectiveOn: '2025-08-01' },
  { code: 'T/HDSA 001—2024', level: 'group', zh: '科技型中小企业质量管理体系实施指南', en: 'Guidelines for implementing quality management systems in technology-based SMEs', committee: 'HDSA/TC 3', stage: 'published', stageCode: '60.60', publishedOn: '2024-03-20', effectiveOn: '2024-04-01' },
  { code: 'T/HDSA 002—2025', level: 'group', zh: '企业标准化良好行为自评价指南', en: 'Self-assessment guide for good standardization practice of enterprises', committee: 'HDSA/TC 3', stage: 'published', stageCode: '60.60', publishedOn: '2025-11-20', effectiveOn: '2025-12-01' },
  { code: 'T/HDSA 003—2026', level: 'group', zh: '智慧园区能碳管理平台技术要求', en: 'Technical requirements for energy and carbon management platforms of smart parks', committee: 'HDSA/TC 3', stage: 'published', stageCode: '60.60', publishedOn: '2026-11-10', effectiveOn: '2027-01-01' },
  { code: 'T/HDSA 004', level: 'group', zh: '质量奖申报企业自评价指南', committee: 'HDSA/TC 3', stage: 'committee', stageCode: '30.20' },

  // ── One identity through a standard's life, relations, and code families beyond the five levels (issue 12) ──
  // Fictional numbers (docs/standard-codes.md gives the real shapes); enterprises take part at every stage.
  {
    code: 'ISO/IEC 98145:2026', level: 'international', zh: '物联网 园区设备数字身份 框架', en: 'Internet of things — Digital identity of park devices — Framework', committee: 'ISO/IEC JTC 1/SC 41',
    stage: 'published', stageCode: '60.60', publishedOn: '2026-04-15', ics: ['35.020'],
    designations: [
      { code: 'ISO/IEC CD 98145', stage: 'committee', stageCode: '30.99', until: '2025-03-10' },
      { code: 'ISO/IEC DIS 98145', stage: 'enquiry', stageCode: '40.99', until: '2025-11-20' },
      { code: 'ISO/IEC FDIS 98145', stage: 'approval', stageCode: '50.99', until: '2026-04-02' },
    ],
  },
  { code: 'IEEE P9903', level: 'consortium', zh: '工业互联网边缘设备可信接入标准（项目）', en: 'Standard for Trusted Access of Industrial Internet Edge Devices (project)', stage: 'preparatory', stageCode: '20.20' },
  { code: '3GPP TS 33.998 V18.1.0 (2025-09)', level: 'consortium', zh: '5G 园区专网 安全架构', en: '5G private campus networks — Security architecture', stage: 'published', stageCode: '60.60', publishedOn: '2025-09-26', ics: ['33.070.50'] },
  {
    code: 'RFC 9989', level: 'consortium', zh: '物联网设备的轻量级商密认证', en: 'Lightweight ShangMi authentication for IoT devices', stage: 'published', stageCode: '60.60', publishedOn: '2026-05-12', ics: ['35.030'],
    designations: [
      { code: 'draft-zhixin-iot-sm-auth-03', stage: 'preparatory', stageCode: '20.20', until: '2024-11-04' },
      { code: 'draft-ietf-ace-sm-auth-07', stage: 'approval', stageCode: '50.20', until: '2026-05-12' },
    ],
  },
  { code: 'GB/T 98118-2026/ISO/IEC 98143:2023', level: 'national', zh: '物联网 产业园区数字孪生参考模型', en: 'Internet of things — Reference model for digital twins of industrial parks', committee: 'SAC/TC 28', stage: 'published', stageCode: '60.60', publishedOn: '2026-06-18', effectiveOn: '2027-01-01', ics: ['35.020'], adopts: { standard: 'ISO/IEC 98143:2023', degree: 'idt' } },
  { code: 'GB/T 98119-2026', level: 'national', zh: '信息安全技术 园区数据分类分级指南', en: 'Information security technology — Guide for classification and grading of park data', committee: 'SAC/TC 260', stage: 'published', stageCode: '60.60', planNumber: '20240512-T-469', publishedOn: '2026-03-28', effectiveOn: '2026-10-01', ics: ['35.030'],
    designations: [{ code: '20240512-T-469', stage: 'approval', stageCode: '50.60', until: '2026-03-28' }],
  },
  { code: 'ISO 98178:2024/Amd 1:2026', level: 'international', zh: '质量管理 顾客满意 在线服务投诉处理指南 修正案1：生成式人工智能客服', en: 'Quality management — Customer satisfaction — Guidelines for complaints handling in online services — Amendment 1: Generative AI customer service', committee: 'ISO/TC 176', stage: 'published', stageCode: '60.60', publishedOn: '2026-02-09', ics: ['03.120.10'], amends: 'ISO 98178:2024' },
  { code: 'GB/T 98115-2023/XG1-2025', level: 'national', zh: '信息技术服务 数字化转型 成熟度模型 第1号修改单', en: 'Information technology service — Digital transformation — Maturity model — Amendment No. 1', committee: 'SAC/TC 28', stage: 'published', stageCode: '60.60', publishedOn: '2025-08-15', effectiveOn: '2025-12-01', amends: 'GB/T 98115-2023' },
  { code: 'DB4403/T 9906-2025', level: 'local', zh: '智慧园区低空物流起降点建设规范', en: 'Specification for take-off and landing points of low-altitude logistics in smart parks', stage: 'published', stageCode: '60.60', publishedOn: '2025-06-30', effectiveOn: '2025-08-01' },
  { code: 'GM/T 9807-2025', level: 'industry', zh: '物联网终端商用密码应用技术要求', en: 'Technical requirements for commercial cryptography in IoT terminals', stage: 'published', stageCode: '60.60', publishedOn: '2025-10-16', effectiveOn: '2026-05-01', ics: ['35.030'] },
  { code: 'YY/T 9809-2024', level: 'industry', zh: '医用可穿戴设备 数据安全通用要求', en: 'Medical wearable devices — General requirements for data security', stage: 'published', stageCode: '60.60', publishedOn: '2024-09-12', effectiveOn: '2025-09-01', ics: ['11.040.01'] },
  { code: 'T/HDSA 005—2026', level: 'group', zh: '科技企业标准化人才能力评价', en: 'Competence evaluation of standardization professionals in technology enterprises', committee: 'HDSA/TC 3', stage: 'published', stageCode: '60.60', publishedOn: '2026-07-08', effectiveOn: '2026-08-01', alsoCodes: ['T/CESA 9105—2026'] },
  { code: 'EN 99001:2025', level: 'foreign', zh: '智能建筑 楼宇设备互操作', en: 'Smart buildings — Interoperability of building equipment', stage: 'published', stageCode: '60.60', publishedOn: '2025-05-14', ics: ['91.140.01'] },
  // Withdrawn without a withdrawnOn: the replacing edition's effectiveOn is the date (a content-check warning).
  { code: 'GB/T 98121-2019', level: 'national', zh: '信息技术 园区物联网感知设备接入规范', en: 'Information technology — Access specification for IoT sensing devices in parks', committee: 'SAC/TC 28', stage: 'withdrawn', stageCode: '95.99', publishedOn: '2019-08-30', effectiveOn: '2020-03-01', ics: ['35.110'] },
  { code: 'GB/T 98121-2025', level: 'national', zh: '信息技术 园区物联网感知设备接入规范', en: 'Information technology — Access specification for IoT sensing devices in parks', committee: 'SAC/TC 28', stage: 'published', stageCode: '60.60', publishedOn: '2025-04-25', effectiveOn: '2025-11-01', replaces: ['GB/T 98121-2019'], ics: ['35.110'] },
  { code: 'Q/HDZX 0001-2025', level: 'enterprise', zh: '边缘计算网关 企业标准', en: 'Edge computing gateways — Enterprise standard', stage: 'published', stageCode: '60.60', publishedOn: '2025-03-01', effectiveOn: '2025-03-15' },
];

/** A new standard that exists only as a draft: nothing published may reference it. */
const DRAFT_ONLY: StandardRow = {
  code: 'GB/T 98199', level: 'national', zh: `信息技术 园区数据空间 参考架构（草稿）${MARKERS.draftStandard}`, committee: 'SAC/TC 28', stage: 'proposal', stageCode: '10.99',
};

/** A real standard's page: its own URL, or its entry in the national standards search (全国标准信息公共服务平台). */
function officialUrl(row: StandardRow): string {
  return row.url ?? `https://std.samr.gov.cn/search/std?q=${encodeURIComponent(row.code)}`;
}

function buildStandard(row: StandardRow): SeedDocument {
  const parsed = parseStandardCode(row.code);
  if (!parsed) throw new Error(`not a recognized standard code: ${row.code}`);
  const provenance = row.real
    ? source(officialUrl(row), parsed.family === 'ISO' || parsed.family === 'ISO/IEC' ? 'ISO Online Browsing Platform' : '国家标准全文公开系统', CAPTURED_ON)
    : source(`${EXAMPLE_SOURCE_ORIGIN}/standards/${standardSlug(idCode(row))}`, '演示数据：虚构标准 / Demonstration data: fictional standard', CAPTURED_ON);
  return {
    _id: standardId(idCode(row)),
    _type: 'standard',
    code: row.code,
    title: localeString(row.zh, row.en),
    level: row.level,
    body: row.body ?? parsed.body,
    committee: row.committee === undefined ? undefined : ref(committeeId(row.committee)),
    stage: row.stage,
    stageCode: row.stageCode,
    planNumber: row.planNumber,
    publishedOn: row.publishedOn,
    effectiveOn: row.effectiveOn,
    withdrawnOn: row.withdrawnOn,
    replaces: row.replaces === undefined ? undefined : keyedRefs(row.replaces.map(standardId)),
    designations: row.designations?.map((d, i) => ({ _key: `d${i + 1}`, _type: 'designation', code: d.code, stage: d.stage, stageCode: d.stageCode, until: d.until })),
    alsoCodes: row.alsoCodes === undefined ? undefined : [...row.alsoCodes],
    // Keys alphabetical, as the Content Lake returns an inline object (scripts/lib/pipeline/keyOrder.ts).
    adopts: row.adopts === undefined ? undefined : { code: row.adopts.code, degree: row.adopts.degree, standard: row.adopts.standard === undefined ? undefined : ref(standardId(row.adopts.standard)) },
    amends: row.amends === undefined ? undefined : ref(standardId(row.amends)),
    ics: row.ics === undefined ? undefined : [...row.ics],
    ccs: row.ccs,
    url: row.real ? officialUrl(row) : (row.url ?? `${EXAMPLE_SOURCE_ORIGIN}/standards/${standardSlug(idCode(row))}`),
    source: provenance,
    verification: verification('verified', STAFF.li, CAPTURED_ON),
  };
}

export function buildStandards(): SeedDocument[] {
  const draft = buildStandard(DRAFT_ONLY);
  return [
    ...STANDARDS.map(buildStandard),
    { ...draft, _id: draftId(draft._id), verification: verification('entered', STAFF.zhang, '2026-11-20') },
  ];
}
