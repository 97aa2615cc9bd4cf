/**
 * `npm run content:check`: exit codes and output, run as a real process (tsx) and through
 * its exported main() for the cases that need a generated file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../scripts/contentCheck.ts';

const DIR = 'tests/fixtures/content';

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['tsx', 'scripts/contentCheck.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function runMain(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, env, (l) => out.push(l), (l) => err.push(l));
  return { code, out, err };
}

const summaryPattern = (file: string, rest: string) =>
  new RegExp(`^${file.replace(/[./]/g, '\\$&')}: ${rest}; checked in \\d+ ms$`);

describe('content:check CLI', () => {
  it('exits 0 on a valid file and prints the summary with counts per type', () => {
    const { code, stdout, stderr } = run(['--file', `${DIR}/valid.ndjson`]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toEqual([expect.stringMatching(summaryPattern(`${DIR}/valid.ndjson`,
      '9 published documents \\(enterprise 1, standard 1, technicalCommittee 1, participation 1, committeeRole 2, award 1, nomination 1, supportProgram 1\\); 3 drafts, 1 system document ignored; 0 errors, 0 warnings'))]);
  }, 60_000);

  it('exits 1 on errors and prints every problem line, then the summary', () => {
    const { code, stdout } = run([`--file=${DIR}/duplicate-nomination.ndjson`]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `${DIR}/duplicate-nomination.ndjson:4: error: nomination-acme-zgc-2023-b (nomination): same enterprise, award and year (2023) as nomination-acme-zgc-2023 (line 3): one nomination per award and year. Merge the two records (keep the latest outcome) or remove one.`,
    );
    expect(lines[1]).toMatch(/: 4 published documents .*; 1 error, 0 warnings; checked in \d+ ms$/);
    expect(lines).toHaveLength(2);
  }, 60_000);

  it('a missing file is one line on stderr naming the path and CONTENT_FILE, no stack trace', () => {
    const { code, stdout, stderr } = run([], { CONTENT_FILE: 'no/such/dataset.ndjson' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'content:check: cannot read content file no/such/dataset.ndjson: no such file. Set CONTENT_FILE=path/to/dataset.ndjson or pass --file path/to/dataset.ndjson.\n',
    );
  }, 60_000);

  it('warnings are printed but do not fail', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
    const file = join(dir, 'warn.ndjson');
    writeFileSync(file, '{"_id":"enterprise-elsewhere","_type":"enterprise","name":{"_type":"localeString","zh":"区外"},"slug":{"_type":"slug","current":"elsewhere"},"uscc":"91110000MA01ABCD52"}\n');
    const { code, out } = await runMain(['--file', file]);
    expect(code).toBe(0);
    expect(out[0]).toBe(`${file}:1: warning: enterprise-elsewhere (enterprise) uscc: The division code is 110000, not Haidian (110108). Fine if the enterprise is registered elsewhere.`);
    expect(out[1]).toMatch(/; 0 errors, 1 warning; checked in \d+ ms$/);
  });

  it('caps the printed problems and still counts them all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
    const file = join(dir, 'bad.ndjson');
    writeFileSync(file, Array.from({ length: 10_000 }, (_, i) => `{"_id":"award-${i}"`).join('\n'));
    const { code, out } = await runMain(['--file', file]);
    expect(code).toBe(1);
    expect(out).toHaveLength(202);
    expect(out[200]).toBe('… and 9800 more (10000 problems in all: 10000 errors, 0 warnings)');
    expect(out[201]).toMatch(/: 0 published documents .*; 10000 errors, 0 warnings; checked in \d+ ms$/);
    expect((await runMain(['--file', file, '--limit', '5'])).out[5]).toBe('… and 9995 more (10000 problems in all: 10000 errors, 0 warnings)');
  });

  it('reads CONTENT_FILE when no --file is given; --file wins over it', async () => {
    const a = await runMain([], { CONTENT_FILE: `${DIR}/bom-crlf.ndjson` });
    expect(a.code).toBe(0);
    expect(a.out[0]).toMatch(/^tests\/fixtures\/content\/bom-crlf\.ndjson: 3 published documents/);
    const b = await runMain(['--file', `${DIR}/bad-uscc.ndjson`], { CONTENT_FILE: `${DIR}/bom-crlf.ndjson` });
    expect(b.code).toBe(1);
  });

  it('rejects unknown arguments with usage and exit 2', async () => {
    const { code, err } = await runMain(['--fiel', 'x']);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/^content:check: unknown argument "--fiel"\. usage: npm run content:check/);
  });
});
