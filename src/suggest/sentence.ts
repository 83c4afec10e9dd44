import { spanOf, type Span } from '../nlp/offsets.js';
import { hasTag, type Term } from '../nlp/terms.js';

const CLOSING = /[.!?\u2026]/;
const CLOSING_QUOTE = /[\u201d\u2019"')\u00bb]/;
const OPENING_QUOTE = /[\u201c\u2018"'(\u00ab]/;
const FIRST_LETTER = /\p{L}/u;

/**
 * Does a new sentence start at term `k`? compromise does not split after an emoji or “lol”
 * (“You never listen 😡 Anyway, dinner at 7?”), but a person does: a rewrite must not eat the
 * kind words that follow. After an emoji any word starts a new sentence; after “lol” or “haha”
 * only a capitalised one does.
 */
function startsSentence(terms: readonly Term[], k: number): boolean {
  const prev = terms[k - 1];
  const t = terms[k];
  if (!prev || !t || t.text === '') return false;
  if (hasTag(prev, 'Emoji') || hasTag(prev, 'Emoticon')) return !hasTag(t, 'Emoji') && !hasTag(t, 'Emoticon');
  const letter = t.text.match(FIRST_LETTER)?.[0];
  return hasTag(prev, 'Expression') && letter !== undefined && letter !== letter.toLowerCase() && !/^I\b/.test(t.text);
}

/**
 * The span in the input of the sentence holding terms `from…to`: from its first term to its
 * last, plus the closing punctuation compromise keeps in the last term's `post`. Opening quotes
 * and brackets are left out, and so is the whitespace around it, so a rewrite never eats a line
 * break or a neighbouring sentence.
 */
export function sentenceSpan(
  text: string,
  terms: readonly Term[],
  spans: readonly (Span | null)[],
  from: number,
  to: number,
): Span | null {
  let a = from;
  while (a > 0 && !startsSentence(terms, a)) a--;
  let b = to;
  while (b + 1 < terms.length && !startsSentence(terms, b + 1)) b++;
  const found = spanOf(spans, a, b);
  if (!found) return null;
  let { end } = found;
  // A quote closed at the sentence's end (“…and got a “cheers”.”) goes with it, or the rewrite would
  // leave a stray ”. behind; unless the quote opened before the sentence (then it is not the
  // sentence's own, and the opening one stays outside the span too).
  const openedBefore = OPENING_QUOTE.test(text.charAt(found.start - 1));
  while (end < text.length && (CLOSING.test(text[end] as string) || (!openedBefore && CLOSING_QUOTE.test(text[end] as string)))) end++;
  return { start: found.start, end };
}
