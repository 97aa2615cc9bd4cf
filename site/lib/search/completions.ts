/**
 * Completions of split shard keys. When the build splits a key (`xin`: its terms outgrew one
 * shard), a term lives under a longer key (`xinb…` for `xinbo`), so a query that IS the split
 * key — `xin`, `tian`, `cheng` typed on the way to a name — would have to fetch every shard of
 * every longer key to complete. Instead the build files, per split key, the completions a
 * prefix query keeps anyway (the `MAX_EXPANSIONS` shortest terms under the key, as
 * `PostingStore.expand` orders them) with their postings, in `pre/<n>.json` by key. Shared by
 * build and engine.
 */
import { hashKey, type CompletionShard, type ShardTerm } from './format.ts';
import { MAX_EXPANSIONS } from './postings.ts';

/** A CJK term's shard key starts at one character (format.ts `shardKey`). */
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

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
export function completionShards(
  entries: ReadonlyArray<readonly ShardTerm[]>,
  splits: ReadonlySet<string>,
  target = TARGET_COMPLETION_BYTES,
): CompletionShard[] {
  if (splits.size === 0) return [];
  // One pass: each term is offered to every split key it extends (`xinbo` to `xi`, `xin`); a
  // key keeps its MAX_EXPANSIONS first in expansion order. What a key drops it never takes back
  // (its last kept term only gets earlier), so a kept term has every group's entry.
  const kept = new Map<string, { terms: string[]; entries: Map<string, ShardTerm[]> }>();
  const offer = (key: string, entry: ShardTerm) => {
    const term = entry[0];
    let k = kept.get(key);
    if (!k) kept.set(key, (k = { terms: [], entries: new Map() }));
    const mine = k.entries.get(term);
    if (mine) return void mine.push(entry);
    const last = k.terms[k.terms.length - 1];
    if (k.terms.length === MAX_EXPANSIONS && last !== undefined && byExpansionOrder(term, last) >= 0) return;
    let at = k.terms.length;
    while (at > 0 && byExpansionOrder(term, k.terms[at - 1] ?? '') < 0) at -= 1;
    k.terms.splice(at, 0, term);
    k.entries.set(term, [entry]);
    if (k.terms.length > MAX_EXPANSIONS) k.entries.delete(k.terms.pop() ?? '');
  };
  for (const group of entries) {
    for (const entry of group) {
      const term = entry[0];
      // The chain of split keys the term extends (shardKey's, in code units: a key of an
      // astral character is never split, so it is never offered).
      let key = term.slice(0, CJK_START.test(term) ? 1 : 2);
      while (splits.has(key) && term.length > key.length) {
        offer(key, entry);
        key = term.slice(0, key.length + 1);
      }
    }
  }
  const picks: Array<readonly [key: string, terms: string[]]> = [];
  const byTerm = new Map<string, ShardTerm[]>();
  let bytes = 0;
  for (const key of [...kept.keys()].sort()) {
    const k = kept.get(key);
    if (!k || k.terms.length === 0) continue;
    picks.push([key, k.terms]);
    for (const term of k.terms) {
      const list = k.entries.get(term) ?? [];
      byTerm.set(term, list);
      for (const entry of list) bytes += JSON.stringify(entry).length + 1;
    }
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
