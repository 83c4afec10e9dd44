/**
 * Re-align compromise's terms to the input text.
 *
 * compromise's own offsets drift (leading quotes, trailing punctuation, emoticons such as `<3`
 * collapse whitespace), so each term's `text` is found again in the input with a moving cursor.
 * Implicit terms ("not" of "can't") have no text of their own and borrow a neighbour's span.
 */

export interface Span {
  start: number;
  end: number;
}

interface TermLike {
  text: string;
}

/** compromise sometimes rewrites hyphens inside a term (`-10-12` → `10–12`): treat dashes as one. */
const DASHES = /[\u2010-\u2015\u2212]/g;
const foldDashes = (s: string): string => s.replace(DASHES, '-');

/**
 * Spans of every term of every sentence, in UTF-16 code units.
 * A term that cannot be found gets `null`; findings that touch it are dropped rather than misplaced.
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
      spans.push({ start: at, end: at + term.text.length });
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
