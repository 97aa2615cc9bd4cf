/**
 * Ports of the Studio browser tests: the static Studio, the Content Lake stand-in, the publisher
 * and the site it serves. Each is chosen once in the runner (scripts/lib/ports.ts): the named
 * variable's port must be free, else the run stops naming it; without the variable, the default
 * when free, else any free port. Workers read the same ports from the environment.
 */
import { testServerPortOrExit } from '../../scripts/lib/ports.ts';

export const STUDIO_PORTS = {
  studio: testServerPortOrExit('STUDIO_PORT', 3391),
  lake: testServerPortOrExit('STUDIO_LAKE_PORT', 3392),
  publisher: testServerPortOrExit('STUDIO_PUBLISHER_PORT', 3393),
  site: testServerPortOrExit('STUDIO_SITE_PORT', 3394),
} as const;

/** Where the Studio under test is built (relative to the repository root). */
export const STUDIO_OUT_DIR = process.env['STUDIO_OUT_DIR'] ?? '.tmp/studio-dist';
