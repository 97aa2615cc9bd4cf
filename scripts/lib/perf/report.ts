import { budgetFor, checkBudget, formatKB, type Measurement } from './budgets.ts';

const COLUMNS = ['page', 'requests', 'raw', 'gzip', 'budget', 'images', 'offsite', 'blocking 3p', 'CLS', 'verdict'] as const;

/**
 * The measurements as a fixed-width text table, one page a row.
 * @example formatTable([]).split('\n')[0] //=> 'page  requests  raw  gzip  budget  images  offsite  blocking 3p  CLS  verdict'
 */
export function formatTable(measurements: readonly Measurement[]): string {
  const rows = measurements.map((m) => [
    m.path,
    String(m.requests),
    formatKB(m.rawBytes),
    formatKB(m.gzipBytes),
    `${formatKB(budgetFor(m).maxGzipBytes)}${m.kind === 'profile' ? ' (profile)' : ''}`,
    String(m.imageRequests),
    String(m.nonLoopback.length),
    String(m.renderBlockingThirdParty.length),
    m.cls.toFixed(4),
    checkBudget(m).length === 0 ? 'ok' : 'OVER',
  ]);
  const all = [[...COLUMNS], ...rows];
  const widths = COLUMNS.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')).join('\n');
}
