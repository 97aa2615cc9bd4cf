/**
 * "登记新编号" (record a new designation) as a pure function: the new code becomes current and
 * the old one moves to `designations` with its stage and today's date, so the record keeps its
 * id and page (site/lib/routes.ts) and nobody edits the code field in place.
 */
import { checkStandardCode, parseStandardCode } from '../../site/lib/domain/standardCode.ts';
import type { RuleIssue } from '../../site/lib/domain/issue.ts';

export interface DesignationSource {
  readonly code?: unknown;
  readonly stage?: unknown;
  readonly stageCode?: unknown;
  readonly designations?: unknown;
}

export interface DesignationEntry {
  readonly _key: string;
  readonly _type: 'designation';
  readonly code: string;
  readonly stage?: string;
  readonly stageCode?: string;
  readonly until: string;
}

export type DesignationPatch =
  | { readonly setIfMissing: { readonly designations: readonly [] } }
  | { readonly set: { readonly code: string } }
  | { readonly insert: { readonly after: string; readonly items: readonly DesignationEntry[] } };

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** Why a new code cannot be registered (errors of the shared rule, or no change); empty when it can. */
export function designationChangeProblems(doc: DesignationSource, newCode: string): string[] {
  const code = newCode.trim();
  if (code === '') return ['请填写新编号。'];
  const old = text(doc.code);
  if (old !== undefined && (parseStandardCode(old)?.display ?? old) === (parseStandardCode(code)?.display ?? code)) return ['新编号与现编号相同。'];
  return checkStandardCode(code, undefined)
    .filter((issue: RuleIssue) => issue.level === 'error')
    .map((issue) => issue.message.zh);
}

/**
 * The patches of the action: ensure `designations`, append the old code with its stage and
 * today, set the new code. The key is derived from the date and the count, stable and unique.
 * @example buildDesignationChangePatch({ code: 'ISO/IEC DIS 98145', stage: 'enquiry', stageCode: '40.99' }, 'ISO/IEC FDIS 98145', '2025-11-20')
 */
export function buildDesignationChangePatch(doc: DesignationSource, newCode: string, today: string): DesignationPatch[] {
  const old = text(doc.code);
  const existing = Array.isArray(doc.designations) ? doc.designations.length : 0;
  const stage = text(doc.stage);
  const stageCode = text(doc.stageCode);
  const patches: DesignationPatch[] = [{ setIfMissing: { designations: [] } }];
  if (old !== undefined) {
    const entry: DesignationEntry = {
      _key: `d${today.replace(/-/g, '')}n${existing + 1}`,
      _type: 'designation',
      code: old,
      ...(stage ? { stage } : {}),
      ...(stageCode ? { stageCode } : {}),
      until: today,
    };
    patches.push({ insert: { after: 'designations[-1]', items: [entry] } });
  }
  patches.push({ set: { code: newCode.trim() } });
  return patches;
}
