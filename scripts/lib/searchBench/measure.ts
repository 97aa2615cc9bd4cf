/** Sizes of index files (raw, gzip, brotli) and latency percentiles. */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
  /** Largest single term shard, gzip. */
  maxShardGzip: number;
}

export function measureFiles(files: ReadonlyMap<string, Uint8Array | string>, isShard: (path: string) => boolean = () => true): Sizes {
  const sizes: Sizes = { files: files.size, raw: 0, gzip: 0, brotli: 0, maxShardGzip: 0 };
  for (const [path, content] of files) {
    const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
    const gz = gzipSync(bytes, { level: 9 }).length;
    sizes.raw += bytes.length;
    sizes.gzip += gz;
    sizes.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    if (isShard(path)) sizes.maxShardGzip = Math.max(sizes.maxShardGzip, gz);
  }
  return sizes;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;
