/**
 * Test servers use free ports and never a server they did not start (scripts/lib/ports.ts, used
 * by both Playwright configs with `reuseExistingServer: false`): with the default port taken,
 * another one is picked; with the chosen port taken, the run stops naming it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BusyPortError, probePort, testServerPort } from '../../../scripts/lib/ports.ts';

let holder: Server;
let held: number;
beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen({ host: '127.0.0.1', port: 0 }, resolve));
  held = (holder.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => holder.close(() => resolve())));

describe('test server ports', () => {
  it('a held port is busy; port 0 gives a free one', () => {
    expect(probePort(held)).toBeUndefined();
    const free = probePort(0);
    expect(free).toBeGreaterThan(0);
    expect(free).not.toBe(held);
  });

  it('without the variable: the default when free, else another free port, remembered for the workers', () => {
    const env: NodeJS.ProcessEnv = {};
    const port = testServerPort('E2E_PORT', held, env);
    expect(port).not.toBe(held);
    expect(env['E2E_PORT']).toBe(String(port));
    // A worker reads the same port without probing again (the runner's server holds it by then).
    expect(testServerPort('E2E_PORT', held, env, () => undefined)).toBe(port);
  });

  it('a chosen port that is taken stops the run with a message naming it', () => {
    expect(() => testServerPort('STUDIO_PORT', 3391, { STUDIO_PORT: String(held) })).toThrow(BusyPortError);
    expect(() => testServerPort('STUDIO_PORT', 3391, { STUDIO_PORT: String(held) })).toThrow(
      `STUDIO_PORT=${held}: port ${held} on 127.0.0.1 is already in use by another program, and the tests never talk to a server they did not start. Stop that program, or set STUDIO_PORT to a free port (or unset it to pick one).`,
    );
    expect(() => testServerPort('E2E_PORT', 4391, { E2E_PORT: 'abc' })).toThrow('E2E_PORT=abc is not a port number (1–65535).');
  });

  it('both Playwright configs: a taken port is one line and exit 1; neither reuses a server', () => {
    for (const [config, variable] of [
      ['playwright.config.ts', 'E2E_PORT'],
      ['tests/studio/playwright.studio.config.ts', 'STUDIO_PORT'],
    ] as const) {
      const run = spawnSync('npx', ['playwright', 'test', '-c', config, '--list'], { env: { ...process.env, [variable]: String(held) }, encoding: 'utf8' });
      expect(readFileSync(config, 'utf8'), config).toContain('reuseExistingServer: false,');
      expect(run.status, config).toBe(1);
      expect(run.stderr.trim(), config).toBe(
        `${variable}=${held}: port ${held} on 127.0.0.1 is already in use by another program, and the tests never talk to a server they did not start. Stop that program, or set ${variable} to a free port (or unset it to pick one).`,
      );
    }
  });
});
