/**
 * The support matcher (docs/design.md, "Support matcher"): which support programmes an enterprise's
 * verified participations may qualify it for, why (in words, in both languages), how much
 * applies and by when.
 *
 * Pure: the caller passes the build date as `today` (`YYYY-MM-DD`; ISO dates compare as
 * strings). The inputs are structural, so tests build small records and pages pass the joined
 * register records unchanged.
 */
import { PARTICIPATION_ROLES, SERVICE_TIERS, STANDARD_LEVELS, labelFor, valuesOf, type Label } from './vocabulary.ts';

/**
 * A programme "closes soon" when its deadline is at most this many days away (inclusive):
 * about a month, the time an enterprise needs to assemble an application.
 */
export const CLOSING_SOON_DAYS = 30;

/** Where a programme's application window stands on a given day. */
export const PROGRAM_STATUSES = Object.freeze({
  open: { zh: '受理中', en: 'Open' },
  'closing-soon': { zh: '即将截止', en: 'Closing soon' },
  upcoming: { zh: '尚未开始', en: 'Upcoming' },
  closed: { zh: '已截止', en: 'Closed' },
} satisfies Record<string, Label>);
export type ProgramStatus = keyof typeof PROGRAM_STATUSES;

/** The order lists show statuses in. */
export const PROGRAM_STATUS_ORDER: readonly ProgramStatus[] = ['open', 'closing-soon', 'upcoming', 'closed'];

/** `supportProgram.eligibility`. An empty or missing criterion means "no restriction on it". */
export interface EligibilityRules {
  readonly levels?: readonly string[] | null | undefined;
  readonly roles?: readonly string[] | null | undefined;
  readonly maxRank?: number | null | undefined;
  readonly implementedWithinYears?: number | null | undefined;
  readonly tiers?: readonly string[] | null | undefined;
}

export interface ProgramInput {
  readonly opensOn?: string | null | undefined;
  readonly closesOn?: string | null | undefined;
  readonly eligibility?: EligibilityRules | null | undefined;
  readonly amounts?: ReadonlyArray<{ readonly level: string; readonly amountCNY: number }> | null | undefined;
}

export interface StandardInput {
  readonly level?: string | null | undefined;
  readonly publishedOn?: string | null | undefined;
  readonly effectiveOn?: string | null | undefined;
  /** The normalized code; `display` is how the reason names the standard. */
  readonly parsed: { readonly display: string };
}

export interface ParticipationInput {
  readonly role?: string | null | undefined;
  readonly rank?: number | null | undefined;
  readonly standard: StandardInput;
}

export interface EnterpriseInput<Q extends ParticipationInput> {
  readonly serviceTier?: string | null | undefined;
  /** Verified participations only: the register never carries others. */
  readonly participations: readonly Q[];
}

/** When a programme's window opens and closes, and where it stands today. */
export interface Deadline {
  readonly status: ProgramStatus;
  readonly opensOn?: string;
  readonly closesOn?: string;
  /** Days from today to the closing day (0 on the day itself), while the programme is open. */
  readonly daysLeft?: number;
}

/** How a standard counts as implemented: its effective date, else its publication date. */
export interface Implementation {
  readonly date: string;
  readonly from: 'effectiveOn' | 'publishedOn';
}

/** One standard through which the enterprise qualifies (an enterprise may hold several roles on it). */
export interface QualifyingStandard<Q extends ParticipationInput> {
  readonly standard: Q['standard'];
  readonly participations: Q[];
  readonly implementation?: Implementation;
  /** The programme's amount for this standard's level, when it lists one. */
  readonly amountCNY?: number;
  /** The reason: the standard's code followed by `conditions`. */
  readonly reason: Label;
  /** The reason after the code, e.g. `（国家标准）：主导/牵头，…` / ` (national standard): lead, …`. */
  readonly conditions: Label;
}

export interface ProgramMatch<P extends ProgramInput, Q extends ParticipationInput> {
  readonly program: P;
  /** Standards that meet the participation criteria; empty when the programme only asks for a tier. */
  readonly standards: QualifyingStandard<Q>[];
  /** Every qualifying participation, in the enterprise's order. */
  readonly participations: Q[];
  readonly tierReason?: Label;
  /** The whole reason as one sentence per language. */
  readonly reason: Label;
  /** The highest amount among the qualifying standards. */
  readonly amountCNY?: number;
  readonly deadline: Deadline;
}

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS;
}

/**
 * Whole days from one date to another.
 * @example daysBetween('2026-11-28', '2026-12-15') //=> 17
 */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/**
 * The same calendar day `years` earlier; 29 February becomes 28 February.
 * @example yearsBefore('2026-11-28', 2) //=> '2024-11-28'
 */
export function yearsBefore(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) - years;
  let monthDay = date.slice(4, 10);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (monthDay === '-02-29' && !leap) monthDay = '-02-28';
  return `${String(year).padStart(4, '0')}${monthDay}`;
}

/**
 * Where a programme's application window stands on `today`. No `opensOn` means open since
 * always; no `closesOn` means open all year (never closing soon).
 * @example programStatus({opensOn: '2026-03-01', closesOn: '2026-12-15'}, '2026-11-28') //=> 'closing-soon'
 */
export function programStatus(program: ProgramInput, today: string): ProgramStatus {
  if (program.opensOn && today < program.opensOn) return 'upcoming';
  if (program.closesOn && today > program.closesOn) return 'closed';
  if (program.closesOn && daysBetween(today, program.closesOn) <= CLOSING_SOON_DAYS) return 'closing-soon';
  return 'open';
}

/** The status with the dates it depends on. */
export function programDeadline(program: ProgramInput, today: string): Deadline {
  const status = programStatus(program, today);
  const open = status === 'open' || status === 'closing-soon';
  return {
    status,
    ...(program.opensOn ? { opensOn: program.opensOn } : {}),
    ...(program.closesOn ? { closesOn: program.closesOn } : {}),
    ...(open && program.closesOn ? { daysLeft: daysBetween(today, program.closesOn) } : {}),
  };
}

/**
 * The date a standard counts as implemented from: effectiveOn, or publishedOn when absent.
 * @example implementationOf({publishedOn: '2025-03-20', effectiveOn: null, parsed: {display: ''}}) //=> {date: '2025-03-20', from: 'publishedOn'}
 */
export function implementationOf(standard: StandardInput): Implementation | undefined {
  if (standard.effectiveOn) return { date: standard.effectiveOn, from: 'effectiveOn' };
  if (standard.publishedOn) return { date: standard.publishedOn, from: 'publishedOn' };
  return undefined;
}

function restricts(list: readonly string[] | null | undefined): list is readonly string[] {
  return Array.isArray(list) && list.length > 0;
}

/** Whether the rules say anything about participations (level, role, rank, implementation). */
export function hasParticipationCriteria(rules: EligibilityRules | null | undefined): boolean {
  return Boolean(rules && (restricts(rules.levels) || restricts(rules.roles) || rules.maxRank != null || rules.implementedWithinYears != null));
}

/**
 * Whether the rules restrict anything at all. A programme without any criterion (a general
 * policy) gives the matcher nothing to state as a reason, so it matches no one; its page
 * says to read the document instead.
 */
export function hasCriteria(rules: EligibilityRules | null | undefined): boolean {
  return hasParticipationCriteria(rules) || restricts(rules?.tiers);
}

const ZH_LIST = '、';
const EN_LIST = ', ';

function levelWords(level: string | null | undefined): Label {
  const entry = labelFor(STANDARD_LEVELS, level);
  return entry ? { zh: entry.zh, en: `${entry.en.toLowerCase()} standard` } : { zh: level ?? '', en: level ?? '' };
}

function roleWords(role: string | null | undefined): Label {
  const entry = labelFor(PARTICIPATION_ROLES, role);
  return entry ? { zh: entry.zh, en: entry.en.toLowerCase() } : { zh: role ?? '', en: role ?? '' };
}

function tierWords(tier: string | null | undefined): Label {
  return labelFor(SERVICE_TIERS, tier) ?? { zh: tier ?? '', en: tier ?? '' };
}

/** Roles in vocabulary order (lead, drafter, editor), whatever order the records come in. */
const ROLE_ORDER = valuesOf(PARTICIPATION_ROLES);

/**
 * An English ordinal.
 * @example ordinal(2) //=> '2nd'
 */
export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function withinYearsEn(years: number): string {
  return years === 1 ? 'within the last year' : `within the last ${years} years`;
}

/** Whether one participation meets the participation criteria on `today`. */
function meetsCriteria(rules: EligibilityRules, p: ParticipationInput, today: string): boolean {
  if (restricts(rules.levels) && !rules.levels.includes(p.standard.level ?? '')) return false;
  if (restricts(rules.roles) && !rules.roles.includes(p.role ?? '')) return false;
  if (rules.maxRank != null && (p.rank == null || p.rank > rules.maxRank)) return false;
  if (rules.implementedWithinYears != null) {
    const implemented = implementationOf(p.standard);
    if (!implemented || implemented.date > today || implemented.date < yearsBefore(today, rules.implementedWithinYears)) return false;
  }
  return true;
}

/** The conditions one standard meets, e.g. `（国家标准）：主导/牵头，起草单位排名第 1（前 3 名可申请）…`. */
function standardConditions(rules: EligibilityRules, standard: StandardInput, participations: readonly ParticipationInput[]): Label {
  const level = levelWords(standard.level);
  const held = new Set(participations.map((p) => p.role ?? ''));
  const roles = ROLE_ORDER.filter((role) => held.has(role)).map(roleWords);
  const zh: string[] = [];
  const en: string[] = [];
  if (roles.length > 0) {
    zh.push(roles.map((r) => r.zh).join(ZH_LIST));
    en.push(roles.map((r) => r.en).join(EN_LIST));
  }
  const ranks = participations.map((p) => p.rank).filter((r): r is number => typeof r === 'number');
  if (rules.maxRank != null && ranks.length > 0) {
    const best = Math.min(...ranks);
    zh.push(`起草单位排名第 ${best}（${rules.maxRank === 1 ? '限排名第一' : `前 ${rules.maxRank} 名可申请`}）`);
    en.push(`ranked ${ordinal(best)} among the drafting organizations (${rules.maxRank === 1 ? 'only the first qualifies' : `top ${rules.maxRank} qualify`})`);
  }
  const implemented = implementationOf(standard);
  if (rules.implementedWithinYears != null && implemented) {
    const years = rules.implementedWithinYears;
    if (implemented.from === 'effectiveOn') {
      zh.push(`${implemented.date} 实施，在近 ${years} 年内`);
      en.push(`in effect since ${implemented.date}, ${withinYearsEn(years)}`);
    } else {
      zh.push(`${implemented.date} 发布（未注明实施日期），在近 ${years} 年内`);
      en.push(`published ${implemented.date} (no effective date recorded), ${withinYearsEn(years)}`);
    }
  }
  return { zh: `（${level.zh}）：${zh.join('，')}`, en: ` (${level.en}): ${en.join(', ')}` };
}

function tierReason(tiers: readonly string[], tier: string): Label {
  const own = tierWords(tier);
  const allowed = tiers.map(tierWords);
  return {
    zh: `服务类型为${own.zh}（限${allowed.map((t) => t.zh).join(ZH_LIST)}）`,
    en: `service tier ${own.en} (open to ${allowed.map((t) => t.en).join(EN_LIST)})`,
  };
}

/**
 * The first letter upper-cased, for a reason shown as a sentence of its own.
 * @example capitalize('service tier Growth') //=> 'Service tier Growth'
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether and why one enterprise may qualify for one programme; undefined when it does not. */
export function matchProgram<P extends ProgramInput, Q extends ParticipationInput>(
  enterprise: EnterpriseInput<Q>,
  program: P,
  today: string,
): ProgramMatch<P, Q> | undefined {
  const rules = program.eligibility;
  if (!rules || !hasCriteria(rules)) return undefined;

  let tier: Label | undefined;
  if (restricts(rules.tiers)) {
    if (!enterprise.serviceTier || !rules.tiers.includes(enterprise.serviceTier)) return undefined;
    tier = tierReason(rules.tiers, enterprise.serviceTier);
  }

  const participations = hasParticipationCriteria(rules) ? enterprise.participations.filter((p) => meetsCriteria(rules, p, today)) : [];
  if (hasParticipationCriteria(rules) && participations.length === 0) return undefined;

  // One entry per standard: an enterprise that leads a project and edits it qualifies once.
  const byStandard = new Map<Q['standard'], Q[]>();
  for (const p of participations) byStandard.set(p.standard, [...(byStandard.get(p.standard) ?? []), p]);
  const standards: QualifyingStandard<Q>[] = [...byStandard].map(([standard, ps]) => {
    const amount = program.amounts?.find((a) => a.level === standard.level)?.amountCNY;
    const implementation = rules.implementedWithinYears != null ? implementationOf(standard) : undefined;
    const conditions = standardConditions(rules, standard, ps);
    const code = standard.parsed.display;
    return {
      standard,
      participations: ps,
      ...(implementation ? { implementation } : {}),
      ...(amount !== undefined ? { amountCNY: amount } : {}),
      reason: { zh: `${code}${conditions.zh}`, en: `${code}${conditions.en}` },
      conditions,
    };
  });
  // Highest amount first, then by code, so the reason leads with what pays most.
  standards.sort((a, b) => (b.amountCNY ?? -1) - (a.amountCNY ?? -1) || a.standard.parsed.display.localeCompare(b.standard.parsed.display, 'en'));

  const amounts = standards.map((s) => s.amountCNY).filter((a): a is number => a !== undefined);
  const parts = [...standards.map((s) => s.reason), ...(tier ? [tier] : [])];
  return {
    program,
    standards,
    participations,
    ...(tier ? { tierReason: tier } : {}),
    reason: { zh: parts.map((p) => p.zh).join('；'), en: capitalize(parts.map((p) => p.en).join('; ')) },
    ...(amounts.length > 0 ? { amountCNY: Math.max(...amounts) } : {}),
    deadline: programDeadline(program, today),
  };
}

/**
 * The programmes an enterprise may qualify for, in the order given, each with the reason in
 * words, the amount that applies and the deadline. Closed programmes are included (marked
 * `closed`) so a profile can show them as past.
 */
export function matchSupportPrograms<P extends ProgramInput, Q extends ParticipationInput>(
  enterprise: EnterpriseInput<Q>,
  programs: readonly P[],
  today: string,
): ProgramMatch<P, Q>[] {
  return programs.flatMap((program) => matchProgram(enterprise, program, today) ?? []);
}

/** The enterprises that appear to qualify for one programme, in the order given, with their match. */
export function qualifyingEnterprises<P extends ProgramInput, E extends EnterpriseInput<ParticipationInput>>(
  program: P,
  enterprises: readonly E[],
  today: string,
): Array<{ enterprise: E; match: ProgramMatch<P, E['participations'][number]> }> {
  return enterprises.flatMap((enterprise) => {
    const match = matchProgram<P, E['participations'][number]>(enterprise, program, today);
    return match ? [{ enterprise, match }] : [];
  });
}

/**
 * The eligibility rules in plain words, one sentence per criterion (empty when there are none).
 * @example describeEligibility({maxRank: 3})[0]?.en //=> 'Ranked in the top 3 drafting organizations'
 */
export function describeEligibility(rules: EligibilityRules | null | undefined): Label[] {
  if (!rules) return [];
  const lines: Label[] = [];
  if (restricts(rules.levels)) {
    const levels = rules.levels.map(levelWords);
    lines.push({
      zh: `标准级别：${levels.map((l) => l.zh).join(ZH_LIST)}`,
      en: `Standard level: ${levels.map((l) => l.en.replace(/ standard$/, '')).join(EN_LIST)}`,
    });
  }
  if (restricts(rules.roles)) {
    const roles = rules.roles.map(roleWords);
    lines.push({ zh: `参与角色：${roles.map((r) => r.zh).join(ZH_LIST)}`, en: `Role in drafting: ${roles.map((r) => r.en).join(EN_LIST)}` });
  }
  if (rules.maxRank != null) {
    lines.push(
      rules.maxRank === 1
        ? { zh: '起草单位排名第一', en: 'First-ranked drafting organization' }
        : { zh: `起草单位排名前 ${rules.maxRank} 名`, en: `Ranked in the top ${rules.maxRank} drafting organizations` },
    );
  }
  if (rules.implementedWithinYears != null) {
    const years = rules.implementedWithinYears;
    lines.push({
      zh: `标准已实施且在近 ${years} 年内实施（按实施日期，未注明的按发布日期）`,
      en: `Standard in effect, ${withinYearsEn(years)} (by effective date, or publication date when none is recorded)`,
    });
  }
  if (restricts(rules.tiers)) {
    const tiers = rules.tiers.map(tierWords);
    lines.push({ zh: `服务类型：${tiers.map((t) => t.zh).join(ZH_LIST)}`, en: `Service tier: ${tiers.map((t) => t.en).join(EN_LIST)}` });
  }
  return lines;
}
