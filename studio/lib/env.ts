/**
 * Project and dataset of the Studio and the CLI. The defaults let everything that needs no
 * Content Lake (schema validate/extract, typegen, tests, a local build) run with no account:
 * `demo0000` is a well-formed project id that belongs to nobody.
 */

declare global {
  namespace NodeJS {
    interface ProcessEnv {
      readonly SANITY_STUDIO_PROJECT_ID?: string;
      readonly SANITY_STUDIO_DATASET?: string;
      readonly SANITY_STUDIO_DEPLOY_HOOK_URL?: string;
      readonly SANITY_STUDIO_PUBLISH_STATUS_URL?: string;
      readonly SANITY_STUDIO_ALLOW_SELF_VERIFICATION?: string;
    }
  }
}

/** Placeholder project id used when SANITY_STUDIO_PROJECT_ID is not set. */
export const PLACEHOLDER_PROJECT_ID = 'demo0000';

/** Dataset used when SANITY_STUDIO_DATASET is not set. */
export const DEFAULT_DATASET = 'production';

/**
 * A variable of the environment, or `undefined`. `read` must use dot syntax: the Studio build
 * replaces `process.env.SANITY_STUDIO_*` literally (Vite `define`) when the variable is set;
 * when it is not, the browser has no `process` and the access throws.
 */
function readEnv(read: () => string | undefined): string | undefined {
  try {
    return read() || undefined;
  } catch {
    return undefined;
  }
}

export const projectId = readEnv(() => process.env.SANITY_STUDIO_PROJECT_ID) ?? PLACEHOLDER_PROJECT_ID;
export const dataset = readEnv(() => process.env.SANITY_STUDIO_DATASET) ?? DEFAULT_DATASET;

/**
 * Deploy hook of the site's host, called by the "发布网站" action; no action without it.
 * Built into the Studio's JavaScript, so anyone who can load the Studio can read it: use a hook
 * that can only start a build (Netlify/Vercel/Cloudflare build hooks are), never a token.
 */
export const deployHookUrl = readEnv(() => process.env.SANITY_STUDIO_DEPLOY_HOOK_URL);

/**
 * `1` lets the person who entered a relation record verify it too (a one-person office);
 * unset, another colleague must verify (site/lib/domain/fourEyes.ts).
 */
export const allowSelfVerification = readEnv(() => process.env.SANITY_STUDIO_ALLOW_SELF_VERIFICATION);

/**
 * Where 发布网站 reads the last build's status (GET, JSON; `npm run publisher` serves it at
 * `/status`). Defaults to the deploy hook's origin + `/status` when the hook is the publisher.
 */
export const publishStatusUrl = readEnv(() => process.env.SANITY_STUDIO_PUBLISH_STATUS_URL);
