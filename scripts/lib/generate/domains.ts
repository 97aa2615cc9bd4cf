/**
 * Subject areas shared by generated committees and standards, so a standard's title starts
 * with the area of its committee (全国物联网标准化技术委员会 → 物联网 边缘计算节点 技术要求),
 * with an ICS field and a CCS class that fit the area.
 */

export interface Domain {
  readonly zh: string;
  readonly en: string;
  /** International Classification for Standards field. */
  readonly ics: string;
  /** Chinese Standard Classification (中国标准文献分类号). */
  readonly ccs: string;
}

export const DOMAINS: readonly Domain[] = [
  { zh: '信息技术', en: 'Information technology', ics: '35.020', ccs: 'L70' },
  { zh: '信息安全技术', en: 'Information security technology', ics: '35.030', ccs: 'L80' },
  { zh: '人工智能', en: 'Artificial intelligence', ics: '35.020', ccs: 'L70' },
  { zh: '物联网', en: 'Internet of things', ics: '35.110', ccs: 'L79' },
  { zh: '智慧城市', en: 'Smart cities', ics: '13.020.20', ccs: 'P50' },
  { zh: '数据管理', en: 'Data management', ics: '35.240.01', ccs: 'L70' },
  { zh: '区块链', en: 'Blockchain', ics: '35.240.01', ccs: 'L70' },
  { zh: '云计算', en: 'Cloud computing', ics: '35.210', ccs: 'L79' },
  { zh: '质量管理', en: 'Quality management', ics: '03.120.10', ccs: 'A00' },
  { zh: '工业自动化', en: 'Industrial automation', ics: '25.040.40', ccs: 'N10' },
  { zh: '机器人', en: 'Robotics', ics: '25.040.30', ccs: 'J28' },
  { zh: '集成电路', en: 'Integrated circuits', ics: '31.200', ccs: 'L56' },
  { zh: '光通信', en: 'Optical communication', ics: '33.180', ccs: 'M33' },
  { zh: '移动通信', en: 'Mobile communication', ics: '33.070', ccs: 'M36' },
  { zh: '卫星导航', en: 'Satellite navigation', ics: '33.060.30', ccs: 'M53' },
  { zh: '地理信息', en: 'Geographic information', ics: '35.240.70', ccs: 'A75' },
  { zh: '电力系统', en: 'Power systems', ics: '29.240', ccs: 'F20' },
  { zh: '储能', en: 'Energy storage', ics: '27.180', ccs: 'F19' },
  { zh: '环境监测', en: 'Environmental monitoring', ics: '13.020.01', ccs: 'Z10' },
  { zh: '水质', en: 'Water quality', ics: '13.060.30', ccs: 'Z16' },
  { zh: '医疗器械', en: 'Medical devices', ics: '11.040', ccs: 'C30' },
  { zh: '金融服务', en: 'Financial services', ics: '03.060', ccs: 'A11' },
  { zh: '电子商务', en: 'Electronic commerce', ics: '35.240.63', ccs: 'L67' },
  { zh: '教育信息化', en: 'ICT in education', ics: '35.240.99', ccs: 'L67' },
  { zh: '检验检测', en: 'Testing and inspection', ics: '03.120.20', ccs: 'A00' },
  { zh: '建筑信息模型', en: 'Building information modelling', ics: '91.010.01', ccs: 'P04' },
  { zh: '智慧物流', en: 'Smart logistics', ics: '03.220.01', ccs: 'A80' },
  { zh: '新材料', en: 'Advanced materials', ics: '29.045', ccs: 'H80' },
  { zh: '数字出版', en: 'Digital publishing', ics: '01.140.40', ccs: 'A19' },
  { zh: '能源管理', en: 'Energy management', ics: '27.015', ccs: 'F01' },
];

/** What a standard is about, within its area. */
export const SUBJECTS: readonly (readonly [zh: string, en: string])[] = [
  ['边缘计算节点', 'Edge computing nodes'],
  ['数据交换', 'Data exchange'],
  ['数字孪生', 'Digital twins'],
  ['互操作', 'Interoperability'],
  ['身份认证', 'Identity authentication'],
  ['数据质量', 'Data quality'],
  ['远程运维', 'Remote maintenance'],
  ['能效', 'Energy efficiency'],
  ['接口', 'Interfaces'],
  ['元数据', 'Metadata'],
  ['隐私保护', 'Privacy protection'],
  ['安全防护', 'Security protection'],
  ['服务平台', 'Service platforms'],
  ['终端设备', 'Terminal equipment'],
  ['服务能力', 'Service capability'],
  ['供应链', 'Supply chains'],
  ['碳足迹', 'Carbon footprint'],
  ['在线监测', 'Online monitoring'],
  ['传感器', 'Sensors'],
  ['开放数据', 'Open data'],
  ['大模型', 'Large models'],
  ['智能体', 'AI agents'],
  ['联邦学习', 'Federated learning'],
  ['低功耗网络', 'Low-power networks'],
  ['通信模组', 'Communication modules'],
  ['预测性维护', 'Predictive maintenance'],
  ['日志审计', 'Log auditing'],
  ['访问控制', 'Access control'],
  ['标识解析', 'Identifier resolution'],
  ['时间同步', 'Time synchronization'],
  ['可靠性', 'Reliability'],
  ['应急响应', 'Incident response'],
];

/** The kind of document a standard is. */
export const DOCUMENT_KINDS: readonly (readonly [zh: string, en: string])[] = [
  ['技术要求', 'Technical requirements'],
  ['测试方法', 'Test methods'],
  ['参考架构', 'Reference architecture'],
  ['术语', 'Vocabulary'],
  ['实施指南', 'Guidelines for implementation'],
  ['评价规范', 'Evaluation specification'],
  ['通用要求', 'General requirements'],
  ['数据格式', 'Data formats'],
  ['安全要求', 'Security requirements'],
  ['能力成熟度模型', 'Capability maturity model'],
];
