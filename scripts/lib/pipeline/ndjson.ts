/**
 * The NDJSON form of an export: one document per line in stable key order (keyOrder.ts), sorted
 * by `_id` in code-unit order with duplicates refused (the seed's `sortById`), `\n` line ends
 * and a trailing newline — the same bytes as the dataset the seed writes.
 */
import { sortById, type SeedDocument } from '../../seed/lib/document.ts';
import { orderDocumentKeys } from './keyOrder.ts';
import type { LakeDocument } from './documents.ts';

export function toExportNdjson(docs: readonly LakeDocument[]): string {
  // sortById only reads `_id`; the seed's type is narrower than an export's documents.
  return sortById(docs as readonly SeedDocument[])
    .map((doc) => `${JSON.stringify(orderDocumentKeys(doc))}\n`)
    .join('');
}
