/** The offline content check of the NDJSON dataset (see scripts/contentCheck.ts). */
export type { ContentProblem, NdjsonEntry } from './problem.ts';
export { ContentFileError, parseNdjson, readNdjson } from './readNdjson.ts';
export { DocumentCache } from './documentCache.ts';
export { checkDocuments } from './check/index.ts';
export { formatProblem, formatProblems } from './formatProblem.ts';
export {
  checkContentFile,
  checkRead,
  ContentCheckError,
  loadCheckedDocuments,
  loadCheckedDocumentsSync,
  type CheckedContent,
  type ContentDocument,
} from './loadContent.ts';
