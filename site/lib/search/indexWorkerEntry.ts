/**
 * The live build's search index thread (indexWorker.ts starts it): records in, the files'
 * texts out — or only "the same as last time" when the records did not change.
 */
import { parentPort } from 'node:worker_threads';
import { reusingSearchTexts } from './indexTexts.ts';
import type { IndexReply, IndexRequest } from './indexWorker.ts';

const make = reusingSearchTexts();

parentPort?.on('message', ({ id, records }: IndexRequest) => {
  let reply: IndexReply;
  try {
    const { texts, reused } = make(records);
    reply = reused ? { id, reused: true } : { id, reused: false, texts: [...texts] };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
