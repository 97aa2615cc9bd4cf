/**
 * The content model as data: which document types exist, which fields they have, which are
 * required, which values a field may take and where references may point.
 *
 * This is the contract of docs/design.md in a form the offline content check can run.
 * The Studio schema (studio/schemaTypes) declares the same fields for editors; a unit test
 * compares the two and another runs the Studio's own validateDocument on the dataset, so
 * they cannot drift apart unnoticed.
 */
import {
  ADOPTION_DEGREES,
  AWARD_LEVELS,
  COMMITTEE_ROLES,
  ENTERPRISE_TAGS,
  INDUSTRY_SECTIONS,
  NOMINATION_OUTCOMES,
  PARTICIPATION_ROLES,
  PROGRAM_KINDS,
  SERVICE_TIERS,
  STANDARD_LEVELS,
  VERIFICATION_STATUSES,
  valuesOf,
  type Label,
} from './vocabulary.ts';
import { STAGES } from './stages.ts';

export type FieldKind =
  | { readonly kind: 'string' }
  | { readonly kind: 'text' }
  | { readonly kind: 'number'; readonly integer?: boolean; readonly min?: number }
  | { readonly kind: 'date' }
  | { readonly kind: 'url' }
  | { readonly kind: 'slug' }
  | { readonly kind: 'localeString' }
  | { readonly kind: 'localeText' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'enumList'; readonly values: readonly string[] }
  | { readonly kind: 'stringList' }
  | { readonly kind: 'reference'; readonly to: DocumentType }
  | { readonly kind: 'referenceList'; readonly to: DocumentType }
  | { readonly kind: 'object'; readonly fields: FieldSpecs }
  | { readonly kind: 'objectList'; readonly fields: FieldSpecs }
  | { readonly kind: 'portableText' }
  | { readonly kind: 'image' };

export type FieldSpec = FieldKind & { readonly required?: boolean };
export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

export const DOCUMENT_TYPES = [
  'enterprise',
  'standard',
  'technicalCommittee',
  'participation',
  'committeeRole',
  'award',
  'nomination',
  'supportProgram',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * Document types that exist only for the Studio (the site-settings singleton): an export from a
 * real project contains them; the content check accepts and ignores them, the site never reads them.
 */
export const STUDIO_ONLY_TYPES: readonly string[] = ['siteSettings'];

/** Relation records: published only when verified (see visibility.ts). */
export const RELATION_TYPES = ['participation', 'committeeRole', 'nomination'] as const satisfies readonly DocumentType[];
export type RelationType = (typeof RELATION_TYPES)[number];

export const DOCUMENT_LABELS: Readonly<Record<DocumentType, Label>> = {
  enterprise: { zh: '企业', en: 'Enterprise' },
  standard: { zh: '标准', en: 'Standard' },
  technicalCommittee: { zh: '技术委员会', en: 'Technical committee' },
  participation: { zh: '标准参与', en: 'Participation' },
  committeeRole: { zh: '技术组织任职', en: 'Committee role' },
  award: { zh: '质量奖', en: 'Award' },
  nomination: { zh: '奖项推荐与结果', en: 'Nomination' },
  supportProgram: { zh: '支持政策与服务', en: 'Support programme' },
};

const enumOf = (table: Readonly<Record<string, Label>>) => ({ kind: 'enum', values: valuesOf(table) }) as const;
const enumListOf = (table: Readonly<Record<string, Label>>) => ({ kind: 'enumList', values: valuesOf(table) }) as const;
const required = <F extends FieldKind>(field: F): F & { required: true } => ({ ...field, required: true });

const SOURCE: FieldSpec = {
  kind: 'object',
  fields: { url: { kind: 'url' }, title: { kind: 'string' }, capturedOn: { kind: 'date' } },
};
const VERIFICATION: FieldSpec = {
  kind: 'object',
  fields: { status: required(enumOf(VERIFICATION_STATUSES)), by: { kind: 'string' }, byId: { kind: 'string' }, on: { kind: 'date' } },
};
/** Who entered a relation record and when, kept apart from who verified it (fourEyes.ts). */
const ENTERED: FieldSpec = {
  kind: 'object',
  fields: { by: { kind: 'string' }, byId: { kind: 'string' }, on: { kind: 'date' } },
};

export const MODEL: Readonly<Record<DocumentType, FieldSpecs>> = {
  enterprise: {
    name: required({ kind: 'localeString' }),
    shortName: { kind: 'localeString' },
    formerNames: { kind: 'stringList' },
    slug: required({ kind: 'slug' }),
    uscc: required({ kind: 'string' }),
    serviceTier: enumOf(SERVICE_TIERS),
    industry: enumOf(INDUSTRY_SECTIONS),
    park: { kind: 'string' },
    website: { kind: 'url' },
    logo: { kind: 'image' },
    description: { kind: 'localeText' },
    tags: enumListOf(ENTERPRISE_TAGS),
    internalNotes: { kind: 'text' },
  },
  standard: {
    code: required({ kind: 'string' }),
    title: required({ kind: 'localeString' }),
    level: required(enumOf(STANDARD_LEVELS)),
    body: { kind: 'string' },
    committee: { kind: 'reference', to: 'technicalCommittee' },
    stage: required(enumOf(STAGES)),
    stageCode: { kind: 'string' },
    planNumber: { kind: 'string' },
    publishedOn: { kind: 'date' },
    effectiveOn: { kind: 'date' },
    withdrawnOn: { kind: 'date' },
    replaces: { kind: 'referenceList', to: 'standard' },
    // One identity through a standard's life (docs/standard-codes.md §8): earlier designations
    // with their stage and the day they stopped being current; other codes of the same document;
    // the international standard it adopts; the base edition a supplement amends.
    designations: {
      kind: 'objectList',
      fields: { code: required({ kind: 'string' }), stage: enumOf(STAGES), stageCode: { kind: 'string' }, until: { kind: 'date' } },
    },
    alsoCodes: { kind: 'stringList' },
    adopts: {
      kind: 'object',
      fields: { standard: { kind: 'reference', to: 'standard' }, code: { kind: 'string' }, degree: required(enumOf(ADOPTION_DEGREES)) },
    },
    amends: { kind: 'reference', to: 'standard' },
    ics: { kind: 'stringList' },
    ccs: { kind: 'string' },
    url: { kind: 'url' },
    source: SOURCE,
    verification: VERIFICATION,
  },
  technicalCommittee: {
    code: required({ kind: 'string' }),
    name: required({ kind: 'localeString' }),
    body: required({ kind: 'string' }),
    level: enumOf(STANDARD_LEVELS),
    parent: { kind: 'reference', to: 'technicalCommittee' },
    url: { kind: 'url' },
  },
  participation: {
    enterprise: required({ kind: 'reference', to: 'enterprise' }),
    standard: required({ kind: 'reference', to: 'standard' }),
    role: required(enumOf(PARTICIPATION_ROLES)),
    rank: { kind: 'number', integer: true, min: 1 },
    year: { kind: 'number', integer: true, min: 1947 },
    source: SOURCE,
    entered: ENTERED,
    verification: required(VERIFICATION),
  },
  committeeRole: {
    enterprise: required({ kind: 'reference', to: 'enterprise' }),
    committee: required({ kind: 'reference', to: 'technicalCommittee' }),
    role: required(enumOf(COMMITTEE_ROLES)),
    since: required({ kind: 'date' }),
    until: { kind: 'date' },
    source: SOURCE,
    entered: ENTERED,
    verification: required(VERIFICATION),
  },
  award: {
    name: required({ kind: 'localeString' }),
    slug: required({ kind: 'slug' }),
    level: required(enumOf(AWARD_LEVELS)),
    organizer: { kind: 'localeString' },
    cycleYears: { kind: 'number', integer: true, min: 1 },
    firstYear: { kind: 'number', integer: true, min: 1900 },
    reapplyAfterSessions: { kind: 'number', integer: true, min: 0 },
    revocationYears: { kind: 'number', integer: true, min: 0 },
    url: { kind: 'url' },
    description: { kind: 'localeText' },
  },
  nomination: {
    enterprise: required({ kind: 'reference', to: 'enterprise' }),
    award: required({ kind: 'reference', to: 'award' }),
    year: required({ kind: 'number', integer: true, min: 1900 }),
    session: { kind: 'number', integer: true, min: 1 },
    outcome: required(enumOf(NOMINATION_OUTCOMES)),
    recommendedBy: { kind: 'localeString' },
    announcedOn: { kind: 'date' },
    source: SOURCE,
    entered: ENTERED,
    verification: required(VERIFICATION),
  },
  supportProgram: {
    title: required({ kind: 'localeString' }),
    slug: required({ kind: 'slug' }),
    kind: required(enumOf(PROGRAM_KINDS)),
    issuer: { kind: 'localeString' },
    documentNumber: { kind: 'string' },
    summary: { kind: 'localeText' },
    body: { kind: 'portableText' },
    url: { kind: 'url' },
    opensOn: { kind: 'date' },
    closesOn: { kind: 'date' },
    eligibility: {
      kind: 'object',
      fields: {
        levels: enumListOf(STANDARD_LEVELS),
        roles: enumListOf(PARTICIPATION_ROLES),
        maxRank: { kind: 'number', integer: true, min: 1 },
        implementedWithinYears: { kind: 'number', integer: true, min: 1 },
        tiers: enumListOf(SERVICE_TIERS),
      },
    },
    amounts: {
      kind: 'objectList',
      fields: {
        level: required(enumOf(STANDARD_LEVELS)),
        amountCNY: required({ kind: 'number', min: 0 }),
      },
    },
  },
};

export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(value);
}

/** Published ids: `<type>-<slug>`; no dots, no leading "-" (the rule lives in ids.ts). */
export { PUBLISHED_ID_PATTERN } from './ids.ts';
