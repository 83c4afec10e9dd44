// The verb transforms come with the tagger (compromise's preTagger), in reveal-lint's copy too.
import { verbTransforms as verbs, world, type Term } from './compromise.js';

export type { Term };

/** The word a term stands for: contractions expanded, lower case. */
export const wordOf = (t: Term): string => (t.machine ?? t.normal ?? t.text).toLowerCase();
export const hasTag = (t: Term | undefined, tag: string): boolean => t?.tags?.has(tag) ?? false;

/**
 * Length (in terms) of `phrase` starting at term `i`, or 0. Phrases are space-separated words
 * compared with wordOf, so “open up” matches the two terms “open”, “up”.
 */
export function phraseAt(terms: readonly Term[], i: number, phrase: string): number {
  const parts = phrase.split(' ');
  for (let k = 0; k < parts.length; k++) {
    const t = terms[i + k];
    if (!t || wordOf(t) !== parts[k]) return 0;
  }
  return parts.length;
}

/** Phrases by their first word, longest first: `longestAt` looks at one bucket, not the whole list. */
type PhraseIndex = Map<string, string[][]>;
const indexes = new WeakMap<readonly string[], PhraseIndex>();

function indexOf(list: readonly string[]): PhraseIndex {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const phrase of list) {
      const parts = phrase.split(' ');
      const bucket = index.get(parts[0] as string) ?? [];
      bucket.push(parts);
      index.set(parts[0] as string, bucket);
    }
    for (const bucket of index.values()) bucket.sort((a, b) => b.length - a.length);
    indexes.set(list, index);
  }
  return index;
}

/**
 * The longest phrase of `list` that starts at term `i`: [phrase, length in terms], or undefined.
 * `list` must be a stable array (vocabulary data, a module constant, or a memo of data.ts):
 * its index is built once and kept.
 */
export function longestAt(terms: readonly Term[], i: number, list: readonly string[]): [string, number] | undefined {
  const t = terms[i];
  if (!t) return undefined;
  for (const parts of indexOf(list).get(wordOf(t)) ?? []) {
    if (parts.every((w, k) => terms[i + k] !== undefined && wordOf(terms[i + k] as Term) === w)) return [parts.join(' '), parts.length];
  }
  return undefined;
}

// Gerund first: compromise tags “yelling” PresentTense too, and reads it as “yellung” that way.
const TENSES = ['Gerund', 'PastTense', 'Participle', 'PresentTense'] as const;

/** The infinitive of a verb term, read from its tags (“took” → “take”, “cancels” → “cancel”). */
export function infinitiveOf(t: Term): string {
  const word = wordOf(t);
  if (hasTag(t, 'Infinitive')) return word;
  const tense = TENSES.find((x) => hasTag(t, x));
  if (!tense) return word;
  const inf = verbs.toInfinitive(word, world.model, tense) || word;
  if (inf !== word) return inf;
  // compromise tags a participle used as a past (“should have known”) PastTense, and reads no
  // infinitive out of it that way: the participle's own rule finds “know”.
  return tense === 'PastTense' ? verbs.toInfinitive(word, world.model, 'Participle') || word : word;
}

export interface VerbForms {
  past: string;
  participle: string;
  present3: string;
}

/** Forms of a verb for a new subject: compromise conjugates the infinitive, we pick by subject. */
export function formsOf(infinitive: string): VerbForms {
  const c = verbs.conjugate(infinitive, world.model);
  const past = c.PastTense ?? `${infinitive}ed`;
  return { past, participle: c.Participle ?? past, present3: c.PresentTense ?? `${infinitive}s` };
}
