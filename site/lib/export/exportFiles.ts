/**
 * The bodies of the /data/ files. Language-neutral: one file per list and format, with zh and
 * en columns side by side.
 */
import { PAGE_DEPTH, pageCacheKey } from '../data/cacheKey.ts';
import type { Register } from '../data/register.ts';
import type { ExportContext, ExportList } from './exportList.ts';
import type { ExportFormat } from './lists.ts';

export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** The file body: a JSON array of row objects (two-space indent, one trailing newline), or CSV with BOM. */
export function exportBody(list: ExportList, format: ExportFormat, register: Register, ctx: ExportContext): string {
  return format === 'json' ? `${JSON.stringify(list.json(register, ctx), null, 2)}\n` : list.csv(register, ctx);
}

/**
 * The cache key of a list's files (incremental builds): its rows to PAGE_DEPTH — a column shows
 * a row's fields and those of records up to two hops away (a participation's standard's
 * committee) — and today. Rows are records every detail page keys already, so their digests
 * are mostly made by then. SITE_URL is in the build's code digest.
 */
export function exportCacheKey(list: ExportList, register: Register): string | undefined {
  return pageCacheKey({ rows: [list.rows(register), PAGE_DEPTH], today: [register.today, 0] });
}

/** A `new URL` base for the data files: SITE_URL, or the config default when Astro gives none. */
export function exportContext(site: URL | undefined): ExportContext {
  return { site: site ?? new URL('http://localhost:4321') };
}
