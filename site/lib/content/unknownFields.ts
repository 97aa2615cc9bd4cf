/**
 * Fields the content model does not have. They are not an error — an export from a real
 * project may carry fields added later — but they are never shown, so a misspelt field
 * (`webiste`) would vanish without a word. The check warns, naming the nearest known field.
 */
import { editDistance } from '../domain/editDistance.ts';
import { clip } from './problem.ts';


/**
 * The known name closest to `name` (case-insensitive, within a third of its length, at least
 * one edit), or undefined when none is close.
 * @example nearestName('webiste', ['website', 'park']) //=> 'website'
 */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const max = Math.max(1, Math.floor(lower.length / 3));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of known) {
    const d = editDistance(lower, candidate.toLowerCase(), max);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The warning for an unknown field `name` at `path` among the `known` fields.
 * @example unknownFieldMessage('webiste', ['website']) //=> 'unknown field "webiste" is ignored: did you mean website? …'
 */
export function unknownFieldMessage(path: string, known: readonly string[]): string {
  const name = path.slice(path.lastIndexOf('.') + 1);
  const near = nearestName(name, known);
  const shown = clip(path, 60);
  return near === undefined
    ? `unknown field "${shown}" is ignored: it is not part of the content model, so no page shows it. Remove it, or rename it to one of: ${known.join(', ')}.`
    : `unknown field "${shown}" is ignored: did you mean ${near}? Rename it to "${near}" or remove it.`;
}
