/**
 * Images travel as files beside the NDJSON, in Sanity's import format: an image object carries
 * `"_sanityAsset": "image@file://./assets/images/<sha1>-<w>x<h>.<ext>"` (or `image@https://…`)
 * instead of `asset`. The export downloads each referenced asset into that folder and writes
 * the reference; the import resolves it again — an asset already in the Lake (same SHA-1) is
 * referenced directly, a new one is left for @sanity/import to upload.
 */
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SanityClient } from '@sanity/client';
import type { LakeDocument } from './documents.ts';
import { withRetries, type RetryPolicy } from './retry.ts';

/** Folder beside the NDJSON file that holds downloaded assets. */
export const ASSETS_DIR = 'assets';

const ASSET_VALUE = /^(image|file)@(.+)$/;

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every object inside `value` that satisfies `test`, depth first. */
function collectObjects(value: unknown, test: (record: Json) => boolean, out: Json[] = []): Json[] {
  if (Array.isArray(value)) for (const item of value) collectObjects(item, test, out);
  else if (isRecord(value)) {
    if (test(value)) out.push(value);
    for (const key of Object.keys(value)) collectObjects(value[key], test, out);
  }
  return out;
}

/** Whether `value` holds a `_sanityAsset` anywhere (stops at the first). */
function hasSanityAsset(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasSanityAsset);
  if (!isRecord(value)) return false;
  return '_sanityAsset' in value || Object.values(value).some(hasSanityAsset);
}

/** A `_sanityAsset` value made absolute: `file://./x.png` is relative to the NDJSON's folder. */
export function absoluteAssetUrl(url: string, baseDir: string): string {
  return url.startsWith('file://./') ? pathToFileURL(resolve(baseDir, url.slice('file://./'.length))).href : url;
}

/** An asset's bytes: `file://` from disk, `http(s)://` downloaded (with retries). */
async function readAssetBytes(url: string, policy: RetryPolicy): Promise<Buffer> {
  if (url.startsWith('file://')) return readFile(fileURLToPath(url));
  return withRetries(async () => {
    const response = await fetch(url);
    if (!response.ok) throw Object.assign(new Error(`GET ${url} answered HTTP ${response.status}`), { statusCode: response.status });
    return Buffer.from(await response.arrayBuffer());
  }, policy);
}

export interface PreparedAssets {
  /** Copies of the documents: known assets referenced, new ones with absolute `_sanityAsset`. */
  readonly documents: LakeDocument[];
  /** Distinct assets the Lake does not have yet (@sanity/import uploads them). */
  readonly newAssets: number;
}

/** The asset problem a user can fix, naming the document and the file. */
export class AssetError extends Error {
  override name = 'AssetError';
}

/**
 * Resolve every `_sanityAsset` in `documents` against the Lake. Reads each asset once; throws
 * an AssetError before anything is written when a file is missing or a value is malformed.
 */
export async function prepareAssets(documents: readonly LakeDocument[], baseDir: string, client: SanityClient, policy: RetryPolicy): Promise<PreparedAssets> {
  // Only documents with assets are copied and rewritten; the rest pass through as they are.
  const copies = documents.map((doc) => (hasSanityAsset(doc) ? (structuredClone(doc) as LakeDocument) : doc));
  const hashes = new Map<string, string>();
  const holders: { doc: LakeDocument; record: Json; url: string }[] = [];
  for (const [index, doc] of copies.entries()) {
    if (doc === documents[index]) continue;
    for (const record of collectObjects(doc, (r) => '_sanityAsset' in r)) {
      const value = record['_sanityAsset'];
      const match = typeof value === 'string' ? ASSET_VALUE.exec(value) : null;
      if (!match?.[2]) throw new AssetError(`${doc._id}: _sanityAsset should look like "image@file://./assets/images/logo.png", not ${JSON.stringify(value)}.`);
      const url = absoluteAssetUrl(match[2], baseDir);
      record['_sanityAsset'] = `${match[1]}@${url}`;
      holders.push({ doc, record, url });
    }
  }
  for (const { doc, url } of holders) {
    if (hashes.has(url)) continue;
    let bytes: Buffer;
    try {
      bytes = await readAssetBytes(url, policy);
    } catch (error) {
      throw new AssetError(
        `${doc._id}: cannot read the asset ${url}: ${error instanceof Error ? error.message : String(error)}. Export the dataset again or fix the path.`,
      );
    }
    hashes.set(url, createHash('sha1').update(bytes).digest('hex'));
  }
  const known = new Map<string, string>();
  if (hashes.size > 0) {
    const found = await client.fetch<{ _id: string; sha1hash: string }[]>(
      '*[_type in ["sanity.imageAsset", "sanity.fileAsset"] && sha1hash in $hashes]{_id, sha1hash}',
      { hashes: [...new Set(hashes.values())] },
      { perspective: 'raw' },
    );
    for (const asset of found) known.set(asset.sha1hash, asset._id);
  }
  const missing = new Set<string>();
  for (const { record, url } of holders) {
    const sha1 = hashes.get(url) ?? '';
    const assetId = known.get(sha1);
    if (!assetId) {
      missing.add(sha1);
      continue;
    }
    delete record['_sanityAsset'];
    record['asset'] = { _type: 'reference', _ref: assetId };
  }
  return { documents: copies, newAssets: missing.size };
}

/**
 * The file an asset id is saved as, relative to the NDJSON's folder.
 * @example assetFileName('image-3f2a-200x100-png') //=> 'assets/images/3f2a-200x100.png'
 */
export function assetFileName(assetId: string): string | undefined {
  const image = /^image-([a-f0-9]+)-(\d+x\d+)-([a-z0-9]+)$/.exec(assetId);
  if (image) return `${ASSETS_DIR}/images/${image[1]}-${image[2]}.${image[3]}`;
  const file = /^file-([a-f0-9]+)-([a-z0-9]+)$/.exec(assetId);
  return file ? `${ASSETS_DIR}/files/${file[1]}.${file[2]}` : undefined;
}

/** Image/file objects with an asset reference: what the export rewrites. */
function assetHolders(doc: LakeDocument): Json[] {
  return collectObjects(doc, (r) => isRecord(r['asset']) && typeof r['asset']['_ref'] === 'string' && assetFileName(r['asset']['_ref']) !== undefined);
}

/**
 * Download the assets the documents reference into `ASSETS_DIR` beside `file` (skipping files
 * already there: names are content hashes) and return copies that reference them with
 * `_sanityAsset`. Returns the number of files written.
 */
export async function exportAssets(
  documents: readonly LakeDocument[],
  file: string,
  client: SanityClient,
  policy: RetryPolicy,
): Promise<{ documents: LakeDocument[]; downloaded: number; referenced: number }> {
  const copies = documents.map((doc) => structuredClone(doc) as LakeDocument);
  const holders = copies.flatMap(assetHolders);
  const ids = [...new Set(holders.map((r) => String((r['asset'] as Json)['_ref'])))];
  if (ids.length === 0) return { documents: copies, downloaded: 0, referenced: 0 };
  const assets = await client.fetch<{ _id: string; url: string }[]>('*[_id in $ids]{_id, url}', { ids }, { perspective: 'raw' });
  const urls = new Map(assets.map((a) => [a._id, a.url]));
  const baseDir = dirname(file);
  let downloaded = 0;
  for (const id of ids) {
    const url = urls.get(id);
    const name = assetFileName(id) ?? '';
    if (!url) throw new AssetError(`the asset ${id} is referenced but not in the dataset; the export cannot download it.`);
    const target = join(baseDir, name);
    const exists = await access(target).then(
      () => true,
      () => false,
    );
    if (exists) continue;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, await readAssetBytes(url, policy));
    downloaded += 1;
  }
  for (const record of holders) {
    const id = String((record['asset'] as Json)['_ref']);
    delete record['asset'];
    record['_sanityAsset'] = `${id.startsWith('image-') ? 'image' : 'file'}@file://./${assetFileName(id) ?? ''}`;
  }
  return { documents: copies, downloaded, referenced: ids.length };
}
