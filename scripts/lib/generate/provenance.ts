/**
 * Source and verification of generated relation records. About 5% are still `entered`
 * (reported by the enterprise, not yet checked): the site must never publish them, so each
 * carries a private marker in its source title.
 */
import { DATASET_DAY, STAFF } from '../../seed/lib/constants.ts';
import { source, verification, type Source, type Verification } from '../../seed/lib/values.ts';
import { addDays } from './dates.ts';
import { privateMarker } from './markers.ts';
import type { Random } from './random.ts';

/** Share of relation records not yet verified. */
export const UNVERIFIED_SHARE = 0.05;

export interface Provenance {
  readonly source: Source;
  readonly verification: Verification;
  readonly verified: boolean;
}

/**
 * Provenance of the relation record `id`. `internal` names why a verified record is still
 * private (e.g. a nomination that was not awarded), so it gets a marker too.
 */
export function provenance(random: Random, id: string, url: string, publicTitle: string, internal?: string): Provenance {
  if (random.chance(UNVERIFIED_SHARE)) {
    const on = addDays(DATASET_DAY, -random.int(1, 20));
    return {
      source: source(url, `企业自报，待核验 / Reported by the enterprise, not yet verified ${privateMarker(id)}`, on),
      verification: verification('entered', STAFF.zhang, on),
      verified: false,
    };
  }
  const captured = addDays(DATASET_DAY, -random.int(30, 400));
  return {
    source: source(url, internal === undefined ? publicTitle : `${internal} ${privateMarker(id)}`, captured),
    verification: verification('verified', random.chance(0.5) ? STAFF.li : STAFF.zhang, addDays(captured, random.int(1, 20))),
    verified: true,
  };
}
