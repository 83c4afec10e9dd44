import { chunkText } from './chunks.js';
import { maskInvisible } from './normalize.js';
import { splitSentences, type SentenceSpan } from './sentences.js';

/**
 * The sentences to lint: compromise's own, split from a copy of the text with invisible
 * characters masked (src/nlp/normalize.ts; `parsed` is what compromise sees, same length as `text`),
 * chunk by chunk (src/nlp/chunks.ts: about 2,000 units, cut at line breaks and sentence ends, a run-on
 * sentence between words). Chunks keep the cost linear: compromise's splitter is quadratic on a
 * run of letter-less lines (it prepends each to the next), and its parse and the exclusion tests
 * are superlinear on one huge sentence.
 */
export function boundedSentences(text: string): (SentenceSpan & { parsed: string })[] {
  const masked = maskInvisible(text);
  return chunkText(masked).flatMap((chunk) =>
    splitSentences(masked.slice(chunk.start, chunk.end)).map((s) => {
      const start = chunk.start + s.start;
      const end = chunk.start + s.end;
      return { start, end, text: text.slice(start, end), parsed: masked.slice(start, end) };
    }),
  );
}
