import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failureMessage, main as importMain } from '../../../scripts/contentImport.ts';
import { startContentLakeStandin, type ContentLakeStandin } from '../../standin/contentLake.ts';
import { canonicalLines, captureIO, DATASET_FILE, FIXTURES, fastRetry, lakeEnv, storedContent, tempDir } from './helpers.ts';

/** Request bodies stay under 1 MB: @sanity/import batches ~256 K characters (CJK text is 3 bytes a character) — a quarter of the Lake's ~4 MB. */
const MAX_BODY_BYTES = 1024 * 1024;

let lake: ContentLakeStandin;
beforeEach(async () => {
  lake = await startContentLakeStandin();
});
afterEach(() => lake.close());

const dataset = readFileSync(DATASET_FILE, 'utf8');
const mutateRequests = () => lake.requests.filter((r) => r.kind === 'mutate');

describe('content:import', () => {
  it('refuses an invalid file before any request', async () => {
    const io = captureIO();
    const code = await importMain(['--file', join(FIXTURES, 'invalid-missing-name.ndjson')], lakeEnv(lake), io, fastRetry());
    expect(code).toBe(1);
    expect(io.errors).toEqual([
      'tests/fixtures/pipeline/invalid-missing-name.ndjson:1: error: enterprise-anxin-security (enterprise) name: name is required but missing. Add {"_type":"localeString","zh":"…"} (zh is required, en optional).',
      'content:import: tests/fixtures/pipeline/invalid-missing-name.ndjson has 1 error; nothing was written. Fix them (npm run content:check) and run the import again.',
    ]);
    expect(lake.requests).toEqual([]);
    expect(lake.stats.mutations).toBe(0);
  });

  it('a dry run of an invalid file says the import would refuse it, not "run the import again"', async () => {
    const io = captureIO();
    const code = await importMain(['--dry-run', '--file', join(FIXTURES, 'invalid-missing-name.ndjson')], lakeEnv(lake), io, fastRetry());
    expect(code).toBe(1);
    expect(io.errors.at(-1)).toBe(
      'content:import: tests/fixtures/pipeline/invalid-missing-name.ndjson has 1 error; an import would refuse it and write nothing. Fix them (npm run content:check), then repeat the dry run.',
    );
    expect(lake.requests).toEqual([]);
  });

  it('a dry run that fails says nothing was written; an import that fails says to run it again', () => {
    expect(failureMessage(new Error('connect ECONNREFUSED 127.0.0.1:1'), true)).toBe(
      'content:import: the dry run failed: connect ECONNREFUSED 127.0.0.1:1\nNothing was written (a dry run only reads). Check the project, dataset and connection, then repeat the dry run.\n',
    );
    expect(failureMessage(new Error('boom'), false)).toBe(
      'content:import: failed: boom\nDocuments written so far stay; run the import again to finish (it only writes what still differs).\n',
    );
  });

  it('imports the dataset in batched transactions, then finds nothing to change', async () => {
    const io = captureIO();
    expect(await importMain([], lakeEnv(lake), io, fastRetry())).toBe(0);
    expect(storedContent(lake)).toEqual(canonicalLines(dataset));
    expect(io.lines.at(-1)).toMatch(
      /^content:import: content\/dataset\.ndjson → standin1\/production at http:\/\/127\.0\.0\.1:\d+: 427 created, 0 updated, 0 unchanged, 0 deleted; 15 requests in \d+\.\d s\.$/,
    );
    // 1 lookup, 2 createOrReplace transactions (≤ ~256 KB each), 12 transactions strengthening references.
    expect(lake.requests.map((r) => r.kind)).toEqual(['query', ...Array<string>(14).fill('mutate')]);
    expect(lake.stats.byOperation).toEqual({ createOrReplace: 427, patch: 346 });
    for (const request of lake.requests) expect(request.bodyBytes).toBeLessThan(MAX_BODY_BYTES);
    expect(io.lines).toContain('content:import: Importing documents: 2/2');

    lake.resetLog();
    const again = captureIO();
    expect(await importMain([], lakeEnv(lake), again, fastRetry())).toBe(0);
    expect(again.lines).toEqual([
      `content:import: nothing to write: all 427 documents of content/dataset.ndjson are unchanged in standin1/production at ${lake.apiHost}.`,
    ]);
    expect(lake.stats.mutations).toBe(0);
    expect(mutateRequests()).toEqual([]);
  });

  it('prints a dry run line by line and writes nothing', async () => {
    await importMain([], lakeEnv(lake), captureIO(), fastRetry());
    const lines = dataset.split('\n').filter(Boolean);
    const changed = lines.map((line) => line.replace('"zh":"中国质量奖"', '"zh":"中国质量奖（修订）"'));
    const extra =
      '{"_id":"award-haidian-test","_type":"award","name":{"_type":"localeString","zh":"测试奖"},"slug":{"_type":"slug","current":"haidian-test"},"level":"district"}';
    const file = join(tempDir(), 'dataset.ndjson');
    writeFileSync(
      file,
      `${[extra, ...changed.filter((line) => !line.includes('"_id":"nomination-beijing-quality-management-award-2019-xinghe-medical"'))].join('\n')}\n`,
    );
    lake.resetLog();

    const io = captureIO();
    expect(await importMain(['--file', file, '--dry-run', '--prune'], lakeEnv(lake), io, fastRetry())).toBe(0);
    expect(io.lines).toEqual([
      `content:import: dry run of ${file} → standin1/production at ${lake.apiHost}`,
      '  create  award-haidian-test',
      '  update  award-china-quality-award',
      '  delete  nomination-beijing-quality-management-award-2019-xinghe-medical',
      'content:import: would write: 1 to create, 1 to update, 425 unchanged, 1 to delete. Nothing was written.',
    ]);
    expect(mutateRequests()).toEqual([]);
  });

  it('deletes only with --prune --yes', async () => {
    await importMain([], lakeEnv(lake), captureIO(), fastRetry());
    const file = join(tempDir(), 'dataset.ndjson');
    // Drop a nomination nothing refers to.
    const id = 'nomination-beijing-quality-management-award-2019-zhixin-tech';
    writeFileSync(
      file,
      dataset
        .split('\n')
        .filter((line) => !line.includes(`"_id":"${id}"`))
        .join('\n'),
    );
    expect(dataset).toContain(`"_id":"${id}"`);

    const refused = captureIO();
    expect(await importMain(['--file', file, '--prune'], lakeEnv(lake), refused, fastRetry())).toBe(2);
    expect(refused.errors).toEqual([
      'content:import: --prune deletes documents the file does not have; add --yes to confirm, or --dry-run to see what would be deleted.',
    ]);

    const kept = captureIO();
    expect(await importMain(['--file', file], lakeEnv(lake), kept, fastRetry())).toBe(0);
    expect(lake.documents().some((doc) => doc._id === id)).toBe(true);

    const pruned = captureIO();
    expect(await importMain(['--file', file, '--prune', '--yes'], lakeEnv(lake), pruned, fastRetry())).toBe(0);
    expect(lake.documents().some((doc) => doc._id === id)).toBe(false);
    expect(pruned.lines.at(-1)).toMatch(/: 0 created, 0 updated, 426 unchanged, 1 deleted; /);
  });

  it('retries 429 (waiting Retry-After), 503 and a dropped connection', async () => {
    lake.failNext('query', { status: 503 });
    lake.failNext('mutate', { status: 429, retryAfter: '2' }, { status: 503 }, { status: 0 });
    const retry = fastRetry(5);
    const io = captureIO();
    expect(await importMain([], lakeEnv(lake), io, retry)).toBe(0);
    expect(storedContent(lake)).toEqual(canonicalLines(dataset));
    expect(lake.requests.filter((r) => r.status !== 200).map((r) => `${r.kind} ${r.status}`)).toEqual(['query 503', 'mutate 429', 'mutate 503', 'mutate 0']);
    // The query's first retry: half (random() = 0.5) of 100 ms. The first transaction's 429: Retry-After
    // 2 s outweighs the 50 ms backoff; the dataset now fills two transactions in flight, so the 503 and
    // the dropped connection fall on the second one: 50 ms, then 100 ms.
    expect(retry.sleeps).toEqual([50, 2000, 50, 100]);
    expect(io.lines.at(-1)).toMatch(/427 created, 0 updated, 0 unchanged, 0 deleted; 19 requests in/);
  });
});
