/**
 * Sanity CLI configuration: `sanity schema validate|extract`, `sanity typegen generate`,
 * `sanity dev|build` read it.
 */
import { defineCliConfig } from 'sanity/cli';
import { dataset, projectId } from './studio/lib/env.ts';

export default defineCliConfig({
  api: { projectId, dataset },
  // `sanity schema extract` writes here; required fields become non-optional in the types.
  schemaExtraction: { path: './studio/schema.json', enforceRequiredFields: true },
  // `sanity typegen generate`: queries written with defineQuery in the site are typed too.
  typegen: {
    path: './site/**/*.{ts,astro}',
    schema: './studio/schema.json',
    generates: './site/lib/data/sanity.types.ts',
  },
});
