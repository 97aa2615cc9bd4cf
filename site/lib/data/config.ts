/**
 * Configuration of the data layer from the environment (docs/design.md, "Configuration").
 * Server-side only: this module is imported by the build and scripts, never by client code,
 * so SANITY_API_READ_TOKEN cannot reach a bundle (only `PUBLIC_` variables do in Astro).
 */
import { isIsoDate, looksLikeIsoDate } from '../domain/calendar.ts';

export interface LocalSourceConfig {
  readonly source: 'local';
  /** NDJSON in Sanity's export format. */
  readonly file: string;
}

export interface SanitySourceConfig {
  readonly source: 'sanity';
  readonly projectId: string;
  readonly dataset: string;
  readonly token?: string;
  /** API host override (a staging proxy or a test stand-in), e.g. `http://127.0.0.1:4000`. */
  readonly apiHost?: string;
}

export type DataConfig = LocalSourceConfig | SanitySourceConfig;

/** The embedded default dataset, relative to the project root. */
export const DEFAULT_CONTENT_FILE = 'content/dataset.ndjson';

/** Thrown for configuration mistakes; the message says which variable to set. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

export function readDataConfig(env: Env = process.env): DataConfig {
  const source = env['CONTENT_SOURCE'] ?? 'local';
  if (source === 'local') return { source, file: env['CONTENT_FILE'] || DEFAULT_CONTENT_FILE };
  if (source !== 'sanity') {
    throw new ConfigError(`CONTENT_SOURCE is "${source}"; set it to "local" (the embedded NDJSON) or "sanity" (a Content Lake).`);
  }
  const projectId = env['SANITY_STUDIO_PROJECT_ID'];
  if (!projectId) {
    throw new ConfigError('CONTENT_SOURCE=sanity needs SANITY_STUDIO_PROJECT_ID (and SANITY_STUDIO_DATASET, default "production").');
  }
  const token = env['SANITY_API_READ_TOKEN'];
  const apiHost = env['SANITY_API_HOST'];
  return {
    source,
    projectId,
    dataset: env['SANITY_STUDIO_DATASET'] || 'production',
    ...(token ? { token } : {}),
    ...(apiHost ? { apiHost } : {}),
  };
}

/**
 * The day the build treats as today (standard states, deadlines, award clocks), `YYYY-MM-DD`.
 * `BUILD_DATE` pins it so tests and reproducible builds do not depend on the clock.
 */
export function readBuildDate(env: Env, fallback: () => string): string {
  const pinned = env['BUILD_DATE'];
  if (pinned && !isIsoDate(pinned)) {
    throw new ConfigError(
      looksLikeIsoDate(pinned)
        ? `BUILD_DATE is "${pinned}", a day that does not exist in the calendar; write a real date as YYYY-MM-DD, e.g. 2026-11-28.`
        : `BUILD_DATE is "${pinned}"; write it as YYYY-MM-DD, e.g. 2026-11-28.`,
    );
  }
  return pinned || fallback();
}
