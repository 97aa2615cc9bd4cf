/** `npm run intake` on a real-shaped notice against the embedded dataset: the preview table and what it writes. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIntake } from '../../../scripts/intake.ts';

const ARGS = [
  '--list',
  'tests/fixtures/intake/zgc-2025-notice.txt',
  '--award',
  'award-zhongguancun-quality-award',
  '--year',
  '2025',
  '--outcome',
  'winner',
  '--source-url',
  'https://www.example.gov.cn/zgc-2025',
  '--by',
  '张航（标准化科）',
];

async function run(args: readonly string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runIntake(args, { CONTENT_FILE: 'content/dataset.ndjson' }, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run intake', () => {
  it('--dry-run: every name with its result, an existing record left alone, nothing written', async () => {
    const { code, out } = await run([...ARGS, '--dry-run']);
    expect(code).toBe(0);
    const rows = out
      .split('\n')
      .slice(2, 12)
      .map((line) => line.split(/\s{2,}/));
    expect(rows.map((row) => [row[0], row[2]])).toEqual([
      ['1', '匹配'],
      ['2', '匹配'],
      ['3', '匹配'],
      ['4', '匹配'],
      ['5', '匹配'],
      ['6', '匹配'],
      ['7', '近似（待确认）'],
      ['8', '匹配'],
      ['9', '近似（待确认）'],
      ['10', '未找到'],
    ]);
    expect(rows[4]?.[3]).toBe('北京联创智算科技有限公司（曾用名）');
    expect(rows[6]?.[3]).toBe('北京天枢软件技术有限公司（相似度 60%）');
    expect(rows[0]?.[4]).toBe('已存在 nomination-zhongguancun-quality-award-2025-anxin-security');
    expect(out).toContain('共 10 个名称：匹配 7，近似 2，多个候选 0，未找到 1。');
    expect(out).toContain('intake: 预览（--dry-run）：将新建 6 条“已录入”记录，未写入任何内容。');
  });

  it('--out with a confirmed near match: the records as NDJSON, 已录入 with the enterer and the source', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'intake-')), 'new.ndjson');
    const { code } = await run([...ARGS, '--choose', '7=enterprise-tianshu-software', '--out', file]);
    expect(code).toBe(0);
    const docs = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(docs.map((doc) => doc['_id'])).toContain('nomination-zhongguancun-quality-award-2025-tianshu-software');
    expect(docs).toHaveLength(7);
    expect(docs[0]).toMatchObject({
      _type: 'nomination',
      outcome: 'winner',
      year: 2025,
      entered: { by: '张航（标准化科）' },
      verification: { status: 'entered' },
      source: { url: 'https://www.example.gov.cn/zgc-2025' },
    });
  });

  it('refuses a list without a usable source', async () => {
    const { code, err } = await run(ARGS.filter((arg, index, all) => arg !== '--source-url' && all[index - 1] !== '--source-url').concat('--dry-run'));
    expect(code).toBe(1);
    expect(err).toContain('请填写名单的来源');
  });
});
