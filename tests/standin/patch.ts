/**
 * The patch operations the stand-in understands: `set`, `setIfMissing`, `unset` — what
 * @sanity/import sends (asset references, strengthening weak references). Paths are Sanity's
 * simple JSONMatch form: `a.b`, `a[0].b`, `a[_key=="k"].b`.
 */
export interface PatchOperation {
  readonly id: string;
  readonly set?: Readonly<Record<string, unknown>>;
  readonly setIfMissing?: Readonly<Record<string, unknown>>;
  readonly unset?: readonly string[];
}

type Segment = string | number | { readonly key: string };

/**
 * @example parsePath('replaces[0]._weak') //=> ['replaces', 0, '_weak']
 */
export function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  const pattern = /([^.[\]]+)|\[(\d+)\]|\[_key\s*==\s*"([^"]*)"\]/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push({ key: match[3] });
  }
  return segments;
}

type Container = Record<string, unknown> | unknown[];

function child(container: Container, segment: Segment): unknown {
  if (Array.isArray(container)) {
    if (typeof segment === 'number') return container[segment];
    if (typeof segment === 'object') return container.find((item) => (item as { _key?: unknown } | null)?._key === segment.key);
    return undefined;
  }
  return typeof segment === 'string' ? container[segment] : undefined;
}

function assign(container: Container, segment: Segment, value: unknown): void {
  if (Array.isArray(container)) {
    const index = typeof segment === 'number' ? segment : container.findIndex((item) => (item as { _key?: unknown } | null)?._key === (segment as { key: string }).key);
    if (index >= 0) container[index] = value;
  } else if (typeof segment === 'string') {
    container[segment] = value;
  }
}

function remove(container: Container, segment: Segment): void {
  if (Array.isArray(container)) {
    const index = typeof segment === 'number' ? segment : container.findIndex((item) => (item as { _key?: unknown } | null)?._key === (segment as { key: string }).key);
    if (index >= 0) container.splice(index, 1);
  } else if (typeof segment === 'string') {
    delete container[segment];
  }
}

/** The container holding the last segment, created as objects on the way when `create`. */
function parentOf(doc: Record<string, unknown>, segments: readonly Segment[], create: boolean): Container | undefined {
  let current: Container = doc;
  for (const segment of segments.slice(0, -1)) {
    let next = child(current, segment);
    if ((next === undefined || next === null) && create) {
      next = {};
      assign(current, segment, next);
    }
    if (next === null || typeof next !== 'object') return undefined;
    current = next as Container;
  }
  return current;
}

/** A new document with the patch applied (the input is left as it was). */
export function applyPatch(doc: Readonly<Record<string, unknown>>, patch: PatchOperation): Record<string, unknown> {
  const next = structuredClone(doc) as Record<string, unknown>;
  for (const [path, value] of Object.entries(patch.setIfMissing ?? {})) {
    const segments = parsePath(path);
    const parent = parentOf(next, segments, true);
    const last = segments.at(-1);
    if (parent && last !== undefined && child(parent, last) === undefined) assign(parent, last, structuredClone(value));
  }
  for (const [path, value] of Object.entries(patch.set ?? {})) {
    const segments = parsePath(path);
    const parent = parentOf(next, segments, true);
    const last = segments.at(-1);
    if (parent && last !== undefined) assign(parent, last, structuredClone(value));
  }
  for (const path of patch.unset ?? []) {
    const segments = parsePath(path);
    const parent = parentOf(next, segments, false);
    const last = segments.at(-1);
    if (parent && last !== undefined) remove(parent, last);
  }
  return next;
}
