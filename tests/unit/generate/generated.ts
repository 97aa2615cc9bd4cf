/**
 * Generated datasets shared by the generator tests: made once per file at the test scale,
 * with the parsed documents and the content check's findings.
 */
import { checkDocuments, type ContentProblem, type NdjsonEntry } from '../../../site/lib/content/index.ts';
import { generateNdjson } from '../../../scripts/lib/generate/index.ts';

/** Small enough for a unit test (~0.2 s to generate), large enough for every family and stage. */
export const TEST_SCALE = 2_000;

export interface Generated {
  readonly text: string;
  readonly docs: Record<string, unknown>[];
  readonly problems: ContentProblem[];
}

const cache = new Map<string, Generated>();

export function generated(scale: number = TEST_SCALE, seed = 1): Generated {
  const key = `${scale}/${seed}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const text = generateNdjson({ scale, seed });
  const lines = text.slice(0, -1).split('\n');
  const entries: NdjsonEntry[] = lines.map((line, i) => ({ line: i + 1, doc: JSON.parse(line) as Record<string, unknown> }));
  const result: Generated = { text, docs: entries.map((e) => e.doc as Record<string, unknown>), problems: checkDocuments('generated.ndjson', entries) };
  cache.set(key, result);
  return result;
}

export const isDraft = (doc: Record<string, unknown>): boolean => String(doc['_id']).startsWith('drafts.');
export const published = (docs: readonly Record<string, unknown>[]): Record<string, unknown>[] => docs.filter((d) => !isDraft(d));
export const ofType = (docs: readonly Record<string, unknown>[], type: string): Record<string, unknown>[] => docs.filter((d) => d['_type'] === type);
export const refOf = (value: unknown): string => String((value as { _ref?: unknown } | undefined)?._ref);
