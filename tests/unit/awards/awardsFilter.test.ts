import { beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../../site/lib/data/register.ts';
import { createFilter } from '../../../site/lib/view/awardsFilter.ts';
import { awardListRows } from '../../../site/lib/view/awardsList.ts';
import { filterEntryOf, pinyinKeys } from '../../../site/lib/view/awardsPinyin.ts';
import { awardBySlug, loadDatasetRegister } from './register.ts';

let register: Register;
beforeAll(async () => {
  register = await loadDatasetRegister();
});

function filterOf(slug: string, year: number) {
  const filter = createFilter(awardListRows(awardBySlug(register, slug), year).map((n) => filterEntryOf(n.enterprise)));
  return (query: string) => [...filter(query)];
}

describe('pinyin keys', () => {
  it('full pinyin, spaced pinyin and initials without tones', () => {
    expect(pinyinKeys('智芯微联')).toEqual({ full: 'zhixinweilian', spaced: 'zhi xin wei lian', initials: 'zxwl' });
    expect(pinyinKeys('北京绿洲能源服务有限公司').full).toBe('beijinglvzhounengyuanfuwuyouxiangongsi');
    expect(pinyinKeys('北京上地智造机器人有限公司').initials).toBe('bjsdzzjqryxgs');
  });

  it('an enterprise entry carries names, short names, their pinyin and initials', () => {
    const zhixin = register.enterprises.find((e) => e.slug === 'zhixin-tech');
    expect(zhixin && filterEntryOf(zhixin)).toEqual({
      id: 'zhixin-tech',
      names: ['北京智芯微联科技股份有限公司', '智芯微联', 'Beijing Zhixin Microlink Technology Co., Ltd.', 'Zhixin Microlink'],
      pinyin: ['beijingzhixinweiliankejigufenyouxiangongsi', 'bei jing zhi xin wei lian ke ji gu fen you xian gong si', 'zhixinweilian', 'zhi xin wei lian'],
      initials: ['bjzxwlkjgfyxgs', 'zxwl'],
    });
  });

  it('an enterprise without an English name still gets pinyin', () => {
    const entry = filterEntryOf({ slug: 'youxuan', name: { zh: '北京优选智慧零售有限公司' } });
    expect(entry.names).toEqual(['北京优选智慧零售有限公司']);
    expect(entry.initials).toEqual(['bjyxzhlsyxgs']);
  });
});

describe('the award-list filter (China Quality Award 2025: 智芯微联, 华信数智, 博源半导体)', () => {
  it('a blank query keeps everything', () => {
    expect(filterOf('china-quality-award', 2025)('  ')).toEqual(['zhixin-tech', 'huaxin-data', 'boyuan-semiconductor']);
  });

  it.each(['智芯', 'Zhixin', 'zhixin', 'zhi xin', 'zx', 'ZXWL', 'Zhixn', '智芯微联'])('"%s" finds 智芯微联 alone', (query) => {
    expect(filterOf('china-quality-award', 2025)(query)).toEqual(['zhixin-tech']);
  });

  it('full-width letters fold to ASCII', () => {
    expect(filterOf('china-quality-award', 2025)('ｚｈｉｘｉｎ')).toEqual(['zhixin-tech']);
  });

  it('other names, by pinyin and initials', () => {
    const filter = filterOf('china-quality-award', 2025);
    expect(filter('huaxin')).toEqual(['huaxin-data']);
    expect(filter('hxsz')).toEqual(['huaxin-data']);
    expect(filter('半导体')).toEqual(['boyuan-semiconductor']);
    expect(filter('北京')).toEqual(['zhixin-tech', 'huaxin-data', 'boyuan-semiconductor']);
  });

  it('nothing matches an unrelated word', () => {
    expect(filterOf('china-quality-award', 2025)('robot')).toEqual([]);
  });

  it('exact matches win over typo matches; typos count only when nothing matches as written', () => {
    const zgc2026 = filterOf('zhongguancun-quality-award', 2026);
    // "jiqiren" (机器人) is written in 上地智造机器人 only.
    expect(zgc2026('jiqiren')).toEqual(['shangdi-robotics']);
    // No 2026 entry contains "zhixin"; "Mozhi Intelligence" is one edit away.
    expect(zgc2026('zhixin')).toEqual(['mozhi-ai']);
    // Two letters allow no typo: "zx" matches nothing here.
    expect(zgc2026('zx')).toEqual([]);
  });

  it('Lüzhou by luzhou and by lvzhou', () => {
    const lvzhou = register.enterprises.find((e) => e.slug === 'lvzhou-energy') ?? register.enterprises.find((e) => e.name.zh?.includes('绿洲'));
    expect(lvzhou).toBeDefined();
    if (!lvzhou) return;
    const filter = createFilter([filterEntryOf(lvzhou)]);
    expect([...filter('luzhou')]).toEqual([lvzhou.slug]);
    expect([...filter('lvzhou')]).toEqual([lvzhou.slug]);
  });
});
