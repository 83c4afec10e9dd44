import type { Span } from '../offsets.js';
import type { Term } from './terms.js';

const CLOSING = /[.!?\u2026]/;

/**
 * The span of a whole sentence in the input: from its first term to its last, plus the closing
 * punctuation that compromise keeps in the last term's `post`. Opening quotes and brackets are
 * left out, and so is the whitespace around it, so a rewrite never eats a line break.
 */
export function sentenceSpan(text: string, terms: readonly Term[], spans: readonly (Span | null)[]): Span | null {
  let start = -1;
  let end = -1;
  for (const s of spans) {
    if (!s) continue;
    if (start < 0 || s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  if (start < 0) return null;
  while (end < text.length && CLOSING.test(text[end] as string)) end++;
  return { start, end };
}
