/** The committed dataset, read once for the dataset tests. */
import { readFileSync } from 'node:fs';
import { DATASET_PATH } from '../../../scripts/seed/buildDataset.ts';
import { isPublishedId, isPublicNomination, isVerified } from '../../../site/lib/domain/visibility.ts';
import { RELATION_TYPES, type DocumentType } from '../../../site/lib/domain/model.ts';

export interface Doc {
  readonly _id: string;
  readonly _type: DocumentType;
  readonly [field: string]: unknown;
}

export const DATASET_TEXT = readFileSync(DATASET_PATH, 'utf8');
export const DOCS: readonly Doc[] = DATASET_TEXT.split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line) as Doc);

export const PUBLISHED = DOCS.filter((doc) => isPublishedId(doc._id));
export const DRAFTS = DOCS.filter((doc) => !isPublishedId(doc._id));
export const BY_ID = new Map(DOCS.map((doc) => [doc._id, doc]));

export const ofType = (type: DocumentType, docs: readonly Doc[] = PUBLISHED): Doc[] => docs.filter((doc) => doc._type === type);

/** Whether a published document may appear on the public site (docs/design.md, "Visibility"). */
export function isPublic(doc: Doc): boolean {
  if (!isPublishedId(doc._id)) return false;
  if (doc._type === 'nomination') return isPublicNomination(doc as Parameters<typeof isPublicNomination>[0]);
  if ((RELATION_TYPES as readonly string[]).includes(doc._type)) return isVerified(doc as Parameters<typeof isVerified>[0]);
  return true;
}

/** The `_ref` of a reference field. */
export function refOf(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && '_ref' in value ? String((value as { _ref: unknown })._ref) : undefined;
}

export const str = (doc: Doc, field: string): string | undefined => (typeof doc[field] === 'string' ? (doc[field] as string) : undefined);
