/**
 * Where the scripts read and write: project, dataset, token and API host from the environment
 * (docs/design.md, "Configuration"). The import needs SANITY_API_WRITE_TOKEN; the export reads with
 * SANITY_API_READ_TOKEN (or the write token when only that one is set — drafts and private
 * datasets need a token).
 */
import { ConfigError, DEFAULT_CONTENT_FILE } from '../../../site/lib/data/config.ts';

export { ConfigError };

export interface LakeConfig {
  readonly projectId: string;
  readonly dataset: string;
  readonly token?: string;
  /** API host override (a staging proxy or a test stand-in). */
  readonly apiHost?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The NDJSON file when `--file` is not given. */
export function defaultContentFile(env: Env): string {
  return env['CONTENT_FILE'] || DEFAULT_CONTENT_FILE;
}

export function readLakeConfig(env: Env, access: 'read' | 'write'): LakeConfig {
  const projectId = env['SANITY_STUDIO_PROJECT_ID'];
  if (!projectId) throw new ConfigError('set SANITY_STUDIO_PROJECT_ID (and SANITY_STUDIO_DATASET, default "production") to the Sanity project to use.');
  const token = access === 'write' ? env['SANITY_API_WRITE_TOKEN'] : env['SANITY_API_READ_TOKEN'] || env['SANITY_API_WRITE_TOKEN'];
  if (access === 'write' && !token)
    throw new ConfigError('set SANITY_API_WRITE_TOKEN to a token with write access (sanity.io/manage → API → Tokens, "Editor").');
  const apiHost = env['SANITY_API_HOST'];
  return {
    projectId,
    dataset: env['SANITY_STUDIO_DATASET'] || 'production',
    ...(token ? { token } : {}),
    ...(apiHost ? { apiHost } : {}),
  };
}

/** `abc123/production` or `abc123/production at http://127.0.0.1:4000`. */
export function describeLake(config: LakeConfig): string {
  return `${config.projectId}/${config.dataset}${config.apiHost ? ` at ${config.apiHost}` : ''}`;
}
