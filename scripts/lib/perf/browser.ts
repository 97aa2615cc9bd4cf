/** Headless Chromium as the browser tests launch it (same binary and flags as playwright.config.ts). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/** Without these, Chromium's background connections are refused by the closed network here. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium when present (`npx playwright install` cannot download here), else Playwright's own. */
export function chromiumPath(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  return [env['CHROMIUM_PATH'], '/usr/bin/chromium'].find((p): p is string => Boolean(p && existsSync(p)));
}

export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({ headless: true, args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
}
