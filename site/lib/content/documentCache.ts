/**
 * What a live build keeps between two reads of the same content file (site/lib/data/sources.ts
 * passes one when LIVE_BUILD=1): each line's parsed document, by the line's text, and each
 * document's own checks (shape and per-document rules: a pure function of the document). A
 * publish changes a few lines of 50,000; the others are neither parsed nor checked again — the
 * checks that compare documents (references, uniqueness, years, standards) still run on all.
 * Nothing changes a parsed document, so one object may serve both reads.
 */
import type { ProblemLevel, SanityDocumentLike } from './problem.ts';
import type { Reference } from './check/subject.ts';

/** A document's own problems (in the order found) and the references it holds. */
export interface DocumentChecks {
  readonly problems: ReadonlyArray<readonly [level: ProblemLevel, field: string | undefined, message: string]>;
  readonly references: readonly Reference[];
}

export class DocumentCache {
  #previous = new Map<string, SanityDocumentLike>();
  #current = new Map<string, SanityDocumentLike>();
  readonly #checks = new WeakMap<object, DocumentChecks>();

  /** A line's value: the document the same text was last time (not yet taken in this read), else JSON.parse's. */
  parse(text: string): unknown {
    const known = this.#previous.get(text);
    if (known !== undefined && !this.#current.has(text)) {
      this.#current.set(text, known);
      return known;
    }
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !this.#current.has(text)) this.#current.set(text, value as SanityDocumentLike);
    return value;
  }

  /** The read is over: its lines are the ones kept for the next (a line gone from the file is dropped). */
  endRead(): void {
    this.#previous = this.#current;
    this.#current = new Map();
  }

  checksOf(doc: object): DocumentChecks | undefined {
    return this.#checks.get(doc);
  }

  keepChecks(doc: object, checks: DocumentChecks): void {
    this.#checks.set(doc, checks);
  }
}
