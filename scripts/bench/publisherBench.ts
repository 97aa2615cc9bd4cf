/**
 * `npx tsx scripts/bench/publisherBench.ts [--file F] [--debounce MS]`: the publisher's time from a
 * signed webhook to the switched site, on an NDJSON dataset (the embedded one by default, or a
 * generated one: `npm run content:generate -- --scale 5000 --out F`). Two rounds: a first build
 * (cold), then, after one enterprise's name is edited in the file, the incremental rebuild
 * (INCREMENTAL_BUILD=1, the publisher's default: the served directory updated in place). Prints one line per round.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeSignatureHeader } from '@sanity/webhook';
import { commandBuild } from '../publisher.ts';
import { createPublisher } from '../lib/publisher/publisher.ts';
import { createPublisherServer } from '../lib/publisher/server.ts';

const { values } = parseArgs({ options: { file: { type: 'string' }, debounce: { type: 'string' } } });
const source = resolve(values.file ?? 'content/dataset.ndjson');
const work = mkdtempSync(join(tmpdir(), 'publisher-bench-'));
const file = join(work, 'dataset.ndjson');
writeFileSync(file, readFileSync(source));
const documents = readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
const secret = 'bench-secret';
const publisher = createPublisher({
  root: join(work, 'site'),
  debounceMs: Number(values.debounce ?? 1000),
  mode: 'in-place',
  log: () => {},
  build: commandBuild('npx astro build --outDir {out}', { ...process.env, CONTENT_SOURCE: 'local', CONTENT_FILE: file, INCREMENTAL_BUILD: '1' }),
});
const server = createPublisherServer({ publisher, secret, allowOrigin: '*', log: () => {} });
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;

async function round(label: string): Promise<void> {
  const body = JSON.stringify({ _id: 'bench', _type: 'enterprise' });
  const started = Date.now();
  const response = await fetch(url, { method: 'POST', body, headers: { 'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), secret) } });
  if (response.status !== 202) throw new Error(`webhook answered ${response.status}`);
  await publisher.idle();
  const last = publisher.status().last;
  if (!last?.ok) throw new Error(`build failed: ${last?.error}`);
  console.log(
    `${label}: ${documents} documents, webhook → switched site ${((Date.now() - started) / 1000).toFixed(1)} s (build ${(last.durationMs / 1000).toFixed(1)} s, debounce ${values.debounce ?? 1000} ms)`,
  );
}

await round('first build');
// Edit one enterprise's Chinese name: an incremental rebuild re-renders what shows it.
const lines = readFileSync(file, 'utf8').split('\n');
const index = lines.findIndex((line) => line.includes('"_type":"enterprise"') && !line.includes('"drafts.'));
lines[index] = lines[index]!.replace(/"zh":"([^"]+)"/, '"zh":"$1（更名）"');
writeFileSync(file, lines.join('\n'));
await round('one record edited (incremental)');
publisher.close();
server.close();
