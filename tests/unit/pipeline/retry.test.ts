import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelayMs, retryReason, withRetries } from '../../../scripts/lib/pipeline/retry.ts';
import { fastRetry } from './helpers.ts';

const httpError = (statusCode: number, retryAfter?: string) =>
  Object.assign(new Error(`HTTP ${statusCode}`), { statusCode, response: { headers: retryAfter ? { 'retry-after': retryAfter } : {} } });

describe('retry policy', () => {
  it('retries 429, 5xx and dropped connections, nothing else', () => {
    expect(retryReason(httpError(429))).toBe('HTTP 429');
    expect(retryReason(httpError(503))).toBe('HTTP 503');
    expect(retryReason(httpError(409))).toBeUndefined();
    expect(retryReason(httpError(403))).toBeUndefined();
    expect(
      retryReason(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) })),
    ).toBe('UND_ERR_SOCKET');
    expect(retryReason(new Error('bug'))).toBeUndefined();
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter('Wed, 01 Jan 2026 00:00:05 GMT', Date.parse('2026-01-01T00:00:00Z'))).toBe(5000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it('backs off exponentially with jitter, never below Retry-After', () => {
    const policy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 30_000, random: () => 0.5 };
    expect([1, 2, 3, 4].map((n) => retryDelayMs(policy, n, httpError(503)))).toEqual([250, 500, 1000, 2000]);
    expect(retryDelayMs({ ...policy, random: () => 1 }, 10, httpError(503))).toBe(30_000);
    expect(retryDelayMs(policy, 1, httpError(429, '3'))).toBe(3000);
  });

  it('gives up after maxAttempts and rethrows the last error', async () => {
    const policy = fastRetry(3);
    let calls = 0;
    await expect(
      withRetries(async () => {
        calls += 1;
        throw httpError(503);
      }, policy),
    ).rejects.toThrow('HTTP 503');
    expect(calls).toBe(3);
    expect(policy.sleeps).toEqual([50, 100]);
  });
});
