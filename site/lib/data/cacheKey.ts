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

/** A record's own fields as JSON (each linked record as `"#<_id>"`), digested, and the records it links to, in order. */
interface Own {
  readonly digest: string;
  readonly links: ReadonlyArray<{ readonly _id: string }>;
}

const owns = new WeakMap<object, Own>();

/**
 * The value as JSON with each record inside it (other than `self`) replaced by `"#<_id>"`,
 * and those records in the order met. JSON.stringify with a replacer: the native serializer
 * walks and builds the string. Keys come in insertion order, which the same source and code
 * always give; a source that orders a document's keys differently only costs a re-render.
 */
function linked(value: unknown, self?: object): { json: string; links: Array<{ readonly _id: string }> } {
  const links: Array<{ readonly _id: string }> = [];
  const json =
    JSON.stringify(value, (_key: string, item: unknown) => {
      if (item === self || !isRecord(item)) return item;
      links.push(item);
      return `#${item._id}`;
    }) ?? 'null';
  return { json, links };
}

function own(record: { readonly _id: string }): Own {
  let known = owns.get(record);
  if (!known) {
    const { json, links } = linked(record, record);
    owns.set(record, (known = { digest: sha1(json), links }));
  }
  return known;
}

/**
 * The value's text for a key: its JSON with the records in it as their digests at `depth`. At
 * depth 0 the value is plain data (a view model, a date, a list's cells) and is taken as JSON
 * whole, without a replacer — several times faster for the megabytes of a list's cells. A record
 * in it is then written out whole, never too little; one that links back (a joined record)
 * makes JSON.stringify throw, which says to give that part a depth.
 */
function encode(value: unknown, depth: number): string {
  if (depth <= 0) return JSON.stringify(value) ?? 'null';
  if (isRecord(value)) return recordDigest(value, depth);
  const { json, links } = linked(value);
  return links.length === 0 ? json : `${json}\n${links.map((link) => recordDigest(link, depth)).join('\n')}`;
}

/**
 * The digest of a joined record: its fields, and linked records to `depth - 1` more hops.
 * Its own fields are serialized once, whatever the depths it is asked at.
 * @example recordDigest(enterprise, PAGE_DEPTH) // changes when its standards' titles change
 */
export function recordDigest(record: { readonly _id: string }, depth: number): string {
  const { digest: mine, links } = own(record);
  if (depth <= 1 || links.length === 0) return mine;
  const cache = (memo[depth] ??= new WeakMap());
  let digest = cache.get(record);
  if (digest === undefined) {
    digest = sha1(`${mine}\n${links.map((link) => recordDigest(link, depth - 1)).join('\n')}`);
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
