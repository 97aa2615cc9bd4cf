/** The options of `npm run bench`, parsed without a library (the other scripts do the same). */

/** Scales of the issue: about 5k, 25k and 50k documents. */
export const DEFAULT_SCALES: readonly number[] = [5_000, 25_000, 50_000];

export const USAGE =
  'usage: npm run bench -- [--scales 5000,25000,50000] [--runs 1] [--seed 1] [--no-baseline] [--baseline-concurrency 1] [--incremental [--via live|cli]] [--out .tmp/bench-run] [--json FILE]';

export interface BenchArgs {
  readonly scales: readonly number[];
  /** Builds per scale and kind; the table shows the fastest (least disturbed by other load). */
  readonly runs: number;
  readonly seed: number;
  readonly baseline: boolean;
  /**
   * The baseline's `build.concurrency`: 1, Astro's default, unless asked (the site builds with
   * site/integrations/buildConcurrency.ts; `--baseline-concurrency 64` gives bare Astro the same).
   */
  readonly baselineConcurrency: number;
  /** Also measure edit to live: five edits, each an incremental build, at every scale (scripts/lib/bench/incremental.ts). */
  readonly incremental: boolean;
  /** How each edit is built: the live build process (the publisher's, default) or `astro build` per edit. */
  readonly via: 'live' | 'cli';
  /** Working directory for datasets and build output (always under `.tmp/`, git-ignored). */
  readonly out: string;
  /** Also write the measurements as JSON here. */
  readonly json: string | undefined;
}

const wholeNumbers = (text: string): number[] | undefined => {
  const values = text.split(',').map((part) => Number(part.trim().replace(/_/g, '')));
  return values.length > 0 && values.every((v) => Number.isInteger(v) && v > 0) ? values : undefined;
};

/**
 * `--name value` or `--name=value`; a string result is the error to print.
 * @example parseBenchArgs(['--scales', '5000,25000', '--runs=2']).runs //=> 2
 */
export function parseBenchArgs(argv: readonly string[]): BenchArgs | string {
  let scales = DEFAULT_SCALES;
  let runs = 1;
  let seed = 1;
  let baseline = true;
  let baselineConcurrency = 1;
  let incremental = false;
  let via: BenchArgs['via'] = 'live';
  let out = '.tmp/bench-run';
  let json: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const [name, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = (): string => inline ?? argv[(i += 1)] ?? '';
    if (name === '--scales') {
      const v = wholeNumbers(value());
      if (!v) return `--scales needs whole numbers separated by commas. ${USAGE}`;
      scales = v;
    } else if (name === '--runs') {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 1) return `--runs needs a whole number of at least 1. ${USAGE}`;
      runs = v;
    } else if (name === '--seed') {
      const v = Number(value());
      if (!Number.isInteger(v)) return `--seed needs a whole number. ${USAGE}`;
      seed = v;
    } else if (name === '--no-baseline') {
      baseline = false;
    } else if (name === '--baseline-concurrency') {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 1) return `--baseline-concurrency needs a whole number of at least 1. ${USAGE}`;
      baselineConcurrency = v;
    } else if (name === '--incremental') {
      incremental = true;
    } else if (name === '--via') {
      const v = value();
      if (v !== 'live' && v !== 'cli') return `--via is live or cli. ${USAGE}`;
      via = v;
    } else if (name === '--out') {
      const v = value();
      if (!/^\.tmp\/bench-[\w.-]+$/.test(v)) return `--out must be a directory .tmp/bench-<name> (git-ignored; never dist/). ${USAGE}`;
      out = v;
    } else if (name === '--json') {
      json = value();
      if (json === '') return `--json needs a file path. ${USAGE}`;
    } else {
      return `unknown argument "${arg}". ${USAGE}`;
    }
  }
  return { scales, runs, seed, baseline, baselineConcurrency, incremental, via, out, json };
}
