/**
 * How the benchmark judges a query at scale (scripts/lib/searchBench/alike.ts): the records a
 * query names as well as its target, on the text alone.
 */
import { describe, expect, it } from 'vitest';
import { pinyinTerms, soundTerms } from '../../site/lib/search/pinyin.ts';
import type { SearchRecord } from '../../site/lib/search/records.ts';
import { AlikeJudge } from '../../scripts/lib/searchBench/alike.ts';

const enterprise = (slug: string, short: string, en: string | null = null): SearchRecord => ({
  doc: { kind: 'enterprise', path: `/e/${slug}/`, name: { zh: `北京${short}科技有限公司`, en: en && `Beijing ${en} Co., Ltd.` }, detail: { zh: short, en } },
  fields: { name: [`北京${short}科技有限公司`, short], pinyin: pinyinTerms(short), sound: soundTerms(short) },
});
const standard = (slug: string, zh: string, en: string | null = null): SearchRecord => ({
  doc: { kind: 'standard', path: `/s/${slug}/`, name: { zh, en }, code: `GB/T ${slug}` },
  fields: { title: [zh] },
});

const judge = new AlikeJudge([
  enterprise('xinrui', '芯睿', 'Xinrui'),
  enterprise('xinqian', '芯千软件'),
  enterprise('zhixin', '智芯微联', 'Zhixin Microlink'),
  enterprise('weilian', '维联建设', 'Weilian Construction'),
  enterprise('lefeng', '乐丰检测'),
  enterprise('fengqing', '丰庆检测'),
  enterprise('anxin', '安信网盾'),
  standard('1', '电子信息产品碳足迹核算指南'),
  standard('2', '智慧物流 碳足迹 术语'),
  standard('3', '物联网 碳足迹'),
]);

describe('the records a query names as well as its target', () => {
  it('are the target alone when the query names it alone', () => {
    expect(judge.alike('芯睿', '/e/xinrui/')).toEqual(['/e/xinrui/']);
    expect(judge.alike('智芯微联', '/e/zhixin/')).toEqual(['/e/zhixin/']);
  });

  it('are every short name a one-character query begins', () => {
    expect(judge.alike('芯', '/e/xinrui/')).toEqual(['/e/xinrui/', '/e/xinqian/']);
  });

  it('include titles holding the query as a whole part when the target holds it inside a word', () => {
    expect(judge.strength('碳足迹', '/s/1/')).toBe(4);
    expect(judge.strength('碳足迹', '/s/2/')).toBe(1);
    expect(judge.alike('碳足迹', '/s/1/')).toEqual(['/s/1/', '/s/2/', '/s/3/']);
    // …but not the other way round: a whole part is named better than inside a word.
    expect(judge.alike('碳足迹', '/s/2/')).toEqual(['/s/2/', '/s/3/']);
  });

  it('put a word of the English name above a pinyin tail, and initials the query begins below whole ones', () => {
    expect(judge.strength('weilian', '/e/weilian/')).toBe(1);
    expect(judge.strength('weilianjianshe', '/e/weilian/')).toBe(0);
    expect(judge.strength('weilian', '/e/zhixin/')).toBe(3);
    expect(judge.alike('weilian', '/e/zhixin/')).toEqual(['/e/zhixin/', '/e/weilian/']);
    expect(judge.alike('weilian', '/e/weilian/')).toEqual(['/e/weilian/']);
    expect(judge.strength('zx', '/e/zhixin/')).toBe(2);
  });

  it('judge a slip by its intended spelling and by what it spells itself', () => {
    expect(judge.alike('丰检测', '/e/fengqing/')).toEqual(['/e/fengqing/']);
    expect(judge.misspelled('丰检测', '丰庆检测', '/e/fengqing/')).toEqual(['/e/fengqing/', '/e/lefeng/']);
    expect(judge.misspelled('安信网顿', '安信网盾', '/e/anxin/')).toEqual(['/e/anxin/']);
  });
});
