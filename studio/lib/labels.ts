/** Chinese labels of vocabulary values, for document previews in the Studio's lists. */
import type { Label } from '../../site/lib/domain/vocabulary.ts';

/**
 * The Chinese label of a value, the value itself when it is outside the vocabulary, or
 * `undefined` when there is no value.
 * @example zhLabel(PARTICIPATION_ROLES, 'lead') //=> '主导/牵头'
 */
export function zhLabel(table: Readonly<Record<string, Label>>, value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return table[value]?.zh ?? value;
}

/**
 * Join the parts that are present with a middle dot, the separator of the Studio's previews.
 * @example joinPresent(['联想', undefined, 'GB/T 39204-2022']) //=> '联想 · GB/T 39204-2022'
 */
export function joinPresent(parts: readonly unknown[]): string {
  return parts.filter((part): part is string | number => (typeof part === 'string' && part !== '') || typeof part === 'number').join(' · ');
}
