/**
 * Make a rewrite read in the sender's register: a lowercase texting draft gets a lowercase
 * rewrite (but “I” stays “I”, as every spell checker expects), curly apostrophes stay curly,
 * and a sentence sent without closing punctuation is not given a full stop.
 */
export function matchRegister(original: string, rewrite: string): string {
  let out = rewrite;
  if (original.includes('\u2019')) out = out.replace(/'/g, '\u2019');
  const lowercase = /[a-z]/.test(original) && !/[A-Z]/.test(original);
  if (lowercase) {
    // Lower each sentence start, except the pronoun I and its contractions.
    out = out.replace(/(^|[.!?]\s+)([A-Z])([a-z'\u2019]*)/g, (m, lead: string, first: string, restOfWord: string) =>
      /^I(['\u2019]|$)/.test(first + restOfWord) ? m : lead + first.toLowerCase() + restOfWord,
    );
  }
  if (!hasClosing(original)) out = out.replace(/\.$/, '');
  return out;
}

/** Does the sentence end in . ! ? or … (before any trailing emoji or quote)? */
export function hasClosing(sentence: string): boolean {
  const tail = sentence.match(/[^\p{L}\p{N}]*$/u)?.[0] ?? '';
  return /[.!?\u2026]/.test(tail);
}
