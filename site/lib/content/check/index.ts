/**
 * The offline content check: every rule of the content model (../../domain/model.ts) and the
 * domain rules, over all documents of an NDJSON file at once.
 *
 * Pure and linear, in passes over the documents: classify.ts indexes ids and types, shape.ts
 * and domainRules.ts check each document, references.ts resolves references against the
 * index, years.ts checks years against the awards' cycles, uniqueness.ts and standards.ts
 * compare records with maps. Every problem is reported, not the first.
 */
import { todayInBeijing } from '../../domain/dates.ts';
import type { DocumentType } from '../../domain/model.ts';
import type { DocumentCache, DocumentChecks } from '../documentCache.ts';
import type { ContentProblem, NdjsonEntry, ProblemLevel } from '../problem.ts';
import { classify, type Classified } from './classify.ts';
import { checkDomainRules } from './domainRules.ts';
import { checkReferences } from './references.ts';
import { checkShape } from './shape.ts';
import { checkStandardRelations } from './standards.ts';
import { reporter } from './subject.ts';
import { checkUniqueness } from './uniqueness.ts';
import { checkYears } from './years.ts';

export interface CheckOptions {
  /** Report problems of `drafts.*` documents too, as warnings (default true). */
  readonly checkDrafts?: boolean;
  /** The day treated as today (BUILD_DATE), `YYYY-MM-DD`, for year bounds (default: today in Beijing). */
  readonly today?: string;
  /** Ids of lines that could not be read (readNdjson): references to them are not reported again. */
  readonly unreadableIds?: ReadonlySet<string>;
  /** A live build's cache: each document's own checks kept with it (documentCache.ts). */
  readonly documentCache?: DocumentCache;
}

export interface CheckResult {
  /** Sorted by line (stable: within a line, in the order the rules run). */
  readonly problems: ContentProblem[];
  /** Pass 1's classification, for the data layer's document lists. */
  readonly classified: Classified;
}

/** Check parsed NDJSON entries. `file` names the source in every problem. */
export function checkEntries(file: string, entries: readonly NdjsonEntry[], options: CheckOptions = {}): CheckResult {
  const problems: ContentProblem[] = [];
  const report = reporter(file, problems);
  const checkDrafts = options.checkDrafts ?? true;

  // Pass 1: index every id (first occurrence wins) so references can point forward.
  const classified = classify(entries, report);
  const checked = classified.subjects.filter((s) => s.published || checkDrafts);

  // Pass 2: the shape of each document against MODEL, and the per-document domain rules.
  for (const subject of checked) {
    const { entry, id, type } = subject;
    // A draft is work in progress and never reaches the site: its problems inform staff
    // (warnings) but do not stop a build.
    const at = (level: ProblemLevel, field: string | undefined, message: string): void => report(subject.published ? level : 'warning', entry, id, type, field, message);
    const cache = options.documentCache;
    const known = cache?.checksOf(entry.doc);
    if (known) {
      for (const [level, field, message] of known.problems) at(level, field, message);
      subject.references.push(...known.references);
      continue;
    }
    const problems: Array<DocumentChecks['problems'][number]> = [];
    const record = !cache
      ? at
      : (level: ProblemLevel, field: string | undefined, message: string): void => {
          problems.push([level, field, message]);
          at(level, field, message);
        };
    checkShape(entry.doc, type, record, subject.references);
    checkDomainRules(subject, record);
    cache?.keepChecks(entry.doc, { problems, references: [...subject.references] });
  }

  // Pass 3: references, resolved against the id index.
  checkReferences(checked, classified.byId, options.unreadableIds, report);

  // Pass 3b: years against their bounds, the award's cycle and the build date.
  checkYears(
    checked.map((s) => ({ id: s.id, type: s.type, doc: s.entry.doc, subject: s })),
    options.today ?? todayInBeijing(),
    ({ subject: s }, issue) => report(s.published ? issue.level : 'warning', s.entry, s.id, s.type, issue.field, issue.message.en),
  );

  // Pass 4: uniqueness among published documents (what the site builds pages from).
  checkUniqueness(classified.subjects, (subject, field, message) => report('error', subject.entry, subject.id, subject.type, field, message));

  // Pass 5: rules across standard and committee records (withdrawal, cycles, old addresses).
  const recordsOf = (type: DocumentType) =>
    classified.subjects.filter((x) => x.published && x.type === type && x.id !== undefined).map((x) => ({ id: x.id ?? '', type: x.type, line: x.entry.line, doc: x.entry.doc, entry: x.entry }));
  checkStandardRelations(recordsOf('standard'), recordsOf('technicalCommittee'), (level, subject, field, message) => {
    const entry = (subject as { entry?: NdjsonEntry }).entry;
    if (entry) report(level, entry, subject.id, subject.type, field, message);
  });

  problems.sort((a, b) => a.line - b.line);
  return { problems, classified };
}

/** The problems of checkEntries. */
export function checkDocuments(file: string, entries: readonly NdjsonEntry[], options: CheckOptions = {}): ContentProblem[] {
  return checkEntries(file, entries, options).problems;
}
