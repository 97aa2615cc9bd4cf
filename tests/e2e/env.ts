/** The directory the site under test was built into (see playwright.config.ts). */
export const DIST = process.env['E2E_OUT_DIR'] ?? 'dist';
