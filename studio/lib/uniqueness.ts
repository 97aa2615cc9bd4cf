/**
 * Uniqueness checks against the dataset, run while staff type: a USCC, a standard code, the
 * same enterprise + standard + role, the same enterprise + award + year. Each is an async
 * `Rule.custom` that asks the Content Lake (or, in tests, groq-js over the NDJSON) for other
 * documents with the same key, and names the clashing document in its message so staff can
 * open it instead of entering the record twice.
 *
 * The queries and the messages are plain functions, tested without a Studio.
 */
import type { CustomValidatorResult, ValidationContext } from 'sanity';
import { compactCode } from '../../site/lib/domain/standardCode.ts';
import { PARTICIPATION_ROLES } from '../../site/lib/domain/vocabulary.ts';
import { draftIdOf, isVersionId, publishedIdOf } from '../../site/lib/domain/visibility.ts';
import { zhLabel } from './labels.ts';

/** API version of the uniqueness queries (the client's default perspective is set per query). */
export const UNIQUENESS_API_VERSION = '2025-02-19';

/**
 * The ids that are the document being edited: published and draft. A document never clashes
 * with its own draft.
 * @example ownIds('drafts.enterprise-alpha') //=> ['enterprise-alpha', 'drafts.enterprise-alpha']
 */
export function ownIds(id: string): string[] {
  const published = publishedIdOf(id);
  return [published, draftIdOf(published)];
}

/** A document that holds the same key, as the queries project it. */
export interface ClashRow {
  readonly _id: string;
  /** What staff recognize it by: the enterprise name, the standard code and title, … */
  readonly label?: string | null;
}

/** One clashing document: published id, label, and whether only a draft of it exists. */
export interface Clash {
  readonly id: string;
  readonly label: string;
  readonly draftOnly: boolean;
}

/**
 * One clash per document: a published document and its draft are the same document, and
 * release versions are ignored. Sorted by id, so messages are stable.
 */
export function collectClashes(rows: readonly ClashRow[]): Clash[] {
  const byId = new Map<string, Clash>();
  for (const row of rows) {
    if (isVersionId(row._id)) continue;
    const id = publishedIdOf(row._id);
    const isDraft = row._id !== id;
    const seen = byId.get(id);
    // The published document's label wins: the draft may be half edited.
    const label = (isDraft ? seen?.label || row.label : row.label || seen?.label) ?? '';
    byId.set(id, { id, label, draftOnly: (seen?.draftOnly ?? true) && isDraft });
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * A clashing document as staff read it: `“label”（id）`, marked 草稿 when only a draft exists.
 * @example describeClash({ id: 'enterprise-alpha', label: '阿尔法', draftOnly: false }) //=> '“阿尔法”（enterprise-alpha）'
 */
export function describeClash(clash: Clash): string {
  const name = clash.label === '' ? '' : `“${clash.label}”`;
  return `${name}（${clash.id}${clash.draftOnly ? '，草稿' : ''}）`;
}

const listClashes = (clashes: readonly Clash[]) => clashes.map(describeClash).join('、');

/** A GROQ query with its parameters. */
export interface ClashQuery {
  readonly query: string;
  readonly params: Record<string, unknown>;
}

/** Other enterprises with this USCC. */
export function usccClashQuery(uscc: string, documentId: string): ClashQuery {
  return {
    query: '*[_type == "enterprise" && uscc == $uscc && !(_id in $own)]{_id, "label": name.zh}',
    params: { uscc, own: ownIds(documentId) },
  };
}

export function usccClashMessage(clashes: readonly Clash[]): string {
  return `统一社会信用代码已被企业${listClashes(clashes)}使用。同一企业只录入一次：请打开那条记录修改，或核对营业执照上的代码。`;
}

/**
 * Every other standard with its code: codes are compared in their compact form
 * (`GB/T 39204—2022` = `GB/T39204-2022`), which GROQ cannot compute. One projected row is
 * ~60 bytes, so 3,000 standards are ~180 KB per check; Sanity debounces validation while typing.
 */
export function standardCodeCandidatesQuery(documentId: string): ClashQuery {
  return {
    query: '*[_type == "standard" && !(_id in $own)]{_id, code, "label": coalesce(code + " " + title.zh, code)}',
    params: { own: ownIds(documentId) },
  };
}

/** The candidates whose code is the same as `code` in compact form. */
export function sameStandardCode(code: string, candidates: readonly (ClashRow & { readonly code?: string | null })[]): ClashRow[] {
  const key = compactCode(code);
  if (key === '') return [];
  return candidates.filter((candidate) => typeof candidate.code === 'string' && compactCode(candidate.code) === key);
}

export function standardCodeClashMessage(clashes: readonly Clash[]): string {
  return `标准号已被标准${listClashes(clashes)}使用。同一标准只录入一次：请打开那条记录修改；不同版本请写明年份，如 GB/T 39204-2022。`;
}

/** Other participations of the same enterprise in the same standard with the same role. */
export function participationClashQuery(doc: { enterprise: string; standard: string; role: string }, documentId: string): ClashQuery {
  return {
    query:
      '*[_type == "participation" && enterprise._ref == $enterprise && standard._ref == $standard && role == $role && !(_id in $own)]' +
      '{_id, "label": coalesce(enterprise->name.zh + " · " + standard->code, standard->code)}',
    params: { ...doc, own: ownIds(documentId) },
  };
}

export function participationClashMessage(clashes: readonly Clash[], role: string): string {
  return `这家企业在该标准中的“${zhLabel(PARTICIPATION_ROLES, role) ?? role}”记录已存在：${listClashes(clashes)}。请打开那条记录修改，或改选角色。`;
}

/** Other nominations of the same enterprise for the same award in the same year. */
export function nominationClashQuery(doc: { enterprise: string; award: string; year: number }, documentId: string): ClashQuery {
  return {
    query:
      '*[_type == "nomination" && enterprise._ref == $enterprise && award._ref == $award && year == $year && !(_id in $own)]' +
      '{_id, "label": coalesce(enterprise->name.zh + " · " + award->name.zh, award->name.zh)}',
    params: { ...doc, own: ownIds(documentId) },
  };
}

export function nominationClashMessage(clashes: readonly Clash[], year: number): string {
  return `这家企业 ${year} 年参评该奖项的记录已存在：${listClashes(clashes)}。每家企业每个奖项每年只录入一条，结果有变化请修改那条记录。`;
}

/** The `_ref` of a reference field of the document being validated. */
export function documentRef(context: ValidationContext, field: string): string | undefined {
  const value: unknown = context.document?.[field];
  if (typeof value !== 'object' || value === null || !('_ref' in value)) return undefined;
  return typeof value._ref === 'string' && value._ref !== '' ? value._ref : undefined;
}

/**
 * Run a clash query with the validation client. `raw`: drafts count, because a colleague's
 * unpublished draft of the same enterprise is still a duplicate about to happen.
 */
export async function fetchClashes<Row extends ClashRow>(context: ValidationContext, { query, params }: ClashQuery): Promise<Row[]> {
  const client = context.getClient({ apiVersion: UNIQUENESS_API_VERSION });
  return client.fetch<Row[]>(query, params, { perspective: 'raw' });
}

/** The id of the document being validated (a new document has one too: its draft id). */
function documentIdOf(context: ValidationContext): string | undefined {
  return context.document?._id;
}

/** `Rule.custom` for `enterprise.uscc`: no other enterprise has this code. */
export async function uniqueUscc(uscc: string | undefined, context: ValidationContext): Promise<CustomValidatorResult> {
  const id = documentIdOf(context);
  if (!uscc || !id) return true;
  const clashes = collectClashes(await fetchClashes(context, usccClashQuery(uscc, id)));
  return clashes.length === 0 ? true : usccClashMessage(clashes);
}

/** `Rule.custom` for `standard.code`: no other standard has this code in any spelling. */
export async function uniqueStandardCode(code: string | undefined, context: ValidationContext): Promise<CustomValidatorResult> {
  const id = documentIdOf(context);
  if (!code || !id) return true;
  const candidates = await fetchClashes<ClashRow & { code?: string | null }>(context, standardCodeCandidatesQuery(id));
  const clashes = collectClashes(sameStandardCode(code, candidates));
  return clashes.length === 0 ? true : standardCodeClashMessage(clashes);
}

/** `Rule.custom` for `participation.standard`: one record per enterprise, standard and role. */
export async function uniqueParticipation(value: { _ref?: string } | undefined, context: ValidationContext): Promise<CustomValidatorResult> {
  const id = documentIdOf(context);
  const enterprise = documentRef(context, 'enterprise');
  const standard = value?._ref;
  const role = typeof context.document?.['role'] === 'string' ? context.document['role'] : undefined;
  if (!role || !id || !enterprise || !standard) return true;
  const clashes = collectClashes(await fetchClashes(context, participationClashQuery({ enterprise, standard, role }, id)));
  return clashes.length === 0 ? true : participationClashMessage(clashes, role);
}

/** `Rule.custom` for `nomination.year`: one record per enterprise, award and year. */
export async function uniqueNomination(year: number | undefined, context: ValidationContext): Promise<CustomValidatorResult> {
  const id = documentIdOf(context);
  const enterprise = documentRef(context, 'enterprise');
  const award = documentRef(context, 'award');
  if (year === undefined || !id || !enterprise || !award) return true;
  const clashes = collectClashes(await fetchClashes(context, nominationClashQuery({ enterprise, award, year }, id)));
  return clashes.length === 0 ? true : nominationClashMessage(clashes, year);
}
