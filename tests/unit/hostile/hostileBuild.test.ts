/**
 * The hostile-input suite, build level: files the content check accepts must build completely
 * and show what they say; files it refuses stop the build with its message, no stack trace.
 *
 * The accepted file is the small register fixture plus, at once: fields named like
 * Object.prototype members at the top level and nested (`hasOwnProperty` crashed groq-js), an
 * enterprise whose slug is `constructor`, an unbroken run of 125,000 Han characters (crashed
 * the search index), a multi-line description with commas and quotes (shifted CSV rows), a
 * 96-character slug and a 121-character id (the longest allowed), a misspelt field.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { usccCheckCharacter } from '../../../site/lib/domain/uscc.ts';

mkdirSync('.tmp', { recursive: true });
const work = mkdtempSync(join('.tmp', 'test-hostile-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const uscc = (n: number): string => {
  const first17 = `91110108MA0${String(n).padStart(6, '0')}`;
  return `${first17}${usccCheckCharacter(first17)}`;
};

/** 125,000 Han characters without a break, deterministic. */
function hanRun(length: number): string {
  let seed = 7;
  let out = '';
  for (let i = 0; i < length; i += 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += String.fromCodePoint(0x4e00 + (seed % 20000));
  }
  return out;
}

const MULTI_LINE = '第一行，含逗号, 和 "引号"\n第二行\r\n第三行\r末行';
const LONG_SLUG = `s${'-abc'.repeat(23)}x`.slice(0, 96);
const LONG_ID = `enterprise-${'l'.repeat(110)}`;

function acceptedFile(): string {
  const base = readFileSync('tests/fixtures/data/register.ndjson', 'utf8');
  const ls = (zh: string, en?: string) => ({ _type: 'localeString', zh, ...(en ? { en } : {}) });
  const extra: Record<string, unknown>[] = [
    {
      _id: 'enterprise-constructor',
      _type: 'enterprise',
      name: { ...ls('构造者科技有限公司', 'Constructor Tech'), hasOwnProperty: 1, constructor: 'x' },
      slug: { _type: 'slug', current: 'constructor' },
      uscc: uscc(1),
      hasOwnProperty: 'not a function',
      constructor: { prototype: 1 },
      toString: 'plain text',
      valueOf: [1, 2],
      __proto__: { polluted: true },
      webiste: 'https://constructor.example/',
      description: { _type: 'localeText', zh: MULTI_LINE, en: 'Line one, with "quotes"\nline two' },
    },
    {
      _id: 'enterprise-han',
      _type: 'enterprise',
      name: ls('汉字长文企业'),
      slug: { _type: 'slug', current: 'han' },
      uscc: uscc(2),
      description: { _type: 'localeText', zh: hanRun(125_000) },
    },
    { _id: LONG_ID, _type: 'enterprise', name: ls('长网址企业', 'Long Slug Ltd'), slug: { _type: 'slug', current: LONG_SLUG }, uscc: uscc(3) },
  ];
  // JSON.stringify writes `__proto__` only as an own key of a parsed object: build the line by hand.
  const lines = extra.map((doc) => JSON.stringify(doc).replace('"valueOf":[1,2]', '"valueOf":[1,2],"__proto__":{"polluted":true}'));
  return `${base.trimEnd()}\n${lines.join('\n')}\n`;
}

function build(file: string, outDir: string) {
  const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_FILE: file, BUILD_DATE: '2026-11-28', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: run.status, stdout: plain(run.stdout), stderr: plain(run.stderr) };
}

const page = (dir: string, path: string): string => readFileSync(join(dir, path, 'index.html'), 'utf8');

describe('a hostile file the check accepts builds completely', () => {
  it('prototype-named fields, a `constructor` slug, 125,000 Han characters, a multi-line description, the longest slug and id', () => {
    const file = join(work, 'accepted.ndjson');
    writeFileSync(file, acceptedFile());
    const out = join(work, 'dist');
    const run = build(file, out);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    // The check warned about the fields no page shows, by name, with the nearest known field.
    expect(run.stdout).toContain(
      'enterprise-constructor (enterprise) webiste: unknown field "webiste" is ignored: did you mean website? Rename it to "website" or remove it.',
    );
    expect(run.stdout).toContain('enterprise-constructor (enterprise) hasOwnProperty: unknown field "hasOwnProperty" is ignored');

    const zh = page(out, 'enterprises/constructor');
    expect(zh).toContain('<h1>构造者科技有限公司</h1>');
    expect(zh).toContain('第二行');
    expect(page(out, 'en/enterprises/constructor')).toContain('Constructor Tech');
    expect(page(out, 'enterprises/han')).toContain('汉字长文企业');
    expect(page(out, `enterprises/${LONG_SLUG}`)).toContain('长网址企业');

    // Open data: the multi-line description is one cell of one row.
    const csv = readFileSync(join(out, 'data/enterprises.csv'), 'utf8');
    const rows = parse(csv, { bom: true, columns: true, record_delimiter: ['\r\n', '\n', '\r'] }) as Record<string, string>[];
    expect(rows.map((r) => r['id'])).toEqual(['enterprise-alpha', 'enterprise-beta', 'enterprise-constructor', LONG_ID, 'enterprise-han'].sort());
    expect(rows.find((r) => r['id'] === 'enterprise-constructor')?.['description_zh']).toBe(MULTI_LINE);

    // The search index was built and lists the new records; stats stay small.
    const manifest = JSON.parse(readFileSync(join(out, 'search/manifest.json'), 'utf8')) as { docCount: number };
    expect(manifest.docCount).toBeGreaterThan(10);
    expect(statSync(join(out, 'stats/index.html')).size).toBeLessThan(200_000);
    expect(existsSync(join(out, 'enterprises/constructor/index.html'))).toBe(true);
  });
});

describe('a hostile file the check refuses stops the build by name', () => {
  it.each([
    [
      'draft-reference',
      'tests/fixtures/hostile/draft-reference.ndjson:4: error: nomination-beta-2024 (nomination) enterprise: enterprise points to the draft id "drafts.enterprise-beta"',
    ],
    ['years', 'tests/fixtures/hostile/years.ndjson:5: error: nomination-acme-2 (nomination) year: year 1e+21 is after 2027 (next year).'],
    ['slug-too-long', 'tests/fixtures/hostile/slug-too-long.ndjson:2: error: enterprise-acme (enterprise) slug.current:'],
    ['only-drafts', 'tests/fixtures/hostile/only-drafts.ndjson: error: the file has no published document (2 drafts), so the site would be empty.'],
  ])('%s', (name, line) => {
    const out = join(work, `refused-${name}`);
    const run = build(`tests/fixtures/hostile/${name}.ndjson`, out);
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(line);
    expect(run.stderr).toContain('the build stopped before writing anything: ContentCheckError, reported above.');
    expect(run.stderr).not.toMatch(/\n\s+at |Stack trace/);
    expect(existsSync(out)).toBe(false);
  });
});
