/**
 * Benchmark corpora: the embedded dataset (so the relevance suite's records are there, as
 * needles) plus a generated dataset of the requested size (scripts/lib/generate), as search
 * records — the same function the site build indexes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fetchRegister } from '../../../site/lib/data/loadRegister.ts';
import { createLocalSource } from '../../../site/lib/data/sources.ts';
import { searchRecords, type SearchRecord } from '../../../site/lib/search/records.ts';
import { generateNdjson } from '../generate/index.ts';

export const BENCH_TODAY = '2026-11-28';

async function recordsOf(file: string): Promise<SearchRecord[]> {
  const source = await createLocalSource({ source: 'local', file });
  return searchRecords(await fetchRegister(source, BENCH_TODAY));
}

/**
 * The embedded records and generated ones (paths prefixed `/g`, so they never collide), about
 * `size` in all. A generated record that would have an embedded record's page (its path: for a
 * standard, its code) is left out: a register never holds both — the content check refuses a
 * second document with the same page (site/lib/content/checkContent.ts, duplicate slugs) — and
 * the generator's number ranges overlap the demonstration dataset's (ITU-T Y.4990…, DB11/T 9900…),
 * so without this a query for `ITU-T Y.4998` had two standards of that very code to choose from.
 */
export function mergeBenchRecords(embedded: readonly SearchRecord[], generated: readonly SearchRecord[], size: number): SearchRecord[] {
  const taken = new Set(embedded.map((r) => r.doc.path));
  const distinct = generated.filter((r) => !taken.has(r.doc.path)).map((r) => ({ ...r, doc: { ...r.doc, path: `/g${r.doc.path}` } }));
  return [...embedded, ...distinct.slice(0, Math.max(0, size - embedded.length))];
}

/** About `records` search records: the embedded ones plus generated ones (see `mergeBenchRecords`). */
export async function benchRecords(records: number, workDir: string): Promise<SearchRecord[]> {
  const embedded = await recordsOf('content/dataset.ndjson');
  // Generated documents include relations (participations, nominations…); about 37 % become
  // search records, so ask for more documents than records and trim.
  mkdirSync(workDir, { recursive: true });
  const file = join(workDir, `generated-${records}.ndjson`);
  writeFileSync(file, generateNdjson({ scale: Math.max(1000, Math.ceil(records * 3)), seed: 1 }));
  return mergeBenchRecords(embedded, await recordsOf(file), records);
}
