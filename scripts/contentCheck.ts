/**
 * Offline content check of the NDJSON dataset: `npm run content:check [-- --file F]`.
 *
 * Prints every problem (`file:line: level: id (type) field: message`, capped), a summary with
 * counts per type and the time taken, and exits 1 on any error. Warnings are printed but do
 * not fail. The rules live in site/lib/content; this script only wires them together.
 */
import { pathToFileURL } from 'node:url';
import { DOCUMENT_TYPES } from '../site/lib/domain/model.ts';
import { checkRead, ContentFileError, formatProblems, readNdjson, type CheckedContent } from '../site/lib/content/index.ts';
import { ConfigError, readBuildDate } from '../site/lib/data/config.ts';
import { todayInBeijing } from '../site/lib/domain/dates.ts';

const USAGE = 'usage: npm run content:check [-- --file path/to/dataset.ndjson] [--limit N]  (default: $CONTENT_FILE or content/dataset.ndjson)';

interface Args {
  readonly file: string;
  readonly limit: number;
}

/** `--file F`, `--file=F`, `--limit N`; the default file comes from CONTENT_FILE. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Args | string {
  let file = env['CONTENT_FILE'] || 'content/dataset.ndjson';
  let limit = 200;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[(i += 1)];
    if (name === '--file') {
      const v = value();
      if (!v) return `--file needs a path. ${USAGE}`;
      file = v;
    } else if (name === '--limit') {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 0) return `--limit needs a whole number. ${USAGE}`;
      limit = v;
    } else if (name === '--help' || name === '-h') {
      return USAGE;
    } else {
      return `unknown argument "${arg}". ${USAGE}`;
    }
  }
  return { file, limit };
}

function summary(result: CheckedContent, ms: number): string {
  const { counts } = result;
  const perType = DOCUMENT_TYPES.map((t) => `${t} ${counts.byType[t]}`).join(', ');
  const extra = [
    counts.drafts ? `${counts.drafts} draft${counts.drafts === 1 ? '' : 's'}` : '',
    counts.system ? `${counts.system} system document${counts.system === 1 ? '' : 's'} ignored` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    `${result.file}: ${counts.published} published document${counts.published === 1 ? '' : 's'} (${perType})${extra ? `; ${extra}` : ''}; ` +
    `${result.errors} error${result.errors === 1 ? '' : 's'}, ${result.warnings} warning${result.warnings === 1 ? '' : 's'}; checked in ${ms} ms`
  );
}

/** Run the check; returns the exit code. Output goes through `out` / `err` (stdout / stderr). */
export async function main(
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  err: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<number> {
  const started = performance.now();

  // 1. Which file: --file, else CONTENT_FILE, else the embedded dataset.
  const args = parseArgs(argv, env);
  if (typeof args === 'string') {
    (args === USAGE ? out : err)(args === USAGE ? args : `content:check: ${args}`);
    return args === USAGE ? 0 : 2;
  }

  // 2. Read it line by line; an unreadable file is one line on stderr, not a stack trace.
  let result: CheckedContent;
  try {
    // Year bounds are relative to the day the build treats as today (BUILD_DATE).
    const today = readBuildDate(env, todayInBeijing);
    const read = await readNdjson(args.file);
    // 3. Run every rule over all documents at once.
    result = checkRead(args.file, read, { today });
  } catch (error) {
    if (error instanceof ContentFileError || error instanceof ConfigError) {
      err(`content:check: ${error.message}`);
      return error instanceof ConfigError ? 2 : 1;
    }
    throw error;
  }

  // 4. Print the problems (capped), then the summary with counts and time.
  for (const line of formatProblems(result.problems, { limit: args.limit })) out(line);
  out(summary(result, Math.round(performance.now() - started)));

  // 5. Errors fail the build; warnings do not.
  return result.errors > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`content:check: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
