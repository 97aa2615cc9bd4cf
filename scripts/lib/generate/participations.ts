/**
 * Who drafted which standard: per standard a ranked list of drafting organizations (rank 1 is
 * the lead; sometimes the list starts at rank 2 or 3 because organizations outside the data
 * rank higher, and ranks may skip one), plus a project editor on some international work.
 * (enterprise, standard, role) is unique and every rank is unique within its standard.
 */
import { EXAMPLE_SOURCE_ORIGIN } from '../../seed/lib/constants.ts';
import type { SeedDocument } from '../../seed/lib/document.ts';
import { participationId } from '../../seed/lib/ids.ts';
import { ref } from '../../seed/lib/values.ts';
import type { ParticipationRole } from '../../../site/lib/domain/vocabulary.ts';
import type { GeneratedEnterprise } from './enterprises.ts';
import { provenance } from './provenance.ts';
import type { Random } from './random.ts';
import type { GeneratedStandard } from './standards.ts';

/** Share of ranked lists led by an enterprise of the data (rank 1). */
const LEAD_SHARE = 0.75;
/** Share of international standards with a project editor among the enterprises. */
const EDITOR_SHARE = 0.5;
/** Chance that the next rank skips one (an organization outside the data sits between). */
const RANK_GAP_SHARE = 0.1;

interface Slot {
  readonly enterprise: GeneratedEnterprise;
  readonly role: ParticipationRole;
  readonly rank: number | undefined;
}

/** The participations of one standard: `size` records (at most one per enterprise and role). */
function slotsFor(random: Random, standard: GeneratedStandard, enterprises: readonly GeneratedEnterprise[], size: number): Slot[] {
  const editor = standard.level === 'international' && size > 1 && random.chance(EDITOR_SHARE);
  const ranked = editor ? size - 1 : size;
  const used = new Set<number>();
  const slots: Slot[] = [];
  let rank = random.chance(LEAD_SHARE) ? 1 : random.int(2, 3);
  for (let i = 0; i < ranked && used.size < enterprises.length; i += 1) {
    let index = random.skewedIndex(enterprises.length);
    while (used.has(index)) index = random.int(0, enterprises.length - 1);
    used.add(index);
    const enterprise = enterprises[index];
    if (!enterprise) continue;
    slots.push({ enterprise, role: rank === 1 ? 'lead' : 'drafter', rank });
    rank += random.chance(RANK_GAP_SHARE) ? 2 : 1;
  }
  const first = slots[0];
  if (editor && first) slots.push({ enterprise: first.enterprise, role: 'editor', rank: undefined });
  return slots;
}

/** Most drafting organizations of one standard in the data (a long list names ~12). */
const MAX_PER_STANDARD = 12;

/**
 * How many records each standard gets: uniform around the mean (~3), then nudged one at a
 * time until the total is exactly `count` — the difference is ~√n, so this stays linear.
 */
function sizesFor(random: Random, standards: number, count: number): number[] {
  const mean = count / standards;
  const max = Math.max(MAX_PER_STANDARD, Math.ceil(mean) + 1);
  const sizes = Array.from({ length: standards }, () => random.int(1, Math.max(1, Math.round(2 * mean - 1))));
  let total = sizes.reduce((a, b) => a + b, 0);
  while (total !== count) {
    const i = random.int(0, standards - 1);
    const size = sizes[i] ?? 0;
    if (total < count && size < max) {
      sizes[i] = size + 1;
      total += 1;
    } else if (total > count && size > 0) {
      sizes[i] = size - 1;
      total -= 1;
    }
  }
  return sizes;
}

/** Exactly `count` participations over the standards: ~3 per standard, a few with none. */
export function generateParticipations(
  random: Random,
  standards: readonly GeneratedStandard[],
  enterprises: readonly GeneratedEnterprise[],
  count: number,
): SeedDocument[] {
  const docs: SeedDocument[] = [];
  const sizes = sizesFor(random, standards.length, count);
  standards.forEach((standard, i) => {
    for (const slot of slotsFor(random, standard, enterprises, sizes[i] ?? 0)) {
      const id = participationId(standard.code, slot.enterprise.slug, slot.role);
      const url = `${EXAMPLE_SOURCE_ORIGIN}/standards/${standard.id.slice('standard-'.length)}#drafters`;
      const { source, verification } = provenance(random, id, url, '标准前言或立项公示：起草单位 / Foreword or project notice: drafting organizations');
      docs.push({
        _id: id,
        _type: 'participation',
        enterprise: ref(slot.enterprise.id),
        standard: ref(standard.id),
        role: slot.role,
        rank: slot.rank,
        year: standard.year,
        source,
        verification,
      });
    }
  });
  return docs;
}
