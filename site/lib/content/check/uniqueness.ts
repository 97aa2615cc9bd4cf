/**
 * Pass 4 of the content check: uniqueness among published documents (what the site builds
 * pages from): page slugs, USCCs, relation records, committee terms.
 */
import type { DocumentType } from '../../domain/model.ts';
import { isIsoDate } from '../../domain/calendar.ts';
import { committeeSlug, documentSectionPath, standardSlug, type DesignationLike } from '../../routes.ts';
import { clip, type SanityDocumentLike } from '../problem.ts';
import { date, describeDoc, isObject, refOf, str, typeWords, type Subject } from './subject.ts';

type ReportFor = (subject: Subject, field: string | undefined, message: string) => void;

/** The slug a document's page is written under, if it has one. */
export function pageSlugOf(type: DocumentType, doc: SanityDocumentLike): { field: string; slug: string } | undefined {
  switch (type) {
    case 'enterprise':
    case 'award':
    case 'supportProgram': {
      const slug = doc['slug'];
      const current = isObject(slug) ? str(slug['current']) : undefined;
      return current ? { field: 'slug', slug: current } : undefined;
    }
    case 'standard': {
      // The permalink (routes.ts): of the first designation, else of the code.
      const code = str(doc['code']);
      const list = doc['designations'];
      const designations: DesignationLike[] = Array.isArray(list) ? list.filter(isObject).map((d) => ({ code: str(d['code']) ?? null, until: str(d['until']) ?? null })) : [];
      const slug = code === undefined && designations.length === 0 ? '' : standardSlug({ code: code ?? null, designations });
      return slug !== '' ? { field: designations.length > 0 ? 'designations' : 'code', slug } : undefined;
    }
    case 'technicalCommittee': {
      const code = str(doc['code']);
      const slug = code === undefined ? '' : committeeSlug({ code, _id: '' });
      return slug !== '' ? { field: 'code', slug } : undefined;
    }
    default:
      return undefined;
  }
}

/** Duplicate slugs, USCCs and relation records among published documents. */
export function checkUniqueness(subjects: readonly Subject[], report: ReportFor): void {
  const slugs = new Map<string, Subject>();
  const usccs = new Map<string, Subject>();
  const relations = new Map<string, Subject>();
  const tenures = new Map<string, Subject[]>();

  for (const subject of subjects) {
    if (!subject.published) continue;
    const { type } = subject;
    const doc = subject.entry.doc;

    const page = pageSlugOf(type, doc);
    if (page) {
      const key = `${type}\u0000${page.slug}`;
      const first = slugs.get(key);
      if (first) {
        report(
          subject,
          page.field,
          `${type === 'standard' || type === 'technicalCommittee' ? `code gives the page slug "${clip(page.slug)}", which is` : `slug "${clip(page.slug)}" is`} also used by ${describeDoc(first)}: both would be written to ${documentSectionPath(type)}${clip(page.slug)}/ and one page would silently replace the other. ${type === 'standard' || type === 'technicalCommittee' ? 'Remove the duplicate record or correct the code.' : `Give this ${typeWords(type)} a different slug.`}`,
        );
      } else {
        slugs.set(key, subject);
      }
    }

    if (type === 'enterprise') {
      const uscc = str(doc['uscc']);
      if (uscc) {
        const first = usccs.get(uscc);
        if (first) report(subject, 'uscc', `uscc ${clip(uscc, 20)} is also the code of ${describeDoc(first)}; one legal entity must be one enterprise. Merge the two records or correct the code.`);
        else usccs.set(uscc, subject);
      }
    }

    const enterprise = refOf(doc['enterprise']);
    if (enterprise === undefined) continue;
    if (type === 'participation') {
      const standard = refOf(doc['standard']);
      const role = str(doc['role']);
      if (standard === undefined || role === undefined) continue;
      const key = `p\u0000${enterprise}\u0000${standard}\u0000${role}`;
      const first = relations.get(key);
      if (first) report(subject, undefined, `same enterprise, standard and role (${clip(role, 20)}) as ${describeDoc(first)}: the enterprise would be listed twice. Merge the two records or remove one.`);
      else relations.set(key, subject);
    } else if (type === 'nomination') {
      const award = refOf(doc['award']);
      const year = doc['year'];
      if (award === undefined || typeof year !== 'number') continue;
      const key = `n\u0000${enterprise}\u0000${award}\u0000${year}`;
      const first = relations.get(key);
      if (first) report(subject, undefined, `same enterprise, award and year (${year}) as ${describeDoc(first)}: one nomination per award and year. Merge the two records (keep the latest outcome) or remove one.`);
      else relations.set(key, subject);
    } else if (type === 'committeeRole') {
      const committee = refOf(doc['committee']);
      const role = str(doc['role']);
      if (committee === undefined || role === undefined || !isIsoDate(doc['since'])) continue;
      const key = `${enterprise}\u0000${committee}\u0000${role}`;
      const group = tenures.get(key);
      if (group) group.push(subject);
      else tenures.set(key, [subject]);
    }
  }

  // Committee roles: same enterprise, committee and role may repeat only in separate terms.
  for (const group of tenures.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => since(a).localeCompare(since(b)) || a.entry.line - b.entry.line);
    let open: Subject | undefined;
    for (const subject of sorted) {
      if (open) {
        const openUntil = until(open);
        const later = open.entry.line > subject.entry.line ? open : subject;
        const earlier = later === open ? subject : open;
        if (since(open) === since(subject)) {
          report(later, 'since', `same enterprise, committee, role and start date (${since(subject)}) as ${describeDoc(earlier)}. Remove the duplicate record.`);
        } else if (openUntil === undefined || since(subject) < openUntil) {
          report(
            later,
            'since',
            `same enterprise, committee and role as ${describeDoc(earlier)}, and the terms overlap (${since(open)}–${openUntil ?? 'open'} and ${since(subject)}–${until(subject) ?? 'open'}). Set "until" on the earlier term or remove the duplicate.`,
          );
        }
      }
      if (!open || (until(open) !== undefined && (until(subject) === undefined || (until(subject) ?? '') > (until(open) ?? '')))) open = subject;
    }
  }
}

const since = (subject: Subject): string => date(subject.entry.doc['since']) ?? '';
const until = (subject: Subject): string | undefined => date(subject.entry.doc['until']);
