import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main as importMain } from '../../../scripts/contentImport.ts';
import { startContentLakeStandin, type ContentLakeStandin } from '../../standin/contentLake.ts';
import { canonicalLines, captureIO, DATASET_FILE, fastRetry, lakeEnv, storedContent, tempDir } from './helpers.ts';

let lake: ContentLakeStandin;
beforeEach(async () => {
  lake = await startContentLakeStandin();
});
afterEach(() => lake.close());

/** Resolves once the stand-in has seen no request for `ms`. */
async function waitForQuiet(standin: ContentLakeStandin, ms: number): Promise<void> {
  for (let seen = -1; seen !== standin.requests.length;) {
    seen = standin.requests.length;
    await new Promise((resolve) => setTimeout(resolve, ms));
  }
}

/**
 * The embedded dataset plus `count` awards of ~24 KB each, so that @sanity/import's 256 KB
 * transactions hold about ten of them (few large documents keep the test fast: its per-document
 * JSONPath passes cost more than the bytes).
 */
function largerDataset(count: number): string {
  const awards = Array.from({ length: count }, (_, i) => {
    const n = String(i).padStart(4, '0');
    return JSON.stringify({
      _id: `award-synthetic-${n}`,
      _type: 'award',
      name: { _type: 'localeString', zh: `合成测试奖 ${n}`, en: `Synthetic award ${n}` },
      slug: { _type: 'slug', current: `synthetic-${n}` },
      level: 'district',
      description: { _type: 'localeText', zh: '用于测试分批导入与中断续传的合成奖项。', en: 'A synthetic award for batching tests. '.repeat(640) },
    });
  });
  const lines = [...readFileSync(DATASET_FILE, 'utf8').split('\n').filter(Boolean), ...awards];
  const file = join(tempDir(), 'dataset.ndjson');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('content:import after an interruption', () => {
  it('resumes: the rerun writes only what the first run did not, and the store ends equal to the file', async () => {
    const file = largerDataset(48);
    const total = 427 + 48;
    // The connection drops after 3 committed transactions, for the rest of the first run.
    lake.dropMutationsAfter(3);
    await expect(importMain(['--file', file], lakeEnv(lake), captureIO(), fastRetry(2))).rejects.toThrow();
    // @sanity/import rejects at the first failed batch while others are still retrying: wait
    // until they have given up too, as they would have when the process ended.
    await waitForQuiet(lake, 800);
    const afterFirst = lake.stats.byOperation['createOrReplace'] ?? 0;
    expect(lake.stats.transactions).toBe(3);
    expect(afterFirst).toBeGreaterThan(0);
    expect(afterFirst).toBeLessThan(total);

    // What still differs from the file after the first run: missing documents, and documents
    // whose references are still weak (strengthening had not run).
    const expected = new Set(canonicalLines(readFileSync(file, 'utf8')));
    const stored = storedContent(lake);
    const alreadyFinal = stored.filter((doc) => expected.has(doc)).length;

    lake.dropMutationsAfter(undefined);
    lake.resetLog();
    const io = captureIO();
    expect(await importMain(['--file', file], lakeEnv(lake), io, fastRetry(2))).toBe(0);
    expect(storedContent(lake)).toEqual([...expected].sort());
    // No document already in its final state is written again.
    expect(lake.stats.byOperation['createOrReplace']).toBe(total - alreadyFinal);
    const created = total - stored.length;
    expect(io.lines.at(-1)).toContain(`: ${created} created, ${stored.length - alreadyFinal} updated, ${alreadyFinal} unchanged, 0 deleted;`);

    lake.resetLog();
    const third = captureIO();
    expect(await importMain(['--file', file], lakeEnv(lake), third, fastRetry(2))).toBe(0);
    expect(third.lines.at(-1)).toContain(`nothing to write: all ${total} documents`);
    expect(lake.stats.mutations).toBe(0);
  });
});
