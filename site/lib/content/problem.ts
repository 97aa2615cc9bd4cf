/**
 * What the content check reports: one finding about one line of the NDJSON file.
 */

export type ProblemLevel = 'error' | 'warning';

export interface ContentProblem {
  readonly level: ProblemLevel;
  /** The file as the caller named it, e.g. `content/dataset.ndjson`. */
  readonly file: string;
  /** 1-based line number; 0 when the problem concerns the whole file. */
  readonly line: number;
  readonly id?: string;
  readonly type?: string;
  /** Path of the field inside the document: `name.zh`, `amounts[0].level`. */
  readonly field?: string;
  /** English: what is wrong and what to do about it. */
  readonly message: string;
}

/** A parsed NDJSON line: any JSON object; `_id` and `_type` are not yet checked. */
export interface SanityDocumentLike {
  readonly _id?: unknown;
  readonly _type?: unknown;
  readonly [field: string]: unknown;
}

export interface NdjsonEntry {
  readonly line: number;
  readonly doc: SanityDocumentLike;
}

const MAX_SHOWN = 80;

/** Shorten a string for a message (ids and values can be megabytes long). */
export function clip(text: string, max: number = MAX_SHOWN): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A short, safe description of any JSON value for a message. Never recurses. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(clip(value, 60));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list (${value.length} items)`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

export function countErrors(problems: readonly ContentProblem[]): number {
  let errors = 0;
  for (const p of problems) if (p.level === 'error') errors += 1;
  return errors;
}
