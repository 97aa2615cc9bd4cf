/**
 * Normalize a ledger of standard codes: `npm run --silent codes` reads one code per line on stdin
 * (or `-- --file F`) and writes one JSON object per input line on stdout, in input order:
 *
 *   {"input":"GBT20485.16-2018","display":"GB/T 20485.16-2018","family":"GB/T","level":"national",
 *    "body":"SAC","year":2018,"stage":"60.60","kind":"standard","base":null,"also":[]}
 *
 * `display` and the other fields are null when the code is not recognized (`also` is then []).
 * The rules are site/lib/domain/standardCode.ts; this script only reads and writes.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseStandardCode } from '../site/lib/domain/standardCode.ts';

const USAGE = 'usage: npm run --silent codes [-- --file F]   (one code per line on stdin or in F; one JSON object per line on stdout)';

export interface CodeLine {
  readonly input: string;
  readonly display: string | null;
  readonly family: string | null;
  readonly level: string | null;
  readonly body: string | null;
  readonly year: number | null;
  readonly stage: string | null;
  readonly kind: string | null;
  readonly base: string | null;
  readonly also: readonly string[];
  /** The series key without the edition (`ISO/IEC 42001`, `draft-shen-sm3-hash`), null when unresolved. */
  readonly undated: string | null;
}

/** One output object for one input line. */
export function describeCode(input: string): CodeLine {
  const p = parseStandardCode(input);
  return {
    input,
    display: p?.display ?? null,
    family: p?.family ?? null,
    level: p?.level ?? null,
    body: p?.body ?? null,
    year: p?.year ?? null,
    stage: p?.stage ?? null,
    kind: p?.kind ?? null,
    base: p?.base ?? null,
    also: p?.also ?? [],
    undated: p?.undated ?? null,
  };
}

/** Lines of a text: CRLF or LF, a BOM dropped, no phantom line after a final newline. */
export function linesOf(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export function parseCodesArgs(argv: readonly string[]): { file: string | undefined } | string {
  let file: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--file') {
      file = argv[(i += 1)];
      if (!file) return `--file needs a path. ${USAGE}`;
    } else if (arg.startsWith('--file=')) {
      file = arg.slice('--file='.length);
    } else if (arg === '--help' || arg === '-h') {
      return USAGE;
    } else {
      return `unknown argument "${arg}". ${USAGE}`;
    }
  }
  return { file };
}

function main(): void {
  const args = parseCodesArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    process.exitCode = args === USAGE ? 0 : 2;
    return;
  }
  let text: string;
  try {
    text = readFileSync(args.file ?? 0, 'utf8');
  } catch (error) {
    console.error(`codes: cannot read ${args.file ?? 'stdin'}: ${(error as Error).message}`);
    process.exitCode = 2;
    return;
  }
  process.stdout.write(
    linesOf(text)
      .map((line) => JSON.stringify(describeCode(line)))
      .join('\n') + (text.trim() === '' ? '' : '\n'),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
