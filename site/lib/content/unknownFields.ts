/**
 * Fields the content model does not have. They are not an error — an export from a real
 * project may carry fields added later — but they are never shown, so a misspelt field
 * (`webiste`) would vanish without a word. The check warns, naming the nearest known field.
 */
import { clip } from './problem.ts';

/** Edit distance with transpositions (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

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
