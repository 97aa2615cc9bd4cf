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
import { pinyinTerms, soundTerms } from '../../site/lib/search/pinyin.ts';
import { mergeBenchRecords } from '../../scripts/lib/searchBench/datasets.ts';
import { GIVEN_WEIGHTS, engineOver } from './harness.ts';

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
    store.useWeights(GIVEN_WEIGHTS);
    store.add({ terms: [['xinbo', 0, [0, 1, 500, 4, 2, 100]]] });
    store.add({ terms: [['xinbo', 0, [0, 1, 500]]] });
    expect(store.match([{ term: 'xinbo', prefix: false, word: true, required: true }]).refs).toEqual([1, 2]);
    expect([...store.docsWith('xinbo')]).toEqual([1, 2]);
  });
});

/** An enterprise as records.ts makes it: names, pinyin and sound of its short name. */
const named = (slug: string, short: string): SearchRecord => ({
  doc: { kind: 'enterprise', path: `/enterprises/${slug}/`, name: { zh: `北京${short}有限公司`, en: null }, detail: { zh: short, en: null } },
  fields: { name: [`北京${short}有限公司`, short], pinyin: pinyinTerms(short), sound: soundTerms(short) },
});
const titled = (slug: string, title: string, description = ''): SearchRecord => ({
  doc: { kind: 'standard', path: `/standards/${slug}/`, name: { zh: title, en: null }, code: `GB/T ${slug}` },
  fields: { code: [`GB/T ${slug}`], title: [title], description: [description] },
});

describe('Chinese phrases and slips at scale', () => {
  it('finds a title phrase typed without the spaces between its elements', async () => {
    // 链技 is in no title (供应链 技术要求 hold it across a space), only in descriptions: so
    // every term is in these twelve, but not as the phrase.
    const records = [
      ...Array.from({ length: 12 }, (_, i) => titled(`${100 + i}`, `供应链 元数据 第${i + 1}部分：技术要求`, '区块链技术的应用')),
      titled('200', '区块链 供应链 技术要求'),
    ];
    expect((await paths(records, '供应链技术要求'))[0]).toBe('/standards/200/');
  });

  it('ranks a name read like the whole query above titles holding its bigrams by chance', async () => {
    // 永力通信 for 永立通信: 力通 and 通信 are in 服务能力 通用要求 and 移动通信 (力通 across a space).
    const records = [...Array.from({ length: 6 }, (_, i) => titled(`${300 + i}`, '移动通信 服务能力 通用要求')), named('yongli', '永立通信')];
    expect((await paths(records, '永力通信'))[0]).toBe('/enterprises/yongli/');
  });

  it('ranks the name with every character of two swapped ones first', async () => {
    const records = [...['航天', '地理', '电力', '材料', '医疗'].map((w, i) => named(`l${i}`, `乐硕${w}`)), named('retail', '乐硕零售')];
    expect((await paths(records, '乐硕售零'))[0]).toBe('/enterprises/retail/');
  });

  it('still tells a name by its first character when the next one was left out', async () => {
    // 诺凯数据 typed 诺数据: 诺数 is in no record and reads like no name.
    const records = [
      ...['盈数', '帆宇', '博悦', '华旭', '佳浩', '建盈', '安博', '泰和', '明远', '天宇', '启明', '星河'].map((b, i) => named(`d${i}`, `${b}数据`)),
      named('nuokai', '诺凯数据'),
    ];
    expect((await paths(records, '诺数据'))[0]).toBe('/enterprises/nuokai/');
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
