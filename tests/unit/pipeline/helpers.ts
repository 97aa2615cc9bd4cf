/** Shared setup of the pipeline tests: a stand-in Lake, the scripts' environment, captured output. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalJson, withoutServerFields, type LakeDocument } from '../../../scripts/lib/pipeline/documents.ts';
import type { ScriptIO } from '../../../scripts/lib/pipeline/io.ts';
import type { RetryPolicy } from '../../../scripts/lib/pipeline/retry.ts';
import type { ContentLakeStandin } from '../../standin/contentLake.ts';

export const DATASET_FILE = 'content/dataset.ndjson';
export const FIXTURES = 'tests/fixtures/pipeline';

export function lakeEnv(lake: ContentLakeStandin): NodeJS.ProcessEnv {
  return {
    SANITY_STUDIO_PROJECT_ID: lake.projectId,
    SANITY_STUDIO_DATASET: lake.dataset,
    SANITY_API_WRITE_TOKEN: 'write-token',
    SANITY_API_HOST: lake.apiHost,
  };
}

/** Output of a script run; `progressStream` is not a terminal, so progress comes as lines. */
export function captureIO(): ScriptIO & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line), progressStream: { isTTY: false } as NodeJS.WriteStream };
}

/** Retries without waiting; `sleeps` records the waits the policy asked for. */
export function fastRetry(maxAttempts = 4): RetryPolicy & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { maxAttempts, baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.5, sleep: async (ms) => void sleeps.push(ms), sleeps };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pipeline-'));
}

/** Canonical JSON of each stored content document (server fields dropped), by `_id`. */
export function storedContent(lake: ContentLakeStandin): string[] {
  return lake
    .documents()
    .filter((doc) => !doc._type.startsWith('sanity.'))
    .map((doc) => canonicalJson(withoutServerFields(doc)));
}

export function canonicalLines(text: string): string[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => canonicalJson(JSON.parse(line) as LakeDocument))
    .sort();
}
