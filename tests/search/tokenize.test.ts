import { describe, expect, it } from 'vitest';
import { foldText, hanBigrams, indexTerms, MAX_QUERY_TERMS, queryTerms, textRuns } from '../../site/lib/search/tokenize.ts';
import { pinyinTerms, coreName } from '../../site/lib/search/pinyin.ts';
import { highlight } from '../../site/lib/search/highlight.ts';
import { shardKey, shardOf } from '../../site/lib/search/format.ts';

describe('tokenizer', () => {
  it('folds full-width, case and accents', () => {
    expect(foldText('ＧＢ／Ｔ　Lüzhou')).toBe('gb/t luzhou');
  });

  it('splits CJK runs from words, even without spaces', () => {
    expect(textRuns('abc信息安全2026年度')).toEqual([
      { text: 'abc', cjk: false },
      { text: '信息安全', cjk: true },
      { text: '2026', cjk: false },
      { text: '年度', cjk: true },
    ]);
  });

  it('indexes CJK as bigrams plus the last character', () => {
    expect(hanBigrams('智芯微联')).toEqual(['智芯', '芯微', '微联', '联']);
    expect(indexTerms('GB/T 39204 信息安全')).toEqual(['gb', 't', '39204', '信息', '息安', '安全', '全']);
    // Chinese elements apart by spaces also give the bigram across the space (typed without it).
    expect(indexTerms('供应链 技术要求')).toEqual(['供应', '应链', '链', '链技', '技术', '术要', '要求', '求']);
    expect(indexTerms('供应链 技术要求', 'bigram', false)).toEqual(['供应', '应链', '链', '技术', '术要', '要求', '求']);
    expect(indexTerms('供应链, 技术')).toEqual(['供应', '应链', '链', '技术', '术']);
  });

  it('queries bigrams exactly, a lone character and the word being typed as prefixes', () => {
    expect(queryTerms('信息安全')).toEqual([
      { term: '信息', prefix: false, word: false },
      { term: '息安', prefix: false, word: false },
      { term: '安全', prefix: false, word: false },
    ]);
    expect(queryTerms('芯')).toEqual([{ term: '芯', prefix: true, word: false }]);
    expect(queryTerms('zhixin micro')).toEqual([
      { term: 'zhixin', prefix: false, word: true },
      { term: 'micro', prefix: true, word: true },
    ]);
    expect(queryTerms('zhixin micro ')[1]).toEqual({ term: 'micro', prefix: false, word: true });
  });

  it('caps the number of query terms', () => {
    expect(queryTerms('信息技术设备用电源适配器安全技术规范'.repeat(10)).length).toBe(MAX_QUERY_TERMS);
    expect(queryTerms('😀 : ^ ~ * + -')).toEqual([]);
  });
});

describe('pinyin terms', () => {
  it('gives full pinyin, initials and tails of the distinctive name', () => {
    expect(coreName('北京智芯微联科技股份有限公司')).toBe('智芯微联');
    expect(pinyinTerms('智芯微联')).toEqual(['zhixinweilian', 'zxwl', 'xinweilian', 'weilian']);
  });

  it('spells ü both as u and as v', () => {
    expect(pinyinTerms('绿洲')).toEqual(['luzhou', 'lz', 'lvzhou']);
  });
});

describe('highlight', () => {
  it('marks CJK fragments and word starts, ignoring width and case', () => {
    expect(highlight('北京智芯微联科技', '智芯')).toEqual([
      ['北京', false],
      ['智芯', true],
      ['微联科技', false],
    ]);
    expect(highlight('Beijing Lianchuang AI', 'an ai')).toEqual([
      ['Beijing Lianchuang ', false],
      ['AI', true],
    ]);
    expect(highlight('ＧＢ／Ｔ 39204', 'gb 39204')).toEqual([
      ['ＧＢ', true],
      ['／Ｔ ', false],
      ['39204', true],
    ]);
  });
});

describe('shard keys', () => {
  it('keys CJK terms by their first character and words by their first two', () => {
    expect(shardKey('信息')).toBe('信');
    expect(shardKey('zhixin')).toBe('zh');
    // A prefix query lands in the shard of every term it can expand to.
    expect(shardOf('zhixin', 97)).toBe(shardOf('zhixinweilian', 97));
    expect(shardOf('信', 97)).toBe(shardOf('信息', 97));
  });
});
