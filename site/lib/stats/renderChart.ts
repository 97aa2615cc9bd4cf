/**
 * Bar charts as static SVG, drawn at build time by Observable Plot on linkedom's DOM (Plot
 * renders into whatever `document` it is given), so the page ships no JavaScript.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { CHART_COLORS, seriesColors } from './palette.ts';

export interface BarChartInput {
  /** Category labels in axis order (years, bodies, tiers), already in the page's language. */
  readonly categories: readonly string[];
  /** Series labels in stacking order; one series draws plain bars without a legend. */
  readonly series: readonly string[];
  /** `values[i][j]`: category i, series j. */
  readonly values: readonly (readonly number[])[];
  /** `vertical`: categories along x (years); `horizontal`: along y (long names). */
  readonly orientation: 'vertical' | 'horizontal';
  readonly categoryAxis: string;
  readonly valueAxis: string;
  /** id of the element that names the chart (its heading). */
  readonly labelledBy: string;
  /** id of the element that describes it (the summary sentence). */
  readonly describedBy: string;
}

/** Width of the drawing in SVG units; the SVG scales down to the column (max-width 100%). */
const CHART_WIDTH = 640;
/** Font size in SVG units: 13 stays legible when a 640-wide chart is shown ~600 px wide. */
const FONT_SIZE = 13;
/** Height per category of a horizontal chart, and its floor. */
const ROW_HEIGHT = 34;
const MIN_HEIGHT = 160;

/**
 * Whole-number ticks from 0 to at least `max`, about `target` of them: counts have no halves.
 * @example integerTicks(7) //=> [0, 1, 2, 3, 4, 5, 6, 7]
 * @example integerTicks(23) //=> [0, 5, 10, 15, 20, 25]
 */
export function integerTicks(max: number, target = 8): number[] {
  const top = Math.max(1, Math.ceil(max));
  const rough = top / target;
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].find((s) => s >= rough) ?? Math.ceil(rough);
  const last = Math.ceil(top / step) * step;
  return Array.from({ length: last / step + 1 }, (_, k) => k * step);
}

/** Rough width of a label in SVG units at FONT_SIZE: CJK glyphs are about square, Latin about half. */
function labelWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (/[\u2E80-\u9FFF\uFF00-\uFFEF]/u.test(ch) ? FONT_SIZE : FONT_SIZE * 0.6), 0);
}

let cachedDocument: Document | undefined;
function ssrDocument(): Document {
  cachedDocument ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  return cachedDocument;
}

/**
 * The chart as an SVG string with `role="img"`, named by the heading and described by the
 * summary sentence. Plot's per-mark aria labels are removed: inside an image they are not
 * exposed anyway, and the data table next to the chart carries the numbers.
 */
export function renderBarChart(input: BarChartInput): string {
  const { categories, series, values, orientation } = input;
  const cells = categories.flatMap((category, i) =>
    series.flatMap((name, j) => {
      const count = values[i]?.[j] ?? 0;
      return count > 0 ? [{ category, series: name, count }] : [];
    }),
  );
  const totals = categories.map((category, i) => ({ category, total: (values[i] ?? []).reduce((a, b) => a + b, 0) })).filter((t) => t.total > 0);
  const ticks = integerTicks(Math.max(0, ...totals.map((t) => t.total)));
  const single = series.length <= 1;
  const fill = single ? CHART_COLORS[0] : 'series';
  const vertical = orientation === 'vertical';
  const bars = vertical
    ? Plot.barY(cells, { x: 'category', y: 'count', fill, z: 'series', stroke: '#ffffff', strokeWidth: 1, order: [...series] } as Plot.BarYOptions)
    : Plot.barX(cells, { y: 'category', x: 'count', fill, z: 'series', stroke: '#ffffff', strokeWidth: 1, order: [...series] } as Plot.BarXOptions);
  const labels = vertical
    ? Plot.text(totals, { x: 'category', y: 'total', text: 'total', dy: -8, fontWeight: 600 })
    : Plot.text(totals, { y: 'category', x: 'total', text: 'total', dx: 12, fontWeight: 600 });
  // A rotated axis title beside long horizontal labels collides with them; the heading names the categories.
  const categoryScale = { domain: [...categories], label: vertical ? input.categoryAxis : null, padding: 0.2 };
  const valueScale = { domain: [0, ticks.at(-1) ?? 1], ticks, tickFormat: 'd', label: input.valueAxis, grid: true };
  const longest = Math.max(0, ...categories.map(labelWidth));
  const svg = Plot.plot({
    document: ssrDocument(),
    width: CHART_WIDTH,
    height: vertical ? 320 : Math.max(MIN_HEIGHT, categories.length * ROW_HEIGHT + 60),
    marginLeft: vertical ? 48 : Math.ceil(longest) + 16,
    marginRight: vertical ? 16 : 32,
    marginTop: 28,
    marginBottom: 44,
    style: { fontFamily: 'inherit', fontSize: `${FONT_SIZE}px`, background: 'transparent', overflow: 'visible' },
    ...(vertical ? { x: { ...categoryScale, tickSize: 0 }, y: valueScale } : { y: { ...categoryScale, tickSize: 0 }, x: valueScale }),
    color: { domain: [...series], range: seriesColors(series.length) },
    marks: [bars, labels, vertical ? Plot.ruleY([0]) : Plot.ruleX([0])],
  }) as unknown as Element;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', input.labelledBy);
  svg.setAttribute('aria-describedby', input.describedBy);
  svg.setAttribute('font-family', 'inherit');
  svg.setAttribute('focusable', 'false');
  for (const element of svg.querySelectorAll('[aria-label], [aria-description]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
  return svg.outerHTML;
}
