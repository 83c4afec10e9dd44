import { verbTransforms, world } from './compromise.js';

/**
 * Every form of a verb, by compromise's conjugation, so no rule or lexicon types inflections by
 * hand. A phrasal verb ("blow off", "snap at", "shut me out") is conjugated on its first word.
 * compromise's gerund drops the doubled consonant its own past tense keeps ("snapped" but
 * "snaping"), so there the gerund follows the past tense.
 */
export function verbForms(root: string): string[] {
  const space = root.indexOf(' ');
  const head = space === -1 ? root : root.slice(0, space);
  const tail = space === -1 ? '' : root.slice(space);
  const c = verbTransforms.conjugate(head, world.model);
  const forms = new Set([head, c.PastTense, c.PresentTense, c.Gerund, c.Participle].filter((f): f is string => !!f));
  if (c.PastTense && /([bdgmnprt])\1ed$/.test(c.PastTense)) forms.add(c.PastTense.replace(/ed$/, 'ing'));
  return [...forms].map((f) => f + tail);
}

/** A lexicon as rules/lexicons/ holds it: its words, or the roots of its verbs to inflect. */
export interface LexiconEntry {
  words: readonly string[];
  inflect?: 'verb';
}

/** The words a pattern's {lex:id} stands for. */
export function lexiconWords(l: LexiconEntry): string[] {
  return l.inflect === 'verb' ? [...new Set(l.words.flatMap(verbForms))] : [...l.words];
}
