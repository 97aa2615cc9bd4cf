/**
 * Read + check in one call, for the site's data layer: the build gets documents only from a
 * file that passed the content check, and refuses to write any page otherwise.
 */
import { checkEntries, type CheckOptions } from './check/index.ts';
import type { ContentCounts, ContentDocument } from './check/classify.ts';
import { formatProblems } from './formatProblem.ts';
import { countErrors, type ContentProblem } from './problem.ts';
import { ContentFileError, readNdjson, readNdjsonSync, type NdjsonRead } from './readNdjson.ts';

export type { ContentCounts, ContentDocument };

export interface CheckedContent {
  readonly file: string;
  /** Every document of a known type with a string id, in file order, drafts included. */
  readonly documents: ContentDocument[];
  /** The documents the public site may use: no `drafts.` / `versions.` ids. */
  readonly published: ContentDocument[];
  /** All problems (when returned by loadCheckedDocuments: warnings only). */
  readonly problems: ContentProblem[];
  readonly errors: number;
  readonly warnings: number;
  readonly counts: ContentCounts;
}

/** The content check found errors: the build must stop. `message` lists them (capped). */
export class ContentCheckError extends Error {
  override readonly name = 'ContentCheckError';
  readonly errors: number;
  readonly warnings: number;
  constructor(
    readonly file: string,
    readonly problems: readonly ContentProblem[],
    limit = 50,
  ) {
    const errors = countErrors(problems);
    const lines = formatProblems(
      problems.filter((p) => p.level === 'error'),
      { limit },
    );
    super(
      [`content check failed: ${errors} error${errors === 1 ? '' : 's'} in ${file}; no page is written from invalid content.`, ...lines, 'Run `npm run content:check` for the full report.'].join('\n'),
    );
    this.errors = errors;
    this.warnings = problems.length - errors;
  }
}

/** Read problems and rule problems together, sorted by line. */
export function checkRead(file: string, read: NdjsonRead, options: CheckOptions = {}): CheckedContent {
  const checked = checkEntries(file, read.entries, { unreadableIds: read.unreadableIds, ...options });
  const problems = [...read.problems, ...checked.problems].sort((a, b) => a.line - b.line);
  const { documents, published, counts } = checked.classified;
  // A valid file with nothing published: the build would write an empty site and call it a success.
  if (read.entries.length > 0 && counts.published === 0 && countErrors(problems) === 0) {
    const { drafts, system } = counts;
    problems.unshift({
      level: 'error',
      file,
      line: 0,
      message: `the file has no published document (${drafts} draft${drafts === 1 ? '' : 's'}${system ? `, ${system} system document${system === 1 ? '' : 's'}` : ''}), so the site would be empty. Publish the drafts (ids without "drafts.") or point CONTENT_FILE at the full export.`,
    });
  }
  const errors = countErrors(problems);
  return { file, documents, published, counts: { ...counts, lines: read.lines }, problems, errors, warnings: problems.length - errors };
}

/** Check a file and report everything; throws only ContentFileError (unreadable file). */
export async function checkContentFile(file: string, options: CheckOptions = {}): Promise<CheckedContent> {
  return checkRead(file, await readNdjson(file), options);
}

function refuseErrors(result: CheckedContent): CheckedContent {
  if (result.errors > 0) throw new ContentCheckError(result.file, result.problems);
  return result;
}

function asCheckError(file: string, error: unknown): never {
  if (error instanceof ContentFileError) {
    throw new ContentCheckError(file, [{ level: 'error', file, line: 0, message: error.message.replace(/^cannot read content file [^:]*: /, 'cannot read the file: ') }]);
  }
  throw error;
}

/**
 * Read and check the dataset; return its documents, or throw a ContentCheckError (whose
 * message lists the errors) when there is any error, including an unreadable file.
 * Warnings do not fail; they are returned in `problems`.
 */
export async function loadCheckedDocuments(file: string, options: CheckOptions = {}): Promise<CheckedContent> {
  let read: NdjsonRead;
  try {
    read = await readNdjson(file, options.documentCache);
  } catch (error) {
    asCheckError(file, error);
  }
  return refuseErrors(checkRead(file, read, options));
}

/** Synchronous twin of loadCheckedDocuments. */
export function loadCheckedDocumentsSync(file: string, options: CheckOptions = {}): CheckedContent {
  let read: NdjsonRead;
  try {
    read = readNdjsonSync(file);
  } catch (error) {
    asCheckError(file, error);
  }
  return refuseErrors(checkRead(file, read, options));
}
