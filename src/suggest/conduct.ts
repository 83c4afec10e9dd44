import type { Vocab } from '../schema/rewrite.js';
import type { Term } from '../nlp/terms.js';
import { memo } from './data.js';
import { formsOfSentence, partsOf, phraseAtRoot } from './roots.js';

export type ConductGroup = Vocab['conduct']['groups'][number];

/** Phrases of the vocabulary as word arrays, longest first. */
const phrases = () =>
  memo('conduct-phrases', ({ vocab }) =>
    vocab.conduct.groups
      .flatMap((group) => [
        ...(group.diagnoses ?? []).map((w) => ({ parts: partsOf(w), group, diagnosis: true })),
        ...(group.behaviours ?? []).map((w) => ({ parts: partsOf(w), group, diagnosis: false })),
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
  const forms = formsOfSentence(terms);
  for (let i = from; i < terms.length; i++) {
    for (const { parts, group, diagnosis } of list) {
      if (phraseAtRoot(forms, i, parts)) return { group, at: i, diagnosis };
    }
  }
  return undefined;
}

export type Topic = Vocab['topics']['topics'][number];

/**
 * The first topic of rules/vocab/topics.json the sentence names (in the data's order, so a
 * narrower topic listed first wins: the phone at a meal before the phone), or undefined.
 */
export function topicIn(terms: readonly Term[]): Topic | undefined {
  const forms = formsOfSentence(terms);
  const topics = memo('topic-phrases', ({ vocab }) =>
    vocab.topics.topics.map((topic) => ({ topic, words: topic.words.map(partsOf), when: topic.when?.map(partsOf) })),
  );
  const names = (list: readonly string[][]) => forms.some((_, i) => list.some((parts) => phraseAtRoot(forms, i, parts)));
  return topics.find(({ words, when }) => names(words) && (!when || names(when)))?.topic;
}
