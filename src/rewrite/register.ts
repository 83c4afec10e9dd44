/**
 * Make a rewrite read in the sender's register: a lowercase texting draft gets a lowercase
 * rewrite opening (but “I” stays “I”, as every spell checker expects), curly apostrophes stay curly,
 * and a sentence sent without closing punctuation at the end of its line is not given a full stop.
 */
export function matchRegister(original: string, rewrite: string, endsLine: boolean): string {
  let out = rewrite;
  if (original.includes('\u2019')) out = out.replace(/'/g, '\u2019');
  const lowercase = /[a-z]/.test(original) && !/[A-Z]/.test(original);
  // Only the opening letter: a second sentence still starts with a capital, as checkers expect.
  if (lowercase && !/^I(['\u2019]|\b)/.test(out)) out = out.charAt(0).toLowerCase() + out.slice(1);
  // Without a full stop only where the line ends: a sentence that runs on needs its stop.
  if (!hasClosing(original) && endsLine) out = out.replace(/\.$/, '');
  return out;
}

/** Does the sentence end in . ! ? or … (before any trailing emoji or quote)? */
export function hasClosing(sentence: string): boolean {
  const tail = sentence.match(/[^\p{L}\p{N}]*$/u)?.[0] ?? '';
  return /[.!?\u2026]/.test(tail);
}
