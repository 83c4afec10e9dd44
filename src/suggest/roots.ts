import { hasTag, infinitiveOf, wordOf, type Term } from '../nlp/terms.js';

/**
 * The forms a term may be listed under in a vocabulary of base forms: the word, a verb's
 * infinitive (“stonewalling” → “stonewall”, “shuts” → “shut”), a plural's singular (“tantrums”).
 * The data keeps base forms and the tagger supplies the rest, so no inflection is typed by hand.
 */
export function formsOfTerm(t: Term): string[] {
  const word = wordOf(t);
  const forms = [word];
  if (hasTag(t, 'Verb')) {
    forms.push(infinitiveOf(t));
    // The tagger knows no infinitive of a verb its lexicon lacks (“stonewalling”, “ghosted”): the
    // suffix is cut, and the cut only counts where it meets a listed base form.
    const stem = word.replace(/(?:ing|ed|s)$/, '');
    if (stem !== word) forms.push(stem, `${stem}e`, stem.replace(/(.)\1$/, '$1'));
  }
  if (hasTag(t, 'Plural')) forms.push(word.replace(/(?:es|s)$/, ''), word.replace(/s$/, ''));
  return forms;
}

/** A phrase of base forms as the words compromise splits it into (a hyphen reads as a space: “eye-roll”). */
export const partsOf = (phrase: string): string[] => phrase.toLowerCase().split(/[\s-]+/);

/** Does `parts` (a phrase's words) stand at term `i`, each word matching one of the term's forms? */
export const phraseAtRoot = (forms: readonly (readonly string[])[], i: number, parts: readonly string[]): boolean =>
  parts.every((p, k) => forms[i + k]?.includes(p));

const sentenceForms = new WeakMap<readonly Term[], string[][]>();

/** The forms of every term of a parsed sentence, computed once per sentence (the readers of conduct and topics share them). */
export function formsOfSentence(terms: readonly Term[]): string[][] {
  let forms = sentenceForms.get(terms);
  if (!forms) sentenceForms.set(terms, (forms = terms.map(formsOfTerm)));
  return forms;
}
