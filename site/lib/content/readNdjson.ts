/**
 * Read an NDJSON file (Sanity's export format: one JSON document per line) into entries that
 * remember their line number, and problems for the lines that are not documents.
 *
 * Reads the whole buffer and splits on `\n`: robust for CRLF, a BOM, blank lines, invalid
 * UTF-8 (reported per line, never decoded into U+FFFD silently) and very long lines.
 * Never throws for bad content; only an unreadable file throws a ContentFileError.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type { DocumentCache } from './documentCache.ts';
import { clip, type ContentProblem, type NdjsonEntry, type SanityDocumentLike } from './problem.ts';

export interface NdjsonRead {
  readonly entries: NdjsonEntry[];
  readonly problems: ContentProblem[];
  /** Lines in the file, blank ones included. */
  readonly lines: number;
  /**
   * The `_id`s that unreadable lines appear to carry (found by pattern in the raw text): the
   * check does not report references to them as missing, since the one error for the line
   * already says what is wrong.
   */
  readonly unreadableIds: ReadonlySet<string>;
}

/** The file itself could not be read (missing, a directory, no permission). */
export class ContentFileError extends Error {
  override readonly name = 'ContentFileError';
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(`cannot read content file ${file}: ${reasonOf(code)}. Set CONTENT_FILE=path/to/dataset.ndjson or pass --file path/to/dataset.ndjson.`);
  }
}

function reasonOf(code: string): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'the file is too large to read (over 2 GB)';
    default:
      return code;
  }
}

function fileError(file: string, error: unknown): ContentFileError {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unreadable';
  return new ContentFileError(file, code);
}

/** Read and split a file. Throws ContentFileError only when the file cannot be read at all. */
export async function readNdjson(file: string, cache?: DocumentCache): Promise<NdjsonRead> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    throw fileError(file, error);
  }
  return parseNdjson(file, buffer, cache);
}

/** Synchronous twin of readNdjson, for callers that cannot await. */
export function readNdjsonSync(file: string): NdjsonRead {
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (error) {
    throw fileError(file, error);
  }
  return parseNdjson(file, buffer);
}

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Split a buffer into documents. `file` only names the source in problems.
 * @example parseNdjson('x.ndjson', Buffer.from('{"_id":"a","_type":"award"}\n')).entries.length //=> 1
 */
export function parseNdjson(file: string, bytes: Uint8Array, cache?: DocumentCache): NdjsonRead {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: NdjsonEntry[] = [];
  const problems: ContentProblem[] = [];
  const unreadableIds = new Set<string>();
  const wholeFileIsUtf8 = isUtf8(buffer);
  let start = 0;
  let line = 0;
  while (start < buffer.length) {
    line += 1;
    const newline = buffer.indexOf(NEWLINE, start);
    const next = newline < 0 ? buffer.length : newline + 1;
    let end = newline < 0 ? buffer.length : newline;
    if (end > start && buffer[end - 1] === CR) end -= 1;
    // UTF-8 byte order mark on the first line.
    const from = line === 1 && end - start >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : start;
    if (!readLine(file, buffer, from, end, line, wholeFileIsUtf8, entries, problems, cache)) {
      const id = idInText(buffer.toString('utf8', from, Math.min(end, from + ID_SCAN_BYTES)));
      if (id !== undefined) unreadableIds.add(id);
    }
    start = next;
  }
  cache?.endRead();
  if (entries.length === 0 && problems.length === 0) {
    problems.push({
      level: 'error',
      file,
      line: 0,
      message: 'the file contains no documents. Point CONTENT_FILE at the dataset export (one JSON document per line).',
    });
  }
  return { entries, problems, lines: line, unreadableIds };
}

function readLine(
  file: string,
  buffer: Buffer,
  from: number,
  end: number,
  line: number,
  wholeFileIsUtf8: boolean,
  entries: NdjsonEntry[],
  problems: ContentProblem[],
  cache: DocumentCache | undefined,
): boolean {
  const problem = (message: string): false => {
    problems.push({ level: 'error', file, line, message });
    return false;
  };
  if (!wholeFileIsUtf8 && !isUtf8(buffer.subarray(from, end))) {
    return problem('the line is not valid UTF-8 text. Save the file as UTF-8 (Sanity exports always are) and check this line for corrupted characters.');
  }
  let text: string;
  try {
    text = buffer.toString('utf8', from, end);
  } catch {
    return problem(`the line is too long to read (${end - from} bytes). Split the document or remove the line.`);
  }
  if (text.trim() === '') return true;
  let value: unknown;
  try {
    value = cache ? cache.parse(text) : JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/, ".*" is not valid JSON$/s, '') : String(error);
    return problem(`malformed JSON (${clip(reason, 120)}). Each line must be one complete JSON document; fix the line or remove it.`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const what = Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`;
    return problem(`the line is ${what}, not a document. Each line must be one JSON object with _id and _type.`);
  }
  entries.push({ line, doc: value as SanityDocumentLike });
  return true;
}

/** How far into an unreadable line to look for its `_id` (Sanity exports put it first). */
const ID_SCAN_BYTES = 4096;

/** The first `"_id":"…"` of a line's raw text, if any. */
function idInText(text: string): string | undefined {
  const m = /"_id"\s*:\s*"([A-Za-z0-9_.-]{1,128})"/.exec(text);
  return m?.[1];
}
