import { lint } from '../linter.js';
import type { LintOptions } from '../schema.js';
import type { Suggestion } from '../types.js';
import { applyAll, bestSuggestions, type RewriteResult } from './apply.js';
import { carriesRequest } from './suggest.js';

/**
 * Rewrite a draft: the best suggestion of each flagged sentence applied, every other sentence
 * kept byte for byte. Of a finding's suggestions the first whose own text lints clean (under
 * the same options) is taken; a sentence with no clean suggestion is left as it was and its
 * suggestion reported in `skipped`, so `rewrite(rewrite(x).text)` changes nothing more.
 * A message that describes harm (a `safety` finding) is returned unchanged: it is never softened.
 *
 * @param text the draft message
 * @param options the same options as `lint()`
 * @returns `{ text, applied, skipped }`; `skipped` also lists edits that overlapped an applied one
 */
export function rewrite(text: string, options?: LintOptions): RewriteResult {
  const result = lint(text, options);
  if (result.safety || result.findings.some((f) => f.category === 'safety')) return { text, applied: [], skipped: [] };
  const clean = new Map<string, boolean>();
  const lintsClean = (s: Suggestion) => {
    let ok = clean.get(s.replacement);
    if (ok === undefined) {
      ok = !lint(s.replacement, options).findings.some((f) => f.severity === 'warning');
      clean.set(s.replacement, ok);
    }
    return ok;
  };
  // 000: one heartfelt truth and ONE do-able request — later sentences take their plain I-statement.
  let requested = false;
  const chosen = bestSuggestions(result, (_f, s) => {
    if (requested && carriesRequest(s)) return false;
    if (!lintsClean(s)) return false;
    if (carriesRequest(s)) requested = true;
    return true;
  });
  const unclean = result.findings.filter(
    (f) => f.severity === 'warning' && f.suggestions.length > 0 && !chosen.some((s) => f.suggestions.includes(s)),
  );
  const out = applyAll(text, chosen);
  // A sentence none of whose suggestions lints clean is left as it was and reported.
  const left = unclean.map((f) => f.suggestions[0] as Suggestion).filter((s) => !out.skipped.includes(s));
  return { ...out, skipped: [...out.skipped, ...left].sort((a, b) => a.start - b.start) };
}

export { applySuggestion, type RewriteResult } from './apply.js';
