/**
 * Retries with exponential backoff and full jitter on 429, 5xx and dropped connections,
 * honouring `Retry-After`. @sanity/client retries only queries and sends a mutation once
 * (docs/sanity-offline.md), so every request of the scripts goes through `withRetries`.
 * Every write the scripts send is idempotent (`createOrReplace`, `delete`, unsetting `_weak`,
 * setting an asset reference), so repeating one whose answer was lost is safe.
 */

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  readonly maxAttempts: number;
  /** Backoff before retry n is up to `baseDelayMs * 2^(n-1)`, capped at `maxDelayMs`. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Injected for tests; default `Math.random` and `setTimeout`. */
  readonly random?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Called before each wait, e.g. to log "429, retrying in 1.0 s". */
  readonly onRetry?: (info: RetryInfo) => void;
}

export interface RetryInfo {
  readonly attempt: number;
  readonly delayMs: number;
  readonly reason: string;
}

/**
 * Six attempts over about 16 s of backoff, as a default for the Lake's 25 mutations/s limit:
 * a 429 storm clears within seconds, and a 30 s cap keeps a longer outage from hanging a run.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 30_000 };

/** Connection errors that mean "try again" (the request may or may not have arrived). */
const NETWORK_ERROR_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'ECONNABORTED']);

interface HttpLikeError {
  readonly statusCode?: unknown;
  readonly response?: { readonly headers?: Readonly<Record<string, unknown>> };
  readonly code?: unknown;
  readonly cause?: unknown;
}

function asHttpLike(error: unknown): HttpLikeError {
  return error !== null && typeof error === 'object' ? (error as HttpLikeError) : {};
}

/** The HTTP status of a client error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = asHttpLike(error).statusCode;
  return typeof status === 'number' ? status : undefined;
}

function networkCode(error: unknown, depth = 0): string | undefined {
  const { code, cause } = asHttpLike(error);
  if (typeof code === 'string' && NETWORK_ERROR_CODES.has(code)) return code;
  if (error instanceof TypeError && error.message === 'fetch failed' && depth === 0 && !cause) return 'fetch failed';
  return cause && depth < 4 ? networkCode(cause, depth + 1) : undefined;
}

/** Why a failed request may be retried (`"HTTP 429"`, `"ECONNRESET"`), or undefined. */
export function retryReason(error: unknown): string | undefined {
  const status = statusOf(error);
  if (status !== undefined) return status === 429 || status >= 500 ? `HTTP ${status}` : undefined;
  return networkCode(error);
}

/**
 * `Retry-After` in milliseconds: seconds or an HTTP date.
 * @example parseRetryAfter('2') //=> 2000
 */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function retryAfterOf(error: unknown): number | undefined {
  const headers = asHttpLike(error).response?.headers ?? {};
  return parseRetryAfter(headers['retry-after'] ?? headers['Retry-After']);
}

/** The wait before retry `attempt` (1 = first retry): full jitter, never below Retry-After. */
export function retryDelayMs(policy: RetryPolicy, attempt: number, error: unknown): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round((policy.random ?? Math.random)() * ceiling);
  return Math.max(jittered, retryAfterOf(error) ?? 0);
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Run `operation`, retrying what `retryReason` accepts, at most `policy.maxAttempts` times. */
export async function withRetries<T>(operation: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      const reason = retryReason(error);
      if (!reason || attempt >= policy.maxAttempts) throw error;
      const delayMs = retryDelayMs(policy, attempt, error);
      policy.onRetry?.({ attempt, delayMs, reason });
      await (policy.sleep ?? defaultSleep)(delayMs);
    }
  }
}
