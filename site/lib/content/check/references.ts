/**
 * Pass 3 of the content check: every reference the shape pass collected, resolved against
 * the id index of pass 1. A draft is never a valid target; a weak reference and a draft's
 * references are warnings.
 */
import { DRAFT_PREFIX } from '../../domain/ids.ts';
import { publishedIdOf } from '../../domain/visibility.ts';
import { clip } from '../problem.ts';
import { article, typeWords, type Known, type Reference, type Report, type Subject } from './subject.ts';

/** Report the unresolved references of `subjects`; ids in `unreadable` (lines that could not be read) are not reported again. */
export function checkReferences(subjects: readonly Subject[], byId: ReadonlyMap<string, Known>, unreadable: ReadonlySet<string> | undefined, report: Report): void {
  for (const subject of subjects) {
    const { entry, id, type } = subject;
    for (const reference of subject.references) {
      if (!byId.has(reference.ref) && unreadable?.has(reference.ref)) continue;
      const message = checkReference(reference, subject, byId);
      if (message) report(reference.weak || !subject.published ? 'warning' : 'error', entry, id, type, reference.field, message);
    }
  }
}

/** A reference problem, or undefined when the target exists with the right type. */
function checkReference(reference: Reference, subject: Subject, byId: ReadonlyMap<string, Known>): string | undefined {
  const { ref, to, field } = reference;
  const target = byId.get(ref);
  // The common case, checked first. A `drafts.` id is never a valid target, even when the draft is in the file.
  if (target && target.type === to && !ref.includes('.') && (subject.id === undefined || ref !== publishedIdOf(subject.id))) return undefined;
  const want = article(typeWords(to));
  const shown = clip(ref);
  if (ref !== publishedIdOf(ref)) {
    return `${field} points to the draft id "${shown}"; references must use the published id "${clip(publishedIdOf(ref))}". Remove the "drafts." prefix.`;
  }
  if (subject.id !== undefined && ref === publishedIdOf(subject.id)) {
    return `${field} points to the document itself. Point it to ${want} other than this one, or remove it.`;
  }
  const draft = target ? undefined : byId.get(`${DRAFT_PREFIX}${ref}`);
  if (!target && !draft) {
    return `${field} points to "${shown}", which is not in the file. Add ${want} with _id "${shown}" or correct the reference.`;
  }
  if (!target && subject.published) {
    return `${field} points to "${shown}", which exists only as a draft (drafts.${shown}); the published site cannot show it. Publish that ${typeWords(to)} first, or point to a published one.`;
  }
  const found = (target ?? draft)?.type ?? '';
  if (found !== to) {
    return `${field} points to "${shown}", which is ${found === '' ? 'a document without _type' : article(typeWords(found))}, but must point to ${want}. Correct the reference.`;
  }
  return undefined;
}

