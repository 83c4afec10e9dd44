/**
 * Make a rewrite read in the sender's register: a message typed with curly apostrophes gets them
 * in every rewrite, and a sentence sent
 * without closing punctuation at the end of its line is not given a full stop. A lowercase texting
 * draft still gets a capital at the start: grammar checkers (harper.js among them) flag a
 * lowercase sentence start, and most rewrites open with “I”, which is capitalised anyway.
 */
export function matchRegister(original: string, rewrite: string, endsLine: boolean, curly: boolean): string {
  let out = rewrite;
  if (curly) out = out.replace(/'/g, '\u2019');
  // Without a full stop only where the line ends: a sentence that runs on needs its stop.
  if (!hasClosing(original) && endsLine) out = out.replace(/\.$/, '');
  return out;
}

/** Does the sentence end in . ! ? or … (before any trailing emoji or quote)? */
export function hasClosing(sentence: string): boolean {
  const tail = sentence.match(/[^\p{L}\p{N}]*$/u)?.[0] ?? '';
  return /[.!?\u2026]/.test(tail);
}
