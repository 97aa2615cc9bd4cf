/**
 * Progress of the import's steps (@sanity/import's `onProgress` events): a bar per step on a
 * terminal, plain lines elsewhere (CI logs keep every line, so at most one per 10 % of a step).
 */
import { SingleBar, Presets } from 'cli-progress';

export interface ProgressEvent {
  readonly step: string;
  readonly current?: number;
  readonly total?: number;
}

export interface ProgressReporter {
  update(event: ProgressEvent): void;
  stop(): void;
}

/** Plain lines: the first event of a step, every further 10 %, and its end. */
export function createLineProgress(write: (line: string) => void): ProgressReporter {
  let step = '';
  let lastTenth = -1;
  return {
    update({ step: name, current, total }) {
      if (name !== step) {
        step = name;
        lastTenth = -1;
      }
      if (current === undefined || total === undefined || total === 0) {
        if (lastTenth === -1) write(`${name}`);
        lastTenth = 0;
        return;
      }
      const tenth = Math.floor((current / total) * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        write(`${name}: ${current}/${total}`);
      }
    },
    stop() {},
  };
}

export function createBarProgress(stream: NodeJS.WriteStream): ProgressReporter {
  let step = '';
  const bar = new SingleBar({ format: '{step} [{bar}] {value}/{total}', stream, hideCursor: true, clearOnComplete: false }, Presets.shades_classic);
  let started = false;
  return {
    update({ step: name, current, total }) {
      if (name !== step) {
        if (started) bar.stop();
        step = name;
        bar.start(total ?? 1, current ?? 0, { step: name });
        started = true;
        return;
      }
      if (total !== undefined) bar.setTotal(total);
      bar.update(current ?? 0, { step: name });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** A bar when `stream` is a terminal and not in CI, plain lines otherwise. */
export function createProgress(stream: NodeJS.WriteStream, env: Readonly<Record<string, string | undefined>>, write: (line: string) => void): ProgressReporter {
  return stream.isTTY && !env['CI'] ? createBarProgress(stream) : createLineProgress(write);
}
