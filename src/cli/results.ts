import type { Finding } from '../types.js';
import { EXIT, type ExitCode } from './exit-codes.js';

/** One linted message: a file, stdin or a `--text`. */
export interface FileResult {
  /** As given on the command line, or "<stdin>" / "<text>". */
  filePath: string;
  text: string;
  findings: Finding[];
}

export interface Counts {
  warnings: number;
  infos: number;
}

export function addCounts(counts: Counts, findings: readonly Finding[]): Counts {
  for (const f of findings) {
    if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** `--quiet` keeps warnings only. */
export const keepReported = (findings: Finding[], quiet: boolean): Finding[] =>
  quiet ? findings.filter((f) => f.severity === 'warning') : findings;

/**
 * 1 when any finding is a warning, or when more findings (info included) were reported than
 * `--max-warnings` allows; else 0.
 */
export function exitCodeFor(counts: Counts, maxWarnings: number | undefined): ExitCode {
  if (counts.warnings > 0) return EXIT.findings;
  if (maxWarnings !== undefined && counts.warnings + counts.infos > maxWarnings) return EXIT.findings;
  return EXIT.clean;
}
