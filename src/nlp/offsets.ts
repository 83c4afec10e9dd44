/**
 * Re-align compromise's terms to the input text.
 *
 * compromise's own offsets drift (leading quotes, trailing punctuation, emoticons such as `<3`
 * collapse whitespace), so each term's `text` is found again in the input with a moving cursor.
 * Implicit terms ("not" of "can't") have no text of their own and borrow a neighbour's span.
 */

import type { Span } from '../types.js';

export type { Span };

interface TermLike {
  text: string;
}

/** compromise sometimes rewrites hyphens inside a term (`-10-12` → `10–12`): treat dashes as one. */
const DASHES = /[\u2010-\u2015\u2212]/g;
const foldDashes = (s: string): string => s.replace(DASHES, '-');

/**
 * Invisible characters at the edge of a term: compromise keeps a byte-order mark, a zero-width
 * joiner or a bidi mark glued to the word beside it ("\uFEFFYou"), and then also fails to move the
 * punctuation they hide into the term's `post` ("reply.\n\uFEFF" is one term text). An underline on
 * those sits off by a few characters, so a side that has invisible characters is trimmed of them and
 * of the punctuation they hid. Characters inside a term (the ZWJ of 👩‍❤️‍👨) stay.
 */
const INVISIBLE = /^[\p{Cf}\p{Cc}\p{Z}]$/u;
const INVISIBLE_OR_PUNCTUATION = /^[\p{Cf}\p{Cc}\p{Z}\p{P}]$/u;
const WORDLIKE = /[\p{L}\p{N}]/u;
const test = (re: RegExp, text: string, i: number) => re.test(text.charAt(i));

function visibleSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  if (test(INVISIBLE, text, s)) {
    while (s < e && test(INVISIBLE_OR_PUNCTUATION, text, s)) s++;
    if (!WORDLIKE.test(text.slice(s, e))) s = start; // only punctuation left ("\u200d<3"): keep it
    while (s < e && test(INVISIBLE, text, s)) s++;
  }
  if (e > s && test(INVISIBLE, text, e - 1)) {
    const before = e;
    while (e > s && test(INVISIBLE_OR_PUNCTUATION, text, e - 1)) e--;
    if (!WORDLIKE.test(text.slice(s, e))) e = before;
    while (e > s && test(INVISIBLE, text, e - 1)) e--;
  }
  return s < e ? { start: s, end: e } : null;
}

/**
 * Spans of every term of every sentence, in UTF-16 code units.
 * A term that cannot be found (or is only invisible characters) gets `null`; findings that touch it
 * are dropped rather than misplaced.
 */
export function alignTerms(text: string, sentences: readonly (readonly TermLike[])[]): (Span | null)[][] {
  let folded: string | undefined;
  let cursor = 0;
  const out: (Span | null)[][] = [];
  for (const terms of sentences) {
    const spans: (Span | null)[] = [];
    for (const term of terms) {
      if (term.text === '') {
        spans.push(null);
        continue;
      }
      let at = text.indexOf(term.text, cursor);
      if (at < 0) {
        folded ??= foldDashes(text);
        at = folded.indexOf(foldDashes(term.text), cursor);
      }
      if (at < 0) {
        spans.push(null);
        continue;
      }
      spans.push(visibleSpan(text, at, at + term.text.length));
      cursor = at + term.text.length;
    }
    // An implicit term borrows the span of its neighbour (previous first, else next).
    for (let i = 0; i < spans.length; i++) {
      if (spans[i] !== null || terms[i]?.text !== '') continue;
      spans[i] = spans[i - 1] ?? spans[i + 1] ?? null;
    }
    out.push(spans);
  }
  return out;
}

/** The span from the first to the last found term in `[from, to]`, or null if none was found. */
export function spanOf(spans: readonly (Span | null)[], from: number, to: number): Span | null {
  let start = -1;
  let end = -1;
  for (let i = from; i <= to; i++) {
    const s = spans[i];
    if (!s) continue;
    if (start < 0 || s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return start < 0 ? null : { start, end };
}
