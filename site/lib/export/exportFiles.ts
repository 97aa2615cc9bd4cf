/**
 * The bodies of the /data/ files. Language-neutral: one file per list and format, with zh and
 * en columns side by side.
 */
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

/** A `new URL` base for the data files: SITE_URL, or the config default when Astro gives none. */
export function exportContext(site: URL | undefined): ExportContext {
  return { site: site ?? new URL('http://localhost:4321') };
}
