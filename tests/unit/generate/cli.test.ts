/**
 * `npm run content:generate -- --scale N [--seed S] [--out FILE]`: arguments, and one real
 * run whose file passes checkContentFile.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentFile } from '../../../site/lib/content/index.ts';
import { parseArgs } from '../../../scripts/generateDataset.ts';
import { generated } from './generated.ts';

describe('content:generate arguments', () => {
  it('reads scale, seed and out in both spellings', () => {
    expect(parseArgs(['--scale', '5000', '--seed', '7', '--out', 'x.ndjson'])).toEqual({ scale: 5000, seed: 7, out: 'x.ndjson' });
    expect(parseArgs(['--scale=50_000'])).toEqual({ scale: 50_000, seed: 1, out: undefined });
  });

  it('says what is wrong', () => {
    expect(parseArgs([])).toMatch(/^--scale is required\. usage:/);
    expect(parseArgs(['--scale', '12'])).toMatch(/^--scale needs a whole number of at least 1000\./);
    expect(parseArgs(['--scale', '2000', '--seed', 'abc'])).toMatch(/^--seed needs a whole number\./);
    expect(parseArgs(['--scale', '2000', '--bogus'])).toMatch(/^unknown argument "--bogus"\./);
  });
});

describe('content:generate run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'generate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a file that passes the content check and equals the in-process dataset', async () => {
    const file = join(dir, 'gen.ndjson');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generateDataset.ts', '--scale', '2000', '--out', file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^generated 2000 documents \(scale 2000, seed 1\) in \d+ ms → .*gen\.ndjson\n$/);
    expect(readFileSync(file, 'utf8')).toBe(generated().text);
    const result = await checkContentFile(file);
    expect(result.errors).toBe(0);
    expect(result.published.length + result.counts.drafts).toBe(generated().docs.length);
  });
});

describe('content:generate on an unwritable --out', () => {
  it.each([
    ['a missing directory', '/nonexistent-dir/gen.ndjson', 'its directory does not exist'],
    ['a directory', '/tmp', 'it is a directory'],
  ])('%s: one line naming the file and the reason, exit 1, no stack trace', (_name, out, reason) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generateDataset.ts', '--scale', '1000', '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `content:generate: cannot write ${out}: ${reason}. Choose a file in a directory you can write to, e.g. --out /tmp/generated.ndjson.\n`,
    );
  });
});
