/**
 * Every schema type of the Studio. Document types follow the content model of
 * site/lib/domain/model.ts (tests/unit/studio/schemaAgreement.test.ts compares them); the
 * site-settings singleton is the Studio's own.
 */
import { award } from './documents/award.ts';
import { committeeRole } from './documents/committeeRole.ts';
import { enterprise } from './documents/enterprise.ts';
import { nomination } from './documents/nomination.ts';
import { participation } from './documents/participation.ts';
import { standard } from './documents/standard.ts';
import { supportProgram } from './documents/supportProgram.ts';
import { technicalCommittee } from './documents/technicalCommittee.ts';
import { amount } from './objects/amount.ts';
import { entered } from './objects/entered.ts';
import { eligibility } from './objects/eligibility.ts';
import { localeString } from './objects/localeString.ts';
import { localeText } from './objects/localeText.ts';
import { richText } from './objects/richText.ts';
import { source } from './objects/source.ts';
import { verification } from './objects/verification.ts';
import { siteSettings } from './singletons/siteSettings.ts';

/** Document types in the order the Studio lists them. */
export const documentTypes = [enterprise, standard, technicalCommittee, participation, committeeRole, award, nomination, supportProgram];

/** Object types the documents use. */
export const objectTypes = [localeString, localeText, source, entered, verification, eligibility, amount, richText];

/** Studio-only singletons: one document each, opened directly from the desk. */
export const singletonTypes = [siteSettings];

export const schemaTypes = [...documentTypes, ...singletonTypes, ...objectTypes];
