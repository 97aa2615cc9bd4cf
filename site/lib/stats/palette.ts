/**
 * Chart colours. WCAG 2.1 SC 1.4.11 asks graphical objects for 3:1 against their background;
 * every colour here reaches at least 4.5:1 on white, so bars stay visible to low-vision
 * readers and in greyscale print. Stacked segments are also split by a white line, and each
 * chart has a data table, so colour is never the only way to tell series apart.
 */

/** Series colours in order: the site's accent blue first. */
export const CHART_COLORS = ['#0b5394', '#b45309', '#15803d', '#7e22ce', '#be123c', '#4b5563', '#0e7490'] as const;

/** Relative luminance of a `#rrggbb` colour (WCAG 2.1 definition). */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`"${hex}" is not a #rrggbb colour`);
  const [r, g, b] = match.slice(1).map((part) => {
    const c = Number.parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Contrast ratio of two colours, 1 to 21.
 * @example contrastRatio('#000000', '#ffffff') //=> 21
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The first n series colours (cycling if a chart ever has more series than colours). */
export function seriesColors(n: number): string[] {
  return Array.from({ length: n }, (_, i) => CHART_COLORS[i % CHART_COLORS.length] ?? CHART_COLORS[0]);
}
