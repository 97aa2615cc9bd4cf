/**
 * Bulk intake of an official list: from the matched names (nameMatch.ts) and what the whole
 * list shares (award, year, outcome — or standard — and one source), the relation records to
 * create, as 已录入 for a colleague to verify (fourEyes.ts). Pure: the Studio's 批量录入 tool sends
 * the documents in one transaction, `npm run intake` prints or writes them.
 */
import type { EnteredStamp } from './fourEyes.ts';
import type { MatchReport, MatchResult } from './nameMatch.ts';
import type { NominationOutcome, ParticipationRole } from './vocabulary.ts';

/** The source every record of the list shares (the notice, the standard's foreword). */
export interface IntakeSource {
  readonly url?: string | undefined;
  readonly title?: string | undefined;
  readonly capturedOn?: string | undefined;
}

/** What an award announcement (公示名单) gives every name of it. */
export interface NominationList {
  readonly kind: 'nomination';
  readonly awardId: string;
  readonly year: number;
  readonly outcome: NominationOutcome;
  readonly source: IntakeSource;
}

/** What a standard's list of drafting organizations (起草单位) gives every name of it. */
export interface ParticipationList {
  readonly kind: 'participation';
  readonly standardId: string;
  readonly year?: number | undefined;
  /** The first organization is the lead (主导/牵头), as forewords list it; else all 参与起草. */
  readonly leadFirst?: boolean | undefined;
  readonly source: IntakeSource;
}

export type IntakeList = NominationList | ParticipationList;

/** A document of the intake (Sanity's export shape). */
export type IntakeDocument = { readonly _id: string; readonly _type: string } & Record<string, unknown>;

/** Staff's choice for an entry: the enterprise (a match, a confirmed fuzzy or ambiguous one), or skip. */
export type Choice = { readonly position: number; readonly enterpriseId: string | null };

/** The choices a preview starts with: the certain matches chosen, everything else open. */
export function defaultChoices(report: MatchReport): Choice[] {
  return report.results.map((result) => ({ position: result.entry.position, enterpriseId: result.kind === 'match' ? result.best.candidate.id : null }));
}

const reference = (id: string) => ({ _type: 'reference', _ref: id });
const slugOf = (id: string, prefix: string) => (id.startsWith(prefix) ? id.slice(prefix.length) : id);

function sourceValue(source: IntakeSource) {
  return {
    _type: 'source',
    ...(source.url?.trim() ? { url: source.url.trim() } : {}),
    ...(source.title?.trim() ? { title: source.title.trim() } : {}),
    ...(source.capturedOn?.trim() ? { capturedOn: source.capturedOn.trim() } : {}),
  };
}

/** The id of the record an entry becomes, `<type>-<slug>` like the seed's (docs/design.md, "IDs"). */
export function intakeId(list: IntakeList, enterpriseId: string, role?: ParticipationRole): string {
  const enterprise = slugOf(enterpriseId, 'enterprise-');
  return list.kind === 'nomination'
    ? `nomination-${slugOf(list.awardId, 'award-')}-${list.year}-${enterprise}`
    : `participation-${slugOf(list.standardId, 'standard-')}-${enterprise}-${role ?? 'drafter'}`;
}

/** One planned record, or why an entry makes none. */
export type PlannedEntry =
  | { readonly position: number; readonly status: 'create'; readonly document: IntakeDocument }
  | { readonly position: number; readonly status: 'exists'; readonly id: string }
  | { readonly position: number; readonly status: 'skipped'; readonly reason: string };

/**
 * The records of a list: one per chosen entry, ranks in list order (participations), the
 * shared source, `entered` = the person running the intake, 已录入. An id that already exists
 * (`existingIds`) is left alone; an entry named twice is made once.
 */
export function planIntake(
  list: IntakeList,
  results: readonly MatchResult[],
  choices: readonly Choice[],
  entered: EnteredStamp,
  existingIds: ReadonlySet<string> = new Set(),
): PlannedEntry[] {
  const chosen = new Map(choices.map((choice) => [choice.position, choice.enterpriseId]));
  const made = new Set<string>();
  return results.map((result, index): PlannedEntry => {
    const position = result.entry.position;
    const enterpriseId = chosen.get(position) ?? null;
    if (!enterpriseId) return { position, status: 'skipped', reason: result.kind === 'miss' ? '未找到企业' : '未选择企业' };
    const role: ParticipationRole = list.kind === 'participation' && list.leadFirst && index === 0 ? 'lead' : 'drafter';
    const id = intakeId(list, enterpriseId, role);
    if (made.has(id)) return { position, status: 'skipped', reason: '名单中重复' };
    made.add(id);
    if (existingIds.has(id) || existingIds.has(`drafts.${id}`)) return { position, status: 'exists', id };
    const common = { source: sourceValue(list.source), entered, verification: { _type: 'verification', status: 'entered' } };
    const document: IntakeDocument =
      list.kind === 'nomination'
        ? {
            _id: id,
            _type: 'nomination',
            enterprise: reference(enterpriseId),
            award: reference(list.awardId),
            year: list.year,
            outcome: list.outcome,
            ...common,
          }
        : {
            _id: id,
            _type: 'participation',
            enterprise: reference(enterpriseId),
            standard: reference(list.standardId),
            role,
            rank: position,
            ...(list.year === undefined ? {} : { year: list.year }),
            ...common,
          };
    return { position, status: 'create', document };
  });
}

/** A new enterprise draft for a missed name: staff complete slug, USCC and the rest, then publish. */
export function enterpriseDraftFor(name: string, key: string): IntakeDocument {
  return { _id: `drafts.enterprise-new-${key}`, _type: 'enterprise', name: { _type: 'localeString', zh: name.trim() } };
}

/** Whether the list's shared source is enough to verify against later (a URL, or a title and date). */
export function intakeSourceProblem(source: IntakeSource): string | null {
  if (source.url?.trim() && /^https?:\/\//i.test(source.url.trim())) return null;
  if (source.title?.trim() && source.capturedOn?.trim()) return null;
  return '请填写名单的来源：来源网址，或来源标题和查阅日期。';
}
