/**
 * The public lists of /data/, each defined once: rows from getRegister() (so only what the
 * public site shows: verified relation records, public outcomes, no internal fields) and
 * columns shared by the JSON file, the CSV file and the field table.
 */
import { awardListPath, awardPath, committeePath, dataFilePath, enterprisePath, programPath, standardPath as standardPagePath } from '../routes.ts';
import type { Award, Committee, CommitteeRole, Enterprise, Nomination, Participation, Program, Standard } from '../data/register.ts';
import { STAGES, STANDARD_STATES } from '../domain/stages.ts';
import {
  AWARD_LEVELS,
  COMMITTEE_ROLES,
  ENTERPRISE_TAGS,
  INDUSTRY_SECTIONS,
  NOMINATION_OUTCOMES,
  PARTICIPATION_ROLES,
  PROGRAM_KINDS,
  SERVICE_TIERS,
  STANDARD_LEVELS,
  type Label,
} from '../domain/vocabulary.ts';
import { safeUrl } from '../view/safeUrl.ts';
import { defineList, localeColumns, pageColumns, pageUrl, type ExportColumn, type ExportList } from './exportList.ts';

const d = (zh: string, en: string): Label => ({ zh, en });

const id = <T extends { readonly _id: string }>(): ExportColumn<T> => ({
  key: 'id',
  type: 'id',
  description: d('记录编号（稳定，不会重复使用）', 'Record id (stable, never reused)'),
  value: (row) => row._id,
});
const slug = <T extends { readonly slug: string }>(): ExportColumn<T> => ({
  key: 'slug',
  type: 'id',
  description: d('网址中的标识', 'Identifier in the page address'),
  value: (row) => row.slug,
});
const officialUrl = <T extends { readonly url?: string | null }>(what: Label): ExportColumn<T> => ({
  key: 'official_url',
  type: 'url',
  description: d(`${what.zh}的官方页面`, `Official page of the ${what.en}`),
  value: (row) => safeUrl(row.url) ?? null,
});

/** Source and verification of a relation record (docs/design.md, Provenance). */
function provenanceColumns<
  T extends { readonly source?: { url?: string; title?: string } | null; readonly verification?: { on?: string } | null },
>(): ExportColumn<T>[] {
  return [
    { key: 'source_url', type: 'url', description: d('来源网址', 'Source address'), value: (row) => safeUrl(row.source?.url) ?? null },
    { key: 'source_title', type: 'text', description: d('来源标题', 'Source title'), value: (row) => row.source?.title ?? null },
    { key: 'verified_on', type: 'date', description: d('核验日期', 'Date verified by staff'), value: (row) => row.verification?.on ?? null },
  ];
}

/** The enterprise a relation record belongs to: slug, names and page. */
function enterpriseRefColumns<T extends { readonly enterprise: Enterprise }>(): ExportColumn<T>[] {
  return [
    {
      key: 'enterprise_slug',
      type: 'id',
      description: d('企业标识（enterprises 列表的 slug）', 'Enterprise slug (see the enterprises list)'),
      value: (row) => row.enterprise.slug,
    },
    ...localeColumns<T>('enterprise_name', d('企业名称', 'Enterprise name'), (row) => row.enterprise.name),
  ];
}

const standardPath = (s: Standard) => standardPagePath(s.slug);

export const ENTERPRISES = defineList<Enterprise>({
  name: 'enterprises',
  title: d('企业', 'Enterprises'),
  description: d('名录中的企业及其服务类型、行业和园区。', 'Enterprises in the register with their service tier, industry and park.'),
  rows: (register) => register.enterprises,
  columns: [
    id(),
    slug(),
    ...localeColumns<Enterprise>('name', d('企业名称', 'Name'), (e) => e.name),
    ...localeColumns<Enterprise>('short_name', d('简称', 'Short name'), (e) => e.shortName),
    { key: 'uscc', type: 'code', description: d('统一社会信用代码（18 位）', 'Unified social credit code (18 characters)'), value: (e) => e.uscc },
    { key: 'service_tier', type: 'code', description: d('服务类型', 'Service tier'), vocabulary: SERVICE_TIERS, value: (e) => e.serviceTier ?? null },
    {
      key: 'industry',
      type: 'code',
      description: d('行业门类（GB/T 4754）', 'Industry section (GB/T 4754)'),
      vocabulary: INDUSTRY_SECTIONS,
      value: (e) => e.industry ?? null,
    },
    { key: 'park', type: 'text', description: d('园区', 'Park'), value: (e) => e.park ?? null },
    { key: 'website', type: 'url', description: d('企业网站', 'Website'), value: (e) => safeUrl(e.website) ?? null },
    { key: 'tags', type: 'list', description: d('标签', 'Tags'), vocabulary: ENTERPRISE_TAGS, value: (e) => e.tags ?? [] },
    ...localeColumns<Enterprise>('description', d('简介', 'Description'), (e) => e.description),
    ...pageColumns(enterprisePath),
  ],
});

export const STANDARDS = defineList<Standard>({
  name: 'standards',
  title: d('标准', 'Standards'),
  description: d('名录企业参与的标准，含阶段、状态和日期。', 'Standards the enterprises take part in, with stage, status and dates.'),
  rows: (register) => register.standards,
  columns: [
    id(),
    slug(),
    { key: 'code', type: 'code', description: d('标准号（规范写法）', 'Standard code (normalized)'), value: (s) => s.parsed.display },
    ...localeColumns<Standard>('title', d('标准名称', 'Title'), (s) => s.title),
    { key: 'level', type: 'code', description: d('标准级别', 'Level'), vocabulary: STANDARD_LEVELS, value: (s) => s.level ?? null },
    { key: 'body', type: 'text', description: d('发布机构', 'Issuing body'), value: (s) => s.body ?? s.parsed.body },
    { key: 'committee_code', type: 'code', description: d('归口技术委员会编号', 'Responsible technical committee'), value: (s) => s.committee?.code ?? null },
    { key: 'stage', type: 'code', description: d('制修订阶段', 'Stage'), vocabulary: STAGES, value: (s) => s.stage ?? null },
    {
      key: 'stage_code',
      type: 'code',
      description: d('阶段代码（ISO / GB/T 16733）', 'Harmonized stage code (ISO / GB/T 16733)'),
      value: (s) => s.stageCode ?? null,
    },
    { key: 'state', type: 'code', description: d('状态（按本站构建日期）', 'Status on the build date'), vocabulary: STANDARD_STATES, value: (s) => s.state },
    { key: 'plan_number', type: 'code', description: d('计划号', 'Plan number'), value: (s) => s.planNumber ?? null },
    { key: 'published_on', type: 'date', description: d('发布日期', 'Publication date'), value: (s) => s.publishedOn ?? null },
    { key: 'effective_on', type: 'date', description: d('实施日期', 'Effective date'), value: (s) => s.effectiveOn ?? null },
    { key: 'withdrawn_on', type: 'date', description: d('废止日期', 'Withdrawal date'), value: (s) => s.withdrawnOn ?? null },
    {
      key: 'replaces',
      type: 'list',
      description: d('代替的标准（标准号）', 'Standards it replaces (codes)'),
      value: (s) => s.replaces.map((r) => r.parsed.display),
    },
    {
      key: 'replaced_by',
      type: 'list',
      description: d('被以下标准代替（标准号）', 'Replaced by (codes)'),
      value: (s) => s.replacedBy.map((r) => r.parsed.display),
    },
    { key: 'ics', type: 'list', description: d('ICS 分类号', 'ICS codes'), value: (s) => s.ics ?? [] },
    { key: 'ccs', type: 'code', description: d('CCS 分类号', 'CCS code'), value: (s) => s.ccs ?? null },
    officialUrl<Standard>(d('标准', 'standard')),
    ...provenanceColumns<Standard>(),
    ...pageColumns(standardPath),
  ],
});

export const COMMITTEES = defineList<Committee>({
  name: 'committees',
  title: d('技术组织', 'Committees'),
  description: d('标准化技术委员会、分委会和工作组。', 'Standardization technical committees, subcommittees and working groups.'),
  rows: (register) => register.committees,
  columns: [
    id(),
    slug(),
    { key: 'code', type: 'code', description: d('编号', 'Code'), value: (c) => c.code },
    ...localeColumns<Committee>('name', d('名称', 'Name'), (c) => c.name),
    { key: 'body', type: 'text', description: d('所属机构', 'Body'), value: (c) => c.body },
    { key: 'level', type: 'code', description: d('级别', 'Level'), vocabulary: STANDARD_LEVELS, value: (c) => c.level ?? null },
    { key: 'parent_code', type: 'code', description: d('上级技术组织编号', 'Parent committee code'), value: (c) => c.parent?.code ?? null },
    officialUrl<Committee>(d('技术组织', 'committee')),
    ...pageColumns(committeePath),
  ],
});

export const PARTICIPATIONS = defineList<Participation>({
  name: 'participations',
  title: d('标准制修订参与', 'Standards participation'),
  description: d('已核验的企业参与标准制修订记录（主导、起草、项目编辑）。', 'Verified records of enterprises leading, drafting or editing standards.'),
  rows: (register) => register.participations,
  columns: [
    id(),
    ...enterpriseRefColumns<Participation>(),
    { key: 'standard_code', type: 'code', description: d('标准号', 'Standard code'), value: (p) => p.standard.parsed.display },
    {
      key: 'standard_slug',
      type: 'id',
      description: d('标准标识（standards 列表的 slug）', 'Standard slug (see the standards list)'),
      value: (p) => p.standard.slug,
    },
    { key: 'standard_level', type: 'code', description: d('标准级别', 'Standard level'), vocabulary: STANDARD_LEVELS, value: (p) => p.standard.level ?? null },
    { key: 'role', type: 'code', description: d('角色', 'Role'), vocabulary: PARTICIPATION_ROLES, value: (p) => p.role },
    {
      key: 'rank',
      type: 'number',
      description: d('起草单位排名（1 为第一）', 'Drafting rank (1 = first drafting organization)'),
      value: (p) => p.rank ?? null,
    },
    { key: 'year', type: 'number', description: d('年份', 'Year'), value: (p) => p.year ?? null },
    ...provenanceColumns<Participation>(),
    { key: 'enterprise_url', type: 'url', description: d('企业页面', 'Enterprise page'), value: (p, ctx) => pageUrl(ctx, 'zh', enterprisePath(p.enterprise)) },
    { key: 'standard_url', type: 'url', description: d('标准页面', 'Standard page'), value: (p, ctx) => pageUrl(ctx, 'zh', standardPath(p.standard)) },
  ],
});

export const COMMITTEE_ROLE_LIST = defineList<CommitteeRole>({
  name: 'committee-roles',
  title: d('技术组织任职', 'Committee roles'),
  description: d('已核验的企业在标准化技术组织中的任职。', 'Verified seats of enterprises in standardization committees.'),
  rows: (register) => register.committeeRoles,
  columns: [
    id(),
    ...enterpriseRefColumns<CommitteeRole>(),
    { key: 'committee_code', type: 'code', description: d('技术组织编号', 'Committee code'), value: (r) => r.committee.code },
    {
      key: 'committee_slug',
      type: 'id',
      description: d('技术组织标识（committees 列表的 slug）', 'Committee slug (see the committees list)'),
      value: (r) => r.committee.slug,
    },
    { key: 'role', type: 'code', description: d('职务', 'Role'), vocabulary: COMMITTEE_ROLES, value: (r) => r.role },
    { key: 'since', type: 'date', description: d('任职开始', 'Since'), value: (r) => r.since },
    { key: 'until', type: 'date', description: d('任职结束（空为仍在任）', 'Until (empty while held)'), value: (r) => r.until ?? null },
    { key: 'current', type: 'boolean', description: d('构建日是否在任', 'Held on the build date'), value: (r) => r.current },
    ...provenanceColumns<CommitteeRole>(),
    { key: 'enterprise_url', type: 'url', description: d('企业页面', 'Enterprise page'), value: (r, ctx) => pageUrl(ctx, 'zh', enterprisePath(r.enterprise)) },
    { key: 'committee_url', type: 'url', description: d('技术组织页面', 'Committee page'), value: (r, ctx) => pageUrl(ctx, 'zh', committeePath(r.committee)) },
  ],
});

export const AWARDS = defineList<Award>({
  name: 'awards',
  title: d('质量奖', 'Awards'),
  description: d('中国质量奖、北京市人民政府质量管理奖、中关村质量奖及其评选周期。', 'The quality awards and their cycles.'),
  rows: (register) => register.awards,
  columns: [
    id(),
    slug(),
    ...localeColumns<Award>('name', d('奖项名称', 'Name'), (a) => a.name),
    { key: 'level', type: 'code', description: d('级别', 'Level'), vocabulary: AWARD_LEVELS, value: (a) => a.level },
    ...localeColumns<Award>('organizer', d('主办单位', 'Organizer'), (a) => a.organizer),
    { key: 'cycle_years', type: 'number', description: d('评选周期（年）', 'Cycle in years'), value: (a) => a.cycleYears ?? null },
    { key: 'first_year', type: 'number', description: d('首届年份', 'First year'), value: (a) => a.firstYear ?? null },
    {
      key: 'reapply_after_sessions',
      type: 'number',
      description: d('获奖后间隔届数方可再次申报', 'Sessions a winner waits before applying again'),
      value: (a) => a.reapplyAfterSessions ?? null,
    },
    {
      key: 'revocation_years',
      type: 'number',
      description: d('获奖后可被撤销的年限', 'Years during which a win can be revoked'),
      value: (a) => a.revocationYears ?? null,
    },
    { key: 'result_years', type: 'list', description: d('有公开结果的年份', 'Years with public results'), value: (a) => a.years.map(String) },
    officialUrl<Award>(d('奖项', 'award')),
    ...pageColumns(awardPath),
  ],
});

export const NOMINATIONS = defineList<Nomination>({
  name: 'nominations',
  title: d('质量奖推荐与结果', 'Award nominations and results'),
  description: d('已核验且公开的推荐、入围、提名奖和获奖记录。', 'Verified public recommendations, shortlists, nominee awards and wins.'),
  rows: (register) => register.nominations,
  columns: [
    id(),
    ...enterpriseRefColumns<Nomination>(),
    { key: 'award_slug', type: 'id', description: d('奖项标识（awards 列表的 slug）', 'Award slug (see the awards list)'), value: (n) => n.award.slug },
    ...localeColumns<Nomination>('award_name', d('奖项名称', 'Award name'), (n) => n.award.name),
    { key: 'year', type: 'number', description: d('评选年份', 'Award year'), value: (n) => n.year },
    { key: 'session', type: 'number', description: d('届次', 'Session'), value: (n) => n.session ?? null },
    {
      key: 'outcome',
      type: 'code',
      description: d('结果（只公开推荐、入围、提名奖、获奖）', 'Outcome (only recommended, shortlisted, nominee and winner are public)'),
      vocabulary: NOMINATION_OUTCOMES,
      value: (n) => n.outcome,
    },
    ...localeColumns<Nomination>('recommended_by', d('推荐单位', 'Recommended by'), (n) => n.recommendedBy),
    { key: 'announced_on', type: 'date', description: d('公布日期', 'Announcement date'), value: (n) => n.announcedOn ?? null },
    ...provenanceColumns<Nomination>(),
    { key: 'enterprise_url', type: 'url', description: d('企业页面', 'Enterprise page'), value: (n, ctx) => pageUrl(ctx, 'zh', enterprisePath(n.enterprise)) },
    {
      key: 'award_year_url',
      type: 'url',
      description: d('该奖项该年度结果页面', 'Page of the award year'),
      value: (n, ctx) => pageUrl(ctx, 'zh', awardListPath(n.award, n.year)),
    },
  ],
});

export const PROGRAMS = defineList<Program>({
  name: 'programs',
  title: d('支持政策', 'Support programmes'),
  description: d(
    '标准化资助、质量奖推荐和服务项目，含申报条件和金额。',
    'Standardization subsidies, award recommendations and services, with eligibility and amounts.',
  ),
  rows: (register) => register.programs,
  columns: [
    id(),
    slug(),
    ...localeColumns<Program>('title', d('名称', 'Title'), (p) => p.title),
    { key: 'kind', type: 'code', description: d('类型', 'Kind'), vocabulary: PROGRAM_KINDS, value: (p) => p.kind },
    ...localeColumns<Program>('issuer', d('发布单位', 'Issuer'), (p) => p.issuer),
    { key: 'document_number', type: 'code', description: d('文号', 'Document number'), value: (p) => p.documentNumber ?? null },
    ...localeColumns<Program>('summary', d('摘要', 'Summary'), (p) => p.summary),
    { key: 'opens_on', type: 'date', description: d('开始受理', 'Opens on'), value: (p) => p.opensOn ?? null },
    { key: 'closes_on', type: 'date', description: d('截止日期', 'Closes on'), value: (p) => p.closesOn ?? null },
    {
      key: 'eligible_levels',
      type: 'list',
      description: d('适用标准级别', 'Eligible standard levels'),
      vocabulary: STANDARD_LEVELS,
      value: (p) => p.eligibility?.levels ?? [],
    },
    {
      key: 'eligible_roles',
      type: 'list',
      description: d('适用参与角色', 'Eligible participation roles'),
      vocabulary: PARTICIPATION_ROLES,
      value: (p) => p.eligibility?.roles ?? [],
    },
    { key: 'max_rank', type: 'number', description: d('起草单位排名不低于', 'Drafting rank at most'), value: (p) => p.eligibility?.maxRank ?? null },
    {
      key: 'implemented_within_years',
      type: 'number',
      description: d('标准实施年限内（年）', 'Standard in effect for at most (years)'),
      value: (p) => p.eligibility?.implementedWithinYears ?? null,
    },
    {
      key: 'eligible_tiers',
      type: 'list',
      description: d('适用服务类型', 'Eligible service tiers'),
      vocabulary: SERVICE_TIERS,
      value: (p) => p.eligibility?.tiers ?? [],
    },
    {
      key: 'amounts_cny',
      type: 'list',
      description: d('资助金额（级别:元）', 'Amounts (level:CNY)'),
      value: (p) => (p.amounts ?? []).map((a) => `${a.level}:${a.amountCNY}`),
    },
    officialUrl<Program>(d('政策', 'programme')),
    ...pageColumns(programPath),
  ],
});

/** Every list of /data/, in page order. */
export const EXPORT_LISTS: readonly ExportList[] = [ENTERPRISES, STANDARDS, COMMITTEES, PARTICIPATIONS, COMMITTEE_ROLE_LIST, AWARDS, NOMINATIONS, PROGRAMS];

/** Formats of every list. */
export const EXPORT_FORMATS = ['json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Site path of a list file. */
export function exportPath(list: Pick<ExportList, 'name'>, format: ExportFormat): string {
  return dataFilePath(list.name, format);
}
