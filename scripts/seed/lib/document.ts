/**
 * Documents of the dataset and their NDJSON form: `_id` and `_type` first, then the fields in
 * the order of the content model (site/lib/domain/model.ts), one document per line, sorted by
 * `_id`, `\n` line ends and a trailing newline.
 */
import { MODEL, type DocumentType } from '../../../site/lib/domain/model.ts';

/** A document before ordering: any field of its type, `undefined` meaning "left out". */
export interface SeedDocument {
  readonly _id: string;
  readonly _type: DocumentType;
  readonly [field: string]: unknown;
}

/** Prefix Sanity gives a document's unpublished draft. */
export const DRAFT_PREFIX = 'drafts.';

/**
 * The draft of a published id.
 * @example draftId('enterprise-zhixin-tech') //=> 'drafts.enterprise-zhixin-tech'
 */
export function draftId(id: string): string {
  return `${DRAFT_PREFIX}${id}`;
}

/**
 * The document with keys in model order and `undefined` fields removed. A field the model does
 * not know is a mistake in a table, so it throws instead of writing it.
 */
export function orderDocument(doc: SeedDocument): Record<string, unknown> {
  const fields = MODEL[doc._type];
  for (const key of Object.keys(doc)) {
    if (key !== '_id' && key !== '_type' && !(key in fields)) {
      throw new Error(`${doc._id}: field "${key}" is not in the content model of ${doc._type}`);
    }
  }
  const ordered: Record<string, unknown> = { _id: doc._id, _type: doc._type };
  for (const key of Object.keys(fields)) {
    const value = doc[key];
    if (value !== undefined) ordered[key] = value;
  }
  return ordered;
}

/** Sort by `_id` in code-unit order (what `Array.prototype.sort` and `<` do), refusing duplicates. */
export function sortById(docs: readonly SeedDocument[]): SeedDocument[] {
  const sorted = [...docs].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  for (let i = 1; i < sorted.length; i += 1) {
    if (sorted[i]?._id === sorted[i - 1]?._id) throw new Error(`duplicate _id ${sorted[i]?._id ?? ''}`);
  }
  return sorted;
}

/** The NDJSON text of the documents. */
export function toNdjson(docs: readonly SeedDocument[]): string {
  return sortById(docs)
    .map((doc) => JSON.stringify(orderDocument(doc)))
    .map((line) => `${line}\n`)
    .join('');
}
