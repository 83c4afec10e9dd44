import { LineIndex } from '../positions.js';
import type { FileResult } from '../results.js';

/** Bumped when a field is removed or changes meaning; added fields keep the version. */
export const JSON_FORMAT_VERSION = 1;

/**
 * `{ "version": 1, "results": [ { "filePath", "findings" } ] }`, one result per input, in order.
 * Each finding is the library's `Finding` plus 1-based `line`/`column`/`endLine`/`endColumn`.
 */
export function formatJson(results: readonly FileResult[]): string {
  const out = {
    version: JSON_FORMAT_VERSION,
    results: results.map((r) => {
      const index = new LineIndex(r.text);
      return {
        filePath: r.filePath,
        findings: r.findings.map((f) => {
          const start = index.position(f.start);
          const end = index.position(f.end);
          return { ...f, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
        }),
      };
    }),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
