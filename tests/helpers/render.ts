import { shownAs } from '../../src/types.js';
import type { Finding } from '../../src/index.js';

/**
 * Render a text with its findings underlined under each line, the way a reviewer reads it:
 *
 *   You never talk to me about anything.
 *   ~~~~~~~~~~~~~~ absolute you-never: “never” turns one moment into a verdict about them.
 *     → I feel lonely when we don't talk much.
 */
export function renderUnderlined(text: string, findings: readonly Finding[]): string {
  const out: string[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    out.push(line.replace(/\r$/, '⏎'));
    for (const f of findings) {
      if (f.start < lineStart || f.start >= lineEnd) continue;
      const pad = ' '.repeat([...text.slice(lineStart, f.start)].length);
      const width = Math.max(1, [...text.slice(f.start, Math.min(f.end, lineEnd))].length);
      out.push(`${pad}${'~'.repeat(width)} ${f.category} ${f.ruleId} (${f.severity}): ${f.message}`);
      for (const s of f.suggestions) out.push(`    → ${shownAs(s)}`);
    }
    lineStart = lineEnd + 1;
  }
  if (findings.length === 0) out.push('(no findings)');
  return out.join('\n') + '\n';
}
