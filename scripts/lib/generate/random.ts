/**
 * A seeded pseudo-random source for the dataset generator. mulberry32: 32-bit state, fast,
 * and good enough for picking names and dates; the same seed always gives the same sequence,
 * so a generated dataset is reproducible byte for byte (no Math.random, no clock).
 */

/** One step of mulberry32 (public domain, Tommy Ettinger): a float in [0, 1). */
function mulberry32(state: { s: number }): number {
  state.s = (state.s + 0x6d2b79f5) | 0;
  let t = state.s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A weighted choice: `[value, weight]` pairs; weights need not sum to 1. */
export type Weighted<T> = readonly (readonly [T, number])[];

export class Random {
  private readonly state: { s: number };

  constructor(private readonly seed: number) {
    this.state = { s: seed | 0 };
  }

  /** A float in [0, 1). */
  next(): number {
    return mulberry32(this.state);
  }

  /**
   * A whole number from `min` to `max`, both included.
   * @example new Random(1).int(1, 6) // 1…6
   */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** One value of a weighted table. */
  weighted<T>(table: Weighted<T>): T {
    let total = 0;
    for (const [, weight] of table) total += weight;
    let r = this.next() * total;
    for (const [value, weight] of table) {
      r -= weight;
      if (r < 0) return value;
    }
    const last = table[table.length - 1];
    if (!last) throw new RangeError('weighted pick from an empty table');
    return last[0];
  }

  /**
   * An index in [0, n) biased to the low end: index i is drawn about (1/√i) as often as 0.
   * Activity is skewed in the real register — a few enterprises draft dozens of standards,
   * most one or two — and the generator shuffles enterprises first, so low means "busy".
   */
  skewedIndex(n: number): number {
    const r = this.next();
    return Math.min(n - 1, Math.floor(n * r * r));
  }

  /** Up to `count` distinct items of a list, in list order. */
  subset<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    const want = Math.min(count, items.length);
    while (chosen.size < want) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].sort((a, b) => a - b).flatMap((i) => (items[i] === undefined ? [] : [items[i]]));
  }

  /**
   * An independent source for one part of the generator, derived from the seed and a label
   * (not from the draws so far), so changing one part never shifts the others.
   */
  fork(label: string): Random {
    let h = 0x811c9dc5 ^ this.seed;
    for (let i = 0; i < label.length; i += 1) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
    return new Random(h);
  }
}
