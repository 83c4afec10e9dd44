import { shownAs, type Finding } from '../../types.js';
import type { Paint } from '../colors.js';
import { LineIndex } from '../positions.js';
import type { FileResult } from '../results.js';

/** Lines longer than this are cut to a window around the finding, so the underline stays readable. */
const MAX_LINE = 120;
const CONTEXT = 40;

const codePoints = (s: string) => [...s].length;

/** The line holding the finding, cut around it when long, with `~` under the flagged words. */
function underline(index: LineIndex, f: Finding, line: number, column: number): [string, string] {
  const full = index.lineText(line);
  const from = column - 1;
  const to = Math.min(from + (f.end - f.start), full.length);
  let start = 0;
  let end = full.length;
  if (full.length > MAX_LINE) {
    start = Math.max(0, from - CONTEXT);
    end = Math.min(full.length, to + CONTEXT);
  }
  const prefix = start > 0 ? '…' : '';
  const shown = prefix + full.slice(start, end) + (end < full.length ? '…' : '');
  // Tabs stay tabs so the underline lines up with what the terminal shows.
  const pad = prefix.replace(/./g, ' ') + full.slice(start, from).replace(/[^\t]/gu, ' ');
  const width = Math.max(1, codePoints(full.slice(from, to)));
  return [shown, pad + '~'.repeat(width)];
}

/**
 * ESLint-like output a person reads in a terminal or a CI log:
 *
 *   notes/a.txt:1:1  warning  absolute  “never” turns one moment into a verdict about them.  you-never
 *     You never talk to me about anything.
 *     ~~~~~~~~~~~~~~
 *     → I feel lonely when we don't talk much.
 */
export function formatStylish(results: readonly FileResult[], p: Paint): string {
  const out: string[] = [];
  let warnings = 0;
  let infos = 0;
  for (const result of results) {
    if (result.findings.length === 0) continue;
    const index = new LineIndex(result.text);
    for (const f of result.findings) {
      const { line, column } = index.position(f.start);
      const severity = f.severity === 'warning' ? p.yellow('warning') : p.cyan('info   ');
      if (f.severity === 'warning') warnings++;
      else infos++;
      out.push(`${p.bold(`${result.filePath}:${line}:${column}`)}  ${severity}  ${f.category}  ${f.message}  ${p.dim(f.ruleId)}`);
      const [shown, marks] = underline(index, f, line, column);
      out.push(`  ${shown}`, `  ${p.red(marks)}`);
      const best = f.suggestions[0];
      if (best) out.push(`  ${p.green(`→ ${shownAs(best)}`)}`);
      out.push('');
    }
  }
  if (warnings + infos === 0) return '';
  const total = warnings + infos;
  const files = results.filter((r) => r.findings.length > 0).length;
  const summary =
    `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} info)` +
    (files > 1 ? ` in ${files} files` : '');
  out.push(warnings > 0 ? p.bold(p.yellow(summary)) : p.bold(summary));
  return `${out.join('\n')}\n`;
}
