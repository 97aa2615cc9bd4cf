/** Sizes of a build's output: every file, the HTML pages, and the search index (raw and gzip). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface OutputSizes {
  readonly files: number;
  readonly htmlPages: number;
  /**
   * Files written by endpoint routes (search index, data files, calendars, feeds, CSV): every
   * file but the HTML pages, Astro's bundled assets (`_astro/`), the public files, the sitemap
   * and the redirect rules.
   */
  readonly endpointFiles: number;
  readonly totalBytes: number;
  readonly searchFiles: number;
  readonly searchBytes: number;
  /** Sum of each search file gzipped on its own (what a CDN serves). */
  readonly searchGzipBytes: number;
}

function* walk(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

const NOT_ROUTES = /^(?:_astro\/|sitemap-(?:index|\d+)\.xml$|_redirects(?:\.nginx)?$)/;

/**
 * Measure `outDir`; `searchDir` is the folder of the search index inside it (absent in the
 * baseline), `publicDir` the project's public files (copied, not rendered).
 */
export function measureOutput(outDir: string, searchDir = 'search', publicDir?: string): OutputSizes {
  const copied = new Set(publicDir ? [...walk(publicDir)].map((file) => file.slice(publicDir.length + 1)) : []);
  let files = 0;
  let htmlPages = 0;
  let endpointFiles = 0;
  let totalBytes = 0;
  let searchFiles = 0;
  let searchBytes = 0;
  let searchGzipBytes = 0;
  const searchRoot = join(outDir, searchDir);
  for (const file of walk(outDir)) {
    const size = statSync(file).size;
    files += 1;
    totalBytes += size;
    const relative = file.slice(outDir.length + 1);
    if (file.endsWith('.html')) htmlPages += 1;
    else if (!NOT_ROUTES.test(relative) && !copied.has(relative)) endpointFiles += 1;
    if (file.startsWith(`${searchRoot}/`) && !file.endsWith('.html')) {
      searchFiles += 1;
      searchBytes += size;
      searchGzipBytes += gzipSync(readFileSync(file)).length;
    }
  }
  return { files, htmlPages, endpointFiles, totalBytes, searchFiles, searchBytes, searchGzipBytes };
}
