/**
 * The bodies of the /data/ files. Language-neutral: one file per list and format, with zh and
 * en columns side by side.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { incrementalBuildEnabled } from '../data/cacheKey.ts';
import { getRegister } from '../data/loadRegister.ts';
import type { Register } from '../data/register.ts';
import type { ExportContext, ExportList } from './exportList.ts';
import { EXPORT_LISTS, type ExportFormat } from './lists.ts';

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

/**
 * The route of `/data/{list}.{format}` (site/pages/data/): a file per list, keyed by its cells
 * (the incremental build writes it again only when a value in it changed: an edit of an
 * enterprise's description leaves the standards and the nominations files alone). The key and
 * the body are made from the same cells, worked out once: getStaticPaths has no `site`, so
 * both take it from the config (`import.meta.env.SITE`, what Astro passes the route as `site`).
 */
export function openDataRoute(format: ExportFormat, configuredSite: string | undefined): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const ctx = exportContext(configuredSite ? new URL(configuredSite) : undefined);
  return {
    getStaticPaths: async () => {
      const register = await getRegister();
      return EXPORT_LISTS.map((list) => {
        const cacheKey = incrementalBuildEnabled() ? list.cellsDigest(register, ctx) : undefined;
        return { params: { name: list.name }, props: { list }, ...(cacheKey === undefined ? {} : { cacheKey }) };
      });
    },
    GET: async ({ props, site }) =>
      new Response(exportBody((props as { list: ExportList }).list, format, await getRegister(), exportContext(site)), {
        headers: { 'Content-Type': CONTENT_TYPES[format] },
      }),
  };
}
