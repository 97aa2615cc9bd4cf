/**
 * The performance budget of the public site and the check against it. Pure: the numbers
 * come from measure.ts (a real page load in headless Chromium), the verdict from here.
 *
 * Sizes are judged **gzip-compressed** (zlib level 6, what static hosts and CDNs serve at the
 * least); the preview server sends bodies uncompressed, so each body is gzipped to estimate
 * the transfer. Raw sizes are reported alongside.
 */

/** 1 kB = 1000 bytes, as Chrome DevTools and Lighthouse count. */
export const KB = 1000;

export interface Budget {
  /** Transfer before images, gzip-estimated, in bytes. */
  readonly maxGzipBytes: number;
  /** Requests before images (document, CSS, scripts, data). */
  readonly maxRequests: number;
}

/** An enterprise profile is the heaviest content page and the one readers open from search. */
export const PROFILE_BUDGET: Budget = { maxGzipBytes: 60 * KB, maxRequests: 6 };
/** Every other page: the same ceiling; lists render every row on the server. */
export const DEFAULT_BUDGET: Budget = { maxGzipBytes: 60 * KB, maxRequests: 6 };
/**
 * Cumulative layout shift allowed: a hundredth, a tenth of web-vitals' "good" 0.1. The pages
 * cause none (static HTML, no late fonts, images with sizes), but a starved CPU makes Chromium
 * paint a half-parsed page whose header and table columns then settle (0.0036 in a CI run);
 * the shifts this budget exists for measured 0.06–0.41.
 */
export const MAX_CLS = 0.01;

/** What one page load measured. */
export interface Measurement {
  readonly path: string;
  /** Which budget applies. */
  readonly kind: 'profile' | 'page';
  readonly requests: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  readonly imageRequests: number;
  /** URLs of requests that left the loopback interface (blocked by the harness). */
  readonly nonLoopback: readonly string[];
  /** Third-party scripts and stylesheets that block rendering. */
  readonly renderBlockingThirdParty: readonly string[];
  readonly cls: number;
}

export function budgetFor(m: Pick<Measurement, 'kind'>): Budget {
  return m.kind === 'profile' ? PROFILE_BUDGET : DEFAULT_BUDGET;
}

/**
 * Every budget a measurement breaks, as sentences (empty when it passes).
 * @example checkBudget({path: '/', kind: 'page', requests: 2, rawBytes: 9000, gzipBytes: 3000, imageRequests: 0, nonLoopback: [], renderBlockingThirdParty: [], cls: 0}) //=> []
 */
export function checkBudget(m: Measurement): string[] {
  const budget = budgetFor(m);
  const failures: string[] = [];
  if (m.gzipBytes > budget.maxGzipBytes) failures.push(`${m.path}: ${formatKB(m.gzipBytes)} gzip before images, budget ${formatKB(budget.maxGzipBytes)}`);
  if (m.requests > budget.maxRequests) failures.push(`${m.path}: ${m.requests} requests before images, budget ${budget.maxRequests}`);
  if (m.nonLoopback.length > 0) failures.push(`${m.path}: ${m.nonLoopback.length} request(s) to another origin: ${m.nonLoopback.join(', ')}`);
  if (m.renderBlockingThirdParty.length > 0) failures.push(`${m.path}: render-blocking third-party resource(s): ${m.renderBlockingThirdParty.join(', ')}`);
  if (m.cls > MAX_CLS) failures.push(`${m.path}: cumulative layout shift ${m.cls.toFixed(4)}, budget ${MAX_CLS}`);
  return failures;
}

/**
 * Bytes as kB with one decimal.
 * @example formatKB(61440) //=> '61.4 kB'
 */
export function formatKB(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} kB`;
}

/** Whether a URL stays on this machine (the harness serves the site on loopback). */
export function isLoopback(url: string): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
    host = parsed.hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
