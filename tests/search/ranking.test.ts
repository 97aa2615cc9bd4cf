/**
 * Ranking rules of issue 17 on small made-up indexes, each rule on the records that show it:
 * a one-character Chinese prefix counts every bigram it starts, and the benchmark corpus holds
 * no generated record with an embedded record's page.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../site/lib/search/buildIndex.ts';
import { MAX_EXPANSIONS } from '../../site/lib/search/postings.ts';
import type { SearchRecord } from '../../site/lib/search/records.ts';
import { mergeBenchRecords } from '../../scripts/lib/searchBench/datasets.ts';
import { engineOver } from './harness.ts';

const enterprise = (slug: string, short: string): SearchRecord => ({
  doc: { kind: 'enterprise', path: `/enterprises/${slug}/`, name: { zh: `北京${short}科技有限公司`, en: null }, detail: { zh: short, en: null } },
  fields: { name: [`北京${short}科技有限公司`, short] },
});

async function paths(records: readonly SearchRecord[], query: string): Promise<string[]> {
  const engine = await engineOver(buildSearchIndex(records));
  const hits = await engine.rankedRefs(query);
  const docs = await engine.docs(hits.map((h) => h.ref));
  return hits.map((h) => docs.get(h.ref)?.path ?? '?');
}

describe('a one-character Chinese prefix', () => {
  // 40 brands 芯一 … each a different second character; 芯睿 (U+777F) sorts after all of them.
  const seconds = Array.from('一丁七万丈三上下不与丑专且丕世丘丙业丛东丝丞丢两严丧个丫中丰串临丸丹为主丽举乃久么义之');
  const records = [...seconds.map((c, i) => enterprise(`x${i}`, `芯${c}软件`)), enterprise('xinrui', '芯睿')];

  it(`counts every bigram it starts, not the first ${MAX_EXPANSIONS} in code-point order`, async () => {
    expect(seconds.length).toBeGreaterThan(MAX_EXPANSIONS);
    const found = await paths(records, '芯');
    expect(found).toHaveLength(records.length);
    expect(found).toContain('/enterprises/xinrui/');
  });

  it('still ranks a two-character query by its bigram alone', async () => {
    expect(await paths(records, '芯睿')).toEqual(['/enterprises/xinrui/']);
  });
});

describe('the benchmark corpus', () => {
  const standard = (path: string, code: string): SearchRecord => ({ doc: { kind: 'standard', path, name: { zh: '标题', en: null }, code }, fields: { code: [code] } });
  const embedded = [standard('/standards/itu-t-y-4998/', 'ITU-T Y.4998'), enterprise('kexin-certification', '科信认证')];
  const generated = [standard('/standards/itu-t-y-4998/', 'ITU-T Y.4998'), standard('/standards/itu-t-y-4999/', 'ITU-T Y.4999'), enterprise('kexin-certification', '科信认证'), enterprise('zhiyuan', '智源'), enterprise('late', '晚到')];

  it('leaves out a generated record with an embedded record’s page, and still fills the size', () => {
    expect(mergeBenchRecords(embedded, generated, 4).map((r) => r.doc.path)).toEqual([
      '/standards/itu-t-y-4998/',
      '/enterprises/kexin-certification/',
      '/g/standards/itu-t-y-4999/',
      '/g/enterprises/zhiyuan/',
    ]);
  });
});
