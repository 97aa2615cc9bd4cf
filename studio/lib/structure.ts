/**
 * The Studio's desk, arranged by the staff's jobs: enterprises by service tier, standards by
 * level and by stage, the "to verify" lists, awards → years → nominations, support programmes
 * by status, and the site settings singleton. The filters live in deskFilters.ts (tested
 * with groq-js over the dataset); this file only arranges them.
 */
import type { DefaultDocumentNodeResolver, StructureBuilder, StructureResolver, StructureResolverContext } from 'sanity/structure';
import { ReferencingRecords } from '../components/ReferencingRecords.tsx';
import { REFERENCING_KINDS } from './referencing.ts';
import { todayInBeijing } from '../../site/lib/domain/dates.ts';
import { DOCUMENT_LABELS, RELATION_TYPES, type DocumentType } from '../../site/lib/domain/model.ts';
import { STAGES } from '../../site/lib/domain/stages.ts';
import { SERVICE_TIERS, STANDARD_LEVELS, valuesOf, type Label } from '../../site/lib/domain/vocabulary.ts';
import { SITE_SETTINGS_ID, SITE_SETTINGS_TYPE } from '../schemaTypes/singletons/siteSettings.ts';
import {
  BY_DEADLINE,
  enterprisesByTierFilter,
  NOMINATION_YEARS_QUERY,
  nominationsByAwardYearFilter,
  nominationYears,
  PROGRAM_STATUS_TITLES,
  programsByStatusFilter,
  standardsByLevelFilter,
  standardsByStageFilter,
  toVerifyFilter,
  verifiedUnpublishedFilter,
  type DeskFilter,
  type ProgramStatus,
} from './deskFilters.ts';
import { NOMINATION_FOR_AWARD_YEAR } from './templates.ts';

/** API version of the desk's own queries (an award's nomination years). */
const DESK_API_VERSION = '2025-02-19';

/** Programme statuses in the order the desk lists them. */
const PROGRAM_STATUSES: readonly ProgramStatus[] = ['open', 'closingSoon', 'upcoming', 'closed'];

/** `培优型 (Excellence)`: the Chinese term staff use, the English one the site uses. */
const bilingual = (label: Label) => `${label.zh} (${label.en})`;

/** A list of one document type narrowed by a desk filter; new documents get the type's template. */
function filteredList(S: StructureBuilder, type: DocumentType, title: string, { filter, params }: DeskFilter) {
  return S.documentTypeList(type).title(title).filter(filter).params(params);
}

/** 企业 → 全部企业 | 培优型 | 提升型 | 基础型 | 未分类. */
function enterprisesItem(S: StructureBuilder) {
  const tiers = valuesOf(SERVICE_TIERS).map((tier) =>
    S.listItem()
      .id(`tier-${tier}`)
      .title(bilingual(SERVICE_TIERS[tier]))
      .child(filteredList(S, 'enterprise', `${SERVICE_TIERS[tier].zh}企业`, enterprisesByTierFilter(tier))),
  );
  return S.listItem()
    .id('enterprises')
    .title('企业')
    .schemaType('enterprise')
    .child(
      S.list()
        .id('enterprises')
        .title('企业')
        .items([
          S.listItem().id('all').title('全部企业').schemaType('enterprise').child(S.documentTypeList('enterprise').title('全部企业')),
          S.divider(),
          ...tiers,
          S.listItem()
            .id('tier-none')
            .title('未分类')
            .child(filteredList(S, 'enterprise', '未分类企业', enterprisesByTierFilter(null))),
        ]),
    );
}

/** 标准 → 全部标准 | 按级别 → … | 按阶段 → …. */
function standardsItem(S: StructureBuilder) {
  const byLevel = valuesOf(STANDARD_LEVELS).map((level) =>
    S.listItem()
      .id(level)
      .title(bilingual(STANDARD_LEVELS[level]))
      .child(filteredList(S, 'standard', STANDARD_LEVELS[level].zh, standardsByLevelFilter(level))),
  );
  const byStage = valuesOf(STAGES).map((stage) =>
    S.listItem()
      .id(stage)
      .title(`${STAGES[stage].code} ${bilingual(STAGES[stage])}`)
      .child(filteredList(S, 'standard', `${STAGES[stage].zh}阶段的标准`, standardsByStageFilter(stage))),
  );
  return S.listItem()
    .id('standards')
    .title('标准')
    .schemaType('standard')
    .child(
      S.list()
        .id('standards')
        .title('标准')
        .items([
          S.listItem().id('all').title('全部标准').schemaType('standard').child(S.documentTypeList('standard').title('全部标准')),
          S.divider(),
          S.listItem().id('by-level').title('按级别').child(S.list().id('by-level').title('按级别').items(byLevel)),
          S.listItem().id('by-stage').title('按阶段').child(S.list().id('by-stage').title('按阶段').items(byStage)),
        ]),
    );
}

/** 待核验 → 标准参与 | 技术组织任职 | 奖项推荐与结果: relation records still `entered`; 已核验未发布: verified drafts. */
function toVerifyItem(S: StructureBuilder) {
  return S.listItem()
    .id('to-verify')
    .title('待核验')
    .child(
      S.list()
        .id('to-verify')
        .title('待核验')
        .items([
          ...RELATION_TYPES.map((type) =>
            S.listItem()
              .id(type)
              .title(DOCUMENT_LABELS[type].zh)
              .schemaType(type)
              .child(filteredList(S, type, `待核验的${DOCUMENT_LABELS[type].zh}`, toVerifyFilter(type))),
          ),
          S.divider(),
          S.listItem()
            .id('verified-unpublished')
            .title('已核验未发布')
            .child(() => {
              const { filter, params } = verifiedUnpublishedFilter(RELATION_TYPES);
              return S.documentList().id('verified-unpublished').title('已核验未发布').filter(filter).params(params).apiVersion(DESK_API_VERSION);
            }),
        ]),
    );
}

/** One award: its form, then one list per year with nominations; "+" there fills award and year. */
async function awardPane(S: StructureBuilder, context: StructureResolverContext, awardId: string) {
  const client = context.getClient({ apiVersion: DESK_API_VERSION });
  const found = await client.fetch<unknown[]>(NOMINATION_YEARS_QUERY, { awardId });
  const years = nominationYears(found, Number(todayInBeijing().slice(0, 4)));
  return S.list()
    .id('award')
    .title('奖项')
    .items([
      S.listItem().id('edit').title('奖项信息').schemaType('award').child(S.document().schemaType('award').documentId(awardId)),
      S.divider(),
      ...years.map((year) =>
        S.listItem()
          .id(`year-${year}`)
          .title(`${year} 年`)
          .child(
            filteredList(S, 'nomination', `${year} 年推荐与结果`, nominationsByAwardYearFilter(awardId, year)).initialValueTemplates([
              S.initialValueTemplateItem(NOMINATION_FOR_AWARD_YEAR, { awardId, year }),
            ]),
          ),
      ),
    ]);
}

/** 质量奖 → an award → its years → nominations. */
function awardsItem(S: StructureBuilder, context: StructureResolverContext) {
  return S.listItem()
    .id('awards')
    .title('质量奖与推荐')
    .schemaType('award')
    .child(
      S.documentTypeList('award')
        .title('质量奖')
        .child((awardId) => awardPane(S, context, awardId)),
    );
}

/** 支持政策 → 全部 | 申报中 | 30 天内截止 | 尚未开始 | 已截止 (as of today, Beijing time). */
function programsItem(S: StructureBuilder) {
  const byStatus = PROGRAM_STATUSES.map((status) =>
    S.listItem()
      .id(status)
      .title(PROGRAM_STATUS_TITLES[status])
      // A function, so "today" is the day the list is opened, not the day the Studio loaded.
      .child(() =>
        filteredList(S, 'supportProgram', PROGRAM_STATUS_TITLES[status], programsByStatusFilter(status, todayInBeijing())).defaultOrdering([...BY_DEADLINE]),
      ),
  );
  return S.listItem()
    .id('programs')
    .title('支持政策与服务')
    .schemaType('supportProgram')
    .child(
      S.list()
        .id('programs')
        .title('支持政策与服务')
        .items([
          S.listItem()
            .id('all')
            .title('全部政策')
            .schemaType('supportProgram')
            .child(
              S.documentTypeList('supportProgram')
                .title('全部政策')
                .defaultOrdering([...BY_DEADLINE]),
            ),
          S.divider(),
          ...byStatus,
        ]),
    );
}

/** The singleton: the desk opens its one document. */
function siteSettingsItem(S: StructureBuilder) {
  return S.listItem()
    .id('site-settings')
    .title('网站设置')
    .schemaType(SITE_SETTINGS_TYPE)
    .child(S.document().schemaType(SITE_SETTINGS_TYPE).documentId(SITE_SETTINGS_ID).title('网站设置'));
}

export const structure: StructureResolver = (S, context) =>
  S.list()
    .id('root')
    .title('工作台')
    .items([
      enterprisesItem(S),
      standardsItem(S),
      S.documentTypeListItem('technicalCommittee'),
      S.divider(),
      toVerifyItem(S),
      S.documentTypeListItem('participation'),
      S.documentTypeListItem('committeeRole'),
      S.documentTypeListItem('nomination'),
      S.divider(),
      awardsItem(S, context),
      programsItem(S),
      S.divider(),
      siteSettingsItem(S),
    ]);

/**
 * Every enterprise, standard, committee and award opens with two views: the form, and 相关记录
 * (the participations, seats and nominations that reference it).
 */
export const defaultDocumentNode: DefaultDocumentNodeResolver = (S, { schemaType }) =>
  REFERENCING_KINDS[schemaType]
    ? S.document().views([S.view.form().title('编辑'), S.view.component(ReferencingRecords).id('records').title('相关记录')])
    : S.document();
