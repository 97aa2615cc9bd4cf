/** Where the content scripts write; tests pass their own. */
export interface ScriptIO {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** The stream a progress bar may draw on (a bar only when it is a terminal). */
  readonly progressStream: NodeJS.WriteStream;
}

/** stdout for results, stderr for problems and the progress bar. */
export const processIO: ScriptIO = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progressStream: process.stderr,
};
