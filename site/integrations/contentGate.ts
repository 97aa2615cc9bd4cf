/**
 * Refuse invalid content before Astro writes anything.
 *
 * Pages load the register in getStaticPaths, but Astro renders route by route, so a failure
 * there could come after some files (the 404 page, say) are already in dist/. This hook runs
 * at the start of the build: the local NDJSON goes through the full content check, a Content
 * Lake through the fetch-and-join whose result the pages then use (one snapshot per build).
 * Any error stops the build here.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ContentCheckError, formatProblems } from '../lib/content/index.ts';
import { ConfigError, readBuildDate, readDataConfig } from '../lib/data/config.ts';
import { loadRegister, RegisterError } from '../lib/data/loadRegister.ts';
import { loadCheckedDocumentsOnce } from '../lib/data/sources.ts';
import { todayInBeijing } from '../lib/domain/dates.ts';

export function contentGate(): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        try {
          await checkSource(logger);
        } catch (error) {
          if (!(error instanceof ContentCheckError || error instanceof ConfigError || error instanceof RegisterError)) throw error;
          // The report is the message; a stack trace of our code would only bury it (and
          // Astro adds a "Browser APIs" hint to any error whose text says "document").
          for (const line of error.message.split('\n')) logger.error(line);
          const refused = new Error(`the build stopped before writing anything: ${error.name}, reported above.`);
          refused.stack = '';
          throw refused;
        }
      },
    },
  };
}

/** The content check (local file) or the fetch-and-join (Content Lake); throws on invalid content. */
export async function checkSource(logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>): Promise<void> {
  const config = readDataConfig();
  if (config.source === 'local') {
    // Shared with the pages' data layer (same process): the file is read and checked once.
    const started = performance.now();
    const checked = await loadCheckedDocumentsOnce(config.file);
    for (const line of formatProblems(checked.problems, { limit: 20 })) logger.warn(line);
    logger.info(`${config.file}: ${checked.counts.published} published documents, content check passed (${Math.round(performance.now() - started)} ms)`);
  } else {
    // The same snapshot the pages render (loadRegister keeps it for them).
    const register = await loadRegister(config, readBuildDate(process.env, todayInBeijing));
    logger.info(`sanity ${config.projectId}/${config.dataset}: ${register.enterprises.length} enterprises, ${register.standards.length} standards`);
  }
}
