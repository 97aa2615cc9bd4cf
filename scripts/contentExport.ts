/**
 * Export a Sanity dataset to NDJSON: `npm run content:export [-- --file F] [--drafts]`.
 *
 * Reads the published documents (drafts too with `--drafts`), drops the server-managed fields
 * (`_rev`, `_createdAt`, `_updatedAt`), downloads referenced images into `assets/` beside the
 * file and writes one document per line, sorted by `_id`, keys in stable order — so that
 * export → import → export gives the same bytes and diffs in git stay readable.
 */
import { rename, readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseScriptArgs } from './lib/pipeline/args.ts';
import { AssetError, exportAssets } from './lib/pipeline/assets.ts';
import { processIO, type ScriptIO } from './lib/pipeline/io.ts';
import { createPipelineClient } from './lib/pipeline/client.ts';
import { ConfigError, defaultContentFile, describeLake, readLakeConfig } from './lib/pipeline/config.ts';
import { withoutServerFields } from './lib/pipeline/documents.ts';
import { fetchAllDocuments } from './lib/pipeline/lake.ts';
import { toExportNdjson } from './lib/pipeline/ndjson.ts';
import { plural } from './lib/pipeline/plan.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './lib/pipeline/retry.ts';

const USAGE = 'usage: npm run content:export [-- --file path/to/dataset.ndjson] [--drafts]  (default file: $CONTENT_FILE or content/dataset.ndjson)';

/** Run the export; returns the exit code (0 written, 1 failed, 2 usage/configuration). */
export async function main(
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
  io: ScriptIO = processIO,
  retry: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<number> {
  const started = performance.now();

  // 1. Arguments: the target file, and whether drafts come along.
  const args = parseScriptArgs(argv, ['--drafts'], USAGE);
  if (typeof args === 'string') {
    (args === USAGE ? io.out : io.err)(args === USAGE ? args : `content:export: ${args}`);
    return args === USAGE ? 0 : 2;
  }
  const file = args.file ?? defaultContentFile(env);
  const drafts = args.flags.has('--drafts');

  // 2. Source: project, dataset and read token from the environment.
  let lake;
  try {
    lake = readLakeConfig(env, 'read');
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`content:export: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const { client, requests } = createPipelineClient(lake, retry);

  // 3. Read every content document, page by page: published only, or with drafts (`raw`).
  const documents = (await fetchAllDocuments(client, drafts ? 'raw' : 'published')).map(withoutServerFields);

  // 4. Images: download into assets/ beside the file and reference them as `_sanityAsset`.
  let exported;
  try {
    exported = await exportAssets(documents, file, client, retry);
  } catch (error) {
    if (error instanceof AssetError) {
      io.err(`content:export: ${error.message}`);
      return 1;
    }
    throw error;
  }

  // 5. Write the NDJSON in stable order, through a temporary file so a failure leaves the old one.
  const text = toExportNdjson(exported.documents);
  const before = await readFile(file, 'utf8').catch(() => undefined);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);

  // 6. Summary with counts, requests and time.
  const draftCount = exported.documents.filter((doc) => doc._id.startsWith('drafts.')).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.out(
    `content:export: ${describeLake(lake)} → ${file}: ${plural(exported.documents.length, 'document')}${drafts ? ` (${plural(draftCount, 'draft')})` : ''}` +
      `${exported.referenced ? `, ${plural(exported.referenced, 'asset')} (${exported.downloaded} downloaded)` : ''}` +
      `${before === text ? ', file unchanged' : ''}; ${plural(requests(), 'request')} in ${seconds} s.`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`content:export: failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
