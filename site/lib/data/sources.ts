/**
 * Where the register comes from. Both sources answer the same GROQ (queries.ts) with the
 * published perspective: the embedded NDJSON through groq-js, Sanity's own GROQ engine, or a
 * Content Lake through @sanity/client.
 */
import { createClient } from '@sanity/client';
import { evaluate, parse } from 'groq-js';
import { loadCheckedDocuments } from '../content/index.ts';
import type { DataConfig, LocalSourceConfig, SanitySourceConfig } from './config.ts';

export interface ContentSource {
  /** For logs and errors: `local content/dataset.ndjson` or `sanity abc123/production`. */
  readonly description: string;
  fetch<R>(query: string, params?: Record<string, unknown>): Promise<R>;
}

/** API version with `published` as the default perspective (SANITY-OFFLINE.md). */
export const SANITY_API_VERSION = '2025-02-19';

/**
 * The embedded NDJSON. The content check runs first and throws before anything is written
 * when the file is invalid; then drafts and release versions are dropped, which is what the
 * published perspective does on the Content Lake.
 */
export async function createLocalSource(config: LocalSourceConfig): Promise<ContentSource> {
  const { published } = await loadCheckedDocuments(config.file);
  return {
    description: `local ${config.file}`,
    async fetch<R>(query: string, params: Record<string, unknown> = {}) {
      const result = await evaluate(parse(query), { dataset: published, params });
      return (await result.get()) as R;
    },
  };
}

/** A Content Lake, read server-side; the token never leaves the build process. */
export function createSanitySource(config: SanitySourceConfig): ContentSource {
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: SANITY_API_VERSION,
    perspective: 'published',
    // Builds want the freshest published state, not an edge cache (SANITY-OFFLINE.md).
    useCdn: false,
    ...(config.token ? { token: config.token } : {}),
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  });
  return {
    description: `sanity ${config.projectId}/${config.dataset}`,
    fetch: <R>(query: string, params: Record<string, unknown> = {}) => client.fetch<R>(query, params),
  };
}

export async function createContentSource(config: DataConfig): Promise<ContentSource> {
  return config.source === 'local' ? createLocalSource(config) : createSanitySource(config);
}
