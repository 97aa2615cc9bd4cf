/**
 * Build the embedded demonstration dataset, `content/dataset.ndjson`.
 *
 *   npm run seed
 *
 * Deterministic: the same tables always give the same bytes (no clock, no randomness), so the
 * committed file can be compared with a fresh build in a test. Re-running overwrites the file.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildAwards } from './awards.ts';
import { buildCommitteeRoles } from './committeeRoles.ts';
import { buildCommittees } from './committees.ts';
import { buildEnterprises } from './enterprises.ts';
import { buildNominations } from './nominations.ts';
import { buildParticipations } from './participations.ts';
import { buildPrograms } from './programs.ts';
import { buildStandards } from './standards.ts';
import { sortById, toNdjson, type SeedDocument } from './lib/document.ts';

/** Where the dataset is written, relative to the repository root. */
export const DATASET_PATH = fileURLToPath(new URL('../../content/dataset.ndjson', import.meta.url));

/** Every document of the dataset (published, drafts, unverified), sorted by `_id`. */
export function buildDocuments(): SeedDocument[] {
  return sortById([
    // 1. Things: enterprises, committees, standards, awards, programmes.
    ...buildEnterprises(),
    ...buildCommittees(),
    ...buildStandards(),
    ...buildAwards(),
    ...buildPrograms(),
    // 2. Relations between them.
    ...buildParticipations(),
    ...buildCommitteeRoles(),
    ...buildNominations(),
  ]);
}

/** The dataset as NDJSON text, exactly as written to DATASET_PATH. */
export function buildDataset(): string {
  return toNdjson(buildDocuments());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = buildDataset();
  writeFileSync(DATASET_PATH, text);
  const lines = text.split('\n').length - 1;
  console.log(`wrote ${lines} documents to ${DATASET_PATH}`);
}
