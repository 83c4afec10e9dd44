import { DocOf, world, type Doc, type Term } from './compromise.js';

/**
 * One compromise document for many sentences. `nlp()` has a fixed cost per call (~0.1 ms of its
 * compute steps) on top of the cost per word, so the sentences a lint call must parse are
 * tokenized one by one — keeping the engine's own sentence boundaries — and tagged together in
 * a single compute pass, exactly the steps `nlp(text)` runs.
 */
export interface ParsedPiece {
  /** The shared document (exclusions point into it by sentence index). */
  doc: Doc;
  /** A view of this piece's sentences only: a sweep on it sees nothing else. */
  view: Doc;
  /** Index of the piece's first sentence in `doc.document`. */
  first: number;
  /** The terms of the piece's sentences, in order. */
  terms: Term[][];
}

/** Parse `texts` together; the result has one entry per text, in order. */
export function parsePieces(texts: readonly string[]): ParsedPiece[] {
  const document: Term[][] = [];
  const ranges = texts.map((text) => {
    const sentences = world.methods.one.tokenize.fromString(text, world);
    const first = document.length;
    document.push(...sentences);
    return { first, count: sentences.length };
  });
  const doc = new DocOf(document);
  if (document.length) doc.compute(world.hooks);
  return ranges.map(({ first, count }) => {
    const terms = doc.document.slice(first, first + count);
    // A view is a Doc too (same class, a narrower pointer): it sweeps and updates like one.
    const view = doc.update(terms.map((t, k) => [first + k, 0, t.length])) as Doc;
    return { doc, view, first, terms };
  });
}
