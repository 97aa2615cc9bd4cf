/** The 相关记录 view's query, run with groq-js over the embedded dataset. */
import { readFileSync } from 'node:fs';
import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import { REFERENCING_KINDS, REFERENCING_QUERY } from '../../../studio/lib/referencing.ts';

const DATASET = readFileSync('content/dataset.ndjson', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { _id: string; _type: string } & Record<string, unknown>);

async function records(id: string, type: string) {
  const params = { id, types: (REFERENCING_KINDS[type] ?? []).map((kind) => kind.type) };
  return (await (await evaluate(parse(REFERENCING_QUERY, { params }), { dataset: DATASET, params })).get()) as {
    _id: string;
    _type: string;
    label: string;
    status: string;
  }[];
}

describe('REFERENCING_QUERY', () => {
  it('an enterprise: every participation, seat and nomination that references it, with a label', async () => {
    const found = await records('enterprise-anxin-security', 'enterprise');
    const expected = DATASET.filter(
      (doc) =>
        ['participation', 'committeeRole', 'nomination'].includes(doc._type) && (doc['enterprise'] as { _ref: string })._ref === 'enterprise-anxin-security',
    );
    expect(found.map((row) => row._id).sort()).toEqual(expected.map((doc) => doc._id).sort());
    const row = found.find((item) => item._id === 'participation-gb-t-98105-anxin-security-lead');
    expect(row?.label).toBe('北京安信网盾科技有限公司 · GB/T 98105 · 2025 年 · 排名第 1');
  });

  it('a standard lists its participations only', async () => {
    const found = await records('standard-gb-t-98105', 'standard');
    expect(new Set(found.map((row) => row._type))).toEqual(new Set(['participation']));
    expect(found.length).toBe(
      DATASET.filter((doc) => doc._type === 'participation' && (doc['standard'] as { _ref: string })._ref === 'standard-gb-t-98105').length,
    );
  });
});
