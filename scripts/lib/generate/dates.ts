/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), as whole days since 1970-01-01 with
 * Howard Hinnant's civil-calendar formulas (http://howardhinnant.github.io/date_algorithms.html):
 * pure integer math, no time zone, and ~10× faster than Date.parse + toISOString, which
 * dominated generation time at 50k documents.
 */
import type { Random } from './random.ts';

/** Days since 1970-01-01 of a proleptic Gregorian date. */
function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The ISO date of a day number. */
function civilFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

function toDays(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/**
 * The date `days` after (or before, when negative) a date.
 * @example addDays('2026-11-28', 3) //=> '2026-12-01'
 */
export function addDays(date: string, days: number): string {
  return civilFromDays(toDays(date) + days);
}

/** The year of an ISO date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * A random day from `from` to `to`, both included (`to` before `from` gives `from`).
 * @example randomDate(random, '2024-01-01', '2024-12-31') // a day of 2024
 */
export function randomDate(random: Random, from: string, to: string): string {
  const start = toDays(from);
  return civilFromDays(start + random.int(0, Math.max(0, toDays(to) - start)));
}
