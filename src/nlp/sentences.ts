import { world } from './compromise.js';

/** One sentence of the input, as compromise splits it: `text === input.slice(start, end)`. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Split `text` with compromise's own sentence splitter (no tagging, a few µs), so that
 * each piece parses alone exactly as it would inside the whole text: matches never cross
 * compromise's sentences, and the splitter is the one `nlp(text)` itself runs first.
 * The pieces are contiguous and cover the text; if compromise ever drops a character the
 * whole text comes back as one piece rather than with shifted offsets.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const pieces = world.methods.one.tokenize.splitSentences(text, world);
  const out: SentenceSpan[] = [];
  let at = 0;
  for (const piece of pieces) {
    if (text.startsWith(piece, at)) {
      out.push({ start: at, end: at + piece.length, text: piece });
      at += piece.length;
    } else {
      return [{ start: 0, end: text.length, text }];
    }
  }
  if (at !== text.length) {
    // Trailing characters the splitter did not return (whitespace only, in practice): keep them
    // with the last sentence so the pieces still cover the text.
    const last = out.pop();
    const start = last?.start ?? 0;
    out.push({ start, end: text.length, text: text.slice(start) });
  }
  return out;
}
