/** The vocabulary of parsed codes (docs/standard-codes.md). */

/** Code families: who numbers the document. */
export type CodeFamily =
  | 'ISO'
  | 'ISO/IEC'
  | 'IEC'
  | 'IWA'
  | 'ITU'
  | 'IEEE'
  | 'IETF'
  | '3GPP'
  | 'ETSI'
  | 'CEN'
  | 'BSI'
  | 'DIN'
  | 'CSA'
  | 'SAE'
  | 'ASTM'
  | 'UL'
  | 'Ecma'
  | 'GB'
  | 'GB/T'
  | 'GB/Z'
  | 'GBZ'
  | 'GSB'
  | 'national-plan'
  | 'metrology'
  | 'regulation'
  | 'industry'
  | 'local'
  | 'local-engineering'
  | 'group'
  | 'enterprise'
  /** A code the normalizer does not recognize, kept as staff wrote it (a warning, not an error). */
  | 'unknown';

/**
 * What the designation names: a published standard, a draft under a stage designation, a project
 * (IEEE P…, an Internet-Draft name), a national plan number, or a supplement of a base edition.
 */
export const CODE_KINDS = [
  'standard',
  'draft',
  'project',
  'plan',
  'amendment',
  'corrigendum',
  'supplement',
  'interpretation',
  'consolidated',
  'redline',
] as const;
export type CodeKind = (typeof CODE_KINDS)[number];
