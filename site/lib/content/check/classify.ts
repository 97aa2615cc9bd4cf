/**
 * Pass 1 of the content check: read each line's `_id` and `_type`, index the ids (first
 * occurrence wins, so references can point forward), report missing, invalid and duplicate
 * ids and unknown types, and sort the documents into published, drafts and Sanity's own.
 * The check's later passes and the data layer's document lists (loadContent.ts) both use
 * this one classification.
 */
import { DOCUMENT_TYPES, STUDIO_ONLY_TYPES, isDocumentType, type DocumentType } from '../../domain/model.ts';
import { documentIdIssue, publishedIdIssue } from '../../domain/ids.ts';
import { isPublishedId, publishedIdOf } from '../../domain/visibility.ts';
import { clip, describeValue, type NdjsonEntry } from '../problem.ts';
import type { Known, Report, Subject } from './subject.ts';

/** What the id says about a document. */
export type IdKind = 'published' | 'draft' | 'system' | 'invalid';

/**
 * Classify an id: `drafts.<id>` and `versions.<release>.<id>` are not published; `_.*` and
 * `system.*` belong to Sanity itself; any other dot is a private path (invalid).
 * @example idKind('drafts.enterprise-acme') //=> 'draft'
 */
export function idKind(id: string): IdKind {
  if (id.startsWith('_.') || id.startsWith('system.')) return 'system';
  const base = publishedIdOf(id);
  if (base !== id) return publishedIdIssue(base) === undefined ? 'draft' : 'invalid';
  return publishedIdIssue(id) === undefined ? 'published' : 'invalid';
}

/** Sanity's own document types (assets, system documents) and Studio-only types: accepted, not checked. */
export function isSystemType(type: string): boolean {
  return type.startsWith('sanity.') || type.startsWith('system.') || type.startsWith('assist.') || STUDIO_ONLY_TYPES.includes(type);
}

/** A document of a known type with a usable id (drafts included). */
export interface ContentDocument {
  readonly _id: string;
  readonly _type: DocumentType;
  readonly [field: string]: unknown;
}

export interface ContentCounts {
  /** Published documents per type. */
  readonly byType: Readonly<Record<DocumentType, number>>;
  /** Published documents of known types. */
  readonly published: number;
  /** `drafts.*` / `versions.*` documents of known types. */
  readonly drafts: number;
  /** Sanity's own documents (assets, `system.*`), accepted and ignored. */
  readonly system: number;
  /** Lines in the file, blank ones included. */
  readonly lines: number;
}

export interface Classified {
  /** Every id of the file (first occurrence), Sanity's own documents included. */
  readonly byId: ReadonlyMap<string, Known>;
  /** The documents of known types, for the later passes. */
  readonly subjects: readonly Subject[];
  /** Every document of a known type with a string id, in file order, drafts included. */
  readonly documents: ContentDocument[];
  /** The documents the public site may use: no `drafts.` / `versions.` ids. */
  readonly published: ContentDocument[];
  readonly counts: Omit<ContentCounts, 'lines'>;
}

/** Pass 1 over all entries; `report` receives the problems of ids and types. */
export function classify(entries: readonly NdjsonEntry[], report: Report): Classified {
  const byId = new Map<string, Known>();
  const subjects: Subject[] = [];
  const documents: ContentDocument[] = [];
  const published: ContentDocument[] = [];
  const byType = Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, 0])) as Record<DocumentType, number>;
  let drafts = 0;
  let system = 0;

  for (const entry of entries) {
    const { _id: rawId, _type: rawType } = entry.doc;
    const id = typeof rawId === 'string' && rawId !== '' ? rawId : undefined;
    const type = typeof rawType === 'string' && rawType !== '' ? rawType : undefined;
    // Counted as Sanity's own only when both are strings, as the data layer lists them.
    const countable = typeof rawId === 'string' && typeof rawType === 'string';

    if (id === undefined) {
      report(
        'error',
        entry,
        undefined,
        type,
        '_id',
        rawId === undefined || rawId === ''
          ? `the document has no _id. Give it an id "<type>-<slug>", e.g. "${type && isDocumentType(type) ? type : 'enterprise'}-example".`
          : `_id must be a string, not ${describeValue(rawId)}. Write the id in quotes, e.g. "enterprise-example".`,
      );
    }
    if (type === undefined) {
      report(
        'error',
        entry,
        id,
        undefined,
        '_type',
        rawType === undefined || rawType === ''
          ? `the document has no _type. Set it to one of: ${DOCUMENT_TYPES.join(', ')}.`
          : `_type must be a string, not ${describeValue(rawType)}. Set it to one of: ${DOCUMENT_TYPES.join(', ')}.`,
      );
    }

    const kind = id === undefined ? undefined : idKind(id);
    if (id !== undefined && kind === 'system') {
      if (!byId.has(id)) byId.set(id, { type: type ?? '', line: entry.line });
      if (countable) system += 1;
      continue;
    }
    if (type !== undefined && isSystemType(type)) {
      // Assets and other Sanity documents: accept; they may be reference targets (images).
      if (id !== undefined && !byId.has(id)) byId.set(id, { type, line: entry.line });
      if (countable) system += 1;
      continue;
    }
    if (id !== undefined) {
      if (kind === 'invalid') {
        report('error', entry, id, type, '_id', `_id "${clip(id)}" ${documentIdIssue(id, publishedIdOf(id))?.message.en ?? 'is not a valid id.'}`);
      }
      const first = byId.get(id);
      if (first) {
        report('error', entry, id, type, '_id', `duplicate _id: line ${first.line} already has a document with this id. Give each document its own id, or remove the copy.`);
      } else {
        byId.set(id, { type: type ?? '', line: entry.line });
      }
    }
    if (type === undefined) continue;
    if (!isDocumentType(type)) {
      report('error', entry, id, type, '_type', `unknown document type "${clip(type, 40)}". Use one of: ${DOCUMENT_TYPES.join(', ')} — or remove the line.`);
      continue;
    }
    subjects.push({ entry, id, type, published: kind !== 'draft', references: [] });
    if (typeof rawId !== 'string') continue;
    const document = entry.doc as ContentDocument;
    documents.push(document);
    if (isPublishedId(rawId)) {
      published.push(document);
      byType[type] += 1;
    } else {
      drafts += 1;
    }
  }
  return { byId, subjects, documents, published, counts: { byType, published: published.length, drafts, system } };
}
