/** The intake's name matcher on real-shaped lists (tests/fixtures/intake/candidates.ts). */
import { describe, expect, it } from 'vitest';
import { matchList, normalizeOrgName, parseNameList, similarity, type MatchResult } from '../../../site/lib/domain/nameMatch.ts';
import { AWARD_NOTICE, CANDIDATES, EXCEL_TABLE, FOREWORD } from '../../fixtures/intake/candidates.ts';

/** A result in one line: kind, the chosen id and how, or the candidates. */
function summary(result: MatchResult): string {
  switch (result.kind) {
    case 'match':
      return `match ${result.best.candidate.id} via ${result.best.via}${result.note ? ' (note)' : ''}`;
    case 'fuzzy':
      return `fuzzy ${result.best.candidate.id} ${result.best.confidence}`;
    case 'ambiguous':
      return `ambiguous ${result.candidates.map((c) => `${c.candidate.id} ${c.confidence}`).join(', ')}`;
    case 'miss':
      return 'miss';
  }
}

describe('normalizeOrgName', () => {
  it.each([
    ['北京安信网盾科技有限公司', '安信网盾科技'],
    ['安信网盾科技（北京）有限公司', '安信网盾科技'],
    ['安信网盾科技(北京)股份有限公司', '安信网盾科技'],
    ['北京市安信网盾科技有限责任公司', '安信网盾科技'],
    ['北京 安信网盾科技 股份 有限公司', '安信网盾科技'],
    ['ＡＢＣ（北京）科技有限公司', 'abc科技'],
    ['北京银行', '银行'],
    ['北京', '北京'],
  ])('%s → %s', (name, core) => {
    expect(normalizeOrgName(name)).toBe(core);
  });

  it('similarity of character bigrams', () => {
    expect(similarity('安信网盾科技', '安信网盾科技')).toBe(1);
    expect(similarity('安信网盾科枝', '安信网盾科技')).toBe(0.8);
    expect(similarity('安信网盾科技', '安信网盾信息技术')).toBe(0.5);
    expect(similarity('', '')).toBe(0);
  });
});

describe('parseNameList', () => {
  it('a numbered notice: the heading and the numbering dropped, lines kept', () => {
    const entries = parseNameList(AWARD_NOTICE);
    expect(entries.map((entry) => entry.name)).toEqual([
      '北京安信网盾科技有限公司',
      '华信数智(北京)科技有限公司',
      '北京华信大数据科技有限公司',
      '芯睿',
      '北京华信数智科技有限公司',
      '北京安信网盾科枝有限公司',
      '北京市瑞通通信技术股份有限公司',
      '北京智诚检测有限公司',
      '北京东方红星食品有限公司',
      '北京安信网盾科技有限公司',
    ]);
    expect(entries.map((entry) => entry.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('a table from Excel: header skipped, the name cell and the USCC cell', () => {
    expect(parseNameList(EXCEL_TABLE)).toEqual([
      { position: 1, line: 2, name: '北京瑞通通信股份有限公司', uscc: '911101087002314680' },
      { position: 2, line: 3, name: '北京安信网盾信息技术有限公司' },
      { position: 3, line: 4, name: '安信网盾技术有限公司' },
      { position: 4, line: 5, name: '北京智诚' },
    ]);
  });

  it('a foreword sentence: 、-separated, in order, positions are the ranks', () => {
    expect(parseNameList(FOREWORD).map((entry) => [entry.position, entry.name])).toEqual([
      [1, '北京安信网盾科技有限公司'],
      [2, '北京芯睿集成电路设计有限公司'],
      [3, '北京瑞通通信技术股份有限公司'],
    ]);
  });
});

describe('matchList', () => {
  it('the award notice: exact, former and short names, normalized names, an ambiguity, a typo with its confidence, a miss, a repeat', () => {
    const report = matchList(CANDIDATES, parseNameList(AWARD_NOTICE));
    expect(report.results.map(summary)).toEqual([
      'match enterprise-anxin via name',
      'match enterprise-huaxin-bj via name',
      'match enterprise-huaxin via formerName',
      'match enterprise-xinrui via shortName',
      'ambiguous enterprise-huaxin 1, enterprise-huaxin-bj 1',
      'fuzzy enterprise-anxin 0.8',
      'match enterprise-ruitong via normalized',
      'fuzzy enterprise-zhicheng 0.75',
      'miss',
      'match enterprise-anxin via name',
    ]);
    expect(report.counts).toEqual({ match: 6, fuzzy: 2, ambiguous: 1, miss: 1 });
    // The typo (6) and the repeated line (10) both name the enterprise of line 1.
    expect(report.repeats).toEqual([
      { position: 6, firstPosition: 1, id: 'enterprise-anxin' },
      { position: 10, firstPosition: 1, id: 'enterprise-anxin' },
    ]);
  });

  it('the Excel table: the USCC wins over a shortened name (with a note), a sister company is not confused, two close fuzzy candidates are ambiguous, a fragment is a miss', () => {
    const report = matchList(CANDIDATES, parseNameList(EXCEL_TABLE));
    expect(report.results.map(summary)).toEqual([
      'match enterprise-ruitong via uscc (note)',
      'match enterprise-anxin-info via name',
      'ambiguous enterprise-anxin-info 0.67, enterprise-anxin 0.6',
      'miss',
    ]);
  });

  it('the foreword: every drafting organization by its full name, in order', () => {
    expect(matchList(CANDIDATES, parseNameList(FOREWORD)).results.map(summary)).toEqual([
      'match enterprise-anxin via name',
      'match enterprise-xinrui via name',
      'match enterprise-ruitong via name',
    ]);
  });
});
