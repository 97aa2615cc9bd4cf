/** Sizes of a build's output: every file, the HTML pages, and the search index (raw and gzip). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface OutputSizes {
  readonly files: number;
  readonly htmlPages: number;
  readonly totalBytes: number;
  readonly searchFiles: number;
  readonly searchBytes: number;
  /** Sum of each search file gzipped on its own (what a CDN serves). */
  readonly searchGzipBytes: number;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** Measure `outDir`; `searchDir` is the folder of the search index inside it (absent in the baseline). */
export function measureOutput(outDir: string, searchDir = 'search'): OutputSizes {
  let files = 0;
  let htmlPages = 0;
  let totalBytes = 0;
  let searchFiles = 0;
  let searchBytes = 0;
  let searchGzipBytes = 0;
  const searchRoot = join(outDir, searchDir);
  for (const file of walk(outDir)) {
    const size = statSync(file).size;
    files += 1;
    totalBytes += size;
    if (file.endsWith('.html')) htmlPages += 1;
    if (file.startsWith(`${searchRoot}/`) && !file.endsWith('.html')) {
      searchFiles += 1;
      searchBytes += size;
      searchGzipBytes += gzipSync(readFileSync(file)).length;
    }
  }
  return { files, htmlPages, totalBytes, searchFiles, searchBytes, searchGzipBytes };
}
