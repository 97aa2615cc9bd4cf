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

/** About `records` search records: the embedded ones plus generated ones (paths prefixed `/g`, so they never collide). */
export async function benchRecords(records: number, workDir: string): Promise<SearchRecord[]> {
  const embedded = await recordsOf('content/dataset.ndjson');
  // Generated documents include relations (participations, nominations…); about 37 % become
  // search records, so ask for more documents than records and trim.
  mkdirSync(workDir, { recursive: true });
  const file = join(workDir, `generated-${records}.ndjson`);
  writeFileSync(file, generateNdjson({ scale: Math.max(1000, Math.ceil(records * 3)), seed: 1 }));
  const generated = (await recordsOf(file)).map((r) => ({ ...r, doc: { ...r.doc, path: `/g${r.doc.path}` } }));
  return [...embedded, ...generated.slice(0, Math.max(0, records - embedded.length))];
}
