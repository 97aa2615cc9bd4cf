/**
 * Generate a synthetic dataset of any size for benchmarks and scale tests:
 *
 *   npm run content:generate -- --scale 50000 [--seed 7] [--out /tmp/gen.ndjson]
 *
 * Same scale and seed → the same bytes. Every generated dataset passes the content check
 * with zero errors (warnings only for the few enterprises registered outside Haidian).
 * Without --out the NDJSON goes to stdout. The generator lives in scripts/lib/generate/.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, MIN_SCALE, generateNdjson } from './lib/generate/index.ts';

const USAGE = `usage: npm run content:generate -- --scale N [--seed S] [--out FILE]  (N ≥ ${MIN_SCALE} documents; S a whole number, default ${DEFAULT_SEED}; stdout without --out)`;

export interface Args {
  readonly scale: number;
  readonly seed: number;
  readonly out: string | undefined;
}

/** `--scale N`, `--seed S`, `--out F` (also `--name=value`); a string is the error to print. */
export function parseArgs(argv: readonly string[]): Args | string {
  let scale: number | undefined;
  let seed = DEFAULT_SEED;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const [name, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = (): string => inline ?? argv[(i += 1)] ?? '';
    if (name === '--scale') {
      const v = Number(value().replace(/_/g, ''));
      if (!Number.isInteger(v) || v < MIN_SCALE) return `--scale needs a whole number of at least ${MIN_SCALE}. ${USAGE}`;
      scale = v;
    } else if (name === '--seed') {
      const raw = value();
      const v = Number(raw);
      if (raw === '' || !Number.isInteger(v)) return `--seed needs a whole number. ${USAGE}`;
      seed = v;
    } else if (name === '--out') {
      const v = value();
      if (v === '') return `--out needs a file path. ${USAGE}`;
      out = v;
    } else if (name === '--help' || name === '-h') {
      return USAGE;
    } else {
      return `unknown argument "${arg}". ${USAGE}`;
    }
  }
  if (scale === undefined) return `--scale is required. ${USAGE}`;
  return { scale, seed, out };
}

/** Why a file could not be written, in words. */
function writeFailure(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'its directory does not exist';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return code || (error instanceof Error ? error.message : String(error));
  }
}

function main(argv: readonly string[]): number {
  // 1. Read the options.
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  // 2. Generate (deterministic: no clock, no Math.random).
  const started = performance.now();
  const text = generateNdjson(args);
  const ms = Math.round(performance.now() - started);
  // 3. Write the file (or stdout) and say what was made.
  const lines = text.length === 0 ? 0 : text.split('\n').length - 1;
  if (args.out === undefined) {
    process.stdout.write(text);
  } else {
    try {
      writeFileSync(args.out, text);
    } catch (error) {
      process.stderr.write(
        `content:generate: cannot write ${args.out}: ${writeFailure(error)}. Choose a file in a directory you can write to, e.g. --out /tmp/generated.ndjson.\n`,
      );
      return 1;
    }
  }
  process.stderr.write(`generated ${lines} documents (scale ${args.scale}, seed ${args.seed}) in ${ms} ms${args.out === undefined ? '' : ` → ${args.out}`}\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
