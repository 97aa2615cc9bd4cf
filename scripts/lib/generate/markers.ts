/**
 * Private markers of generated data, like the seed's PRIVATE_MARKERS: every private place
 * (internal notes, drafts, unverified relation records, internal nomination outcomes) carries
 * one, so a benchmark or e2e test can search `dist/` of a large build for leaks with one string.
 */

/** Every generated marker starts with this. */
export const GENERATED_MARKER_PREFIX = 'PRIVATE-MARKER-generated';

/**
 * @example privateMarker('enterprise-zhixin-data') //=> 'PRIVATE-MARKER-generated-enterprise-zhixin-data'
 */
export function privateMarker(id: string): string {
  return `${GENERATED_MARKER_PREFIX}-${id}`;
}
