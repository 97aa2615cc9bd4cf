/**
 * Cache keys of the pages that show an enterprise (site/lib/data/cacheKey.ts explains keys):
 * what they show of the register, and no more, so an edit re-renders only the pages it changes.
 */
import { cacheKeyOf, incrementalBuildEnabled, PAGE_DEPTH } from '../data/cacheKey.ts';
import type { EnterpriseInput, ParticipationInput, ProgramInput } from '../domain/eligibility.ts';
import { enterpriseMatches } from './programs.ts';

/**
 * The key of an enterprise's own tools — calendar, Atom feed, dossiers: the enterprise to
 * PAGE_DEPTH, the programmes it appears to qualify for with their matches (not every
 * programme: an edit of a programme re-renders only the enterprises it matches), and today
 * (deadlines count from it).
 */
export function enterpriseToolsKey(
  enterprise: EnterpriseInput<ParticipationInput> & { readonly _id: string },
  register: { readonly programs: readonly ProgramInput[]; readonly today: string },
): string | undefined {
  if (!incrementalBuildEnabled()) return undefined;
  // Four routes per enterprise ask (calendar, feed, dossier page, dossier CSV): one key each.
  const known = toolsKeys.get(enterprise);
  if (known && known.programs === register.programs && known.today === register.today) return known.key;
  const key = cacheKeyOf(enterpriseKeyParts(enterprise, register));
  toolsKeys.set(enterprise, { programs: register.programs, today: register.today, key });
  return key;
}

/** What an enterprise's pages show of the register, as key parts (enterpriseToolsKey; the profile adds the awards). */
export function enterpriseKeyParts(
  enterprise: EnterpriseInput<ParticipationInput> & { readonly _id: string },
  register: { readonly programs: readonly ProgramInput[]; readonly today: string },
) {
  return {
    enterprise: [enterprise, PAGE_DEPTH],
    // A match is a function of the enterprise (above), the programme and today: the matched
    // programmes (their own fields) are all the key needs, and an edit of a programme the
    // enterprise does not match leaves its key alone.
    matched: [enterpriseMatches(enterprise, register.programs, register.today).map((match) => match.program), 1],
    today: [register.today, 0],
  } as const;
}

const toolsKeys = new WeakMap<object, { readonly programs: readonly object[]; readonly today: string; readonly key: string }>();
