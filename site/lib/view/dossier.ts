/**
 * Application dossiers (`/enterprises/{slug}/dossier/{programme}/`): for a programme an
 * enterprise may qualify for, exactly the verified records that meet its conditions, each with
 * the reason, the amount for its level, and the programme's deadline and document number.
 *
 * The support matcher decides (`matchSupportPrograms`, the one the profile shows): a dossier
 * is the match's qualifying participations, nothing recomputed. A dossier exists while the
 * programme is open or upcoming and the match rests on records (a programme that only asks for
 * a service tier has no records to assemble; a closed one takes no applications).
 */
import type { Enterprise, Participation, Program, Register } from '../data/register.ts';
import { type ProgramMatch, type QualifyingStandard } from '../domain/eligibility.ts';
import { PARTICIPATION_ROLES, STANDARD_LEVELS, labelFor, valuesOf } from '../domain/vocabulary.ts';
import { toCsv, type CsvColumn } from './csv.ts';
import { enterpriseMatches, orderByUrgency } from './programs.ts';
import { safeUrl } from './safeUrl.ts';

export type DossierMatch = ProgramMatch<Program, Participation>;

/** Whether a match gets a dossier page: records to show, and a window not yet closed. */
export function hasDossier(match: { readonly standards: readonly unknown[]; readonly deadline: { readonly status: string } }): boolean {
  return match.standards.length > 0 && match.deadline.status !== 'closed';
}

/** One verified participation in a dossier, with the standard it qualifies through. */
export interface DossierRow {
  /** 1-based position in the dossier. */
  readonly n: number;
  readonly participation: Participation;
  readonly qualifying: QualifyingStandard<Participation>;
}

/** A type, not an interface: Astro's static-path props need an index signature. */
export type Dossier = {
  readonly enterprise: Enterprise;
  readonly program: Program;
  readonly match: DossierMatch;
  readonly rows: readonly DossierRow[];
};

const ROLE_ORDER: readonly string[] = valuesOf(PARTICIPATION_ROLES);

/**
 * The rows: the match's standards in its order (highest amount first, then by code), each
 * standard's qualifying participations by role (lead, drafter, editor).
 */
export function dossierRows(match: DossierMatch): DossierRow[] {
  let n = 0;
  return match.standards.flatMap((qualifying) =>
    [...qualifying.participations]
      .sort((a, b) => ROLE_ORDER.indexOf(a.role ?? '') - ROLE_ORDER.indexOf(b.role ?? '') || a._id.localeCompare(b._id))
      .map((participation) => ({ n: ++n, participation, qualifying })),
  );
}

/** The dossiers of one enterprise, by urgency (nearest deadline first), as the profile lists them. */
export function enterpriseDossiers(enterprise: Enterprise, programs: readonly Program[], today: string): Dossier[] {
  return orderByUrgency(enterpriseMatches(enterprise, programs, today))
    .filter(hasDossier)
    .map((match) => ({ enterprise, program: match.program, match, rows: dossierRows(match) }));
}

/** Every dossier of the register (the static paths of the dossier page and its CSV: computed once for both). */
export function allDossiers(register: Register): Dossier[] {
  let dossiers = dossiersOf.get(register);
  if (!dossiers) {
    dossiers = register.enterprises.flatMap((e) => enterpriseDossiers(e, register.programs, register.today));
    dossiersOf.set(register, dossiers);
  }
  return dossiers;
}

const dossiersOf = new WeakMap<Register, Dossier[]>();

/** The sum of the amounts of the distinct qualifying standards (each standard counts once). */
export function dossierTotal(match: DossierMatch): number | undefined {
  const amounts = match.standards.map((s) => s.amountCNY).filter((a): a is number => a !== undefined);
  return amounts.length > 0 ? amounts.reduce((a, b) => a + b, 0) : undefined;
}

/** Columns of the dossier CSV: the programme and enterprise on every row, then the record. */
export const DOSSIER_COLUMNS: readonly CsvColumn<{ readonly dossier: Dossier; readonly row: DossierRow }>[] = [
  { header: 'n', value: ({ row }) => row.n },
  { header: 'programme', value: ({ dossier }) => dossier.program.slug },
  { header: 'programme_title_zh', value: ({ dossier }) => dossier.program.title.zh },
  { header: 'programme_title_en', value: ({ dossier }) => dossier.program.title.en },
  { header: 'document_number', value: ({ dossier }) => dossier.program.documentNumber },
  { header: 'closes_on', value: ({ dossier }) => dossier.program.closesOn },
  { header: 'enterprise', value: ({ dossier }) => dossier.enterprise.slug },
  { header: 'enterprise_name_zh', value: ({ dossier }) => dossier.enterprise.name.zh },
  { header: 'enterprise_name_en', value: ({ dossier }) => dossier.enterprise.name.en },
  { header: 'uscc', value: ({ dossier }) => dossier.enterprise.uscc },
  { header: 'standard_code', value: ({ row }) => row.qualifying.standard.parsed.display },
  { header: 'standard_title_zh', value: ({ row }) => row.qualifying.standard.title.zh },
  { header: 'standard_title_en', value: ({ row }) => row.qualifying.standard.title.en },
  { header: 'level', value: ({ row }) => row.qualifying.standard.level },
  { header: 'level_zh', value: ({ row }) => labelFor(STANDARD_LEVELS, row.qualifying.standard.level)?.zh },
  { header: 'role', value: ({ row }) => row.participation.role },
  { header: 'role_zh', value: ({ row }) => labelFor(PARTICIPATION_ROLES, row.participation.role)?.zh },
  { header: 'role_en', value: ({ row }) => labelFor(PARTICIPATION_ROLES, row.participation.role)?.en },
  { header: 'rank', value: ({ row }) => row.participation.rank },
  { header: 'year', value: ({ row }) => row.participation.year },
  { header: 'published_on', value: ({ row }) => row.qualifying.standard.publishedOn },
  { header: 'effective_on', value: ({ row }) => row.qualifying.standard.effectiveOn },
  { header: 'amount_cny', value: ({ row }) => row.qualifying.amountCNY },
  { header: 'reason_zh', value: ({ row }) => row.qualifying.reason.zh },
  { header: 'reason_en', value: ({ row }) => row.qualifying.reason.en },
  { header: 'source_url', value: ({ row }) => safeUrl(row.participation.source?.url) },
  { header: 'source_title', value: ({ row }) => row.participation.source?.title },
  { header: 'verified_on', value: ({ row }) => row.participation.verification.on },
  { header: 'record_id', value: ({ row }) => row.participation._id },
];

/** The dossier as CSV (the project's CSV helper: BOM, CRLF), one line per row of the page. */
export function dossierCsv(dossier: Dossier): string {
  return toCsv(
    DOSSIER_COLUMNS,
    dossier.rows.map((row) => ({ dossier, row })),
  );
}
