import { world } from './compromise.js';

/** One sentence of the input, as compromise splits it: `text === input.slice(start, end)`. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * A "sentence" that is only laughter or emoji (“Why are you like this? 😂”, “…again?? lol”): the
 * tone of the sentence before it, not a sentence of its own. compromise splits it off after a
 * question or exclamation mark, where a rule's sentence guard (notIfSentence: playful, warm emoji)
 * would never see it.
 */
// Token by token, so no pattern nests quantifiers (tests/ship.test.ts checks every regex).
const TAIL_MARKS = /(?:[\s\p{P}\p{S}\p{Extended_Pictographic}]|\u200d|\ufe0f)+/gu;
const TAIL_WORD = /^(?:lo+l+|lma+o+|lmfa+o+|(?:ha){2,}h?|(?:he){2,}|jk|rofl|xd)$/i;
export const isToneTail = (text: string): boolean => {
  const words = text.replace(TAIL_MARKS, ' ').trim();
  return words === '' ? text.trim() !== '' : words.split(' ').every((w) => TAIL_WORD.test(w));
};

/**
 * Split `text` with compromise's own sentence splitter (no tagging, a few µs), so that
 * each piece parses alone exactly as it would inside the whole text: matches never cross
 * compromise's sentences, and the splitter is the one `nlp(text)` itself runs first.
 * The pieces are contiguous and cover the text; if compromise ever drops a character the
 * whole text comes back as one piece rather than with shifted offsets. A tone tail (above) on the
 * same line is joined to the sentence before it.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const pieces = world.methods.one.tokenize.splitSentences(text, world);
  const out: SentenceSpan[] = [];
  let at = 0;
  for (const piece of pieces) {
    if (text.startsWith(piece, at)) {
      const last = out[out.length - 1];
      if (last && isToneTail(piece) && !/[\r\n]/.test(text.slice(last.end - 1, at + 1))) {
        // Joined to the sentence it belongs to (on the same line): one piece, parsed together.
        out[out.length - 1] = { start: last.start, end: at + piece.length, text: text.slice(last.start, at + piece.length) };
      } else out.push({ start: at, end: at + piece.length, text: piece });
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
