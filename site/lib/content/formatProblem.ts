/**
 * One line per problem, in the `file:line: level: subject field: message` shape editors and
 * CI logs link to:
 * `content/dataset.ndjson:12: error: enterprise-acme (enterprise) uscc: <message>`.
 */
import { countErrors, type ContentProblem } from './problem.ts';

/** Control characters, line and paragraph separators: never let input break a line of output. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

function safe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `id (type) field:` — whichever of the three is known. */
function subject(problem: ContentProblem): string {
  const who = [problem.id, problem.type === undefined ? undefined : `(${problem.type})`].filter((s) => s !== undefined).join(' ');
  const parts = [who, problem.field ?? ''].filter((s) => s !== '');
  return parts.length === 0 ? '' : `${parts.join(' ')}: `;
}

/**
 * @example formatProblem({level: 'error', file: 'c.ndjson', line: 3, id: 'award-x', type: 'award', field: 'slug', message: 'm'})
 * //=> 'c.ndjson:3: error: award-x (award) slug: m'
 */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
  return safe(`${where}: ${problem.level}: ${subject(problem)}${problem.message}`);
}

export interface FormatOptions {
  /** Print at most this many problems (default 200); the rest are counted. */
  readonly limit?: number;
}

/**
 * The printable report: the first `limit` problems, then one line counting the rest.
 * Counts are always over all problems.
 */
export function formatProblems(problems: readonly ContentProblem[], options: FormatOptions = {}): string[] {
  const limit = Math.max(0, options.limit ?? 200);
  const lines = problems.slice(0, limit).map(formatProblem);
  if (problems.length > limit) {
    const errors = countErrors(problems);
    lines.push(`… and ${problems.length - limit} more (${problems.length} problems in all: ${errors} errors, ${problems.length - errors} warnings)`);
  }
  return lines;
}
