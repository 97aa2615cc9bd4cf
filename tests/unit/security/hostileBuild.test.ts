/**
 * Hostile files at build level (hostile.test.ts covers the content check itself): `astro build`
 * with CONTENT_FILE pointing at a 20 MB line, deeply nested JSON, a BOM with CRLF line ends and
 * control characters, invalid UTF-8, 10,000 errors, or a directory exits non-zero with the
 * content check's report — capped, with the true count — and no stack trace of our code, and
 * writes nothing. The builds stop at the content gate, so they run side by side.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'security-hostile-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const AWARD = '{"_id":"award-ok","_type":"award","name":{"_type":"localeString","zh":"奖"},"slug":{"_type":"slug","current":"ok"},"level":"district"}';
const DEPTH = 200_000;

/** Each hostile file, and what its report must say. */
const CASES: ReadonlyArray<{ name: string; bytes: () => Buffer | 'directory'; expect: readonly string[] }> = [
  {
    name: '20 MB line',
    bytes: () => Buffer.from(`${AWARD}\n{"_id":"award-big","_type":"award","description":"${'x'.repeat(20 * 1024 * 1024)}\n`),
    expect: [
      'content check failed: 1 error in',
      ':2: error: malformed JSON (Unterminated string in JSON at position 20971570 (line 1 column 20971571)). Each line must be one complete JSON document',
    ],
  },
  {
    name: 'deeply nested JSON',
    bytes: () => Buffer.from(`${AWARD}\n${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n`),
    expect: ['content check failed: 3 errors in', ':2: error: the line is a list, not a document.', ':3: error: _id: the document has no _id.'],
  },
  {
    name: 'BOM, CRLF and control characters',
    bytes: () => Buffer.from(`\uFEFF${AWARD}\r\n{"_id":"award-\\u001b[31mred\\u0007","_type":"award"}\r\n\u001b[2J\u0000\r\n`),
    expect: [
      'content check failed: 5 errors in',
      ':2: error: award-\\u001b[31mred\\u0007 (award) _id:',
      ":3: error: malformed JSON (Unexpected token '\\u001b')",
    ],
  },
  {
    name: 'invalid UTF-8',
    bytes: () =>
      Buffer.concat([Buffer.from(`${AWARD}\n{"_id":"award-x","_type":"award","name":{"zh":"`), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}}\n')]),
    expect: ['content check failed: 1 error in', ':2: error: the line is not valid UTF-8 text.'],
  },
  {
    name: '10,000 errors',
    bytes: () => Buffer.from(Array.from({ length: 10_000 }, (_, i) => `not json ${i}`).join('\n')),
    expect: ['content check failed: 10000 errors in', ':50: error: malformed JSON', '… and 9950 more (10000 problems in all: 10000 errors, 0 warnings)'],
  },
  {
    name: 'a directory',
    bytes: () => 'directory',
    expect: ['content check failed: 1 error in', 'error: cannot read the file: it is a directory, not a file.'],
  },
];

function build(contentFile: string, outDir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir], { env: { ...process.env, CONTENT_FILE: contentFile, BUILD_DATE: '2026-11-28' } });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('close', (status) => resolve({ status, output: output.replace(/\u001b\[[0-9;]*m/g, '') }));
  });
}

describe('astro build on hostile content files', () => {
  it('exits non-zero with the capped report, no stack trace and no output, for every case', async () => {
    const runs = await Promise.all(
      CASES.map(async (c, i) => {
        const file = join(scratch, `case-${i}.ndjson`);
        const bytes = c.bytes();
        if (bytes === 'directory') mkdirSync(file);
        else writeFileSync(file, bytes);
        const outDir = join(scratch, `out-${i}`);
        return { c, outDir, ...(await build(file, outDir)) };
      }),
    );
    for (const { c, outDir, status, output } of runs) {
      expect(status, `${c.name}\n${output}`).not.toBe(0);
      for (const text of c.expect) expect(output, c.name).toContain(text);
      expect(output, c.name).toContain('the build stopped before writing anything: ContentCheckError, reported above.');
      // No stack frames, no Astro hint, and no raw control character from the data in the log.
      expect(output, c.name).not.toMatch(/^\s+at \S/m);
      expect(output, c.name).not.toContain('Stack trace');
      expect(output, c.name).not.toContain('Browser APIs');
      expect(output.replace(/\r?\n/g, ''), c.name).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      // The report is capped: at most 50 problem lines, whatever the file holds.
      expect(output.split('\n').filter((l) => / error: /.test(l)).length, c.name).toBeLessThanOrEqual(51);
      expect(existsSync(outDir), c.name).toBe(false);
    }
  }, 180_000);
});
