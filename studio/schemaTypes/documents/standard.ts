import { defineArrayMember, defineField, defineType, type ValidationContext } from 'sanity';
import { impliedWithdrawal } from '../../../site/lib/domain/relations.ts';
import { checkStandardDates, type StandardDatesOptions } from '../../../site/lib/domain/dates.ts';
import { checkStandardCode } from '../../../site/lib/domain/standardCode.ts';
import { STAGES, stageFromCode } from '../../../site/lib/domain/stages.ts';
import { ADOPTION_DEGREES, optionsOf, STANDARD_LEVELS } from '../../../site/lib/domain/vocabulary.ts';
import { webUrlRule } from '../../lib/fieldRules.ts';
import { zhLabel } from '../../lib/labels.ts';
import { documentString, ruleIssues, ruleIssuesOnField } from '../../lib/ruleAdapter.ts';
import { UNIQUENESS_API_VERSION, uniqueStandardCode } from '../../lib/uniqueness.ts';
import { publishedIdOf } from '../../../site/lib/domain/visibility.ts';

/** The dates and stage of a standard being edited, in the shape of the shared checkStandardDates. */
function checkDatesOf(doc: Readonly<Record<string, unknown>>, options: StandardDatesOptions = {}) {
  const text = (field: string) => (typeof doc[field] === 'string' ? doc[field] : null);
  return checkStandardDates(
    {
      stage: text('stage'),
      publishedOn: text('publishedOn'),
      effectiveOn: text('effectiveOn'),
      withdrawnOn: text('withdrawnOn'),
    },
    options,
  );
}

/**
 * A withdrawn standard without withdrawnOn: the date of the replacing edition's effectiveOn
 * (shared impliedWithdrawal) makes it a warning; with no such edition it stays an error. Reads the
 * replacing editions from the dataset, like the uniqueness rules.
 */
async function withdrawalIssue(context: ValidationContext): Promise<{ level: 'error' | 'warning'; message: string } | undefined> {
  const doc = context.document;
  if (!doc || doc['stage'] !== 'withdrawn' || (typeof doc['withdrawnOn'] === 'string' && doc['withdrawnOn'] !== '')) return undefined;
  const id = publishedIdOf(doc._id);
  const replacers = await context
    .getClient({ apiVersion: UNIQUENESS_API_VERSION })
    .fetch<{ _id: string; code?: string; effectiveOn?: string }[]>(
      '*[_type == "standard" && $id in replaces[]._ref && !(_id in path("drafts.**"))]{_id, code, effectiveOn}',
      { id },
      { perspective: 'raw' },
    );
  const implied = impliedWithdrawal(replacers.map((r) => ({ id: r._id, effectiveOn: r.effectiveOn })));
  if (!implied) return { level: 'error', message: '阶段为“废止”（95），需要废止日期。请填写废止公告的日期。' };
  const code = replacers.find((r) => r._id === implied.by)?.code ?? implied.by;
  return { level: 'warning', message: `未填废止日期：代替本标准的 ${code} 于 ${implied.date} 实施，网站按该日期显示废止日期。如废止公告另有日期，请填写。` };
}

/** `60.60`: the harmonized stage code, two digits, a dot, two digits. */
const STAGE_CODE_PATTERN = /^\d{2}\.\d{2}$/;

/**
 * A standard (or a project to make one), international to group level. Its permalink comes
 * from the code through the shared normalizer (`/standards/gb-t-39204-2022/`).
 */
export const standard = defineType({
  name: 'standard',
  title: '标准',
  description: '标准或标准项目（Standard）：国际、国家、行业、地方和团体标准。',
  type: 'document',
  fields: [
    /** Code as written officially; its prefix must fit `level` (shared checkStandardCode). */
    defineField({
      name: 'code',
      title: '标准号',
      description: '按官方写法录入的标准号（Code），如 GB/T 39204-2022、ISO/IEC 30141:2018、T/CESA 1234-2023；前缀须与级别一致。',
      type: 'string',
      validation: (rule) => [
        rule.required().error('请填写标准号，按标准封面上的写法录入，如 GB/T 39204-2022。'),
        ...ruleIssues(rule, (code: string, context) => checkStandardCode(code, documentString(context, 'level'))),
        rule.custom(uniqueStandardCode),
      ],
    }),
    /** Title of the standard. */
    defineField({
      name: 'title',
      title: '标准名称',
      description: '标准的中英文名称（Title），中文必填。',
      type: 'localeString',
      validation: (rule) => rule.required().error('请填写标准名称，按标准封面上的中文名称录入。'),
    }),
    /** International, national, industry, local or group; follows from the code's prefix. */
    defineField({
      name: 'level',
      title: '标准级别',
      description: '标准级别（Level）：国际、国家、行业、地方或团体标准；须与标准号前缀一致。',
      type: 'string',
      options: { list: optionsOf(STANDARD_LEVELS) },
      validation: (rule) => rule.required().error('请选择标准级别；它由标准号前缀决定，如 GB/T 为国家标准。'),
    }),
    /** Issuing body: ISO, IEC, ISO/IEC JTC 1, ITU-T, IEEE, SAC, an association. */
    defineField({
      name: 'body',
      title: '发布机构',
      description: '标准发布机构（Body），如 ISO、IEC、ISO/IEC JTC 1、ITU-T、IEEE、SAC 或某协会。',
      type: 'string',
    }),
    /** Technical committee responsible for the standard. */
    defineField({
      name: 'committee',
      title: '归口技术委员会',
      description: '负责该标准的技术委员会（Committee），如 SAC/TC 28、ISO/IEC JTC 1/SC 41。',
      type: 'reference',
      to: [{ type: 'technicalCommittee' }],
    }),
    /** Life-cycle stage (stages.ts), aligned with ISO stage codes and GB/T 16733. */
    defineField({
      name: 'stage',
      title: '所处阶段',
      description: '标准制修订阶段（Stage），与 ISO 阶段代码和 GB/T 16733 一致，如 立项（10）、发布（60）。',
      type: 'string',
      options: { list: optionsOf(STAGES) },
      // Stage/date agreement (checkStandardDates): shown here, where the stage is chosen.
      validation: (rule) => [
        rule.required().error('请选择标准所处阶段；已发布的标准选“发布”（60）。'),
        ...ruleIssuesOnField(rule, 'stage', (doc) => checkDatesOf(doc, { withdrawal: false })),
        rule.custom(async (_stage, context) => {
          const issue = await withdrawalIssue(context);
          return issue?.level === 'error' ? issue.message : true;
        }),
        rule
          .custom(async (_stage, context) => {
            const issue = await withdrawalIssue(context);
            return issue?.level === 'warning' ? issue.message : true;
          })
          .warning(),
      ],
    }),
    /** Harmonized stage code, e.g. `60.60`; its first two digits should match `stage`. */
    defineField({
      name: 'stageCode',
      title: '阶段代码',
      description: 'ISO 协调阶段代码（Stage code），如 60.60；前两位应与所处阶段一致。',
      type: 'string',
      validation: (rule) => [
        rule.regex(STAGE_CODE_PATTERN).error('阶段代码格式为“两位数字.两位数字”，如 60.60，请修改。'),
        rule
          .custom((code, context) => {
            const stage = documentString(context, 'stage');
            const fromCode = code ? stageFromCode(code) : undefined;
            if (!stage || !fromCode || fromCode === stage) return true;
            return `阶段代码 ${code} 对应“${STAGES[fromCode].zh}”，与所选阶段“${zhLabel(STAGES, stage) ?? stage}”不一致，请核对其中之一。`;
          })
          .warning(),
      ],
    }),
    /** 计划号 of a national standard project, e.g. `20262884-T-604`. */
    defineField({
      name: 'planNumber',
      title: '计划号',
      description: '国家标准制修订计划号（Plan number），如 20262884-T-604。',
      type: 'string',
    }),
    /** 发布日期. */
    defineField({
      name: 'publishedOn',
      title: '发布日期',
      description: '标准发布日期（Published on），见标准封面。',
      type: 'date',
    }),
    /** 实施日期: not before publishedOn. */
    defineField({
      name: 'effectiveOn',
      title: '实施日期',
      description: '标准实施日期（Effective on），见标准封面；不早于发布日期。',
      type: 'date',
      validation: (rule) => ruleIssuesOnField(rule, 'effectiveOn', checkDatesOf),
    }),
    /** 废止日期: not before the standard took effect. */
    defineField({
      name: 'withdrawnOn',
      title: '废止日期',
      description: '标准废止日期（Withdrawn on），见废止公告；不早于实施日期。',
      type: 'date',
      validation: (rule) => ruleIssuesOnField(rule, 'withdrawnOn', checkDatesOf),
    }),
    /** Earlier editions or standards this one replaces (代替). */
    defineField({
      name: 'replaces',
      title: '代替标准',
      description: '本标准代替的旧版或其他标准（Replaces）；被代替的标准显示为“被代替”。',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'standard' }] })],
      validation: (rule) => rule.unique().error('代替标准有重复，请删去重复项。'),
    }),
    /**
     * Earlier designations (project, CD, DIS …): kept when the code changes, so the record keeps
     * its id and page; shown as a timeline, found by search, and the old addresses redirect.
     * Staff add entries with the “登记新编号” action rather than by editing the code in place.
     */
    defineField({
      name: 'designations',
      title: '曾用编号',
      description: '本标准此前使用过的编号（Earlier designations），如计划号、CD/DIS 编号；用“登记新编号”操作登记，勿直接改标准号。',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'designation',
          title: '曾用编号',
          fields: [
            defineField({
              name: 'code',
              title: '编号',
              type: 'string',
              validation: (rule) => [rule.required().error('请填写曾用编号。'), ...ruleIssues(rule, (code: string) => checkStandardCode(code, undefined))],
            }),
            defineField({ name: 'stage', title: '当时阶段', type: 'string', options: { list: optionsOf(STAGES) } }),
            defineField({ name: 'stageCode', title: '当时阶段代码', type: 'string' }),
            defineField({ name: 'until', title: '使用至', description: '改用下一个编号的日期。', type: 'date' }),
          ],
          preview: { select: { title: 'code', subtitle: 'until' } },
        }),
      ],
    }),
    /** Other codes of the same document: the second code of a joint group standard, ITU twin numbers. */
    defineField({
      name: 'alsoCodes',
      title: '同一文件的其他编号',
      description: '同一文件的其他编号（Also known as），如联合发布团体标准的另一编号、ITU 双编号；搜索时均可查到。',
      type: 'array',
      of: [{ type: 'string' }],
      options: { layout: 'tags' },
    }),
    /** The international standard this one adopts, with the degree (IDT/MOD/NEQ). */
    defineField({
      name: 'adopts',
      title: '采用国际标准',
      description: '本标准采用的国际标准（Adopts）及一致性程度；登记册中有该国际标准时选择记录，否则填写其编号。',
      type: 'object',
      fields: [
        defineField({ name: 'standard', title: '国际标准记录', type: 'reference', to: [{ type: 'standard' }] }),
        defineField({
          name: 'code',
          title: '国际标准编号',
          type: 'string',
          validation: (rule) => ruleIssues(rule, (code: string) => checkStandardCode(code, undefined)),
        }),
        defineField({
          name: 'degree',
          title: '一致性程度',
          type: 'string',
          options: { list: optionsOf(ADOPTION_DEGREES) },
          validation: (rule) => rule.required().error('请选择一致性程度：等同（IDT）、修改（MOD）或非等效（NEQ）。'),
        }),
      ],
    }),
    /** For an amendment, corrigendum or 修改单: the base edition it amends. */
    defineField({
      name: 'amends',
      title: '所修改的标准',
      description: '修改单、修正案或勘误所对应的基础版本（Amends）；基础版本页面会列出它。',
      type: 'reference',
      to: [{ type: 'standard' }],
    }),
    /** ICS classification codes, e.g. `35.030`. */
    defineField({
      name: 'ics',
      title: 'ICS 分类号',
      description: '国际标准分类号（ICS），如 35.030；可填多个。',
      type: 'array',
      of: [{ type: 'string' }],
      options: { layout: 'tags' },
    }),
    /** Chinese standard classification, e.g. `L80`. */
    defineField({
      name: 'ccs',
      title: 'CCS 分类号',
      description: '中国标准文献分类号（CCS），如 L80。',
      type: 'string',
    }),
    /** Official page of the standard (e.g. on std.samr.gov.cn or iso.org). */
    defineField({
      name: 'url',
      title: '标准信息网址',
      description: '标准的官方信息页面（URL），如全国标准信息公共服务平台或 ISO 网站，以 http:// 或 https:// 开头。',
      type: 'url',
      validation: webUrlRule,
    }),
    /** Where the facts were read. */
    defineField({
      name: 'source',
      title: '信息来源',
      description: '本条记录依据的公开来源（Source）。',
      type: 'source',
    }),
    /** Whether staff checked the record against its source. */
    defineField({
      name: 'verification',
      title: '核验',
      description: '记录是否已与来源核对（Verification）。',
      type: 'verification',
    }),
  ],
  preview: {
    select: { code: 'code', title: 'title.zh', stage: 'stage' },
    prepare: ({ code, title, stage }) => ({
      title: typeof code === 'string' ? code : '未填标准号',
      subtitle: [title, zhLabel(STAGES, stage)].filter(Boolean).join(' · '),
    }),
  },
});
