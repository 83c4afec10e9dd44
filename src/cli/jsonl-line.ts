import type { Linter } from '../linter.js';
import { keepReported } from './results.js';

/** What every JSONL line is linted (and rewritten) with; the same in the main thread and in each worker. */
export interface LineContext {
  linter: Linter;
  quiet: boolean;
  rewrite: boolean;
}

/** One output line and what it counts toward the exit code. */
export interface LineOutcome {
  /** The JSON output line, without its newline. */
  json: string;
  warnings: number;
  infos: number;
  /** The line could not be linted: it got an `{ "id", "error" }` line. */
  bad: boolean;
}

type Id = string | number;

const failure = (id: Id, error: string): LineOutcome => ({
  json: JSON.stringify({ id, error }),
  warnings: 0,
  infos: 0,
  bad: true,
});

/**
 * Lint one JSONL input line `{ "text": "…", "id"?: … }` into `{ "id", "findings" }` (or, with
 * `--rewrite`, `{ "id", "text" }`). The 1-based line number stands in for a missing id. A line
 * that cannot be linted becomes `{ "id", "error" }`; it never stops the batch.
 */
export function processLine(line: string, lineNumber: number, ctx: LineContext): LineOutcome {
  // Even a blank line gets its output line: line N of the output always answers line N of the input.
  if (line.trim() === '') return failure(lineNumber, 'empty line');
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return failure(lineNumber, `invalid JSON: ${(error as Error).message}`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return failure(lineNumber, 'expected a JSON object like {"text": "…", "id": …}');
  }
  const { id: rawId, text } = record as { id?: unknown; text?: unknown };
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string' && typeof rawId !== 'number') {
    return failure(lineNumber, '"id" must be a string or a number');
  }
  const id: Id = (rawId as Id | null | undefined) ?? lineNumber;
  if (typeof text !== 'string') {
    return failure(id, text === undefined ? 'missing "text"' : `"text" must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  try {
    const findings = keepReported(ctx.linter.lint(text).findings, ctx.quiet);
    let warnings = 0;
    for (const f of findings) if (f.severity === 'warning') warnings++;
    const json = ctx.rewrite
      ? JSON.stringify({ id, text: ctx.linter.rewrite(text).text })
      : JSON.stringify({ id, findings });
    return { json, warnings, infos: findings.length - warnings, bad: false };
  } catch (error) {
    return failure(id, (error as Error).message);
  }
}

/** A run of consecutive input lines, linted as one unit of work. */
export interface Chunk {
  seq: number;
  /** Line number of `lines[0]`. */
  firstLine: number;
  lines: string[];
}

export interface ChunkOutcome {
  seq: number;
  /** The output lines, each ending in "\n". */
  output: string;
  warnings: number;
  infos: number;
  bad: number;
  /** Input lines read (each got one output line). */
  records: number;
}

export function processChunk(chunk: Chunk, ctx: LineContext): ChunkOutcome {
  let output = '';
  const outcome: ChunkOutcome = { seq: chunk.seq, output: '', warnings: 0, infos: 0, bad: 0, records: 0 };
  chunk.lines.forEach((line, i) => {
    const r = processLine(line, chunk.firstLine + i, ctx);
    output += `${r.json}\n`;
    outcome.records++;
    outcome.warnings += r.warnings;
    outcome.infos += r.infos;
    if (r.bad) outcome.bad++;
  });
  outcome.output = output;
  return outcome;
}
