import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/perf/browser.ts';
import { SECRET_MARKERS } from '../fixtures/security/secrets.ts';
import { STUDIO_OUT_DIR, STUDIO_PORTS } from './ports.ts';

/**
 * The built Studio in headless Chromium, two ways (docs/sanity-offline.md):
 * - `desk` (studio.spec.ts): the Content Lake answered from the embedded dataset by `page.route`
 *   (contentLakeRoutes.ts) — fast, read-only;
 * - `editable` (editable.spec.ts): the Content Lake stand-in over HTTPS + HTTP/2
 *   (tests/standin/), Chromium resolving Sanity's hosts to it — editing, the actions API, the
 *   listener, the publisher.
 * The Studio is built once into STUDIO_OUT_DIR (~60 s on an idle machine), with the 发布网站 tool
 * pointed at the test publisher and both Sanity token variables set to markers, and served as
 * static files; STUDIO_SKIP_BUILD=1 reuses a build. `bundle` (bundle.spec.ts) scans that build:
 * neither token may reach it.
 *
 *   npx playwright test -c tests/studio/playwright.studio.config.ts
 */
const systemChromium = chromiumPath();
const { studio: port, lake, publisher } = STUDIO_PORTS;
const outDir = STUDIO_OUT_DIR;
/** The repository root: the web server's commands and paths are relative to it. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const buildEnv = `SANITY_STUDIO_DEPLOY_HOOK_URL=http://127.0.0.1:${publisher}/hook SANITY_STUDIO_PUBLISH_STATUS_URL=http://127.0.0.1:${publisher}/status SANITY_API_READ_TOKEN=${SECRET_MARKERS.read} SANITY_API_WRITE_TOKEN=${SECRET_MARKERS.write}`;
const build = process.env['STUDIO_SKIP_BUILD'] === '1' ? '' : `${buildEnv} npx sanity build ${outDir} --yes && `;

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
  },
  projects: [
    {
      // No browser: reads the files of the build the other projects use.
      name: 'bundle',
      testMatch: 'bundle.spec.ts',
    },
    {
      name: 'desk',
      testMatch: 'studio.spec.ts',
      use: { launchOptions: { ...(systemChromium ? { executablePath: systemChromium } : {}), args: CHROMIUM_ARGS } },
    },
    {
      name: 'editable',
      testMatch: 'editable.spec.ts',
      // A site build runs inside the publish test.
      timeout: 240_000,
      use: {
        ignoreHTTPSErrors: true,
        launchOptions: {
          ...(systemChromium ? { executablePath: systemChromium } : {}),
          // Every Sanity host goes to the stand-in; the Studio itself is unmodified.
          args: [
            ...CHROMIUM_ARGS,
            `--host-resolver-rules=MAP *.sanity.io 127.0.0.1:${lake}, MAP *.sanity-cdn.com 127.0.0.1:${lake}, MAP *.sanity.work 127.0.0.1:${lake}`,
          ],
        },
      },
    },
  ],
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
