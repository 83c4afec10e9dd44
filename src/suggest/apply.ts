import type { Suggestion } from '../types.js';

export interface RewriteResult {
  /** The text with the best suggestion of each flagged sentence applied. */
  text: string;
  /** The suggestions applied, in text order. */
  applied: Suggestion[];
  /** Suggestions not applied because they overlap one applied before them (as ESLint's fixer does). */
  skipped: Suggestion[];
}

/** Apply one suggestion: `text` with `suggestion.start … end` replaced. Throws on a range outside the text. */
export function applySuggestion(text: string, suggestion: Suggestion): string {
  const { start, end, replacement } = suggestion;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
    throw new RangeError(`suggestion range [${start}, ${end}] is outside the text (length ${text.length})`);
  }
  return text.slice(0, start) + replacement + text.slice(end);
}

/**
 * Apply non-overlapping suggestions in one pass, from the end so earlier offsets stay valid.
 * Like ESLint's fixer: sorted by start, a suggestion that overlaps one already taken is skipped
 * and reported; two findings in one sentence offer the same span, so only the first is applied.
 */
export function applyAll(text: string, suggestions: readonly Suggestion[]): RewriteResult {
  const sorted = [...suggestions].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: Suggestion[] = [];
  const skipped: Suggestion[] = [];
  let lastEnd = -1;
  for (const s of sorted) {
    if (s.start < lastEnd) skipped.push(s);
    else {
      applied.push(s);
      lastEnd = s.end;
    }
  }
  let out = text;
  for (let i = applied.length - 1; i >= 0; i--) out = applySuggestion(out, applied[i] as Suggestion);
  return { text: out, applied, skipped };
}

/**
 * A deletion (empty replacement) widened over the space beside it in this text: the space before
 * it, or, at the start of a line, the space after it, so that applying it leaves neither a double
 * space nor a leading one. Computed per text, never cached with a sentence: what sits before a
 * sentence differs from one message to the next.
 */
export function withSpace(text: string, s: Suggestion): Suggestion {
  let { start, end } = s;
  let before = start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  if (before > 0 && text[before - 1] !== '\n') start = before;
  else while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return { ...s, start, end };
}
