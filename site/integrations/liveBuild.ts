/**
 * The live build (LIVE_BUILD=1, with INCREMENTAL_BUILD=1): the build process stays up after its
 * first build, and each publish re-renders only the changed pages inside it.
 *
 * An edit through `astro build` pays the build's fixed part every time: starting Astro and
 * Vite, bundling the site, loading the modules (about 4 s at any size). The live session keeps
 * what that first build made — Astro's prerenderer with the site's compiled pages, already
 * imported — and a rebuild is only the data part:
 * 1. a new content generation (site/lib/data/generation.ts): the register, the search index and
 *    the redirects are loaded again, once, and the content gate checks them first;
 * 2. Astro's route cache is cleared and every page's getStaticPaths runs again (with its
 *    `cacheKey`);
 * 3. the paths planBuild picks (incrementalBuild.ts: no key, or a changed key) are rendered by
 *    the same prerenderer Astro's build uses, into a staging directory beside the output, with
 *    the sitemap and the redirect files;
 * 4. applyBuild moves the changed files into the served output and removes those the build no
 *    longer has; the manifest is rewritten.
 * The output is the one `astro build` writes for the same data and code (tests/unit/build/
 * live.test.ts compares them byte for byte). The code is the code the process started with:
 * the manifest carries its digest, so a restarted process with other code renders everything.
 *
 * A rebuild that fails (invalid content, a page that throws) has touched only its staging
 * directory: the served site and the manifest stay as they were, and the next rebuild starts
 * from them. One rebuild at a time; callers queue (scripts/lib/publisher/liveBuilder.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { nextContentGeneration, warmUpGeneration } from '../lib/data/generation.ts';
import { checkSource } from './contentGate.ts';
import {
  applyBuild,
  MANIFEST_VERSION,
  outputFileOf,
  planBuild,
  readManifest,
  removeManifest,
  writeManifest,
  type ApplyResult,
  type BuildManifest,
  type StaticPath,
} from './incrementalBuild.ts';
import { REDIRECT_FILES, writeRedirects } from './redirects.ts';
import { isSitemapFile, writeSitemap } from './sitemap.ts';

/** What one rebuild did. */
export interface RebuildResult {
  readonly generation: number;
  readonly paths: number;
  readonly rendered: number;
  readonly unchanged: number;
  readonly written: number;
  readonly writtenBytes: number;
  readonly removed: number;
  readonly ms: number;
  readonly files: ApplyResult['files'];
  readonly renderedPaths: string[];
}

export interface LiveSession {
  /** The served output directory this session keeps up to date. */
  readonly outDir: string;
  /** Load the content again and bring the output to it. Rejects, changing nothing served, when it cannot. */
  rebuild(): Promise<RebuildResult>;
}

type Logger = { info(message: string): void; warn(message: string): void };

/** The Astro app inside the default prerenderer (astro/dist/core/build/default-prerenderer.js): its route cache. */
interface PrerendererApp {
  readonly routeCache?: { clearAll(): void };
  readonly manifest: { readonly routes: ReadonlyArray<{ readonly routeData: { readonly prerender: boolean; readonly type: string } }> };
  getComponentByRoute?(routeData: unknown): Promise<unknown>;
}

export function prerendererApp(prerenderer: AstroPrerenderer): PrerendererApp {
  const app = (prerenderer as AstroPrerenderer & { app?: PrerendererApp }).app;
  if (!app?.routeCache || !app.getComponentByRoute) {
    throw new Error(
      `live build: Astro's prerenderer (${prerenderer.name}) has no app with a route cache; this Astro version is not supported by LIVE_BUILD=1.`,
    );
  }
  return app;
}

/**
 * Import every page and endpoint module while the build's bundle is still on disk (Astro
 * removes it after the build): a rebuild may need a route the first build did not render.
 */
export async function importEveryRoute(prerenderer: AstroPrerenderer): Promise<void> {
  const app = prerendererApp(prerenderer);
  for (const { routeData } of app.manifest.routes) {
    if (routeData.prerender && (routeData.type === 'page' || routeData.type === 'endpoint')) await app.getComponentByRoute?.(routeData);
  }
}

/** A file the session writes itself after rendering, every time (the sitemap, the redirect rules). */
const isWrittenAfter = (file: string): boolean => isSitemapFile(file) || (REDIRECT_FILES as readonly string[]).includes(file);

/** Page paths as the sitemap takes them (`/en/x/`). */
export const pagePathsOf = (paths: readonly StaticPath[]): string[] =>
  paths.filter((p) => p.route.type === 'page').map((p) => `${p.pathname.replace(/\/+$/, '')}/`);

/** The request Astro's build makes for a path (`build.format: 'directory'`, `trailingSlash: 'always'`). */
function requestFor(origin: string, path: StaticPath): Request {
  const hasExtension = /\.[a-z0-9]+$/i.test(path.pathname);
  const pathname = path.route.type === 'endpoint' && hasExtension ? path.pathname : `${path.pathname.replace(/\/+$/, '')}/`;
  return new Request(new URL(pathname, origin));
}

export interface LiveSessionOptions {
  readonly prerenderer: AstroPrerenderer;
  /** The served output (the build's outDir). */
  readonly outDir: string;
  /** The code digest the manifest must carry. */
  readonly code: string;
  /** The output files of every static path of the build that made the output. */
  readonly routeFiles: ReadonlySet<string>;
  /** `config.site` (for the sitemap), and the origin requests are made for. */
  readonly site: string | undefined;
  readonly origin: string;
  readonly logger: Logger;
}

export function createLiveSession(options: LiveSessionOptions): LiveSession {
  const { prerenderer, outDir, code, logger } = options;
  const app = prerendererApp(prerenderer);
  const staging = join(dirname(outDir), `.live-staging-${process.pid}`);
  let routeFiles = options.routeFiles;
  let running: Promise<RebuildResult> | undefined;
  // The manifest this session last wrote (read from disk once: the first build wrote it).
  let current: BuildManifest | undefined;

  async function rebuild(): Promise<RebuildResult> {
    const started = performance.now();
    const previous: BuildManifest | undefined = current ?? readManifest(outDir, code);
    if (!previous) throw new Error(`live build: ${outDir} has no manifest of this code (an earlier apply died?); restart the live build to render everything.`);
    const generation = nextContentGeneration();
    const phases: Array<[string, number]> = [];
    let mark = performance.now();
    const phase = (name: string) => {
      const at = performance.now();
      phases.push([name, Math.round(at - mark)]);
      mark = at;
    };
    await checkSource(logger);
    warmUpGeneration();
    phase('check');
    app.routeCache?.clearAll();
    const paths = await prerenderer.getStaticPaths();
    phase('paths');
    const seen = new Set<string>();
    const unique = paths.filter((p) => {
      const normalized = p.pathname.replace(/\/+$/, '');
      if (seen.has(normalized)) return false;
      seen.add(normalized);
      return true;
    });
    const plan = planBuild(unique, previous);
    rmSync(staging, { recursive: true, force: true });
    const byRoute = new Map<string, number>();
    try {
      for (const path of plan.render) {
        const start = performance.now();
        const rendered = await prerenderer.render(requestFor(options.origin, path), { routeData: path.route });
        const response = rendered instanceof Response ? rendered : rendered.response;
        // Astro's build writes a redirect page for a 3xx; the site has none, and the live build does not write them.
        if (response.status >= 300 && response.status < 400) {
          throw new Error(`live build: ${path.pathname} answered ${response.status} (a redirect); build with \`astro build\` instead.`);
        }
        // As Astro's build: the body whatever the status (the 404 page), and no file for a response without one.
        if (response.body === null) continue;
        const file = join(staging, outputFileOf(path.pathname, path.route.type));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, Buffer.from(await response.arrayBuffer()));
        byRoute.set(path.route.route, (byRoute.get(path.route.route) ?? 0) + performance.now() - start);
      }
      phase('render');
      if (options.site) await writeSitemap(staging, options.site, pagePathsOf(unique));
      await writeRedirects(staging);
      phase('sitemap');

      // What no rebuild writes (the bundled assets, the public files) stays as the first build left it.
      const kept: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const [file, key] of Object.entries(previous.files)) if (!routeFiles.has(file) && !isWrittenAfter(file)) kept[file] = key;
      current = undefined;
      removeManifest(outDir);
      const { manifest, result } = applyBuild(staging, outDir, previous, { ...kept, ...plan.keyed });
      writeManifest(outDir, code, manifest);
      current = { version: MANIFEST_VERSION, code, files: manifest };
      routeFiles = new Set(unique.map((p) => outputFileOf(p.pathname, p.route.type)));
      phase('apply');
      const ms = Math.round(performance.now() - started);
      const slowest = [...byRoute].sort((a, b) => b[1] - a[1]).slice(0, 6);
      const unkeyed = plan.render.filter((p) => p.cacheKey === undefined).length;
      logger.info(
        `live rebuild ${generation}: ${plan.render.length} rendered (${unkeyed} without a key), ${plan.kept} unchanged; ${result.written} file(s) written (${result.writtenBytes} bytes), ${result.removed} removed, in ${ms} ms (${phases.map(([n, t]) => `${n} ${t}`).join(', ')}; slowest routes: ${slowest.map(([r, t]) => `${r} ${Math.round(t)}`).join(', ')})`,
      );
      return {
        generation,
        paths: unique.length,
        rendered: plan.render.length,
        unchanged: plan.kept,
        written: result.written,
        writtenBytes: result.writtenBytes,
        removed: result.removed,
        ms,
        files: result.files,
        renderedPaths: plan.render.map((p) => p.pathname),
      };
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }

  return {
    outDir,
    rebuild() {
      // One at a time: a second call waits for the first, then builds again (the content may have changed since).
      const next = (running ?? Promise.resolve()).catch(() => undefined).then(rebuild);
      running = next;
      return next;
    },
  };
}

const SESSION = Symbol.for('register.live.session');
type Shared = typeof globalThis & { [SESSION]?: LiveSession };

/** The session the last build of this process left (LIVE_BUILD=1), if any. */
export function liveSession(): LiveSession | undefined {
  return (globalThis as Shared)[SESSION];
}

export function setLiveSession(session: LiveSession): void {
  (globalThis as Shared)[SESSION] = session;
}
