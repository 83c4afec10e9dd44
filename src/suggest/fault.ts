import type { Vocab } from '../schema/rewrite.js';
import { hasTag, wordOf, type Term } from '../nlp/terms.js';
import { render } from './slots.js';

/**
 * “It's your fault we missed the train” → “we missed the train”; “it's all your fault that the kids
 * are upset” → “the kids are upset”: the event a verdict of fault is pinned on, which is what the
 * sender saw (issue 13: “when we missed the train”). Undefined where no event follows the fault,
 * or where it is again something they did (“your fault you lost it” keeps the verdict).
 */
export function faultEvent(terms: readonly Term[], from: number, vocab: Vocab): { text: string; past: boolean } | undefined {
  const at = terms.findIndex((t, i) => i >= from && wordOf(t) === 'fault' && ['your', 'ur'].includes(wordOf(terms[i - 1] ?? t)));
  if (at < 0 || /[,;:?!.]/.test(terms[at]?.post ?? '')) return undefined;
  let i = at + 1;
  if (wordOf(terms[i] ?? { text: '' }) === 'that') i++;
  const first = terms[i];
  if (!first || ['you', 'u', 'ya'].includes(wordOf(first))) return undefined;
  const breaks = vocab.wording.clauseBreaks;
  const words: Term[] = [];
  for (const t of terms.slice(i)) {
    if (breaks.includes(wordOf(t)) || hasTag(t, 'Emoji')) break;
    words.push(t);
    if (/[,;:?!.()]/.test(t.post ?? '')) break;
  }
  if (!words.some((t) => hasTag(t, 'Verb'))) return undefined;
  const text = render(words, vocab.wording.negativeOnly);
  if (text === '' || /\b(you|your|u|ur)\b/i.test(text)) return undefined;
  return { text, past: words.some((t) => hasTag(t, 'PastTense')) };
}
