/**
 * What the passes of the content check share: the documents that passed the first pass
 * (classify.ts), how a pass reports a problem, and small readers of JSON values.
 */
import type { DocumentType } from '../../domain/model.ts';
import { isIsoDate } from '../../domain/calendar.ts';
import { clip, type ContentProblem, type NdjsonEntry, type ProblemLevel } from '../problem.ts';

/** An id the file has (first occurrence wins), for resolving references. */
export interface Known {
  readonly type: string;
  readonly line: number;
}

/** A reference found by the shape pass, resolved by the reference pass. */
export interface Reference {
  readonly field: string;
  readonly ref: string;
  readonly to: DocumentType;
  readonly weak: boolean;
}

/** One document that passed the id/type gate, with what the later passes need. */
export interface Subject {
  readonly entry: NdjsonEntry;
  readonly id: string | undefined;
  readonly type: DocumentType;
  /** Checked as published: not a `drafts.*` / `versions.*` document (its errors are errors). */
  readonly published: boolean;
  readonly references: Reference[];
}

/** Report one problem about a line of the file. */
export type Report = (level: ProblemLevel, entry: NdjsonEntry, id: string | undefined, type: string | undefined, field: string | undefined, message: string) => void;

/** Report one problem about the document a pass is looking at. */
export type At = (level: ProblemLevel, field: string | undefined, message: string) => void;

/** A Report that appends to `problems`, clipping what the file may make arbitrarily long. */
export function reporter(file: string, problems: ContentProblem[]): Report {
  return (level, entry, id, type, field, message) => {
    problems.push({
      level,
      file,
      line: entry.line,
      ...(id === undefined ? {} : { id: clip(id) }),
      ...(type === undefined ? {} : { type: clip(type, 40) }),
      ...(field === undefined ? {} : { field: clip(field, 80) }),
      message,
    });
  };
}

export const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const date = (value: unknown): string | undefined => (isIsoDate(value) ? value : undefined);
export const refOf = (value: unknown): string | undefined => (isObject(value) && typeof value['_ref'] === 'string' ? value['_ref'] : undefined);

export const article = (word: string): string => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

/** Human name of a type for messages: `technicalCommittee` → `technical committee`. */
export const typeWords = (type: string): string => type.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);

/** A document as messages name it: `enterprise-acme (line 3)`. */
export const describeDoc = (subject: Subject): string => `${subject.id === undefined ? 'the document' : clip(subject.id)} (line ${subject.entry.line})`;
