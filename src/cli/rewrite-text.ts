import * as library from '../index.js';
import type { LintOptions } from '../schema.js';
import type { Finding, Suggestion } from '../types.js';

/** The library's whole-message rewrite, when this build has one. */
type Rewrite = (text: string, options?: LintOptions) => { text: string };

/**
 * Apply each finding's best suggestion, from the last to the first so earlier offsets stay
 * valid; a suggestion overlapping one already applied is skipped (as ESLint skips overlapping fixes).
 */
export function applyBestSuggestions(text: string, findings: readonly Finding[]): string {
  const best = findings
    .map((f) => f.suggestions[0])
    .filter((s): s is Suggestion => s !== undefined)
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const s of best) {
    if (s.end > limit) continue;
    out = out.slice(0, s.start) + s.replacement + out.slice(s.end);
    limit = s.start;
  }
  return out;
}

/**
 * The message rewritten: by the library's `rewrite()` when it exports one (it sees the whole
 * message), else by applying the findings' best suggestions.
 */
export function rewriteText(text: string, findings: readonly Finding[], options: LintOptions): string {
  // Looked up at run time: the export lands in a later library version than this CLI code.
  const rewrite: unknown = Reflect.get(library, 'rewrite');
  if (typeof rewrite === 'function') return (rewrite as Rewrite)(text, options).text;
  return applyBestSuggestions(text, findings);
}
