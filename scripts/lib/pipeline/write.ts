/**
 * Writing to the Lake. Documents go through @sanity/import, the engine of `sanity dataset
 * import`: it batches `createOrReplace` mutations into transactions of at most 256 KB with 6 in
 * flight, imports references weak and strengthens them afterwards (so batches may land in any
 * order), and uploads new `_sanityAsset` files and sets their references. Deletes are ours: it
 * has none.
 */
import type { SanityClient } from '@sanity/client';
import { sanityImport } from '@sanity/import';
import type { LakeDocument } from './documents.ts';
import type { ProgressEvent } from './progress.ts';

/** Deletes per transaction: ~60 bytes each, far below the ~4 MB request limit. */
export const DELETES_PER_TRANSACTION = 200;

/** Request tag, shown in the project's usage logs. */
const TAG = 'content-import';

export async function writeDocuments(client: SanityClient, documents: readonly LakeDocument[], onProgress: (event: ProgressEvent) => void): Promise<void> {
  if (documents.length === 0) return;
  // @sanity/import rewrites its input in place (weak references, asset fields): give it a copy.
  const copies = documents.map((doc) => structuredClone({ ...doc }));
  await sanityImport(copies, { client, operation: 'createOrReplace', onProgress, tag: TAG, skipCrossDatasetReferences: true });
}

export async function deleteDocuments(client: SanityClient, ids: readonly string[], onProgress: (event: ProgressEvent) => void): Promise<void> {
  const total = Math.ceil(ids.length / DELETES_PER_TRANSACTION);
  for (let start = 0, done = 0; start < ids.length; start += DELETES_PER_TRANSACTION) {
    onProgress({ step: 'Deleting documents', current: done, total });
    let transaction = client.transaction();
    for (const id of ids.slice(start, start + DELETES_PER_TRANSACTION)) transaction = transaction.delete(id);
    await transaction.commit({ tag: `${TAG}.delete`, visibility: 'sync' });
    done += 1;
    onProgress({ step: 'Deleting documents', current: done, total });
  }
}
