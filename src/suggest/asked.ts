import type { Vocab } from '../schema/rewrite.js';
import { hasTag, infinitiveOf, wordOf, type Term } from '../nlp/terms.js';
import type { Clause } from './clause.js';
import { render } from './slots.js';

/**
 * What a demand question asks for, read from its infinitive: “How hard is it to put your shoes
 * away?”, “Would it kill you to hold my hand in public?”, “Are you ever going to pay me back?”
 * ask for the behaviour after “to”. Told as an action the sender wants more of, so the rows of
 * that kind (“it would mean a lot to me if you put your shoes away”) can say it plainly.
 */

// Verbs whose infinitive carries no wish for the act itself: “to keep punishing me” asks for less
// of it, “to stop giving the kids sugar” for none.
const NOT_ASKED: ReadonlySet<string> = new Set(['keep', 'stop', 'quit', 'be', 'have', 'do', 'go', 'get']);
// Asking verbs are the sender's own act after “I” (“how many times do I have to ask you to …”: the
// wish is the next verb), and theirs otherwise (“would it kill you to ask how my day was?”).
const SENDER_ASKS: ReadonlySet<string> = new Set(['ask', 'tell', 'beg', 'remind', 'say']);

// Words after the act that only make the question absolute or rhetorical: cut there.
const CUT: ReadonlySet<string> = new Set(['or', 'honestly', 'seriously', 'for', 'ever', 'again', 'already', 'every', 'each', 'like', 'instead']);

/** The act whose verb is term `v`: its infinitive and the words after it, to the end of the clause. */
function actAt(terms: readonly Term[], v: number, vocab: Vocab): { verb: string; rest: Term[] } {
  const breaks = vocab.wording.clauseBreaks;
  const rest: Term[] = [];
  let last = terms[v] as Term;
  for (const t of terms.slice(v + 1)) {
    if (/[,;:?!.()]/.test(last.post ?? '')) break;
    const w = wordOf(t);
    if (CUT.has(w) || breaks.includes(w) || hasTag(t, 'Emoji')) break;
    rest.push(t);
    last = t;
  }
  return { verb: infinitiveOf(terms[v] as Term), rest };
}

/** The act after the first “to” from `from` on, as the words of a clause (verb and what follows), or undefined. */
function actAfterTo(terms: readonly Term[], from: number, vocab: Vocab): { verb: string; rest: Term[] } | undefined {
  for (let i = from; i < terms.length - 1; i++) {
    if (wordOf(terms[i] as Term) !== 'to') continue;
    const v = terms[i + 1] as Term;
    if (!hasTag(v, 'Verb') || hasTag(v, 'Gerund') || hasTag(v, 'PastTense')) continue;
    const verb = infinitiveOf(v);
    if (NOT_ASKED.has(verb)) continue;
    if (SENDER_ASKS.has(verb) && terms.slice(from, i).some((t) => wordOf(t) === 'i')) continue;
    return actAt(terms, i + 1, vocab);
  }
  return undefined;
}

/** “… the only one who visits Dad”: the act of a “who” clause from `from` on, or undefined. */
function actAfterWho(terms: readonly Term[], from: number, vocab: Vocab): { verb: string; rest: Term[] } | undefined {
  for (let i = from; i < terms.length - 1; i++) {
    if (wordOf(terms[i] as Term) !== 'who') continue;
    const v = terms[i + 1] as Term;
    if (!hasTag(v, 'Verb') || hasTag(v, 'Auxiliary') || hasTag(v, 'Copula') || hasTag(v, 'Modal')) return undefined;
    return actAt(terms, i + 1, vocab);
  }
  return undefined;
}

/** The behaviour a demand question asks for after “to”, as a want-more action clause, or undefined. */
export function askedFor(terms: readonly Term[], from: number, vocab: Vocab): Clause | undefined {
  // “Who raised you to talk to her like that?”: the question is about the manner, not the act.
  const words = terms.map(wordOf);
  if (words.some((w, i) => i >= from && w === 'like' && (words[i + 1] === 'that' || words[i + 1] === 'this'))) return undefined;
  const act = actAfterTo(terms, from, vocab);
  return act ? { kind: 'action', polarity: 'want-more', past: false, verb: act.verb, rest: act.rest } : undefined;
}

// “Why am I the one who has to…”, “Why is it always me who…”, “how is it my job to…”: the sender
// says a task falls to them alone.
const BURDEN: readonly (readonly string[])[] = [
  ['the', 'one'],
  ['the', 'only', 'one'],
  ['me', 'who'],
  ['me', 'that'],
  ['my', 'job'],
  ['my', 'responsibility'],
];

/** The task a “why am I the one who has to …” question says falls to the sender, as an infinitive phrase, or undefined. */
export function burdenOf(terms: readonly Term[], from: number, vocab: Vocab): string | undefined {
  const words = terms.map(wordOf);
  const at = words.findIndex((_, i) => i >= from && BURDEN.some((b) => b.every((w, k) => words[i + k] === w)));
  if (at < 0 || !words.slice(from, at + 1).some((w) => w === 'i' || w === 'me' || w === 'my')) return undefined;
  // “who has to ring the plumber” reads as its infinitive; “who visits Dad” as its verb.
  const act = actAfterTo(terms, at, vocab) ?? actAfterWho(terms, at, vocab);
  if (!act) return undefined;
  const rest = render(act.rest, vocab.wording.negativeOnly);
  return [act.verb, rest].filter(Boolean).join(' ');
}

// “Who leaves wet towels on the bed?”, “What kind of sister doesn't show up to …?”: the person
// asked about is the one addressed; the behaviour after is what they did.
const KIND = new Set(['kind', 'sort', 'type']);

/** The term that stands for them in a “who …?” or “what kind of <person> …?” question, or -1. */
export function askedAbout(terms: readonly Term[], from: number): number {
  for (let i = from; i < Math.min(terms.length - 1, from + 4); i++) {
    const w = wordOf(terms[i] as Term);
    const next = terms[i + 1] as Term;
    if (w === 'who' && hasTag(next, 'Verb') && !hasTag(next, 'Auxiliary') && !hasTag(next, 'Copula')) return i;
    if (w === 'what' && KIND.has(wordOf(next)) && wordOf(terms[i + 2] ?? next) === 'of' && hasTag(terms[i + 3], 'Noun')) {
      const after = terms[i + 4];
      return after && hasTag(after, 'Verb') ? i + 3 : -1;
    }
  }
  return -1;
}

const THIRD_POSSESSIVE = new Set(['her', 'his', 'their']);

/**
 * The words of a “who …?” question's behaviour said to the person it is about: “her own nephew's
 * christening” → “your nephew's christening”. Undefined where the behaviour is done to them (“Who
 * raised you?”): that is no behaviour of theirs.
 */
export function readdressed(rest: readonly Term[]): Term[] | undefined {
  if (rest.some((t) => ['you', 'u', 'yourself'].includes(wordOf(t)))) return undefined;
  const out: Term[] = [];
  for (let i = 0; i < rest.length; i++) {
    const t = rest[i] as Term;
    const w = wordOf(t);
    const next = rest[i + 1];
    if (THIRD_POSSESSIVE.has(w) && next && (hasTag(next, 'Noun') || hasTag(next, 'Adjective'))) {
      out.push({ ...t, text: 'your', normal: 'your', machine: 'your' });
      if (wordOf(next) === 'own') i++;
      continue;
    }
    out.push(t);
  }
  return out;
}
