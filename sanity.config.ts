/**
 * Sanity Studio configuration: the staff's editing tool for the standards-participation
 * tracker. Schema in studio/schemaTypes; project and dataset from SANITY_STUDIO_PROJECT_ID /
 * SANITY_STUDIO_DATASET (placeholder defaults, see studio/lib/env.ts).
 */
import { zhHansLocale } from '@sanity/locale-zh-hans';
import { visionTool } from '@sanity/vision';
import { defineConfig, type DocumentActionComponent } from 'sanity';
import { structureTool } from 'sanity/structure';
import { NewDesignationAction } from './studio/actions/newDesignationAction.tsx';
import { NewParticipationAction } from './studio/actions/newParticipationAction.ts';
import { VerifyAction, VerifyAndPublishAction } from './studio/actions/verifyAction.ts';
import { VerificationBadge } from './studio/badges/verificationBadge.ts';
import { intakeTool } from './studio/components/IntakeTool.tsx';
import { publishTool } from './studio/components/PublishTool.tsx';
import { dataset, deployHookUrl, projectId, publishStatusUrl } from './studio/lib/env.ts';
import { defaultDocumentNode, structure } from './studio/lib/structure.ts';
import { newDocumentOptions, templates } from './studio/lib/templates.ts';
import { isRelationType } from './studio/lib/verify.ts';
import { toolsFor } from './studio/lib/vision.ts';
import { schemaTypes } from './studio/schemaTypes/index.ts';
import { SITE_SETTINGS_TYPE } from './studio/schemaTypes/singletons/siteSettings.ts';

/** API version of the Vision tool's queries: the first with `published` as default perspective. */
const VISION_API_VERSION = '2025-02-19';

/** What staff may do with the site settings singleton: edit, publish, undo; never delete or copy it. */
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore']);

/** The Studio's own tools: 批量录入 for everyone, 发布网站 when a deploy hook is configured. */
const ownTools = [intakeTool, ...(deployHookUrl ? [publishTool(deployHookUrl, publishStatusUrl)] : [])];

/** The document actions of one type, in the order the footer shows them (first = main button). */
function actionsFor(type: string, previous: DocumentActionComponent[]): DocumentActionComponent[] {
  if (isRelationType(type)) return [VerifyAndPublishAction, VerifyAction, ...previous];
  if (type === 'enterprise') return [...previous, NewParticipationAction];
  if (type === 'standard') return [...previous, NewDesignationAction];
  if (type === SITE_SETTINGS_TYPE) {
    return previous.filter((action) => action.action !== undefined && SINGLETON_ACTIONS.has(action.action));
  }
  return previous;
}

export default defineConfig({
  name: 'default',
  title: '标准化参与服务台账',
  projectId,
  dataset,
  plugins: [structureTool({ structure, defaultDocumentNode, title: '内容' }), visionTool({ defaultApiVersion: VISION_API_VERSION }), zhHansLocale()],
  tools: (previous, { currentUser }) => toolsFor([...previous, ...ownTools], currentUser),
  schema: { types: schemaTypes, templates },
  // Paid-plan and beta tools this project does not use; switched off so no English-only menus
  // (Releases, "Schedule publish", Tasks) appear in the Chinese Studio.
  releases: { enabled: false },
  scheduledPublishing: { enabled: false },
  scheduledDrafts: { enabled: false },
  tasks: { enabled: false },
  document: {
    actions: (previous, { schemaType }) => actionsFor(schemaType, previous),
    badges: (previous, { schemaType }) => (isRelationType(schemaType) ? [...previous, VerificationBadge] : previous),
    newDocumentOptions,
    // The field menu (copy/paste a field) is titled "Field actions" in English whatever the locale.
    unstable_fieldActions: () => [],
  },
});
