import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/perf/browser.ts';
import { testServerPortOrExit } from '../../scripts/lib/ports.ts';

/**
 * The built Studio in headless Chromium, with the Content Lake answered from the embedded
 * dataset by `page.route` (tests/studio/contentLakeRoutes.ts; docs/sanity-offline.md, "The Studio in
 * a browser"). The Studio is built once into STUDIO_OUT_DIR (~60 s on an idle machine) and
 * served as static files; set STUDIO_SKIP_BUILD=1 to reuse an existing build.
 *
 *   npx playwright test -c tests/studio/playwright.studio.config.ts
 */
const systemChromium = chromiumPath();
/** STUDIO_PORT when free (else the run stops naming it), or 3391, or any free port (scripts/lib/ports.ts). */
const port = testServerPortOrExit('STUDIO_PORT', 3391);
const outDir = process.env['STUDIO_OUT_DIR'] ?? '.tmp/studio-dist';
/** The repository root: the web server's commands and paths are relative to it. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const build = process.env['STUDIO_SKIP_BUILD'] === '1' ? '' : `npx sanity build ${outDir} --yes && `;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // The Studio's main chunk is 5.5 MB: the first load of each test takes a few seconds.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  // Apart from the site's e2e runs, which clear their own test-results/.
  outputDir: '../../.tmp/studio-test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1600, height: 1000 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `${build}npx tsx tests/studio/serveStudio.ts ${outDir} ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/`,
    timeout: 600_000,
    // Never a server this run did not start (a Studio left running, or another program on the port).
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
