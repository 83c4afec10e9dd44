/**
 * What compromise parses is the text with invisible format and control characters masked as spaces.
 *
 * Why: compromise's tokenizer treats a byte-order mark as whitespace in one place and as part of a
 * word in another, so a stray "\uFEFF" or bidi mark glues the punctuation and the next line onto a
 * word ("up?!\n–\uFEFF" became one term, and "You never open up" was no longer seen), and a
 * zero-width space hides a word boundary. Each masked character is one UTF-16 unit replaced by one
 * space, so every offset into the masked text is the same offset into the input: findings are cut
 * from the input, never from the masked copy.
 *
 * Not masked: the zero-width joiner and non-joiner (they build emoji sequences and shape Indic and
 * Arabic script), variation selectors, and line breaks (compromise ends sentences at them).
 */
// C0 controls but tab and line breaks, DEL, C1 controls but NEL, soft hyphen, Mongolian vowel
// separator, zero-width space, LRM/RLM, bidi embeddings and overrides, word joiner and invisible
// operators, bidi isolates, byte-order mark.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is masked
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Combining marks with no base character (right after a space or a line break): compromise glues
 * them, and the line break before them, onto the previous word ("upset.\r\n\u0301" became one
 * term, so "I'm upset." on the line above went unseen). Masked as spaces too, one per code unit.
 */
const ORPHAN_MARKS = /(?<=^|\s)\p{M}+/gu;

/** The text compromise should parse: same length as `text`, invisible characters turned into spaces. */
export function maskInvisible(text: string): string {
  INVISIBLE.lastIndex = 0;
  const masked = INVISIBLE.test(text) ? text.replace(INVISIBLE, ' ') : text;
  return masked.replace(ORPHAN_MARKS, (marks) => ' '.repeat(marks.length));
}
