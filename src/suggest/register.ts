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

const WORDLIKE = /^[\p{L}\p{N}]$/u;

/**
 * What follows the last letter or digit. A loop, not /[^\p{L}\p{N}]*$/u: that regex is quadratic on
 * a long run of punctuation followed by a letter (recheck, tests/ship.test.ts).
 */
function tailAfterLastWord(s: string): string {
  let i = s.length;
  while (i > 0) {
    const low = s.charCodeAt(i - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && i > 1 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff;
    const step = pair ? 2 : 1;
    if (WORDLIKE.test(s.slice(i - step, i))) break;
    i -= step;
  }
  return s.slice(i);
}

/** Does the sentence end in . ! ? or … (before any trailing emoji or quote)? */
export function hasClosing(sentence: string): boolean {
  return /[.!?\u2026]/.test(tailAfterLastWord(sentence));
}
