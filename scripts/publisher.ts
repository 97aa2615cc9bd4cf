/**
 * `npm run publisher`: the self-hosted publish service (deploy/publisher.md). Receives Sanity's
 * GROQ-powered webhook (signature checked with @sanity/webhook), debounces bursts, builds the
 * site from the Content Lake into a fresh directory and switches the live one atomically; a
 * failed build leaves the last good site online and is reported at `/status`, which the
 * Studio's 发布网站 shows.
 *
 * Environment:
 *   SANITY_WEBHOOK_SECRET   the webhook's secret (required)
 *   PUBLISHER_PORT          default 8788; PUBLISHER_HOST default 127.0.0.1 (put nginx in front)
 *   PUBLISHER_ROOT          default .publisher (holds live/ — or work/ and builds/<id>/ — and the `current` symlink)
 *   PUBLISHER_DEBOUNCE_MS   quiet time before a build, default 10000
 *   PUBLISHER_KEEP          finished builds kept, default 3 (only without INCREMENTAL_BUILD)
 *   PUBLISHER_ALLOW_ORIGIN  the Studio's origin for CORS (default *)
 *   PUBLISHER_SERVE=1       also serve the live site at /
 *   PUBLISHER_BUILD_COMMAND a shell command per build instead of the live build process, e.g.
 *                           `npx astro build --outDir {out}`; `{out}` is replaced
 * The build inherits the environment: CONTENT_SOURCE=sanity, SANITY_STUDIO_PROJECT_ID,
 * SANITY_API_READ_TOKEN … (README, "Configuration"). INCREMENTAL_BUILD=1 is set unless given:
 * then the publisher keeps one live build process (site/integrations/liveBuild.ts), which
 * builds the served `live/` once and then, on each publish, re-renders only the changed pages
 * and writes only the files that changed. INCREMENTAL_BUILD=0 builds whole snapshots instead.
 */
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createLiveBuilder, liveBuildStep } from './lib/publisher/liveBuilder.ts';
import { createPublisher, type BuildStep } from './lib/publisher/publisher.ts';
import { createPublisherServer } from './lib/publisher/server.ts';

/** A build step that runs a shell command; the error carries the output's last lines. */
export function commandBuild(command: string, env: NodeJS.ProcessEnv): BuildStep {
  return (outDir) =>
    new Promise((resolve, reject) => {
      const child = spawn(command.replaceAll('{out}', JSON.stringify(outDir)), { shell: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      const keep = (chunk: Buffer) => {
        output = (output + chunk.toString('utf8')).slice(-20_000);
      };
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      child.on('error', reject);
      child.on('close', (code) => {
        if (code === 0) resolve();
        else reject(new Error(`build exited with ${code}: ${output.trim().split('\n').slice(-15).join('\n')}`));
      });
    });
}

/** A command if one is given; else the live build process in place, or `astro build` per snapshot. */
function chooseBuild(env: NodeJS.ProcessEnv, buildEnv: NodeJS.ProcessEnv): BuildStep {
  const command = env['PUBLISHER_BUILD_COMMAND'];
  if (command) return commandBuild(command, buildEnv);
  if (buildEnv.INCREMENTAL_BUILD === '1') return liveBuildStep(createLiveBuilder({ env: buildEnv, log: (line) => console.log(`build: ${line}`) }));
  return commandBuild('npx astro build --outDir {out}', buildEnv);
}

export function startPublisher(env: NodeJS.ProcessEnv = process.env) {
  const secret = env['SANITY_WEBHOOK_SECRET'];
  if (!secret) throw new Error('SANITY_WEBHOOK_SECRET is not set: give the publisher the secret of the Sanity webhook.');
  const buildEnv = { ...env, INCREMENTAL_BUILD: env['INCREMENTAL_BUILD'] ?? '1' };
  const inPlace = buildEnv.INCREMENTAL_BUILD === '1';
  const publisher = createPublisher({
    root: env['PUBLISHER_ROOT'] ?? '.publisher',
    debounceMs: Number(env['PUBLISHER_DEBOUNCE_MS'] ?? 10_000),
    keep: Number(env['PUBLISHER_KEEP'] ?? 3),
    mode: inPlace ? 'in-place' : 'snapshot',
    build: chooseBuild(env, buildEnv),
  });
  const server = createPublisherServer({ publisher, secret, allowOrigin: env['PUBLISHER_ALLOW_ORIGIN'] ?? '*', serve: env['PUBLISHER_SERVE'] === '1' });
  const port = Number(env['PUBLISHER_PORT'] ?? 8788);
  const host = env['PUBLISHER_HOST'] ?? '127.0.0.1';
  server.listen(port, host, () => console.log(`publisher: listening on http://${host}:${port} (POST /webhook, POST /hook, GET /status)`));
  return { publisher, server };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    startPublisher();
  } catch (error) {
    console.error(`publisher: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
