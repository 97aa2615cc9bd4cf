/**
 * Never trust a key: documents come from a file or a Content Lake, and a field named
 * `hasOwnProperty`, `constructor` or `__proto__` shadows what code expects of every object
 * (groq-js calls `value.data.hasOwnProperty(key)`, and a lookup `table[key]` finds
 * `Object.prototype.toString`). No such name is a field of the content model, so the content
 * check warns about it as an unknown field and the data layer drops it here, before any
 * query engine or page sees the document.
 */

/** `constructor`, `hasOwnProperty`, `toString`, `__proto__`, … — every name every object inherits. */
export const INHERITED_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

function hasInheritedKey(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null || depth > 64) return false;
  if (Array.isArray(value)) return value.some((item) => hasInheritedKey(item, depth + 1));
  for (const key of Object.keys(value)) {
    if (INHERITED_NAMES.has(key) || hasInheritedKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

function strip(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(strip);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (!INHERITED_NAMES.has(key)) out[key] = strip((value as Record<string, unknown>)[key]);
  return out;
}

/**
 * The value without keys named like Object.prototype members, at any depth; the same object
 * when it has none (the common case costs one walk, no copy).
 * @example withoutInheritedKeys({ _id: 'a', hasOwnProperty: 1 }) //=> { _id: 'a' }
 */
export function withoutInheritedKeys<T>(value: T): T {
  return hasInheritedKey(value, 0) ? (strip(value) as T) : value;
}
