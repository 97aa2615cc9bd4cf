/**
 * Ranking rules of issue 17 on small made-up indexes, each rule on the records that show it:
 * a one-character Chinese prefix counts every bigram it starts; a prefix that is a split shard
 * key (`xin`) completes from its completion file; and the benchmark corpus holds no generated
 * record with an embedded record's page.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../site/lib/search/buildIndex.ts';
import { completionShards } from '../../site/lib/search/completions.ts';
import { searchPaths, type SearchManifest } from '../../site/lib/search/format.ts';
import { MAX_EXPANSIONS, PostingStore } from '../../site/lib/search/postings.ts';
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

describe('a prefix that is a split shard key', () => {
  // 40 brands `Xin…` in English and pinyin: with small shards the build splits `xi` and `xin`,
  // so `xinbo` lives under `xinb` and a query `xin` has no terms of its own key.
  const syllables = ['an', 'bo', 'chen', 'da', 'fu', 'guang', 'hai', 'jie', 'kai', 'lan', 'ming', 'nuo', 'pu', 'qi', 'rui', 'sen', 'tai', 'wei', 'ya', 'zhou'];
  const brand = (i: number) => `Xin${syllables[i % 20]}${i < 20 ? '' : 'ke'}`;
  const records: SearchRecord[] = Array.from({ length: 40 }, (_, i) => ({
    doc: { kind: 'enterprise', path: `/enterprises/b${i}/`, name: { zh: `北京芯${i}科技有限公司`, en: `Beijing ${brand(i)} Technology Co., Ltd.` } },
    fields: { name: [`Beijing ${brand(i)} Technology Co., Ltd.`], pinyin: [brand(i).toLowerCase()] },
  }));
  const index = buildSearchIndex(records, { targetShardBytes: 400 });
  const manifest = index.manifest as SearchManifest;

  it('is answered by the shortest completions, on a first query as on a warm engine', async () => {
    expect(manifest.splits).toEqual(expect.arrayContaining(['xi', 'xin']));
    expect(manifest.pre).toBeGreaterThan(0);
    const fresh = await engineOver(index);
    const first = (await fresh.rankedRefs('xin')).map((h) => h.ref);
    // The 20 short brands and 4 of the `…ke` ones (24 completions; the shortest, then A–Z).
    expect(first).toHaveLength(MAX_EXPANSIONS);
    const warm = await engineOver(index);
    for (const q of ['xinbo', 'xinanke', 'xinzhouke', 'xin']) await warm.rankedRefs(q);
    expect((await warm.rankedRefs('xin')).map((h) => h.ref)).toEqual(first);
    const docs = await fresh.docs(first);
    expect(first.map((r) => docs.get(r)?.path)).toContain('/enterprises/b1/');
  });

  it('files each split key with its shortest terms under longer keys', () => {
    const pre = [...index.files].filter(([path]) => path.startsWith('pre/')).flatMap(([, file]) => (file as { keys: string[][] }).keys);
    const xin = pre.find((row) => row[0] === 'xin')?.slice(1) ?? [];
    expect(xin).toHaveLength(MAX_EXPANSIONS);
    expect(xin.slice(0, 4)).toEqual(['xinan', 'xinbo', 'xinda', 'xinfu']);
    expect(completionShards([[['xinbo', 3, [0, 1, 900]]]], new Set(['xi', 'xin']))).toEqual([
      {
        keys: [
          ['xi', 'xinbo'],
          ['xin', 'xinbo'],
        ],
        terms: [['xinbo', 3, [0, 1, 900]]],
      },
    ]);
    expect(searchPaths.pre(2)).toBe('pre/2.json');
  });

  it('adds a field once when two files carry it (a completion file and the term’s own shard)', () => {
    const store = new PostingStore(4);
    store.add({ terms: [['xinbo', 0, [0, 1, 500, 4, 2, 100]]] });
    store.add({ terms: [['xinbo', 0, [0, 1, 500]]] });
    expect(store.match([{ term: 'xinbo', prefix: false, word: true, required: true }]).refs).toEqual([1, 2]);
    expect([...store.docsWith('xinbo')]).toEqual([1, 2]);
  });
});

describe('the benchmark corpus', () => {
  const standard = (path: string, code: string): SearchRecord => ({
    doc: { kind: 'standard', path, name: { zh: '标题', en: null }, code },
    fields: { code: [code] },
  });
  const embedded = [standard('/standards/itu-t-y-4998/', 'ITU-T Y.4998'), enterprise('kexin-certification', '科信认证')];
  const generated = [
    standard('/standards/itu-t-y-4998/', 'ITU-T Y.4998'),
    standard('/standards/itu-t-y-4999/', 'ITU-T Y.4999'),
    enterprise('kexin-certification', '科信认证'),
    enterprise('zhiyuan', '智源'),
    enterprise('late', '晚到'),
  ];

  it('leaves out a generated record with an embedded record’s page, and still fills the size', () => {
    expect(mergeBenchRecords(embedded, generated, 4).map((r) => r.doc.path)).toEqual([
      '/standards/itu-t-y-4998/',
      '/enterprises/kexin-certification/',
      '/g/standards/itu-t-y-4999/',
      '/g/enterprises/zhiyuan/',
    ]);
  });
});
