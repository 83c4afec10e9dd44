import type { Finding } from './browser-linter.js';

/**
 * The draft with every finding's first suggestion applied, from last to first so earlier
 * offsets stay valid; a suggestion overlapping one already applied is skipped.
 * (What the playground's "Rewrite all" does until the library's own `rewrite()` is merged.)
 */
export function rewriteDraft(text: string, findings: readonly Finding[]): string {
  const edits = findings
    .map((f) => f.suggestions[0])
    .filter((s) => s !== undefined)
    .sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const s of edits) {
    if (s.end > limit) continue;
    out = out.slice(0, s.start) + s.replacement + out.slice(s.end);
    limit = s.start;
  }
  return out;
}
