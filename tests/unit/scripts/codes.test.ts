/** `npm run --silent codes`: stdin or --file in, one JSON object per line out, in input order. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCode, linesOf } from '../../../scripts/codes.ts';

const run = (args: readonly string[], input?: string) =>
  spawnSync('npm', ['run', '--silent', 'codes', ...(args.length ? ['--', ...args] : [])], { input, encoding: 'utf8', timeout: 60_000 });

const FIELDS = ['input', 'display', 'family', 'level', 'body', 'year', 'stage', 'kind', 'base', 'also', 'undated'];

const fixtureInputs = readFileSync(new URL('../../fixtures/codes/standard-codes.tsv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .filter((l) => l.trim() !== '')
  .map((l) => /`([^`]+)`/.exec(l.split('\t')[1] ?? '')?.[1] ?? '');

describe('npm run --silent codes', () => {
  it('stdin: one object per line with every field, for all 162 fixture inputs', () => {
    const result = run([], `${fixtureInputs.join('\n')}\n`);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(162);
    for (const [i, line] of lines.entries()) {
      expect(Object.keys(line)).toEqual(FIELDS);
      expect(line['input']).toBe(fixtureInputs[i]);
    }
    expect(lines.filter((l) => l['display'] === null).map((l) => l['input'])).toEqual(['20485.16-2018', 'DB12/T11282022']);
    expect(lines.find((l) => l['input'] === 'ISO/IEC 27006:2015/PDAM 1')).toEqual({
      input: 'ISO/IEC 27006:2015/PDAM 1',
      display: 'ISO/IEC 27006:2015/CD Amd 1',
      family: 'ISO/IEC',
      level: 'international',
      body: 'ISO/IEC JTC 1',
      year: null,
      stage: '30',
      kind: 'amendment',
      base: 'ISO/IEC 27006:2015',
      also: [],
      undated: 'ISO/IEC 27006:2015/CD Amd 1',
    });
  });

  it('--file: CRLF lines, a BOM and blank lines keep their places', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codes-'));
    const file = join(dir, 'ledger.txt');
    writeFileSync(file, '\uFEFFGBT20485.16-2018\r\n\r\nGB/T 22080-2016/ISO/IEC 27001:2013\r\n');
    const result = run(['--file', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        JSON.stringify(describeCode('GBT20485.16-2018')),
        JSON.stringify(describeCode('')),
        JSON.stringify(describeCode('GB/T 22080-2016/ISO/IEC 27001:2013')),
      ].join('\n') + '\n',
    );
    expect(JSON.parse(result.stdout.split('\n')[2] ?? '{}')).toMatchObject({ display: 'GB/T 22080-2016/ISO/IEC 27001:2013', also: ['ISO/IEC 27001:2013'] });
  });

  it('an unreadable file or an unknown argument: message on stderr, exit 2', () => {
    expect(run(['--file', '/nonexistent/x.txt']).status).toBe(2);
    const bad = run(['--frobnicate']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown argument "--frobnicate"');
  });

  it('linesOf drops only the final empty line', () => {
    expect(linesOf('a\nb\n')).toEqual(['a', 'b']);
    expect(linesOf('a\r\n\r\nb')).toEqual(['a', '', 'b']);
  });
});
