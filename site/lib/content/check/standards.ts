/**
 * Content-check rules across standard and committee records (issue 12): withdrawal dates implied
 * by a replacing edition, reference cycles (`replaces`, `amends`, committee `parent`), addresses of
 * earlier designations that would hide another page, adoptions without a target, supplements
 * whose base is in the file but not linked. Linear: one index, one pass, one cycle search per field.
 */
import { WITHDRAWN_NEEDS_DATE } from '../../domain/dates.ts';
import { findCycles, impliedWithdrawal } from '../../domain/relations.ts';
import { parseStandardCode } from '../../domain/standardCode.ts';
import { standardPath, standardRedirectSlugs, standardSlug, type DesignationLike } from '../../routes.ts';
import type { ProblemLevel, SanityDocumentLike } from '../problem.ts';

export interface RecordSubject {
  readonly id: string;
  readonly type: string;
  readonly line: number;
  readonly doc: SanityDocumentLike;
}

export type RecordReport = (level: ProblemLevel, subject: RecordSubject, field: string | undefined, message: string) => void;


const isObject = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);
const refOf = (value: unknown): string | undefined => (isObject(value) && typeof value['_ref'] === 'string' ? value['_ref'] : undefined);
const refsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(refOf).filter((r): r is string => r !== undefined) : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const named = (s: RecordSubject): string => `${s.id} (line ${s.line})`;

function designationsOf(doc: SanityDocumentLike): DesignationLike[] {
  const list = doc['designations'];
  return Array.isArray(list) ? list.filter(isObject).map((d) => ({ code: str(d['code']) ?? null, until: str(d['until']) ?? null })) : [];
}

function reportCycles(subjects: readonly RecordSubject[], field: string, edgesOf: (s: RecordSubject) => string[], why: string, report: RecordReport): void {
  const byId = new Map(subjects.map((s) => [s.id, s]));
  const edges = new Map(subjects.map((s) => [s.id, edgesOf(s).filter((t) => byId.has(t) && t !== s.id)]));
  for (const cycle of findCycles(edges)) {
    const members = cycle.map((id) => byId.get(id)).filter((s): s is RecordSubject => s !== undefined);
    const first = members[0];
    if (!first) continue;
    const path = [...members.map(named), first.id].join(' → ');
    for (const member of members) report('error', member, field, `${field} forms a cycle: ${path}. ${why}`);
  }
}

/** Every cross-record rule over the published standards and committees of a file. */
export function checkStandardRelations(standards: readonly RecordSubject[], committees: readonly RecordSubject[], report: RecordReport): void {
  const byId = new Map(standards.map((s) => [s.id, s]));

  // Withdrawal: a withdrawn edition without withdrawnOn takes the replacing edition's effectiveOn.
  const replacers = new Map<string, RecordSubject[]>();
  for (const s of standards) {
    for (const ref of refsOf(s.doc['replaces'])) replacers.set(ref, [...(replacers.get(ref) ?? []), s]);
  }
  for (const s of standards) {
    if (s.doc['stage'] !== 'withdrawn' || str(s.doc['withdrawnOn'])) continue;
    const by = replacers.get(s.id) ?? [];
    const implied = impliedWithdrawal(by.map((r) => ({ id: r.id, effectiveOn: str(r.doc['effectiveOn']) })));
    const replacer = implied ? byId.get(implied.by) : undefined;
    if (implied && replacer) {
      report(
        'warning',
        s,
        'withdrawnOn',
        `withdrawnOn is missing; ${named(replacer)} replaces this edition and took effect on ${implied.date}, so the site shows ${implied.date} as the withdrawal date. Add withdrawnOn if the withdrawal notice gives another date.`,
      );
    } else {
      report(WITHDRAWN_NEEDS_DATE.level, s, WITHDRAWN_NEEDS_DATE.field, WITHDRAWN_NEEDS_DATE.message.en);
    }
  }

  reportCycles(standards, 'replaces', (s) => refsOf(s.doc['replaces']), 'An edition cannot replace itself, even through others; remove the reference that points back.', report);
  reportCycles(standards, 'amends', (s) => [refOf(s.doc['amends']) ?? ''], 'A supplement cannot amend itself, even through others; point amends to the base edition.', report);
  reportCycles(committees, 'parent', (s) => [refOf(s.doc['parent']) ?? ''], 'A committee cannot be its own ancestor; correct the parent of one of them.', report);

  // Addresses: every earlier designation's address redirects to the record's page, so it must not
  // be the page (or another redirect) of a different record.
  const pages = new Map<string, RecordSubject>();
  for (const s of standards) {
    const slug = standardSlug({ code: str(s.doc['code']) ?? null, designations: designationsOf(s.doc) });
    if (slug !== '' && !pages.has(slug)) pages.set(slug, s);
  }
  const redirects = new Map<string, RecordSubject>();
  for (const s of standards) {
    for (const slug of standardRedirectSlugs({ code: str(s.doc['code']) ?? null, designations: designationsOf(s.doc) })) {
      const owner = pages.get(slug) ?? redirects.get(slug);
      if (owner && owner !== s) {
        report(
          'error',
          s,
          'designations',
          `an earlier designation gives the old address ${standardPath(slug)}, which is already the address of ${named(owner)}; the redirect would hide that page. Correct the designation, or merge the two records.`,
        );
      } else {
        redirects.set(slug, s);
      }
    }
  }

  // Adoption and supplements.
  const byDisplay = new Map<string, RecordSubject>();
  for (const s of standards) {
    const display = parseStandardCode(str(s.doc['code']) ?? '')?.display;
    if (display && !byDisplay.has(display)) byDisplay.set(display, s);
  }
  for (const s of standards) {
    const adopts = s.doc['adopts'];
    if (isObject(adopts) && refOf(adopts['standard']) === undefined && str(adopts['code']) === undefined) {
      report('error', s, 'adopts', `adopts has neither standard nor code. Point adopts.standard to the international standard's record, or write its code in adopts.code.`);
    }
    const parsed = parseStandardCode(str(s.doc['code']) ?? '');
    if (parsed?.base && refOf(s.doc['amends']) === undefined) {
      const base = byDisplay.get(parsed.base);
      if (base && base !== s) {
        report('warning', s, 'amends', `code ${parsed.display} is ${parsed.kind === 'amendment' ? 'an' : 'a'} ${parsed.kind} of ${parsed.base}, which is ${named(base)}, but amends is empty. Point amends to ${base.id} so its page lists this ${parsed.kind}.`);
      }
    }
  }
}
