/**
 * Completions of split shard keys. When the build splits a key (`xin`: its terms outgrew one
 * shard), a term lives under a longer key (`xinb…` for `xinbo`), so a query that IS the split
 * key — `xin`, `tian`, `cheng` typed on the way to a name — would have to fetch every shard of
 * every longer key to complete. Instead the build files, per split key, the completions a
 * prefix query keeps anyway (the `MAX_EXPANSIONS` shortest terms under the key, as
 * `PostingStore.expand` orders them) with their postings, in `pre/<n>.json` by key. Shared by
 * build and engine.
 */
import { hashKey, shardKey, type CompletionShard, type ShardTerm } from './format.ts';
import { MAX_EXPANSIONS } from './postings.ts';

/** Completion files of about this many bytes of JSON. */
export const TARGET_COMPLETION_BYTES = 24_000;

/** The order `PostingStore.expand` keeps completions in: shortest first, then code-unit order. */
const byExpansionOrder = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The completion files: for each split key, its `MAX_EXPANSIONS` shortest terms filed under a
 * longer key, with every posting of those terms (`entries`: each group's shard entries; hot
 * terms are not among them — the engine reads those through the manifest).
 * @example completionShards([[['xinbo', 3, [0, 1, 900]]]], new Set(['xi', 'xin']))[0]?.keys //=> [['xi', 'xinbo'], ['xin', 'xinbo']]
 */
export function completionShards(entries: ReadonlyArray<readonly ShardTerm[]>, splits: ReadonlySet<string>, target = TARGET_COMPLETION_BYTES): CompletionShard[] {
  if (splits.size === 0) return [];
  const byTerm = new Map<string, ShardTerm[]>();
  for (const group of entries) for (const entry of group) byTerm.set(entry[0], [...(byTerm.get(entry[0]) ?? []), entry]);
  const sorted = [...byTerm.keys()].sort();
  const picks: Array<readonly [key: string, terms: string[]]> = [];
  let bytes = 0;
  for (const key of [...splits].sort()) {
    // The terms starting with the key: one range of the sorted terms.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] ?? '') < key) lo = mid + 1;
      else hi = mid;
    }
    const deeper: string[] = [];
    for (let i = lo; i < sorted.length && (sorted[i] ?? '').startsWith(key); i++) {
      const term = sorted[i] ?? '';
      if (shardKey(term, splits) !== key) deeper.push(term);
    }
    const terms = deeper.sort(byExpansionOrder).slice(0, MAX_EXPANSIONS);
    if (terms.length === 0) continue;
    picks.push([key, terms]);
    for (const term of terms) for (const entry of byTerm.get(term) ?? []) bytes += JSON.stringify(entry).length + 1;
  }
  if (picks.length === 0) return [];
  const count = Math.max(1, Math.ceil(bytes / target));
  const files = Array.from({ length: count }, () => ({ keys: [] as string[][], terms: new Map<string, ShardTerm[]>() }));
  for (const [key, terms] of picks) {
    const file = files[hashKey(key, count)];
    if (!file) continue;
    file.keys.push([key, ...terms]);
    for (const term of terms) file.terms.set(term, byTerm.get(term) ?? []);
  }
  return files.map((file) => ({ keys: file.keys, terms: [...file.terms.values()].flat() }));
}
