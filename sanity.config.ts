/**
 * Sanity Studio configuration: the staff's editing tool for the standards-participation
 * tracker. Schema in studio/schemaTypes; project and dataset from SANITY_STUDIO_PROJECT_ID /
 * SANITY_STUDIO_DATASET (placeholder defaults, see studio/lib/env.ts).
 */
import { zhHansLocale } from '@sanity/locale-zh-hans';
import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';
import { dataset, projectId } from './studio/lib/env.ts';
import { structure } from './studio/lib/structure.ts';
import { schemaTypes } from './studio/schemaTypes/index.ts';

/** API version of the Vision tool's queries: the first with `published` as default perspective. */
const VISION_API_VERSION = '2025-02-19';

export default defineConfig({
  name: 'default',
  title: '标准化参与服务台账',
  projectId,
  dataset,
  plugins: [structureTool({ structure }), visionTool({ defaultApiVersion: VISION_API_VERSION }), zhHansLocale()],
  schema: { types: schemaTypes },
});
