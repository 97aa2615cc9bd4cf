/**
 * Award clocks (docs/design.md, "Award clocks" and "The awards"): from an award's rules and an
 * enterprise's public nominations, the session it may next apply for and until when its
 * latest win can still be revoked. Pure: the build date comes in as `today`.
 *
 * Session n of an award is held in `firstYear + (n − 1) · cycleYears` (北京市人民政府质量管理奖:
 * first session 2007, every two years, so the 8th session is 2021).
 */
import type { Label } from './vocabulary.ts';
import { formatSession } from '../i18n/format.ts';

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
function scheduleOf(rules: AwardRules): { cycle: number; first: number } | undefined {
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

function sessionLabel(ref: SessionRef): Label {
  return { zh: `${formatSession(ref.session, 'zh')}（${ref.year} 年）`, en: `the ${formatSession(ref.session, 'en')} (${ref.year})` };
}

/** The clocks in words, both languages, in the order a reader needs them. */
export function clockSentences(clock: AwardClock): Label[] {
  const sentences: Label[] = [];
  const { apply, revocation } = clock;
  if (apply?.reason === 'wait' && apply.won) {
    const won = sessionLabel(apply.won);
    const next = sessionLabel(apply);
    sentences.push({
      zh: `${won.zh}获奖，须间隔 ${apply.waitSessions} 届，可于${next.zh}再次申报。`,
      en: `Won in ${won.en}; winners wait ${apply.waitSessions} sessions, so it may apply again from ${next.en}.`,
    });
  } else if (apply) {
    const next = sessionLabel(apply);
    sentences.push({ zh: `可申报下一届：${next.zh}。`, en: `May apply for the next session: ${next.en}.` });
  }
  if (revocation) {
    sentences.push(
      revocation.open
        ? {
            zh: `获奖后 ${revocation.years} 年内可被撤销：至 ${revocation.until} 前仍可能撤销。`,
            en: `A win can be revoked within ${revocation.years} years: this one until ${revocation.until}.`,
          }
        : {
            zh: `撤销期（获奖后 ${revocation.years} 年）已于 ${revocation.until} 届满。`,
            en: `The revocation period (${revocation.years} years after the win) ended on ${revocation.until}.`,
          },
    );
  }
  return sentences;
}

/** An award's rules in words, both languages (the award page). */
export function ruleSentences(rules: AwardRules, next?: SessionRef): Label[] {
  const sentences: Label[] = [];
  const s = scheduleOf(rules);
  if (s) {
    sentences.push(
      s.cycle === 1
        ? { zh: `每年评选一届，第 1 届于 ${s.first} 年举办。`, en: `Held every year; the 1st session was in ${s.first}.` }
        : { zh: `每 ${s.cycle} 年评选一届，第 1 届于 ${s.first} 年举办。`, en: `Held every ${s.cycle} years; the 1st session was in ${s.first}.` },
    );
  }
  if (rules.reapplyAfterSessions) {
    const n = rules.reapplyAfterSessions;
    sentences.push({ zh: `获奖组织须间隔 ${n} 届方可再次申报。`, en: `A winner may apply again only after ${n} sessions.` });
  }
  if (rules.revocationYears) {
    const n = rules.revocationYears;
    sentences.push({
      zh: `获奖后 ${n} 年内发生重大质量、安全或环境事故的，撤销其奖项。`,
      en: `A win is revoked after a major quality, safety or environmental accident within ${n} years.`,
    });
  }
  if (next) {
    const label = sessionLabel(next);
    sentences.push({ zh: `下一届：${label.zh}。`, en: `Next session: ${label.en}.` });
  }
  return sentences;
}
