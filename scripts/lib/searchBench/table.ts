/** The search benchmark's one table (Markdown, so a note can paste it) and the targets of issue 7. */
import { kb, type Sizes } from './measure.ts';
import type { NodeRun } from './nodeRun.ts';

export interface SearchRow {
  readonly engine: 'ours' | 'pagefind';
  readonly records: number;
  readonly buildMs: number;
  readonly sizes: Sizes;
  readonly coldMs: number;
  readonly coldMsMax: number;
  readonly coldBytes: number;
  readonly warmP50: number;
  readonly warmP95: number;
  readonly recall: number;
  /** Our engine only: first-query recall per kind, bytes and latency in Node. */
  readonly node?: NodeRun;
}

/** Issues 7 and 17's targets, at the largest size measured (50,000 records by default). */
export const SEARCH_TARGETS = {
  /** One frame. */
  maxWarmP95Ms: 16,
  maxColdMs: 500,
  maxColdBytes: 300 * 1024,
  /** First query (fresh engine), recall@3 over the relevance suite and the generated queries. */
  minFirstRecall: 0.98,
  /** …and in every query kind. */
  minKindRecall: 0.95,
  maxBuildMs: 30_000,
} as const;

export function formatSearchTable(rows: readonly SearchRow[]): string {
  const header = [
    'engine',
    'records',
    'build',
    'files',
    'raw',
    'gzip',
    'brotli',
    'max shard gz',
    'cold first results',
    'cold max',
    'cold bytes',
    'warm p50',
    'warm p95',
    'recall@3',
    'first @3',
    'first bytes p95',
    'Node warm p95',
  ];
  const lines = rows.map((r) => [
    r.engine,
    String(r.records),
    `${(r.buildMs / 1000).toFixed(1)} s`,
    String(r.sizes.files),
    kb(r.sizes.raw),
    kb(r.sizes.gzip),
    kb(r.sizes.brotli),
    kb(r.sizes.maxShardGzip),
    `${r.coldMs.toFixed(0)} ms`,
    `${r.coldMsMax.toFixed(0)} ms`,
    kb(r.coldBytes),
    `${r.warmP50.toFixed(1)} ms`,
    `${r.warmP95.toFixed(1)} ms`,
    r.recall.toFixed(3),
    r.node ? r.node.first3.toFixed(3) : '',
    r.node ? kb(r.node.coldBytesP95) : '',
    r.node ? `${r.node.warmP95.toFixed(1)} ms` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const row = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [row(header), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n');
}

/** Each target, met or not: recall against Pagefind at every size, speed and bytes at the largest. */
export function checkSearchTargets(rows: readonly SearchRow[]): string[] {
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const ours = rows.filter((r) => r.engine === 'ours').sort((a, b) => a.records - b.records);
  const lines: string[] = [];
  for (const r of ours) {
    const pagefind = rows.find((p) => p.engine === 'pagefind' && p.records === r.records);
    if (pagefind)
      lines.push(
        `recall@3 at ${r.records.toLocaleString('en')} records ≥ Pagefind's: ${r.recall.toFixed(3)} vs ${pagefind.recall.toFixed(3)} — ${mark(r.recall >= pagefind.recall)}`,
      );
  }
  const large = ours[ours.length - 1];
  if (large) {
    const at = `at ${large.records.toLocaleString('en')} records`;
    lines.push(`warm p95 ${at} ≤ ${SEARCH_TARGETS.maxWarmP95Ms} ms: ${large.warmP95.toFixed(1)} ms — ${mark(large.warmP95 <= SEARCH_TARGETS.maxWarmP95Ms)}`);
    lines.push(
      `cold first results ${at} ≤ ${SEARCH_TARGETS.maxColdMs} ms (slowest of the cold queries): ${large.coldMsMax.toFixed(0)} ms — ${mark(large.coldMsMax <= SEARCH_TARGETS.maxColdMs)}`,
    );
    lines.push(
      `cold transfer ${at} ≤ ${kb(SEARCH_TARGETS.maxColdBytes)} gzip (Chromium, p50 of the cold queries): ${kb(large.coldBytes)} — ${mark(large.coldBytes <= SEARCH_TARGETS.maxColdBytes)}`,
    );
    lines.push(
      `index build ${at} ≤ ${SEARCH_TARGETS.maxBuildMs / 1000} s: ${(large.buildMs / 1000).toFixed(1)} s — ${mark(large.buildMs <= SEARCH_TARGETS.maxBuildMs)}`,
    );
    const node = large.node;
    if (node) {
      lines.push(
        `first-query gzip ${at} ≤ ${kb(SEARCH_TARGETS.maxColdBytes)} at p95 (every suite query, fresh engine): ${kb(node.coldBytesP95)} — ${mark(node.coldBytesP95 <= SEARCH_TARGETS.maxColdBytes)}`,
      );
      lines.push(
        `warm p95 in Node ${at} ≤ ${SEARCH_TARGETS.maxWarmP95Ms} ms: ${node.warmP95.toFixed(1)} ms — ${mark(node.warmP95 <= SEARCH_TARGETS.maxWarmP95Ms)}`,
      );
      lines.push(
        `first-query recall@3 ${at} ≥ ${SEARCH_TARGETS.minFirstRecall}: ${node.first3.toFixed(3)} — ${mark(node.first3 >= SEARCH_TARGETS.minFirstRecall)}`,
      );
      const worst = [...node.kinds].sort((a, b) => a.first3 - b.first3)[0];
      if (worst)
        lines.push(
          `no query kind below ${SEARCH_TARGETS.minKindRecall} ${at}: lowest ${worst.kind} ${worst.first3.toFixed(3)} — ${mark(worst.first3 >= SEARCH_TARGETS.minKindRecall)}`,
        );
      lines.push(`first query = warm query (top 10) ${at}: ${node.unstable.length} differ — ${mark(node.unstable.length === 0)}`);
    }
  }
  return lines;
}

/** Typed one character at a time for the warm per-keystroke latency (Node and Chromium). */
export const WARM_QUERIES = ['华信数智', 'huaxin', 'gbt7714', 'critical information', '中国质量奖 2025', 'Tianshu Sofware'];

/** Recall per query kind on a first query (fresh engine) and warm, with the first query's bytes and Node latency. */
export function formatKindTable(run: NodeRun): string {
  const header = ['kind', 'queries', 'first @3', 'first @10', 'warm @3'];
  const lines = [
    ...run.kinds.map((k) => [k.kind, String(k.queries), k.first3.toFixed(3), k.first10.toFixed(3), k.warm3.toFixed(3)]),
    ['all', String(run.kinds.reduce((n, k) => n + k.queries, 0)), run.first3.toFixed(3), '', run.warm3.toFixed(3)],
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const row = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const table = [row(header), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n');
  return `${table}\nfirst-query gzip p50 ${kb(run.coldBytesP50)}, p95 ${kb(run.coldBytesP95)}; Node warm p50 ${run.warmP50.toFixed(1)} ms, p95 ${run.warmP95.toFixed(1)} ms; first ≠ warm: ${run.unstable.length}`;
}
