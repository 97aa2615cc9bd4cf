/**
 * Import the NDJSON dataset into a Sanity dataset:
 * `npm run content:import [-- --file F] [--dry-run] [--prune --yes]`.
 *
 * The content check runs first and nothing is written when it fails. Then only what differs is
 * written: documents new to the dataset are created, changed ones replaced (`createOrReplace`),
 * equal ones left alone — so a second run writes nothing, and a run after an interruption picks
 * up where the first stopped. `--prune --yes` also deletes documents the file does not have.
 * Project, dataset, token and API host come from the environment (docs/design.md, "Configuration").
 */
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkContentFile, ContentFileError, formatProblems } from '../site/lib/content/index.ts';
import { parseScriptArgs } from './lib/pipeline/args.ts';
import { AssetError, prepareAssets } from './lib/pipeline/assets.ts';
import { processIO, type ScriptIO } from './lib/pipeline/io.ts';
import { createPipelineClient } from './lib/pipeline/client.ts';
import { ConfigError, defaultContentFile, describeLake, readLakeConfig } from './lib/pipeline/config.ts';
import { fetchAllIds, fetchDocumentsByIds } from './lib/pipeline/lake.ts';
import { formatPlanCounts, formatPlanLines, planImport, plural } from './lib/pipeline/plan.ts';
import { createProgress } from './lib/pipeline/progress.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './lib/pipeline/retry.ts';
import { deleteDocuments, writeDocuments } from './lib/pipeline/write.ts';

const USAGE =
  'usage: npm run content:import [-- --file path/to/dataset.ndjson] [--dry-run] [--prune --yes]  (default file: $CONTENT_FILE or content/dataset.ndjson)';

/** Run the import; returns the exit code (0 done, 1 refused or failed, 2 usage/configuration). */
export async function main(
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
  io: ScriptIO = processIO,
  retry: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<number> {
  const started = performance.now();
  const say = (line: string) => io.out(`content:import: ${line}`);

  // 1. Arguments: which file, and whether to preview or to delete. Deleting needs both flags.
  const args = parseScriptArgs(argv, ['--dry-run', '--prune', '--yes'], USAGE);
  if (typeof args === 'string') {
    (args === USAGE ? io.out : io.err)(args === USAGE ? args : `content:import: ${args}`);
    return args === USAGE ? 0 : 2;
  }
  const file = args.file ?? defaultContentFile(env);
  const dryRun = args.flags.has('--dry-run');
  const prune = args.flags.has('--prune');
  if (prune && !args.flags.has('--yes') && !dryRun) {
    io.err('content:import: --prune deletes documents the file does not have; add --yes to confirm, or --dry-run to see what would be deleted.');
    return 2;
  }

  // 2. Target: project, dataset and token from the environment (a dry run only reads).
  let lake;
  try {
    lake = readLakeConfig(env, dryRun ? 'read' : 'write');
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`content:import: ${error.message}`);
      return 2;
    }
    throw error;
  }

  // 3. The content check: any error and nothing is written (the Lake does not validate).
  let checked;
  try {
    checked = await checkContentFile(file);
  } catch (error) {
    if (error instanceof ContentFileError) {
      io.err(`content:import: ${error.message}`);
      return 1;
    }
    throw error;
  }
  if (checked.errors > 0) {
    for (const line of formatProblems(
      checked.problems.filter((p) => p.level === 'error'),
      { limit: 50 },
    ))
      io.err(line);
    io.err(
      dryRun
        ? `content:import: ${file} has ${plural(checked.errors, 'error')}; an import would refuse it and write nothing. Fix them (npm run content:check), then repeat the dry run.`
        : `content:import: ${file} has ${plural(checked.errors, 'error')}; nothing was written. Fix them (npm run content:check) and run the import again.`,
    );
    return 1;
  }

  // 4. Assets: each `_sanityAsset` file is hashed; one the Lake already has becomes a reference.
  const { client, requests } = createPipelineClient(lake, retry);
  let prepared;
  try {
    prepared = await prepareAssets(checked.documents, dirname(file), client, retry);
  } catch (error) {
    if (error instanceof AssetError) {
      io.err(`content:import: ${error.message} Nothing was written.`);
      return 1;
    }
    throw error;
  }

  // 5. Compare with what is stored under the same ids (and, to prune, list every stored id).
  const stored = await fetchDocumentsByIds(
    client,
    prepared.documents.map((doc) => doc._id),
  );
  const plan = planImport(prepared.documents, stored, prune ? await fetchAllIds(client) : undefined);
  const target = describeLake(lake);

  // 6. A dry run prints the plan and stops.
  if (dryRun) {
    say(`dry run of ${file} → ${target}`);
    for (const line of formatPlanLines(plan)) io.out(line);
    say(`would write: ${formatPlanCounts(plan)}${prepared.newAssets ? `, ${plural(prepared.newAssets, 'new asset')} to upload` : ''}. Nothing was written.`);
    return 0;
  }
  const changed = [...plan.create, ...plan.update];
  if (changed.length === 0 && plan.delete.length === 0) {
    say(`nothing to write: all ${plural(plan.unchanged, 'document')} of ${file} are unchanged in ${target}.`);
    return 0;
  }

  // 7. Write the changed documents, then delete (so no remaining document refers to a deleted one).
  const progress = createProgress(io.progressStream, env, say);
  try {
    await writeDocuments(client, changed, (event) => progress.update(event));
    if (plan.delete.length > 0) await deleteDocuments(client, plan.delete, (event) => progress.update(event));
  } finally {
    progress.stop();
  }

  // 8. Summary with counts, requests and time.
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say(
    `${file} → ${target}: ${plan.create.length} created, ${plan.update.length} updated, ${plan.unchanged} unchanged, ${plan.delete.length} deleted` +
      `${prepared.newAssets ? `, ${plural(prepared.newAssets, 'asset')} uploaded` : ''}; ${plural(requests(), 'request')} in ${seconds} s.`,
  );
  return 0;
}

/** The last words of a run that threw: a dry run wrote nothing, an import may have written some. */
export function failureMessage(error: unknown, dryRun: boolean): string {
  const reason = error instanceof Error ? error.message : String(error);
  return dryRun
    ? `content:import: the dry run failed: ${reason}\nNothing was written (a dry run only reads). Check the project, dataset and connection, then repeat the dry run.\n`
    : `content:import: failed: ${reason}\nDocuments written so far stay; run the import again to finish (it only writes what still differs).\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(failureMessage(error, process.argv.includes('--dry-run')));
      process.exitCode = 1;
    },
  );
}
