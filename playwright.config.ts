import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/lib/perf/browser.ts';
import { testServerPortOrExit } from './scripts/lib/ports.ts';

/**
 * Browser tests run against the real built site (build once, preview, test). They use Debian's
 * Chromium when present — `npx playwright install` cannot download browsers on these machines.
 */
const systemChromium = chromiumPath();
/** E2E_PORT when free (else the run stops naming it), or 4391, or any free port (scripts/lib/ports.ts). */
const port = testServerPortOrExit('E2E_PORT', 4391);
/** Where the site under test is built; separate directories let test runs proceed side by side. */
const outDir = process.env['E2E_OUT_DIR'] ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // The build date is pinned so standard states and deadlines in assertions do not drift.
    command: `npx astro build --outDir ${outDir} && npx astro preview --ignore-lock --outDir ${outDir} --host 127.0.0.1 --port ${port}`,
    env: { BUILD_DATE: '2026-11-28' },
    url: `http://127.0.0.1:${port}/`,
    timeout: 300_000,
    // Never a server this run did not start: whatever else answers on the port is not the site under test.
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
