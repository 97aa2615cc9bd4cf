/**
 * The Studio's own validation, run in Node with no Content Lake (docs/sanity-offline.md,
 * "Validation"): `createSchema` + `validateDocument` from `sanity`, with a small client whose
 * `fetch` answers GROQ from the given documents through groq-js. That serves Sanity's
 * slug-uniqueness query; reference existence is answered from the published ids.
 */
import { readFileSync } from 'node:fs';
import { evaluate, parse } from 'groq-js';
import { createSchema, validateDocument, type SanityDocument, type ValidationMarker, type Workspace } from 'sanity';
import { schemaTypes } from '../../../studio/schemaTypes/index.ts';
import { isPublishedId } from '../../../site/lib/domain/visibility.ts';

export type StudioSchema = ReturnType<typeof createSchema>;

/** One problem `createSchema` found in the type definitions, as `type.field: message`. */
export interface SchemaProblem {
  readonly severity: string;
  readonly text: string;
}

interface ProblemGroup {
  readonly path: readonly { readonly name?: string }[];
  readonly problems: readonly { readonly severity: string; readonly message: string }[];
}

/** The compiled Studio schema. */
export function createStudioSchema(): StudioSchema {
  return createSchema({ name: 'studio', types: schemaTypes });
}

/**
 * Errors and warnings of the type definitions. `createSchema` yields an empty schema instead of
 * throwing when definitions have errors, so tests must look here first.
 */
export function schemaProblems(schema: StudioSchema): SchemaProblem[] {
  const groups = (schema as unknown as { _validation?: readonly ProblemGroup[] })._validation ?? [];
  return groups.flatMap((group) =>
    group.problems.map((problem) => ({
      severity: problem.severity,
      text: `${group.path.map((segment) => segment.name ?? '?').join('.')}: ${problem.message}`,
    })),
  );
}

/** Documents of an NDJSON file (Sanity's export format), skipping blank lines. */
export function readNdjson(path: string): SanityDocument[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line.replace(/^\uFEFF/, '')) as SanityDocument);
}

/** The part of a Sanity client that validation uses: `withConfig` and `fetch`. */
function createGroqClient(documents: readonly SanityDocument[]) {
  // Most validation queries filter on `$docType`: evaluate them over that type only, because
  // groq-js scans the whole dataset on every filter (docs/sanity-offline.md, "groq-js").
  const byType = new Map<string, SanityDocument[]>();
  for (const doc of documents) byType.set(doc._type, [...(byType.get(doc._type) ?? []), doc]);
  const client = {
    withConfig: () => client,
    fetch: async (query: string, params: Record<string, unknown> = {}) => {
      const docType = params['docType'];
      const dataset = typeof docType === 'string' ? (byType.get(docType) ?? []) : documents;
      const result = await evaluate(parse(query, { params }), { dataset, params });
      return result.get();
    },
  };
  return client;
}

/** Validate documents as the Studio would, against `documents` as the whole dataset. */
export function createOfflineValidator(schema: StudioSchema, documents: readonly SanityDocument[]) {
  const publishedIds = new Set(documents.map((doc) => doc._id).filter(isPublishedId));
  const client = createGroqClient(documents);
  // validateDocument reads only `schema`, `getClient` and `i18n` (absent: English fallback).
  const workspace = { schema, getClient: () => client } as unknown as Workspace;
  return (document: SanityDocument): Promise<ValidationMarker[]> =>
    validateDocument({
      document,
      workspace,
      // As in the Studio. Not `cli`: there sanity 5.31 appends its unknown-field check to each
      // object's rules with `.warning()`, which turns every rule on an object value (document-level
      // rules, slugs, required objects) into a warning. Unknown fields: see `undeclaredFields`.
      environment: 'studio',
      getDocumentExists: async ({ id }) => publishedIds.has(id),
    });
}

/** Top-level fields of a document that its Studio type does not declare, as `_id: field`. */
export function undeclaredFields(schema: StudioSchema, doc: SanityDocument): string[] {
  const type = schema.get(doc._type) as { fields?: readonly { name: string }[] } | undefined;
  const declared = new Set((type?.fields ?? []).map((field) => field.name));
  return Object.keys(doc)
    .filter((key) => !key.startsWith('_') && !declared.has(key))
    .map((key) => `${doc._id}: ${key}`);
}

/** A marker as one readable line: `error uscc: message`. */
export function formatMarker(doc: SanityDocument, marker: ValidationMarker): string {
  const path = marker.path.map((segment) => (typeof segment === 'object' ? JSON.stringify(segment) : String(segment))).join('.');
  return `${doc._id} ${marker.level} ${path}: ${marker.message}`;
}
