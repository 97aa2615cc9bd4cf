/**
 * A deterministic generator of valid datasets of any size in the contract format
 * (content/README.md), shaped like the demonstration dataset: see plan.ts for the
 * proportions, the modules here for each type. Same options → same bytes.
 *
 * Linear in the scale: every uniqueness rule is kept with Sets and Maps as documents are
 * made; the only superlinear step is the final sort by `_id` (n log n).
 */
import { toNdjson, type SeedDocument } from '../../seed/lib/document.ts';
import { buildAwards } from '../../seed/awards.ts';
import { generateCommitteeRoles } from './committeeRoles.ts';
import { generateCommittees } from './committees.ts';
import { DRAFT_ONLY_SHARE, draftOnly, generateDraftEdits } from './drafts.ts';
import { generateEnterprises } from './enterprises.ts';
import { generateNominations } from './nominations.ts';
import { generateParticipations } from './participations.ts';
import { planFor, type Plan } from './plan.ts';
import { generatePrograms } from './programs.ts';
import { Random } from './random.ts';
import { StandardMaker, generateStandards } from './standards.ts';

export { GENERATED_MARKER_PREFIX } from './markers.ts';
export { MIN_SCALE } from './plan.ts';

/** Seed used when none is given. */
export const DEFAULT_SEED = 1;

export interface GenerateOptions {
  /** About how many documents in all (drafts included); at least MIN_SCALE. */
  readonly scale: number;
  /** PRNG seed (a 32-bit integer); DEFAULT_SEED when left out. */
  readonly seed?: number;
}

/**
 * The documents of a generated dataset, sorted by `_id`, fields in model order — what
 * parsing each line of `generateNdjson` gives.
 * @example generateDataset({ scale: 5_000, seed: 7 }).length // ≈ 5000
 */
export function generateDataset(options: GenerateOptions): Record<string, unknown>[] {
  return JSON.parse(`[${generateLines(options).join(',')}]`) as Record<string, unknown>[];
}

/** The NDJSON lines (no line ends), sorted by `_id`. */
export function generateLines(options: GenerateOptions): string[] {
  const text = generateNdjson(options);
  return text.slice(0, -1).split('\n');
}

/** The dataset as NDJSON text, exactly what `npm run content:generate` writes (the seed's serializer). */
export function generateNdjson(options: GenerateOptions): string {
  return toNdjson(buildDocuments(options));
}

/** Every generated document, unsorted (toNdjson sorts; sorting twice costs a second at 50k). */
function buildDocuments({ scale, seed = DEFAULT_SEED }: GenerateOptions): SeedDocument[] {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
  const plan: Plan = planFor(scale);
  const root = new Random(seed);

  // 1. Things: committees, enterprises, standards, the three real awards, programmes.
  const committees = generateCommittees(root.fork('committees'), plan.committees);
  const enterprises = generateEnterprises(root.fork('enterprises'), plan.enterprises);
  // One maker for published and draft-only standards, so their code numbers never meet.
  const standardMaker = new StandardMaker(root.fork('standards'), committees);
  const standards = generateStandards(standardMaker, plan.standards);
  const programs = generatePrograms(root.fork('programs'), plan.programs);

  // 2. Relations between them (5% still unverified, see provenance.ts).
  const participations = generateParticipations(root.fork('participations'), standards, enterprises, plan.participations);
  const committeeRoles = generateCommitteeRoles(root.fork('committeeRoles'), committees, enterprises, plan.committeeRoles);
  const nominations = generateNominations(root.fork('nominations'), enterprises, plan.nominations);

  // 3. Drafts: edits of published documents, and a fifth as new standards only drafted.
  const draftOnlyCount = Math.round(plan.drafts * DRAFT_ONLY_SHARE);
  const drafts = [
    ...generateDraftEdits(root.fork('drafts'), [...enterprises.map((e) => e.doc), ...standards.map((s) => s.doc), ...programs], plan.drafts - draftOnlyCount),
    ...Array.from({ length: draftOnlyCount }, () => draftOnly(standardMaker.make(1, undefined, 'proposal')[0]?.doc ?? missing())),
  ];

  return [
    ...committees.map((c) => c.doc),
    ...enterprises.map((e) => e.doc),
    ...standards.map((s) => s.doc),
    ...buildAwards(),
    ...programs,
    ...participations,
    ...committeeRoles,
    ...nominations,
    ...drafts,
  ];
}

function missing(): never {
  throw new Error('the standard maker made no standard');
}
