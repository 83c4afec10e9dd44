import type { Term } from './compromise.js';

/**
 * A name said to the reader at a sentence's edge (“Open up, Dad.”, “Mum, you have to stop…”,
 * “You've got to change, Jason.”) is not part of what the sentence says: a pattern anchored at the
 * sentence's start or end (`^`, `$`) should see the sentence without it. Capitalised words (people's
 * names are not in the parser's lexicon) and the words people call each other by.
 */
const CALLED: ReadonlySet<string> = new Set([
  'mum', 'mom', 'mam', 'mummy', 'mommy', 'dad', 'daddy', 'nan', 'gran', 'grandma', 'grandad', 'grandpa',
  'babe', 'baby', 'love', 'hun', 'hon', 'honey', 'darling', 'sweetheart', 'mate', 'bro', 'sis', 'son',
]);

const isName = (t: Term | undefined): boolean =>
  t !== undefined && (/^[A-Z][a-z]+$/.test(t.text) || CALLED.has((t.normal ?? t.text).toLowerCase())) && (t.tags?.has('Noun') ?? false) && !(t.tags?.has('Pronoun') ?? false);

const hasComma = (t: Term | undefined): boolean => t !== undefined && /,/.test(t.post ?? '');

/**
 * The pointer ([sentence, start, end]) of each sentence of `terms` (starting at document index
 * `first`) that has a vocative at its start or end, without it; sentences without one are left out.
 */
export function withoutVocatives(terms: readonly (readonly Term[])[], first: number): number[][] {
  const out: number[][] = [];
  terms.forEach((s, k) => {
    let start = 0;
    let end = s.length;
    // “Mum, you…”: the name and its comma open the sentence.
    if (s.length > 2 && isName(s[0]) && hasComma(s[0])) start = 1;
    // “…, Dad.”: the word before the name carries the comma, and the name ends the sentence.
    if (end - start > 2 && isName(s[end - 1]) && hasComma(s[end - 2])) end -= 1;
    if (start > 0 || end < s.length) out.push([first + k, start, end]);
  });
  return out;
}
