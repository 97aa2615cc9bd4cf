/**
 * Where the register comes from. Both sources answer the same GROQ (queries.ts) with the
 * published perspective: the embedded NDJSON through groq-js, Sanity's own GROQ engine, or a
 * Content Lake through @sanity/client.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createClient } from '@sanity/client';
import { evaluate, parse } from 'groq-js';
import { DocumentCache, loadCheckedDocuments, type CheckedContent, type ContentDocument } from '../content/index.ts';
import { readBuildDate, type DataConfig, type LocalSourceConfig, type SanitySourceConfig } from './config.ts';
import { liveBuildEnabled, sharedOnce } from './generation.ts';
import { todayInBeijing } from '../domain/dates.ts';
import { withoutInheritedKeys } from '../domain/plainKeys.ts';

export interface ContentSource {
  /** For logs and errors: `local content/dataset.ndjson` or `sanity abc123/production`. */
  readonly description: string;
  fetch<R>(query: string, params?: Record<string, unknown>): Promise<R>;
}

/** API version with `published` as the default perspective (docs/sanity-offline.md). */
export const SANITY_API_VERSION = '2025-02-19';

/**
 * The checked documents of this process, on globalThis (data/generation.ts, sharedOnce): the
 * content gate (loaded with astro.config.mjs) and the pages (Astro's SSR bundle) are two module
 * graphs in one process. Without it the build read and checked the file twice (measured at 50k
 * documents: ~2.5 s of ~4 s for content check + data load went to the second pass).
 */
const checkedOnce = sharedOnce<CheckedContent>('standards-tracker.checkedContent');

const DOCUMENT_CACHE = Symbol.for('standards-tracker.documentCache');

/**
 * The live build's document cache (content/documentCache.ts), one per process on globalThis:
 * the content gate and the pages are two module graphs, and whichever reads the file first
 * in a generation reads it for both (checkedOnce).
 */
function liveDocumentCache(): DocumentCache {
  const store = globalThis as { [DOCUMENT_CACHE]?: DocumentCache };
  return (store[DOCUMENT_CACHE] ??= new DocumentCache());
}

/**
 * loadCheckedDocuments, once per file version: keyed by the absolute path, size and
 * modification time, so an edited file is read and checked again (dev server, tests, the live
 * build). A failed check is not kept.
 */
export async function loadCheckedDocumentsOnce(file: string): Promise<CheckedContent> {
  const path = resolve(file);
  // Year bounds depend on the day the build treats as today (BUILD_DATE; a ConfigError when invalid).
  const options = { today: readBuildDate(process.env, todayInBeijing), ...(liveBuildEnabled() ? { documentCache: liveDocumentCache() } : {}) };
  const info = await stat(path).catch(() => undefined);
  // A missing file goes straight to the check, which reports it in its own words.
  if (!info) return loadCheckedDocuments(file, options);
  return checkedOnce(`${path}\0${info.size}\0${info.mtimeMs}\0${options.today}`, () => loadCheckedDocuments(file, options));
}

type Node = { readonly type: string; readonly [key: string]: unknown };

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** Every node of a groq-js syntax tree. */
function* nodesOf(node: unknown): Generator<Node> {
  if (Array.isArray(node)) {
    for (const item of node) yield* nodesOf(item);
    return;
  }
  if (!isNode(node)) return;
  yield node;
  for (const value of Object.values(node)) if (typeof value === 'object' && value !== null) yield* nodesOf(value);
}

/** `_type == "x"`, alone or as the left-most term of `&&`: the type it selects. */
function typeOfCondition(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'And') return typeOfCondition(node['left']);
  const left = node['left'];
  const right = node['right'];
  if (node.type !== 'OpCall' || node['op'] !== '==' || !isNode(left) || !isNode(right)) return undefined;
  return left.type === 'AccessAttribute' && left['name'] === '_type' && right.type === 'Value' && typeof right['value'] === 'string'
    ? right['value']
    : undefined;
}

/**
 * The one document type an expression reads, when it reads the dataset exactly once through
 * `*[_type == "x" …]` and never dereferences (`->` looks across types): then running it over
 * the documents of that type alone gives the same result.
 */
function singleTypeOf(expression: unknown): string | undefined {
  let type: string | undefined;
  let everything = 0;
  for (const node of nodesOf(expression)) {
    if (node.type === 'Deref') return undefined;
    if (node.type === 'Everything') everything += 1;
    if (node.type === 'Filter' && isNode(node['base']) && node['base'].type === 'Everything') type = typeOfCondition(node['expr']);
  }
  return everything === 1 ? type : undefined;
}

/**
 * GROQ over documents in memory: Sanity's own engine (groq-js) with the published
 * perspective already applied by the caller.
 *
 * groq-js scans the whole dataset for every `*[…]` filter: REGISTER_QUERY has nine, and at 50k
 * documents the nine scans alone cost ~0.7 s of the ~2.6 s query. When the query is an object
 * whose attributes each read one type (`*[_type == "x" …]`, no `->`), each attribute is run
 * over that type's documents only — the same engine and the same answer, one pass to split.
 */
export function createDocumentsSource(documents: readonly ContentDocument[], description: string): ContentSource {
  const published = documents.map((doc) => withoutInheritedKeys(doc));
  let byType: Map<string, ContentDocument[]> | undefined;
  const documentsOf = (type: string): ContentDocument[] => {
    if (!byType) {
      byType = new Map();
      for (const doc of published) {
        const list = byType.get(doc._type);
        if (list) list.push(doc);
        else byType.set(doc._type, [doc]);
      }
    }
    return byType.get(type) ?? [];
  };
  return {
    description,
    async fetch<R>(query: string, params: Record<string, unknown> = {}) {
      const tree = parse(query) as unknown as Node;
      const attributes = tree.type === 'Object' && Array.isArray(tree['attributes']) ? (tree['attributes'] as Node[]) : undefined;
      const split = attributes?.every((a) => a.type === 'ObjectAttributeValue' && typeof a['name'] === 'string' && singleTypeOf(a['value']) !== undefined);
      if (!attributes || !split) {
        const result = await evaluate(parse(query), { dataset: published, params });
        return (await result.get()) as R;
      }
      const out: Record<string, unknown> = {};
      for (const attribute of attributes) {
        const value = attribute['value'] as Parameters<typeof evaluate>[0];
        const dataset = documentsOf(singleTypeOf(value) ?? '');
        out[attribute['name'] as string] = await (await evaluate(value, { dataset, params })).get();
      }
      return out as R;
    },
  };
}

/**
 * The embedded NDJSON. The content check runs first and throws before anything is written
 * when the file is invalid; then drafts and release versions are dropped, which is what the
 * published perspective does on the Content Lake.
 */
export async function createLocalSource(config: LocalSourceConfig): Promise<ContentSource> {
  const { published } = await loadCheckedDocumentsOnce(config.file);
  return createDocumentsSource(published, `local ${config.file}`);
}

/** A Content Lake, read server-side; the token never leaves the build process. */
export function createSanitySource(config: SanitySourceConfig): ContentSource {
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: SANITY_API_VERSION,
    perspective: 'published',
    // Builds want the freshest published state, not an edge cache (docs/sanity-offline.md).
    useCdn: false,
    ...(config.token ? { token: config.token } : {}),
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  });
  return {
    description: `sanity ${config.projectId}/${config.dataset}`,
    fetch: async <R>(query: string, params: Record<string, unknown> = {}) => withoutInheritedKeys(await client.fetch<R>(query, params)),
  };
}

export async function createContentSource(config: DataConfig): Promise<ContentSource> {
  return config.source === 'local' ? createLocalSource(config) : createSanitySource(config);
}
