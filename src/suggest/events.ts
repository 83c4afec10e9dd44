import type { Vocab } from '../schema/rewrite.js';
import { hasTag, wordOf, type Term } from '../nlp/terms.js';
import { render } from './slots.js';

/**
 * What happened, read from a clause that is not about “you”: the event a verdict of fault is
 * pinned on, the moment a pseudo-feeling names (“every time I order dessert”), the fact a steering
 * question turns into a riddle (“why your friends stopped calling”). Each is what the sender saw,
 * told without the verdict (issue 13).
 */

/** The words of a clause from term `i` to its end (a clause break, punctuation, an emoji). */
function clauseFrom(terms: readonly Term[], i: number, vocab: Vocab): Term[] {
  const breaks = vocab.wording.clauseBreaks;
  const words: Term[] = [];
  for (const t of terms.slice(i)) {
    if (breaks.includes(wordOf(t)) || hasTag(t, 'Emoji')) break;
    words.push(t);
    if (/[,;:?!.()]/.test(t.post ?? '')) break;
  }
  return words;
}

const SECOND_PERSON = /\b(you|your|yours|yourself|u|ur)\b/i;
/** After “when you …”, the person again (“…you always…”), not a thing of theirs (“your phone”, “your mates”). */
const THEM_AGAIN = /\b(you|yourself|u)\b/i;

/**
 * “I feel judged by you every time I order dessert” → “I order dessert”, “I feel controlled when you
 * go through my phone” → “you go through my phone”: the moment after “when”, “whenever”, “every
 * time”, “each time”, the sender's own or theirs as seen. Undefined where there is none.
 */
export function senderMoment(terms: readonly Term[], from: number, vocab: Vocab): string | undefined {
  const words = terms.map(wordOf);
  for (let i = from; i < terms.length - 1; i++) {
    const two = `${words[i]} ${words[i + 1]}`;
    const at = words[i] === 'when' || words[i] === 'whenever' ? i + 1 : two === 'every time' || two === 'each time' ? i + 2 : -1;
    const who = words[at];
    if (who !== 'i' && who !== 'you' && who !== 'u') continue;
    const clause = clauseFrom(terms, at, vocab);
    if (clause.length < 2 || !clause.slice(1).some((t) => hasTag(t, 'Verb'))) return undefined;
    const text = render(clause, vocab.wording.negativeOnly);
    // “when you go through my phone” is what they did, as seen; “when I tell you” blames again.
    if (who === 'i') return SECOND_PERSON.test(text) ? undefined : text;
    return /^(you|u) \w+/.test(text) && !THEM_AGAIN.test(text.replace(/^(you|u) /, '')) ? text.replace(/^u /, 'you ').replace(/\bur\b/g, 'your') : undefined;
  }
  return undefined;
}

/**
 * “Have you ever stopped to think about why your friends stopped calling?” → “your friends stopped
 * calling”: the fact inside a steering question, when its subject is not them. Undefined where the
 * clause is about them (“why you always…” is the verdict) or holds no verb.
 */
export function askedEvent(terms: readonly Term[], from: number, vocab: Vocab): { text: string; past: boolean } | undefined {
  const at = terms.findIndex((t, i) => i >= from && wordOf(t) === 'why');
  if (at < 0) return undefined;
  const clause = clauseFrom(terms, at + 1, vocab);
  const first = clause[0] ? wordOf(clause[0]) : '';
  if (['you', 'u', 'ya', 'i', 'do', 'does', 'did', 'is', 'are', 'would', 'should', 'can', 'could'].includes(first)) return undefined;
  const verbs = clause.filter((t) => hasTag(t, 'Verb') && !hasTag(t, 'Auxiliary'));
  if (clause.length < 2 || verbs.length === 0) return undefined;
  const text = render(clause, vocab.wording.negativeOnly);
  // A fact about something of theirs or ours (“your friends”, “the kids”); an absolute (“every
  // relationship”, “nobody”) or a clause about them again (“…you've had”) is the verdict still.
  if (!/^(your|ur|my|our|the|his|her|their|people|things)\b/i.test(text) || /\b(you|u)\b|\byou['’]/i.test(text)) return undefined;
  return { text, past: verbs.some((t) => hasTag(t, 'PastTense')) };
}

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
  const words = clauseFrom(terms, i, vocab);
  if (!words.some((t) => hasTag(t, 'Verb'))) return undefined;
  const text = render(words, vocab.wording.negativeOnly);
  if (text === '' || /\b(you|your|u|ur)\b/i.test(text)) return undefined;
  return { text, past: words.some((t) => hasTag(t, 'PastTense')) };
}
