/**
 * Cache keys for the incremental build (site/integrations/incrementalBuild.ts): a page is
 * kept from the previous build instead of rendered when its key is unchanged (and the code,
 * whose digest the build's manifest carries). So a key must change whenever anything the page
 * shows changes.
 *
 * A joined record's digest covers its own fields entirely and the records it links to (objects
 * with an `_id`) up to `depth` hops away; beyond that, only their `_id`s. A detail page shows
 * its record and records at most two hops away (an enterprise → its participations → their
 * standards' codes and titles), hence `depth` 3 for the page's own record. Digests are memoized
 * per object and depth, so keying every page costs time linear in the register, not in pages
 * times their neighbourhoods.
 */
import { createHash } from 'node:crypto';

/**
 * Whether this build is incremental (`INCREMENTAL_BUILD=1`; astro.config.mjs reads it too).
 * Keys are computed only then: they cost about 3 s of a 50,000-document build.
 */
export function incrementalBuildEnabled(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env['INCREMENTAL_BUILD'] === '1';
}

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

type KeyParts = Readonly<Record<string, readonly [value: unknown, depth: number]>>;

/**
 * A page's cache key for an incremental build (undefined otherwise: the page is rendered).
 * @example pageCacheKey({ enterprise: [e, PAGE_DEPTH], programs: [register.programs, 1], today: [register.today, 0] })
 */
export function pageCacheKey(parts: KeyParts): string | undefined {
  return incrementalBuildEnabled() ? cacheKeyOf(parts) : undefined;
}

/** The key of what a page renders: each part a value (record, list of records, plain data) with the hops to follow from it. */
export function cacheKeyOf(parts: KeyParts): string {
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

/**
 * The key of a file that is its own content (a search index shard): the digest of its text,
 * in incremental builds only.
 */
export function textCacheKey(text: string): string | undefined {
  return incrementalBuildEnabled() ? sha1(text) : undefined;
}
