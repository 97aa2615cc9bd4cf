/**
 * Reading the Content Lake in bounded requests: documents by id (for the import's comparison)
 * and whole perspectives page by page (for the export and `--prune`), keyset-paginated on `_id`
 * so a page never skips or repeats a document.
 */
import type { ClientPerspective, SanityClient } from '@sanity/client';
import type { LakeDocument } from './documents.ts';

/** Ids per lookup: ~40 bytes each, so a request body stays near 20 KB. */
export const IDS_PER_LOOKUP = 500;
/** Documents per export page. */
export const DOCUMENTS_PER_PAGE = 2000;

/** Content documents: not Sanity's own (`_.*`, `sanity.*` types) and not release versions. */
const CONTENT_FILTER = '!(_id in path("_.**")) && !(_id in path("versions.**")) && !string::startsWith(_type, "sanity.")';

/** The stored documents with these ids (drafts included), server fields and all. */
export async function fetchDocumentsByIds(client: SanityClient, ids: readonly string[]): Promise<Map<string, LakeDocument>> {
  const found = new Map<string, LakeDocument>();
  for (let start = 0; start < ids.length; start += IDS_PER_LOOKUP) {
    const chunk = ids.slice(start, start + IDS_PER_LOOKUP);
    const docs = await client.fetch<LakeDocument[]>('*[_id in $ids]', { ids: chunk }, { perspective: 'raw' });
    for (const doc of docs) found.set(doc._id, doc);
  }
  return found;
}

/** Every content document of a perspective, in `_id` order. */
export async function fetchAllDocuments(client: SanityClient, perspective: ClientPerspective): Promise<LakeDocument[]> {
  const all: LakeDocument[] = [];
  let after = '';
  for (;;) {
    const page = await client.fetch<LakeDocument[]>(
      `*[${CONTENT_FILTER} && _id > $after] | order(_id asc) [0...${DOCUMENTS_PER_PAGE}]`,
      { after },
      { perspective },
    );
    all.push(...page);
    const last = page.at(-1);
    if (!last || page.length < DOCUMENTS_PER_PAGE) return all;
    after = last._id;
  }
}

/** Ids of every content document, drafts included (what `--prune` compares with the file). */
export async function fetchAllIds(client: SanityClient): Promise<string[]> {
  return client.fetch<string[]>(`*[${CONTENT_FILTER}]._id`, {}, { perspective: 'raw' });
}
