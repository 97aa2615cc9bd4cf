/**
 * The incremental build (INCREMENTAL_BUILD=1): only the pages whose content changed are
 * rendered, and only the files whose bytes changed are written into the live output.
 *
 * How: a page declares what it shows as a `cacheKey` in getStaticPaths (a digest of its
 * records, site/lib/data/cacheKey.ts). This integration wraps Astro's prerenderer: of all
 * static paths it hands Astro only those without a key or with a key the previous build did
 * not record (its manifest, beside the output: `dist/` → `.dist.manifest.json`). Astro
 * renders them into atomicBuild's staging directory. Then, after every other integration
 * wrote its files, the changed files are moved into the live output (write-then-rename, so
 * each file is replaced whole), files the build no longer has are removed, and the new
 * manifest is written; the staging directory, a few hundred files, is dropped.
 *
 * Why not a whole-directory swap every time: on these machines every file operation costs
 * about 0.3 ms, so linking or copying 84,000 unchanged files costs 17 s — more than the edit
 * is allowed. Astro's experimental incremental build copies every unchanged page from its
 * cache and logs each (docs/decisions.md, "Incremental build in place"). The window in which
 * some changed files are new and others not yet is the time of a few hundred renames.
 *
 * Safety: the manifest is removed before the output is touched and written after, so a build
 * that dies halfway leaves no manifest, and the next build renders everything (and swaps the
 * whole directory). A manifest is valid only for the code that wrote it: a digest of the
 * site's sources, the config, the lockfile and SITE_URL. A failed build changes nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { incrementalBuildEnabled } from '../lib/data/cacheKey.ts';
import { liveBuildEnabled } from '../lib/data/generation.ts';
import { createLiveSession, importEveryRoute, pagePathsOf, setLiveSession } from './liveBuild.ts';

export const MANIFEST_VERSION = 1;

/** What the last build rendered or linked: each keyed file with its key, for the code that built it. */
export interface BuildManifest {
  readonly version: number;
  readonly code: string;
  readonly files: Readonly<Record<string, string>>;
}

/** The manifest of an output directory lives beside it: `dist/` → `.dist.manifest.json`. */
export function manifestPathOf(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.manifest.json`);
}

export function readManifest(outDir: string, code: string): BuildManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(manifestPathOf(outDir), 'utf8')) as BuildManifest;
    return manifest.version === MANIFEST_VERSION && manifest.code === code && typeof manifest.files === 'object' ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The output file of a static path, relative to the output directory, as Astro writes it
 * with `build.format: 'directory'`: a page `/en/x/` → `en/x/index.html`, an endpoint
 * `/search/docs/0.json` → `search/docs/0.json`, the page `/404` → `404.html`.
 */
export function outputFileOf(pathname: string, type: string): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  if (type === 'endpoint') return trimmed;
  // Astro writes its status-code pages as files (astro/dist/core/build/common.js, STATUS_CODE_PAGES).
  if (pathname === '/404' || pathname === '/500') return `${trimmed}.html`;
  return trimmed === '' ? 'index.html' : `${trimmed}/index.html`;
}

/** One static path as Astro's prerenderer lists it. */
export interface StaticPath {
  readonly pathname: string;
  readonly route: { readonly type: string; readonly route: string };
  readonly cacheKey?: string | undefined;
}

export interface Plan<P extends StaticPath> {
  /** The paths Astro renders. */
  readonly render: P[];
  /** Keyed files whose key is unchanged: the live output keeps them as they are. */
  readonly kept: number;
  /** Every keyed file of this build with its key. */
  readonly keyed: Record<string, string>;
}

/**
 * Which paths to render: those without a key, and those whose key differs from the previous
 * build's (or that it did not have). Pure, so it is tested on its own.
 * @example planBuild(paths, readManifest(dist, code))
 */
export function planBuild<P extends StaticPath>(paths: readonly P[], previous: BuildManifest | undefined): Plan<P> {
  const render: P[] = [];
  const keyed: Record<string, string> = Object.create(null) as Record<string, string>;
  let kept = 0;
  for (const path of paths) {
    if (path.cacheKey === undefined) {
      render.push(path);
      continue;
    }
    const file = outputFileOf(path.pathname, path.route.type);
    keyed[file] = path.cacheKey;
    if (previous !== undefined && previous.files[file] === path.cacheKey) kept += 1;
    else render.push(path);
  }
  return { render, kept, keyed };
}

/** Every file under `dir`, sorted, as relative POSIX paths. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * The digest of the code that renders pages: the site's sources, the config, the lockfile,
 * SITE_URL. A key is a digest of data only, so a manifest of other code is never used.
 */
export function codeDigest(root: string, srcDir: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const hash = createHash('sha1');
  for (const file of ['astro.config.mjs', 'package-lock.json', 'tsconfig.json']) {
    const path = join(root, file);
    if (existsSync(path)) hash.update(`${file}\0`).update(readFileSync(path));
  }
  for (const file of filesUnder(srcDir)) hash.update(`${file}\0`).update(readFileSync(join(srcDir, file)));
  hash.update(`SITE_URL=${env['SITE_URL'] ?? ''}`);
  return hash.digest('base64url');
}

/** A file without a key is known by its bytes: `#` and their digest. */
const contentKey = (bytes: Buffer): string => `#${createHash('sha1').update(bytes).digest('base64url')}`;

/** What `applyBuild` did to the live output. */
export interface ApplyResult {
  /** The files written and removed, by relative path. */
  readonly files: { readonly written: string[]; readonly removed: string[] };
  readonly written: number;
  readonly writtenBytes: number;
  readonly removed: number;
  readonly unchanged: number;
}

/**
 * Bring the live output `target` to the build in `staging` (the files Astro and the other
 * integrations wrote) plus the keyed files the plan kept: move in each staged file whose
 * bytes or key differ from the previous manifest, remove the files the build no longer has,
 * and return the new manifest. `target` must be described by `previous`.
 */
export function applyBuild(
  staging: string,
  target: string,
  previous: BuildManifest,
  keyed: Readonly<Record<string, string>>,
): { manifest: Record<string, string>; result: ApplyResult } {
  const manifest: Record<string, string> = Object.create(null) as Record<string, string>;
  Object.assign(manifest, keyed);
  let written = 0;
  let writtenBytes = 0;
  let unchanged = 0;
  const files = { written: [] as string[], removed: [] as string[] };
  const made = new Set<string>();
  for (const file of filesUnder(staging)) {
    const from = join(staging, file);
    const key = keyed[file] ?? contentKey(readFileSync(from));
    manifest[file] = key;
    if (previous.files[file] === key) {
      unchanged += 1;
      continue;
    }
    const to = join(target, file);
    const parent = dirname(to);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writtenBytes += statSync(from).size;
    // A rename replaces the file whole: a reader gets the old bytes or the new, never a mix.
    renameSync(from, to);
    written += 1;
    files.written.push(file);
  }
  let removed = 0;
  for (const file of Object.keys(previous.files)) {
    if (file in manifest) continue;
    rmSync(join(target, file), { force: true });
    removed += 1;
    files.removed.push(file);
  }
  return { manifest, result: { files, written, writtenBytes, removed, unchanged } };
}

/**
 * The manifest of a build that produced the whole of `dir`: the keys, and each other file
 * by its bytes (a first incremental build, swapped in whole by atomicBuild).
 */
function manifestOfWhole(dir: string, keyed: Readonly<Record<string, string>>): Record<string, string> {
  const manifest: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const file of filesUnder(dir)) manifest[file] = keyed[file] ?? contentKey(readFileSync(join(dir, file)));
  return manifest;
}

export function writeManifest(outDir: string, code: string, files: Readonly<Record<string, string>>): void {
  const path = manifestPathOf(outDir);
  writeFileSync(`${path}.tmp`, JSON.stringify({ version: MANIFEST_VERSION, code, files } satisfies BuildManifest));
  renameSync(`${path}.tmp`, path);
}

/** Before the output is touched: a build that dies from here on leaves no manifest, so the next one renders everything. */
export function removeManifest(outDir: string): void {
  rmSync(manifestPathOf(outDir), { force: true });
}

const APPLIED = Symbol.for('register.incremental.applied');
const PAGES = Symbol.for('register.incremental.pages');
type Shared = typeof globalThis & { [APPLIED]?: boolean; [PAGES]?: string[] };

/** Whether this build's output was applied in place (then atomicBuild only drops its staging directory). */
export function appliedInPlace(): boolean {
  return (globalThis as Shared)[APPLIED] === true;
}

/**
 * The URL paths (`/en/x/`) of all pages of an incremental build, rendered or kept, for the
 * sitemap; undefined in a full build (then Astro's own list of rendered pages is complete).
 */
export function incrementalPagePaths(): readonly string[] | undefined {
  return (globalThis as Shared)[PAGES];
}

type AstroPath = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];

export function incrementalBuild(): AstroIntegration {
  let target: string | undefined;
  let code = '';
  let enabled = false;
  let live = false;
  let site: string | undefined;
  let origin = '';
  let previous: BuildManifest | undefined;
  let plan: Plan<AstroPath> | undefined;
  let prerenderer: AstroPrerenderer | undefined;
  let routeFiles: Set<string> | undefined;
  return {
    name: 'register-incremental',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        // Before atomicBuild (the next integration) redirects outDir to its staging directory.
        target = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        enabled = incrementalBuildEnabled();
        live = enabled && liveBuildEnabled();
        site = config.site;
        // As Astro's build makes its requests (astro/dist/core/build/index.js).
        origin = config.site ? new URL(config.site).origin : `http://localhost:${config.server.port}`;
        if (enabled) code = codeDigest(fileURLToPath(config.root), fileURLToPath(config.srcDir));
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        if (!enabled || target === undefined) return;
        previous = existsSync(target) ? readManifest(target, code) : undefined;
        if (!previous) logger.info(`no manifest of the previous build of this code beside ${target}: rendering every page`);
        setPrerenderer((base: AstroPrerenderer): AstroPrerenderer => ({
          name: 'register-incremental',
          setup: async () => {
            await base.setup?.();
            prerenderer = base;
            // A live session renders later, after Astro removed the bundle: load every route now.
            if (live) await importEveryRoute(base);
          },
          teardown: async () => {
            await base.teardown?.();
          },
          render: (request, options) => base.render(request, options),
          getStaticPaths: async () => {
            const paths = await base.getStaticPaths();
            plan = planBuild(paths, previous);
            (globalThis as Shared)[PAGES] = pagePathsOf(paths);
            if (live) routeFiles = new Set(paths.map((p) => outputFileOf(p.pathname, p.route.type)));
            logger.info(`${plan.render.length} of ${paths.length} paths to render, ${plan.kept} unchanged`);
            return plan.render;
          },
        }));
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!enabled || target === undefined || plan === undefined) return;
        const staging = fileURLToPath(dir).replace(/[\\/]+$/, '');
        // A rendered keyed path must be where planBuild expects it, or the next build would keep the wrong file.
        for (const path of plan.render) {
          if (path.cacheKey === undefined) continue;
          const file = outputFileOf(path.pathname, path.route.type);
          if (!existsSync(join(staging, file))) {
            throw new Error(
              `incremental build: ${path.route.route} rendered ${path.pathname}, but ${file} is not in the output; build without INCREMENTAL_BUILD=1 and report this.`,
            );
          }
        }
        if (live && prerenderer && routeFiles) {
          setLiveSession(createLiveSession({ prerenderer, outDir: target, code, routeFiles, site, origin, logger }));
        }
        if (!previous) {
          // Everything was rendered: atomicBuild swaps the whole directory, and moves this manifest beside it.
          writeManifest(staging, code, manifestOfWhole(staging, plan.keyed));
          return;
        }
        removeManifest(target);
        const { manifest, result } = applyBuild(staging, target, previous, plan.keyed);
        writeManifest(target, code, manifest);
        (globalThis as Shared)[APPLIED] = true;
        // INCREMENTAL_REPORT=F: what was rendered, written and removed, as JSON (for the benchmark and for debugging keys).
        const report = process.env['INCREMENTAL_REPORT'];
        if (report) writeFileSync(report, JSON.stringify({ rendered: plan.render.map((p) => p.pathname), ...result.files }, null, 1));
        logger.info(
          `${plan.render.length} rendered, ${plan.kept} unchanged; ${result.written} file(s) written (${result.writtenBytes} bytes), ${result.removed} removed, ${result.unchanged} rendered but unchanged`,
        );
      },
    },
  };
}
