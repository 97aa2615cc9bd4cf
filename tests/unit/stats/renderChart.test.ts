import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { integerTicks, renderBarChart } from '../../../site/lib/stats/renderChart.ts';
import { CHART_COLORS, contrastRatio } from '../../../site/lib/stats/palette.ts';

function parse(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const element = document.querySelector('svg');
  if (!element) throw new Error('no svg');
  return element as unknown as Element;
}

const INPUT = {
  categories: ['2022', '2023', '2024', '2025'],
  series: ['国际标准', '团体标准'],
  values: [
    [0, 1],
    [0, 0],
    [2, 0],
    [1, 2],
  ],
  orientation: 'vertical' as const,
  categoryAxis: '年份',
  valueAxis: '参与记录数',
  labelledBy: 'chart-work',
  describedBy: 'chart-work-summary',
};

describe('renderBarChart', () => {
  it('is an image named by the heading and described by the summary', () => {
    const svg = parse(renderBarChart(INPUT));
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('chart-work');
    expect(svg.getAttribute('aria-describedby')).toBe('chart-work-summary');
    expect(svg.querySelectorAll('[aria-label]').length).toBe(0);
  });

  it('inherits the page font, so Chinese labels use the CJK font stack', () => {
    const svg = parse(renderBarChart(INPUT));
    expect(svg.getAttribute('font-family')).toBe('inherit');
    expect(svg.getAttribute('style')).toContain('font-family:inherit');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(expect.arrayContaining(['2023', '年份', '1', '2', '3']));
  });

  it('draws one bar per non-empty cell, coloured by series', () => {
    const svg = parse(renderBarChart(INPUT));
    const fills = [...svg.querySelectorAll('rect')].map((rect) => rect.getAttribute('fill'));
    expect(fills.sort()).toEqual([CHART_COLORS[0], CHART_COLORS[0], CHART_COLORS[1], CHART_COLORS[1]].sort());
  });

  it('labels a horizontal chart with its categories and bar totals', () => {
    const svg = parse(renderBarChart({ ...INPUT, categories: ['SAC', 'ISO/IEC'], series: ['count'], values: [[2], [1]], orientation: 'horizontal' }));
    expect(svg.querySelectorAll('rect').length).toBe(2);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['SAC', 'ISO/IEC']));
  });
});

describe('integerTicks', () => {
  it('gives whole-number ticks that reach the maximum', () => {
    expect(integerTicks(0)).toEqual([0, 1]);
    expect(integerTicks(3)).toEqual([0, 1, 2, 3]);
    expect(integerTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(integerTicks(58)).toEqual([0, 10, 20, 30, 40, 50, 60]);
  });
});

describe('chart colours', () => {
  it('each reach 4.5:1 on white (WCAG 1.4.11 asks 3:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    for (const color of CHART_COLORS) expect(contrastRatio(color, '#ffffff'), color).toBeGreaterThanOrEqual(4.5);
  });
});
