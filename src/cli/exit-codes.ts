/** Exit codes, as ESLint users expect them. */
export const EXIT = {
  /** No warning finding, and `--max-warnings` not exceeded. */
  clean: 0,
  /** Warning findings, or more findings than `--max-warnings` allows. */
  findings: 1,
  /** A usage error, an unknown flag, an unreadable input or an invalid config. */
  failure: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A problem that stops the run with exit code 2. Its message is one line that names the
 * problem (and the file or flag): CI logs show only that line.
 */
export class CliError extends Error {
  override name = 'CliError';
  constructor(message: string) {
    // Multi-line library errors (zod's pretty print) are folded so stderr stays one line.
    super(oneLine(message));
  }
}

/** Fold a multi-line message into one line: zod's "✖ …\n  → at key" becomes "… at key". */
export function oneLine(message: string): string {
  return message
    .split('\n')
    .map((l) => l.trim().replace(/^✖\s*/, '').replace(/^→\s*/, ''))
    .filter(Boolean)
    .join(' ')
    .replace(/:\s+(?=\S)/g, ': ');
}
