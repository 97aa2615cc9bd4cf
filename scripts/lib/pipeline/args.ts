/**
 * Command-line arguments of the content scripts, in contentCheck's style: `--name value` or
 * `--name=value`, flags without values; a string result is the message to print.
 */
export type ParsedArgs = { readonly file?: string; readonly flags: ReadonlySet<string> };

export function parseScriptArgs(argv: readonly string[], flags: readonly string[], usage: string): ParsedArgs | string {
  let file: string | undefined;
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--file') {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[(i += 1)];
      if (!value) return `--file needs a path. ${usage}`;
      file = value;
    } else if (name === '--help' || name === '-h') {
      return usage;
    } else if (flags.includes(name) && eq < 0) {
      seen.add(name);
    } else {
      return `unknown argument "${arg}". ${usage}`;
    }
  }
  return { ...(file ? { file } : {}), flags: seen };
}
