/**
 * Rules over links between records: implied withdrawal dates and reference cycles. Plain data in,
 * plain data out; the content check and the site use them.
 */

export interface EditionDates {
  readonly id: string;
  readonly effectiveOn?: string | null | undefined;
}

/**
 * The withdrawal date a replaced edition gets when `withdrawnOn` is missing: the earliest
 * `effectiveOn` of the editions that replace it (`GB/T 20000.2-2001` 作废 2010-01-01 = 实施 of
 * `GB/T 20000.2-2009`; docs/standard-codes.md §8 row 4).
 * @example impliedWithdrawal([{ id: 'b', effectiveOn: '2010-01-01' }]) //=> { date: '2010-01-01', by: 'b' }
 */
export function impliedWithdrawal(replacers: readonly EditionDates[]): { date: string; by: string } | undefined {
  let best: { date: string; by: string } | undefined;
  for (const r of replacers) {
    if (r.effectiveOn && (!best || r.effectiveOn < best.date)) best = { date: r.effectiveOn, by: r.id };
  }
  return best;
}

/**
 * Cycles in a graph given as `id → ids it points to`. Each cycle once, as the ids in order,
 * starting from its smallest id (so the report is stable). Iterative DFS: linear in edges.
 * @example findCycles(new Map([['a', ['b']], ['b', ['a']]])) //=> [['a', 'b']]
 */
export function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 1 | 2>(); // 1 = on the stack, 2 = done
  const cycles: string[][] = [];
  const seen = new Set<string>();
  for (const start of [...edges.keys()].sort()) {
    if (state.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    const path: string[] = [start];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const targets = edges.get(top.id) ?? [];
      if (top.next >= targets.length) {
        state.set(top.id, 2);
        stack.pop();
        path.pop();
        continue;
      }
      const target = targets[top.next] ?? '';
      top.next += 1;
      const s = state.get(target);
      if (s === 1) {
        const cycle = path.slice(path.indexOf(target));
        const min = cycle.reduce((a, b) => (b < a ? b : a));
        const rotated = [...cycle.slice(cycle.indexOf(min)), ...cycle.slice(0, cycle.indexOf(min))];
        const key = rotated.join('\u0000');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(rotated);
        }
      } else if (s === undefined && edges.has(target)) {
        state.set(target, 1);
        stack.push({ id: target, next: 0 });
        path.push(target);
      }
    }
  }
  return cycles;
}
