/**
 * Stable key order for exported documents, so that export → import → export is byte-identical
 * and diffs stay readable: the Content Lake returns keys sorted alphabetically, the dataset in
 * git keeps the order people read (`_id`, `_type`, then the fields of the content model).
 *
 * - top level: `_id`, `_type`, then the fields in content-model order (site/lib/domain/model.ts,
 *   the order the seed writes), then any other field alphabetically;
 * - nested objects: `_key`, `_type`, then the field order of their `_type` — from the extracted
 *   Studio schema (studio/schema.json) for the project's object types, from BUILT_IN_ORDER for
 *   Sanity's own (references, Portable Text, images) — then any other key alphabetically.
 */
import { readFileSync } from 'node:fs';
import { MODEL, type DocumentType } from '../../../site/lib/domain/model.ts';

/** Sanity's built-in object types, in the order the dataset writes them. */
const BUILT_IN_ORDER: Readonly<Record<string, readonly string[]>> = {
  reference: ['_ref', '_weak', '_strengthenOnPublish'],
  block: ['style', 'markDefs', 'children', 'listItem', 'level'],
  span: ['text', 'marks'],
  link: ['href'],
  // `_sanityAsset` is the import format's stand-in for `asset` (image@file://…).
  image: ['_sanityAsset', 'asset', 'hotspot', 'crop'],
};

const SCHEMA_FILE = new URL('../../../studio/schema.json', import.meta.url);

interface SchemaEntry {
  readonly name?: unknown;
  readonly type?: unknown;
  readonly value?: { readonly type?: unknown; readonly attributes?: unknown };
}

/** Field order of the schema's object types (`localeString` → zh, en, …). */
function readSchemaObjectOrder(): Map<string, readonly string[]> {
  const entries = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as readonly SchemaEntry[];
  const order = new Map<string, readonly string[]>();
  for (const entry of entries) {
    if (entry.type !== 'type' || typeof entry.name !== 'string' || entry.value?.type !== 'object') continue;
    const attributes = entry.value.attributes;
    if (attributes && typeof attributes === 'object') order.set(entry.name, Object.keys(attributes));
  }
  return order;
}

let nestedOrder: Map<string, readonly string[]> | undefined;

function orderForType(type: unknown): readonly string[] {
  if (typeof type !== 'string') return [];
  nestedOrder ??= readSchemaObjectOrder();
  return BUILT_IN_ORDER[type] ?? nestedOrder.get(type) ?? [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The keys of `record`: `first` in that order (when present), then the rest alphabetically. */
function orderedKeys(record: Readonly<Record<string, unknown>>, first: readonly string[]): string[] {
  const seen = new Set<string>();
  const keys: string[] = [];
  for (const key of first) {
    if (key in record && !seen.has(key)) {
      seen.add(key);
      keys.push(key);
    }
  }
  const rest = Object.keys(record)
    .filter((key) => !seen.has(key))
    .sort();
  return [...keys, ...rest];
}

function orderValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(orderValue);
  if (!isRecord(value)) return value;
  const keys = orderedKeys(value, ['_key', '_type', ...orderForType(value['_type'])]);
  return Object.fromEntries(keys.map((key) => [key, orderValue(value[key])]));
}

/**
 * The document with every key in stable order; `undefined` values are dropped as JSON would.
 * @example orderDocumentKeys({ title: { en: 'A', zh: '甲', _type: 'localeString' }, _type: 'award', _id: 'award-a' })
 * //=> { _id: 'award-a', _type: 'award', title: { _type: 'localeString', zh: '甲', en: 'A' } }
 */
export function orderDocumentKeys(doc: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const type = doc['_type'];
  const modelFields = typeof type === 'string' && type in MODEL ? Object.keys(MODEL[type as DocumentType]) : [];
  const keys = orderedKeys(doc, ['_id', '_type', ...modelFields]);
  const ordered: Record<string, unknown> = {};
  for (const key of keys) {
    if (doc[key] !== undefined) ordered[key] = orderValue(doc[key]);
  }
  return ordered;
}
