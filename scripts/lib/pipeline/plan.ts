/**
 * What an import would do: compare each document of the file with the one stored under its id
 * (canonical JSON, server fields ignored) — new ones are created, different ones replaced,
 * equal ones left alone; with `prune`, stored documents the file lacks are deleted.
 * Only created and updated documents are sent, which makes a second run write nothing and a
 * run after an interruption resume where the first one stopped.
 */
import { canonicalJson, type LakeDocument } from './documents.ts';

export interface ImportPlan {
  readonly create: LakeDocument[];
  readonly update: LakeDocument[];
  readonly unchanged: number;
  readonly delete: string[];
}

export function planImport(fileDocs: readonly LakeDocument[], stored: ReadonlyMap<string, LakeDocument>, storedIds?: readonly string[]): ImportPlan {
  const create: LakeDocument[] = [];
  const update: LakeDocument[] = [];
  let unchanged = 0;
  for (const doc of fileDocs) {
    const existing = stored.get(doc._id);
    if (!existing) create.push(doc);
    else if (canonicalJson(existing) !== canonicalJson(doc)) update.push(doc);
    else unchanged += 1;
  }
  const inFile = new Set(fileDocs.map((doc) => doc._id));
  const toDelete = (storedIds ?? []).filter((id) => !inFile.has(id)).sort();
  return { create, update, unchanged, delete: toDelete };
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `create  enterprise-x` lines (ids sorted per action), for the dry run. */
export function formatPlanLines(plan: ImportPlan): string[] {
  const ids = (docs: readonly LakeDocument[]) => docs.map((doc) => doc._id).sort();
  return [
    ...ids(plan.create).map((id) => `  create  ${id}`),
    ...ids(plan.update).map((id) => `  update  ${id}`),
    ...plan.delete.map((id) => `  delete  ${id}`),
  ];
}

/** `2 to create, 1 to update, 377 unchanged, 0 to delete`. */
export function formatPlanCounts(plan: ImportPlan): string {
  return `${plan.create.length} to create, ${plan.update.length} to update, ${plan.unchanged} unchanged, ${plan.delete.length} to delete`;
}
