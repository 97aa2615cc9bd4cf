/**
 * Ports for the test servers (the site preview, the built Studio). A test run never talks to a
 * server it did not start: the Playwright configs set `reuseExistingServer: false`, and pick
 * their port here, once, in the runner process (workers inherit it through the environment):
 *
 * - the port named by the variable (E2E_PORT, STUDIO_PORT) must be free, else the run stops at
 *   once with a message naming the port and who to ask;
 * - without the variable, the default port when free, else any free port.
 *
 * Synchronous, because a Playwright config is: the probe runs in a short child process.
 */
import { spawnSync } from 'node:child_process';

const PROBE = `
const net = require('node:net');
const [host, wanted] = [process.argv[1], Number(process.argv[2])];
const server = net.createServer();
server.once('error', () => process.stdout.write('busy'));
server.listen({ host, port: wanted, exclusive: true }, () => {
  const { port } = server.address();
  server.close(() => process.stdout.write(String(port)));
});
`;

/** The port if it can be bound on `host` now, `undefined` if something holds it; 0 asks for any free port. */
export function probePort(port: number, host = '127.0.0.1'): number | undefined {
  const run = spawnSync(process.execPath, ['-e', PROBE, host, String(port)], { encoding: 'utf8', timeout: 10_000 });
  const answer = run.stdout.trim();
  return /^\d+$/.test(answer) ? Number(answer) : undefined;
}

export class BusyPortError extends Error {
  override readonly name = 'BusyPortError';
}

/**
 * The port a test server listens on, remembered in `env[variable]` for the workers.
 * @example testServerPort('E2E_PORT', 4391) // 4391, or a free port when 4391 is taken
 */
export function testServerPort(
  variable: string,
  fallback: number,
  env: NodeJS.ProcessEnv = process.env,
  probe: (port: number) => number | undefined = probePort,
): number {
  const chosen = env[variable];
  if (chosen !== undefined && chosen !== '') {
    const port = Number(chosen);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new BusyPortError(`${variable}=${chosen} is not a port number (1–65535).`);
    // Already probed by this run (the runner set it, a worker reads it): trust it.
    if (env[`${variable}_CHECKED`] === chosen) return port;
    if (probe(port) === undefined) {
      throw new BusyPortError(
        `${variable}=${port}: port ${port} on 127.0.0.1 is already in use by another program, and the tests never talk to a server they did not start. Stop that program, or set ${variable} to a free port (or unset it to pick one).`,
      );
    }
    env[`${variable}_CHECKED`] = String(port);
    return port;
  }
  const port = probe(fallback) ?? probe(0);
  if (port === undefined) throw new BusyPortError(`${variable}: no free port found on 127.0.0.1 (tried ${fallback} and any port).`);
  env[variable] = String(port);
  env[`${variable}_CHECKED`] = String(port);
  return port;
}

/** testServerPort for a Playwright config: a busy port ends the run with its message, no stack trace. */
export function testServerPortOrExit(variable: string, fallback: number): number {
  try {
    return testServerPort(variable, fallback);
  } catch (error) {
    if (!(error instanceof BusyPortError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
