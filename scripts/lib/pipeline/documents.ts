/**
 * Documents as the pipeline handles them, and the canonical form used to decide whether a
 * document in the file differs from the one in the Content Lake.
 */

/** Any document with an id and a type. */
export interface LakeDocument {
  readonly _id: string;
  readonly _type: string;
  readonly [field: string]: unknown;
}

/** Set by the Content Lake on every write; never part of the file, never compared. */
export const SERVER_FIELDS = ['_rev', '_createdAt', '_updatedAt'] as const;

/** The document without `_rev`, `_createdAt`, `_updatedAt`. */
export function withoutServerFields(doc: LakeDocument): LakeDocument {
  const copy: Record<string, unknown> = { ...doc };
  for (const field of SERVER_FIELDS) delete copy[field];
  return copy as LakeDocument;
}

function canonicalValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => [key, canonicalValue(record[key])]),
  );
}

/**
 * JSON with keys sorted at every depth and server fields removed: two documents are the same
 * content exactly when their canonical JSON is equal (the Lake reorders keys).
 * @example canonicalJson({ _id: 'a', _rev: 'x', b: 1, _type: 't' }) //=> '{"_id":"a","_type":"t","b":1}'
 */
export function canonicalJson(doc: LakeDocument): string {
  return JSON.stringify(canonicalValue(withoutServerFields(doc)));
}
