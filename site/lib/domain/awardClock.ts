/**
 * Award clocks (docs/design.md, "Award clocks" and "The awards"): from an award's rules and an
 * enterprise's public nominations, the session it may next apply for and until when its
 * latest win can still be revoked. Pure: the build date comes in as `today`.
 *
 * Session n of an award is held in `firstYear + (n − 1) · cycleYears` (北京市人民政府质量管理奖:
 * first session 2007, every two years, so the 8th session is 2021).
 */

/** The rule fields of an `award` document. */
export interface AwardRules {
  readonly cycleYears?: number | null | undefined;
  readonly firstYear?: number | null | undefined;
  /** Winners wait this many sessions before applying again (Beijing: 2, 间隔两届). */
  readonly reapplyAfterSessions?: number | null | undefined;
  /** A win can be revoked for this many years after it (Beijing: 3). */
  readonly revocationYears?: number | null | undefined;
}

/** The fields of a public nomination the clocks read. */
export interface ClockNomination {
  readonly year: number;
  readonly session?: number | null | undefined;
  readonly outcome: string;
  readonly announcedOn?: string | null | undefined;
}

export interface SessionRef {
  readonly session: number;
  readonly year: number;
}

export interface ApplyClock extends SessionRef {
  /** `wait`: the winners' waiting period decides; `open`: simply the next open session. */
  readonly reason: 'wait' | 'open';
  /** The latest win, when there is one. */
  readonly won?: SessionRef;
  readonly waitSessions: number;
}

export interface RevocationClock {
  readonly wonYear: number;
  /** Last day the win can be revoked, `YYYY-MM-DD`. */
  readonly until: string;
  /** `until` is today or later. */
  readonly open: boolean;
  readonly years: number;
}

export interface AwardClock {
  readonly apply?: ApplyClock;
  readonly revocation?: RevocationClock;
}

/** Cycle and first year, when the award has a usable schedule. */
export function scheduleOf(rules: AwardRules): { cycle: number; first: number } | undefined {
  const { cycleYears: cycle, firstYear: first } = rules;
  return cycle && cycle > 0 && first ? { cycle, first } : undefined;
}

/**
 * The year session n is held.
 * @example sessionYear({cycleYears: 2, firstYear: 2007}, 8) //=> 2021
 */
export function sessionYear(rules: AwardRules, session: number): number | undefined {
  const s = scheduleOf(rules);
  return s && session >= 1 ? s.first + (session - 1) * s.cycle : undefined;
}

/**
 * The session held in a year, or undefined when no session falls in it.
 * @example sessionOfYear({cycleYears: 2, firstYear: 2007}, 2021) //=> 8
 */
export function sessionOfYear(rules: AwardRules, year: number): number | undefined {
  const s = scheduleOf(rules);
  if (!s || year < s.first || (year - s.first) % s.cycle !== 0) return undefined;
  return (year - s.first) / s.cycle + 1;
}

/**
 * The next session still open: held this year or later, and after the latest year that
 * already has public results (an annual award whose 2026 list is out is open again in 2027).
 * @example nextOpenSession({cycleYears: 2, firstYear: 2007}, '2026-11-28', 2025) //=> {session: 11, year: 2027}
 */
export function nextOpenSession(rules: AwardRules, today: string, lastHeldYear?: number): SessionRef | undefined {
  const s = scheduleOf(rules);
  if (!s) return undefined;
  const from = Math.max(Number(today.slice(0, 4)), (lastHeldYear ?? -Infinity) + 1, s.first);
  const session = Math.ceil((from - s.first) / s.cycle) + 1;
  return { session, year: s.first + (session - 1) * s.cycle };
}

/**
 * A date plus whole years; 29 February becomes 28 February in a common year.
 * @example addYears('2021-12-20', 3) //=> '2024-12-20'
 */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  let monthDay = date.slice(4, 10);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (monthDay === '-02-29' && !leap) monthDay = '-02-28';
  return `${String(year).padStart(4, '0')}${monthDay}`;
}

/** The session of a nomination: as recorded, else derived from its year. */
function sessionOf(rules: AwardRules, n: ClockNomination): SessionRef | undefined {
  const session = n.session ?? sessionOfYear(rules, n.year);
  return session ? { session, year: n.year } : undefined;
}

/**
 * The clocks of one award for one enterprise.
 * After a win the enterprise waits `reapplyAfterSessions` sessions (won in session s, it may
 * apply from s + wait + 1); otherwise, or once the wait is over, the next open session.
 * A win can be revoked until `announcedOn` (or, without it, 31 December of the win year)
 * plus `revocationYears`.
 */
export function awardClock(rules: AwardRules, nominations: readonly ClockNomination[], today: string, lastHeldYear?: number): AwardClock {
  const wins = nominations.filter((n) => n.outcome === 'winner').sort((a, b) => b.year - a.year);
  const latestWin = wins[0];
  const won = latestWin ? sessionOf(rules, latestWin) : undefined;
  const waitSessions = rules.reapplyAfterSessions ?? 0;
  const open = nextOpenSession(rules, today, lastHeldYear);

  let apply: ApplyClock | undefined;
  if (open) {
    const earliest = won ? won.session + waitSessions + 1 : 0;
    const earliestYear = sessionYear(rules, earliest);
    apply =
      won && waitSessions > 0 && earliest >= open.session && earliestYear !== undefined
        ? { session: earliest, year: earliestYear, reason: 'wait', won, waitSessions }
        : { ...open, reason: 'open', ...(won ? { won } : {}), waitSessions };
  }

  let revocation: RevocationClock | undefined;
  const years = rules.revocationYears;
  if (latestWin && years) {
    const until = addYears(latestWin.announcedOn ?? `${latestWin.year}-12-31`, years);
    revocation = { wonYear: latestWin.year, until, open: today <= until, years };
  }
  return { ...(apply ? { apply } : {}), ...(revocation ? { revocation } : {}) };
}
