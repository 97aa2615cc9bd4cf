/** The offline content check of the NDJSON dataset (see scripts/contentCheck.ts). */
export type { ContentProblem, NdjsonEntry, ProblemLevel, SanityDocumentLike } from './problem.ts';
export { countErrors, describeValue } from './problem.ts';
export { ContentFileError, parseNdjson, readNdjson, readNdjsonSync, type NdjsonRead } from './readNdjson.ts';
export { checkDocuments, type CheckOptions } from './check/index.ts';
export { formatProblem, formatProblems, type FormatOptions } from './formatProblem.ts';
export {
  checkContentFile,
  checkContentFileSync,
  checkRead,
  ContentCheckError,
  loadCheckedDocuments,
  loadCheckedDocumentsSync,
  type CheckedContent,
  type ContentCounts,
  type ContentDocument,
} from './loadContent.ts';
