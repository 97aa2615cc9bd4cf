/**
 * The @sanity/client the scripts use: no CDN, the build's API version, and every request —
 * queries, mutations (also those @sanity/import sends) and asset uploads — retried by one
 * policy (retry.ts), with the client's own query retries switched off so they do not stack.
 */
import { createClient, type SanityClient } from '@sanity/client';
import { SANITY_API_VERSION } from '../../../site/lib/data/sources.ts';
import type { LakeConfig } from './config.ts';
import { withRetries, type RetryPolicy } from './retry.ts';

/** A client and the number of HTTP attempts it has made (retries included). */
export interface PipelineClient {
  readonly client: SanityClient;
  readonly requests: () => number;
}

export function createPipelineClient(config: LakeConfig, policy: RetryPolicy): PipelineClient {
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: SANITY_API_VERSION,
    useCdn: false,
    maxRetries: 0,
    ...(config.token ? { token: config.token } : {}),
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  });
  let count = 0;
  const counted = <T>(operation: () => Promise<T>) =>
    withRetries(() => {
      count += 1;
      return operation();
    }, policy);

  // Transactions and patches commit through `client.mutate` (the instance is their client),
  // so replacing the method on the instance covers @sanity/import's writes as well.
  const mutate = client.mutate.bind(client);
  const fetch = client.fetch.bind(client);
  const upload = client.assets.upload.bind(client.assets);
  client.mutate = ((...args: Parameters<typeof mutate>) => counted(() => mutate(...args))) as typeof client.mutate;
  client.fetch = ((...args: Parameters<typeof fetch>) => counted(() => fetch(...args))) as typeof client.fetch;
  client.assets.upload = ((...args: Parameters<typeof upload>) => counted(() => upload(...args))) as typeof client.assets.upload;
  return { client, requests: () => count };
}
