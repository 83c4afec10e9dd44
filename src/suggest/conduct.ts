import type { Vocab } from '../schema/rewrite.js';
import { hasTag, infinitiveOf, wordOf, type Term } from '../nlp/terms.js';
import { memo } from './data.js';

export type ConductGroup = Vocab['conduct']['groups'][number];

/**
 * The forms a term may be listed under in rules/vocab/conduct.json: the word, a verb's infinitive
 * (“stonewalling” → “stonewall”, “shuts” → “shut”), a plural's singular (“tantrums”). The data keeps
 * base forms and the tagger supplies the rest, so no inflection is typed by hand.
 */
function formsOfTerm(t: Term): string[] {
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

/** Phrases of the vocabulary as word arrays (a hyphen reads as a space: compromise splits “eye-roll”), longest first. */
const phrases = () =>
  memo('conduct-phrases', ({ vocab }) =>
    vocab.conduct.groups
      .flatMap((group) => [
        ...(group.diagnoses ?? []).map((w) => ({ parts: w.toLowerCase().split(/[\s-]+/), group, diagnosis: true })),
        ...(group.behaviours ?? []).map((w) => ({ parts: w.toLowerCase().split(/[\s-]+/), group, diagnosis: false })),
      ])
      .sort((a, b) => b.parts.length - a.parts.length),
  );

/**
 * The first conduct a sentence names, by the longest phrase at the earliest term, and the index
 * of that term: “You're stonewalling me” → silence, “That's your attachment injury talking” → old
 * wounds; `diagnosis` when the word is a verdict rather than a plain behaviour. From term `from` on; undefined when it names none.
 */
export function conductIn(terms: readonly Term[], from = 0): { group: ConductGroup; at: number; diagnosis: boolean } | undefined {
  const list = phrases();
  const forms = terms.map(formsOfTerm);
  for (let i = from; i < terms.length; i++) {
    for (const { parts, group, diagnosis } of list) {
      if (parts.every((p, k) => forms[i + k]?.includes(p))) return { group, at: i, diagnosis };
    }
  }
  return undefined;
}
