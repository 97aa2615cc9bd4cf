/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page is copied
 * from the previous build instead of rendered when its key is unchanged (and its code too,
 * which Astro hashes itself). So a key must change whenever anything the page shows changes.
 *
 * A joined record's digest covers its own fields entirely and the records it links to (objects
 * with an `_id`) up to `depth` hops away; beyond that, only their `_id`s. A detail page shows
 * its record and records at most two hops away (an enterprise → its participations → their
 * standards' codes and titles), hence `depth` 3 for the page's own record. Digests are memoized
 * per object and depth, so keying every page costs time linear in the register, not in pages
 * times their neighbourhoods.
 */
import { createHash } from 'node:crypto';

/** Hops a detail page reaches from its own record (see above). */
export const PAGE_DEPTH = 3;

const memo: Array<WeakMap<object, string>> = [];

const isRecord = (value: unknown): value is { readonly _id: string } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { _id?: unknown })._id === 'string';

const sha1 = (text: string): string => createHash('sha1').update(text).digest('base64url');

/** The value as stable JSON, records inside it replaced by their digest at `depth` (or their `_id` at 0). */
function encode(value: unknown, depth: number): string {
  if (value === undefined) return 'null';
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => encode(item, depth)).join(',')}]`;
  if (isRecord(value)) return depth <= 0 ? JSON.stringify(`#${value._id}`) : JSON.stringify(recordDigest(value, depth));
  return fields(value, depth);
}

function fields(value: object, depth: number): string {
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${encode((value as Record<string, unknown>)[key], depth)}`).join(',')}}`;
}

/**
 * The digest of a joined record: its fields, and linked records to `depth - 1` more hops.
 * @example recordDigest(enterprise, PAGE_DEPTH) // changes when its standards' titles change
 */
export function recordDigest(record: { readonly _id: string }, depth: number): string {
  const cache = (memo[depth] ??= new WeakMap());
  let digest = cache.get(record);
  if (digest === undefined) {
    digest = sha1(fields(record, depth - 1));
    cache.set(record, digest);
  }
  return digest;
}

/**
 * A page's cache key from what it renders: each part a value (record, list of records, plain
 * data) with the hops to follow from it.
 * @example pageCacheKey({ enterprise: [e, PAGE_DEPTH], programs: [register.programs, 1], today: [register.today, 0] })
 */
export function pageCacheKey(parts: Readonly<Record<string, readonly [value: unknown, depth: number]>>): string {
  return sha1(
    Object.keys(parts)
      .sort()
      .map((name) => {
        const [value, depth] = parts[name] ?? [null, 0];
        return `${name}=${encode(value, depth)}`;
      })
      .join('\n'),
  );
}
