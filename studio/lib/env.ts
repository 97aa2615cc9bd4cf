/**
 * Project and dataset of the Studio and the CLI. The defaults let everything that needs no
 * Content Lake (schema validate/extract, typegen, tests) run with no account: `demo0000` is a
 * well-formed project id that belongs to nobody.
 */

/** Placeholder project id used when SANITY_STUDIO_PROJECT_ID is not set. */
export const PLACEHOLDER_PROJECT_ID = 'demo0000';

/** Dataset used when SANITY_STUDIO_DATASET is not set. */
export const DEFAULT_DATASET = 'production';

export const projectId = process.env['SANITY_STUDIO_PROJECT_ID'] || PLACEHOLDER_PROJECT_ID;
export const dataset = process.env['SANITY_STUDIO_DATASET'] || DEFAULT_DATASET;
