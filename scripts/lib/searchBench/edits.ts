/**
 * What an edit changes in the search index: the files whose text is new or different after it,
 * by group (`names`, `text`, `hot`, `norms`, `docs`, … — the first path segment), with their
 * bytes against the whole index. Issue 16 allows a one-record edit ≤ 1 % of the index's bytes;
 * scripts/bench/searchEdits.ts measures the benchmark's five edits with it, and
 * tests/search/editLocality.test.ts checks which files an edit may touch.
 */
import type { SearchIndex } from '../../../site/lib/search/buildIndex.ts';

/** Every index file as the JSON text the site serves. */
export function indexTexts(index: SearchIndex): Map<string, string> {
  return new Map([...index.files].map(([path, value]) => [path, JSON.stringify(value)]));
}

export interface IndexChange {
  /** Files new or different after the edit, sorted. */
  readonly changed: readonly string[];
  /** Files gone after the edit, sorted. */
  readonly removed: readonly string[];
  /** Bytes of the changed files (after the edit). */
  readonly changedBytes: number;
  /** Bytes of the whole index after the edit. */
  readonly totalBytes: number;
  /** Per group: changed files and their bytes. */
  readonly groups: ReadonlyMap<string, { readonly files: number; readonly bytes: number }>;
}

/** The group of an index file: its first path segment (`names/3.json` → `names`, `stats.json` → `stats.json`). */
export const groupOf = (path: string): string => path.split('/')[0] ?? path;

/**
 * The files an edit changed, from the index's texts before and after it.
 * @example indexChange(new Map([['a.json', '1']]), new Map([['a.json', '2']])).changed //=> ['a.json']
 */
export function indexChange(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): IndexChange {
  const changed: string[] = [];
  const groups = new Map<string, { files: number; bytes: number }>();
  let changedBytes = 0;
  let totalBytes = 0;
  for (const [path, text] of after) {
    totalBytes += text.length;
    if (before.get(path) === text) continue;
    changed.push(path);
    changedBytes += text.length;
    const group = groups.get(groupOf(path)) ?? { files: 0, bytes: 0 };
    group.files += 1;
    group.bytes += text.length;
    groups.set(groupOf(path), group);
  }
  const removed = [...before.keys()].filter((path) => !after.has(path));
  return { changed: changed.sort(), removed: removed.sort(), changedBytes, totalBytes, groups };
}

/** One line per edit: share of the index, then per group `files/bytes`. */
export function formatChange(label: string, change: IndexChange): string {
  const share = change.totalBytes === 0 ? 0 : (100 * change.changedBytes) / change.totalBytes;
  const groups = [...change.groups].map(([group, g]) => `${group}:${g.files}/${g.bytes}`).join(' ');
  return `${label} ${share.toFixed(2)}% (${change.changedBytes} of ${change.totalBytes} bytes) ${groups}${change.removed.length > 0 ? ` removed:${change.removed.length}` : ''}`;
}
