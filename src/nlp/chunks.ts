/**
 * Long texts are linted in chunks so that time grows linearly with the text.
 *
 * Why: compromise's parse slows down more than linearly on very long sentences (a 50,000-character
 * run of emoji parses ~40× slower than a tenth of it), and every exclusion test runs over the
 * sentence of its hit, so one run-on paste without full stops cost minutes. Cutting the text into
 * pieces of bounded size bounds every sentence, so the cost of a text is the sum of its pieces.
 *
 * Cuts go where compromise ends a sentence anyway (after a line break, or after `.`, `!`, `?` and a
 * space), so a normal draft is linted exactly as a whole. Only a single sentence longer than
 * half a chunk is cut inside, at a space, and then never inside a surrogate pair or before a
 * combining mark.
 */

/** Texts up to this many UTF-16 units are linted in one piece, as they are. */
export const CHUNK_SIZE = 2000;

export interface Chunk {
  start: number;
  end: number;
}

const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
const isSentenceEnd = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f; // . ! ?
// Spaces a cut may sit on: the ASCII ones, NBSP and the Unicode spaces compromise splits words at.
const isSpace = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Code units that belong to the character before them: a cut right before one splits a grapheme. */
const MARK = /^[\p{M}\u200c\u200d]/u;
const joinsPrevious = (text: string, i: number) => isLowSurrogate(text.charCodeAt(i)) || MARK.test(text.charAt(i));

/** Where to end a chunk that starts at `from` and may not run past `limit` (exclusive). */
function cutBefore(text: string, from: number, limit: number): number {
  const floor = from + Math.floor((limit - from) / 2);
  // 1. The last line break in the second half of the window: compromise always ends a sentence there.
  for (let i = limit - 1; i >= floor; i--) {
    if (isLineBreak(text.charCodeAt(i))) return i + 1;
  }
  // 2. The last `.`, `!` or `?` followed by a space.
  for (let i = limit - 1; i > floor; i--) {
    if (isSpace(text.charCodeAt(i)) && isSentenceEnd(text.charCodeAt(i - 1))) return i;
  }
  // 3. The last space: a run-on sentence is cut between two words.
  for (let i = limit - 1; i > floor; i--) {
    if (isSpace(text.charCodeAt(i))) return i;
  }
  // 4. No space at all (one enormous "word", or a run of emoji): cut between two graphemes.
  for (let i = limit; i > limit - 32 && i > floor; i--) {
    if (!joinsPrevious(text, i)) return i;
  }
  return limit;
}

/**
 * Split `text` into consecutive chunks of at most `size` UTF-16 units that together cover it.
 * A text no longer than `size` is one chunk.
 */
export function chunkText(text: string, size: number = CHUNK_SIZE): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  while (text.length - start > size) {
    const end = cutBefore(text, start, start + size);
    chunks.push({ start, end });
    start = end;
  }
  chunks.push({ start, end: text.length });
  return chunks;
}
