import { memo } from './data.js';
import type { Vocab } from '../schema/rewrite.js';
import type { Captures } from '../types.js';
import { hasTag, infinitiveOf, longestAt, phraseAt, wordOf, type Term } from '../nlp/terms.js';

/**
 * What a blaming sentence says about the other person, read from its parsed terms:
 * “You never take me out” → an action they should do more of (`take`, rest `me out`);
 * “You always cancel plans” → an action they should do less of; “You're so cold” → a label;
 * “You make me feel small” / “I feel ignored” → a feeling pinned on them; “You don't care” → an attitude.
 */
export interface Clause {
  kind: 'action' | 'stative' | 'label' | 'feeling';
  /** Does the sender want more of the behaviour (never, don't, should) or less (always, why do you)? */
  polarity: 'want-more' | 'want-less';
  past: boolean;
  /** The infinitive, with its particle (“open up”). */
  verb?: string;
  /** The words after the verb up to the end of the clause: objects, particles, topic, time. */
  rest: Term[];
  /** For a label: the label phrase as it stands in the sentence (“cold”, “a narcissist”). */
  label?: string;
  /**
   * For a label that is no character word but where they are (“on your phone at dinner”, “never
   * home before nine”): the words of that state, which a rewrite can keep as an observation.
   */
  state?: Term[];
  /** For a feeling: the word pinned on them (“small”, “ignored”), if one is named. */
  feeling?: string;
}


// The auxiliaries stay here: do/does/did and have/has/had (+ “'ve”) are complete, closed paradigms
// of English, with no texting spellings to add (“dont”, “didnt” are in bareNegatives), and the code
// below names their members (“did” makes the sentence past); a vocabulary file would add nothing.
const HAVE = new Set(['have', 'has', 'had', "'ve"]);
const DO = new Set(['do', 'does', 'did']);

/** The lists of rules/vocab/clause-words.json (its prose is left out of the catalog). */
type ClauseWords = Omit<Vocab['clause-words'], 'id' | 'source' | 'description'>;

/**
 * Every list of rules/vocab/clause-words.json as a Set, built once on first use (importing stays
 * cheap). The phrase lists (`obligations`, `feelThat`, `imperativeStop`, `imperativeDont`) are read
 * from the vocabulary as they are, since `longestAt` indexes them.
 */
const sets = () =>
  memo('clause-word-sets', ({ vocab }) => {
    const out = {} as Record<keyof ClauseWords, ReadonlySet<string>>;
    for (const [k, v] of Object.entries(vocab['clause-words'])) if (Array.isArray(v)) out[k as keyof ClauseWords] = new Set(v);
    return out;
  });

const isVerb = (t: Term | undefined) =>
  hasTag(t, 'Verb') &&
  !hasTag(t, 'Auxiliary') &&
  !hasTag(t, 'Modal') &&
  !hasTag(t, 'Copula') &&
  !hasTag(t, 'Pronoun') &&
  // The tagger guesses a verb from position (“…with you, never yours” tags “yours” a verb);
  // a closed-class pronoun never is one, and conjugating it gives “youred”.
  !sets().notVerbs.has(wordOf(t as Term));
const isBreak = (t: Term) => hasTag(t, 'Emoji') || hasTag(t, 'Emoticon');
const PUNCT_BREAK = /[,;:()\u2013\u2014]|\.\.\./;
/** Verbs whose object is a clause of its own (“say you're sorry”, “admit you were wrong”). */
const SAYING: ReadonlySet<string> = new Set(['say', 'said', 'says', 'tell', 'told', 'admit', 'admitted', 'promise', 'promised', 'swear', 'swore']);
/** Words after which a clause is asked about or feigned (“whether you're in”, “pretend you didn't notice”), not seen. */
const NOT_SEEN: ReadonlySet<string> = new Set(['whether', 'pretend', 'pretending', 'pretended']);

/** The terms after `i` up to the end of the clause (a conjunction, a comma, an emoji, “lol”). */
function restFrom(terms: readonly Term[], i: number, vocab: Vocab): Term[] {
  const breaks = new Set(vocab.wording.clauseBreaks);
  const { againSubjects, againStarts, subordinators } = sets();
  const out: Term[] = [];
  for (let j = i; j < terms.length; j++) {
    const t = terms[j] as Term;
    // “once in a while”: a break word right after an article is a noun, not a conjunction.
    if (isBreak(t) || (breaks.has(wordOf(t)) && !hasTag(terms[j - 1], 'Determiner'))) break;
    // A second accusation (“you never call you never write”) ends the first; “tell me you love me”
    // or “when you travel” do not.
    // Nor does what they are asked to say (“say you're sorry”): that clause is the object.
    if (againSubjects.has(wordOf(t)) && againStarts.has(wordOf(terms[j + 1] ?? t)) && !subordinators.has(wordOf(terms[j - 1] ?? t)) && !SAYING.has(wordOf(terms[j - 1] ?? t))) break;
    out.push(t);
    if (PUNCT_BREAK.test(t.post ?? '')) break;
  }
  return out;
}

/** Prepositions that start where or when a feeling came about (“at the party”, “in front of your friends”). */
const PLACE_PREPS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'around']);
/** Prepositions that say what a feeling was about; told as “about”. */
const ABOUT_PREPS: ReadonlySet<string> = new Set(['with', 'about', 'over']);

/**
 * “You embarrassed me at the party”: the place or time after the person, kept for “I felt
 * embarrassed at the party”. Only a phrase that starts with a preposition of place or time, and
 * nothing that points back at them or names a second act (those belong to other rows).
 */
function placeAfter(terms: readonly Term[], i: number, vocab: Vocab): Term[] {
  const first = terms[i];
  // “you embarrass me every time we go to your brother's”: the sender's own moment is kept too.
  const moment = longestAt(terms, i, ['every time', 'whenever', 'when']);
  const who = moment ? wordOf(terms[i + moment[1]] ?? { text: '' }) : '';
  if (moment && (who === 'we' || who === 'i')) {
    const rest = restFrom(terms, i + moment[1], vocab);
    return rest.some((t) => wordOf(t) === 'you' || wordOf(t) === 'u') ? [] : [{ ...(first as Term), text: 'when', normal: 'when', machine: 'when' } as Term, ...rest];
  }
  // “…with all this drinking”, “…with your jokes”: what it was about (“anxious about all this drinking”).
  const about = first !== undefined && ABOUT_PREPS.has(wordOf(first));
  if (!first || (!PLACE_PREPS.has(wordOf(first)) && !about)) return [];
  const rest = restFrom(terms, i, vocab);
  const { subordinators } = sets();
  // A finite verb after a noun starts another clause (“at dinner you laughed”); “his leaving do” is a noun phrase.
  const clauseStarts = rest.some((t, k) => hasTag(t, 'Verb') && !hasTag(t, 'Gerund') && !hasTag(rest[k - 1], 'Gerund') && (hasTag(rest[k - 1], 'Pronoun') || hasTag(t, 'PastTense')));
  if (clauseStarts || rest.some((t) => subordinators.has(wordOf(t)) || wordOf(t) === 'you' || wordOf(t) === 'u')) return [];
  // “You upset me over nothing” says what it was not about: nothing to keep.
  if (about && ['nothing', 'anything', 'everything', 'that', 'this', 'it'].includes(wordOf(rest[1] ?? first))) return [];
  return about ? [{ ...first, text: 'about', normal: 'about', machine: 'about' } as Term, ...rest.slice(1)] : rest;
}

/** A feeling phrase at `i` (“small”, “like a burden”, “so alone”), skipping intensifiers. */
function feelingAt(terms: readonly Term[], i: number, vocab: Vocab): string | undefined {
  const { intensifiers } = sets();
  while (terms[i] && (hasTag(terms[i], 'Adverb') || intensifiers.has(wordOf(terms[i] as Term)))) i++;
  const thought = longestAt(terms, i, memo('thought-words', () => Object.keys(vocab['thought-feelings'].words)));
  if (thought) return thought[0];
  const feelings = memo('wheel-and-vague', () => [...Object.values(vocab.feelings.wheel).flat(), ...Object.keys(vocab.feelings.vague)]);
  return longestAt(terms, i, feelings)?.[0];
}

/** The index of the person addressed as a subject, at or after `from`; “your” is not a subject. */
function subjectAt(terms: readonly Term[], from: number, vocab: Vocab): number {
  const subjects = new Set(vocab.wording.subjects);
  for (let i = from; i < terms.length; i++) {
    const t = terms[i] as Term;
    const w = wordOf(t);
    if (!subjects.has(w)) continue;
    // “ur” is “your” before a noun (“ur attitude”) and “you're” before anything else.
    if (w === 'ur' && hasTag(terms[i + 1], 'Noun') && !hasTag(terms[i + 1], 'Adjective')) continue;
    return i;
  }
  return -1;
}

/**
 * Read the clause of a blaming sentence, starting at the finding (`from` = its first term).
 * Returns undefined when the sentence does not have a shape the templates can keep
 * (then the engine falls back to the plain scripts).
 */
export function readClause(
  terms: readonly Term[],
  from: number,
  vocab: Vocab,
  captures: Captures = {},
): Clause | undefined {
  // A finding that starts inside a feigned or asked-about clause (“don't pretend | you didn't notice”).
  if (from > 0 && NOT_SEEN.has(wordOf(terms[from - 1] as Term))) return undefined;
  let clause = readFrom(terms, from, vocab, {});
  // The rule's named captures help only where the tags fell short: a rule that captured
  // `[<subject>…]` knows who is addressed, one that captured `[<label>…]` the label.
  if (clause && clause.kind !== 'label') return clause;
  const named = captures;
  if (!clause && named.subject) clause = readFrom(terms, from, vocab, named);
  const label = named.label;
  if (label && (!clause || clause.kind === 'label')) {
    // “a terrible listener”: the noun after a captured adjective says what kind of verdict it is.
    const noun = terms[label[1] + 1];
    const end = noun && hasTag(noun, 'Noun') && !hasTag(noun, 'Pronoun') && !PUNCT_BREAK.test(terms[label[1]]?.post ?? '') ? label[1] + 1 : label[1];
    const words = terms.slice(label[0], end + 1).map(wordOf).join(' ');
    const state = clause?.state;
    // The reading's polarity stays: “you're never there when it matters” denies the state.
    return { kind: 'label', polarity: clause?.polarity ?? 'want-less', past: clause?.past ?? false, rest: [], label: words, ...(state ? { state } : {}) };
  }
  return clause;
}

/** Verbs of thinking: in a question they ask what the other person believes, not what they did. */
const MENTAL: ReadonlySet<string> = new Set(['think', 'believe', 'suppose', 'reckon', 'imagine', 'expect']);
/** An intention (“planning to tell me”): what they meant to do, not what they did. */
const PLAN: ReadonlySet<string> = new Set(['planning', 'planned', 'plan', 'intend', 'intending', 'intended']);
/** Words of a future or an intention before “to” and the verb (“going to”, “planning to”). */
const INTEND: ReadonlySet<string> = new Set(['going', ...PLAN]);
/** Words that go on with a behaviour (“keep ignoring”): the complaint is the behaviour itself. */
const KEEP: ReadonlySet<string> = new Set(['keep', 'keeps', 'kept', 'keeping', 'continue', 'continues']);

function readFrom(terms: readonly Term[], from: number, vocab: Vocab, captures: Captures): Clause | undefined {
  const ws = sets();
  let start = from;
  // “I feel like you don't care” is a thought about them: read the clause inside.
  // “I feel ignored” pins a feeling on them: keep the feeling, drop the accusation.
  // Only where the finding starts: “You never call and I feel so alone” is a behaviour, not a pseudo-feeling.
  // “I've been feeling like you're pulling away” too: the feel-word may sit a few words in.
  const who = wordOf(terms[from] ?? { text: '' });
  for (let i = from + 1; (who === 'i' || who === 'it') && i < Math.min(terms.length, from + 5); i++) {
    if (!ws.feel.has(wordOf(terms[i] as Term))) continue;
    const that = longestAt(terms, i + 1, vocab['clause-words'].feelThat);
    if (that) {
      start = i + 1 + that[1];
      break;
    }
    const feeling = who === 'i' ? feelingAt(terms, i + 1, vocab) : undefined;
    if (feeling) return { kind: 'feeling', polarity: 'want-more', past: wordOf(terms[i] as Term) === 'felt', rest: [], feeling };
    break;
  }
  // The rule's own `[<subject>…]` capture, when it has one, says who is addressed.
  const captured = captures.subject?.[0];
  const s = captured !== undefined && captured >= start ? captured : subjectAt(terms, start, vocab);
  if (s < 0) return imperative(terms, start, vocab);
  const absolutes = new Set(vocab.wording.absolutes);
  let i = s + 1;
  let neg = false;
  let past = false;
  let wantMore = false;
  let wantLess = false;
  // “ur so selfish”, “youre late”: the verb is inside the subject word.
  let copula = ws.copulaSubjects.has(wordOf(terms[s] as Term));
  // “Why can't you…?”, “Why don't you ever…?”: in a question the negation comes before the person.
  // “Could you listen for once?”, “Are you even listening?”: a question that puts the verb before
  // the person asks for more of it — unless it is a why/how/what question (“Why would you say that?”).
  let inverted = false;
  let questionWord = false;
  // “It's time you started pulling your weight”: a past form after “time” is a wish, not an event.
  let wish = false;
  for (let k = start; k < s; k++) {
    const t = terms[k] as Term;
    const w = wordOf(t);
    // “I wouldn't have yelled if you hadn't…”, “it was fine until you opened your mouth”: what
    // they did is a condition here, not a wish or an event; the templates cannot keep it.
    if ((w === 'if' || w === 'until') && k > start) return undefined;
    // “I need an answer about whether you're in or out”, “don't pretend you didn't notice”: a
    // clause asked about or said to be feigned is no behaviour the sender saw.
    if (NOT_SEEN.has(w)) return undefined;
    // “Change how you speak to the kids”: the demand is about the manner, which no template keeps
    // (“when you speak to the kids” would make speaking itself the complaint).
    if ((w === 'how' || w === 'way') && k === s - 1 && isVerb(terms[start] as Term) && hasTag(terms[start], 'Infinitive')) return undefined;
    if (w === 'time' && k === s - 1) wish = true;
    // “Either you open up or I'm ringing your boss”: the ultimatum's first half is what is wanted.
    if (w === 'either' && k === s - 1) wish = true;
    // Texting drops the apostrophe and compromise then reads “didnt” as a noun: these are negatives too.
    if (ws.negatives.has(w) || hasTag(t, 'Negative') || ws.bareNegatives.has(w) || ws.bareNegativesPast.has(w)) neg = true;
    if (ws.bareNegativesPast.has(w)) past = true;
    // compromise tags a question's opening auxiliary (“Do you even listen?”) a question word too; only
    // a wh-word (why, how, what…) makes the question a complaint about what follows.
    if (hasTag(t, 'QuestionWord') && !DO.has(w) && !HAVE.has(w) && !ws.modals.has(w) && !ws.copulas.has(w) && !hasTag(t, 'Modal') && !hasTag(t, 'Copula')) questionWord = true;
    if (DO.has(w) || ws.modals.has(w) || ws.copulas.has(w) || hasTag(t, 'Modal') || hasTag(t, 'Copula') || hasTag(t, 'Auxiliary')) inverted = true;
    if (w === 'did' || w === 'was' || w === 'were') past = true;
    // “Don't blame me, you started it”: what comes before a comma or an object is another clause.
    if (PUNCT_BREAK.test(t.post ?? '') || w === 'me' || w === 'us') neg = past = inverted = questionWord = false;
  }
  if (inverted && !questionWord) wantMore = true;
  // “Why do you have to make everything about you?”, “How could you…”: a why/how question that
  // does not negate complains about what follows, even after “have to” or “should”.
  const complaint = questionWord && !neg;
  // “Would it kill you to call?” — the person is the object, the behaviour follows “to”.
  if (wordOf(terms[i] ?? { text: '' }) === 'to') {
    wantMore = true;
    i++;
  }
  while (i < terms.length) {
    const t = terms[i] as Term;
    const w = wordOf(t);
    if (ws.negatives.has(w) || hasTag(t, 'Negative') || ws.bareNegatives.has(w) || ws.bareNegativesPast.has(w)) {
      neg = true;
      if (ws.bareNegativesPast.has(w)) past = true;
      i++;
      continue;
    }
    const obligation = longestAt(terms, i, vocab['clause-words'].obligations);
    if (obligation && !copula) {
      // “you always have to be right” is a complaint; “you need to open up” a demand for more.
      if (!wantLess && !complaint) wantMore = true;
      i += obligation[1];
      continue;
    }
    const filler = longestAt(terms, i, skippable(vocab));
    if (filler) {
      if (absolutes.has(filler[0]) && filler[0] !== 'never' && !neg) wantLess = true;
      i += filler[1];
      continue;
    }
    // “You've never once said sorry”: have + a past form is the tense, not the verb.
    if (HAVE.has(w) && nextIsVerb(terms, i + 1, vocab)) {
      past = true;
      i++;
      continue;
    }
    if (DO.has(w) && nextIsVerb(terms, i + 1, vocab)) {
      if (w === 'did') past = true;
      i++;
      continue;
    }
    if (ws.modals.has(w) || hasTag(t, 'Modal')) {
      if (ws.wantModals.has(w) && !complaint) wantMore = true;
      i++;
      continue;
    }
    if (ws.copulas.has(w) || hasTag(t, 'Copula')) {
      copula = true;
      if (w === 'was' || w === 'were') past = true;
      i++;
      continue;
    }
    // After “are”, only an -ing form is a verb (“you're ignoring me”); “like this” is not “to like”.
    // An adverb after “are” is skipped only when something follows it (“always late”); at the end it
    // is the label itself (“you always have to be right”).
    const next = terms[i + 1];
    const adverbGoesOn = hasTag(t, 'Adverb') && next !== undefined && !isBreak(next) && !PUNCT_BREAK.test(t.post ?? '');
    // “Are you going to keep pretending…?”, “were you planning to keep ignoring…?”: the future or an
    // intention of going on with it; the behaviour is the -ing verb after “keep”.
    if (INTEND.has(w) && wordOf(terms[i + 1] ?? { text: '' }) === 'to' && KEEP.has(wordOf(terms[i + 2] ?? { text: '' }))) {
      i += 2;
      continue;
    }
    // “When were you planning to tell me…?”: what they meant to do is not what they did; no template keeps it.
    if (PLAN.has(w) && wordOf(terms[i + 1] ?? { text: '' }) === 'to' && !KEEP.has(wordOf(terms[i + 2] ?? { text: '' }))) return undefined;
    // “Don't you dare go quiet on me”: a prohibition; the verb after “dare” is the behaviour, not wanted.
    if (w === 'dare' && terms[i + 1] && isVerb(terms[i + 1] as Term)) {
      wantLess = true;
      wantMore = false;
      neg = false;
      i++;
      continue;
    }
    // “…keep ignoring my messages”: going on with it is the complaint; the -ing verb is the behaviour.
    if (KEEP.has(w) && hasTag(terms[i + 1], 'Gerund') && !copula) {
      wantLess = true;
      wantMore = false;
      i++;
      continue;
    }
    if (copula && !hasTag(t, 'Gerund') && !adverbGoesOn) return readLabel(terms, i, neg, past, vocab);
    if (isVerb(t) || hasTag(t, 'Gerund')) {
      if (ws.stop.has(w) && hasTag(terms[i + 1], 'Gerund')) {
        wantLess = true;
        wantMore = false;
        i++;
        continue;
      }
      // “you make me feel small”, “you drive me crazy”: a feeling pinned on them.
      if (ws.make.has(w) && wordOf(terms[i + 1] ?? { text: '' }) === 'me') {
        let j = i + 2;
        if (ws.feel.has(wordOf(terms[j] ?? { text: '' }))) j++;
        const feeling = feelingAt(terms, j, vocab) ?? (hasTag(terms[j], 'Adjective') ? wordOf(terms[j] as Term) : undefined);
        const polarity = neg || wantMore ? 'want-more' : 'want-less';
        const where = feeling && polarity === 'want-less' ? placeAfter(terms, j + feeling.split(' ').length, vocab) : [];
        return { kind: 'feeling', polarity, past: hasTag(t, 'PastTense'), rest: where, ...(feeling ? { feeling } : {}) };
      }
      if (hasTag(t, 'PastTense') && !copula) past = true;
      // “you really hurt me last night”: a verb that names the feeling it causes is a feeling, not an event.
      const caused = vocab.wording.feelingVerbs[infinitiveOf(t)];
      if (caused && !neg && !wantMore && wordOf(terms[i + 1] ?? { text: '' }) === 'me') {
        const when = terms.slice(i + 2).some((x) => ws.pastTime.has(wordOf(x)));
        const where = placeAfter(terms, i + 2, vocab);
        // “You hurt me at the wedding”: a form that is also the past, said of an occasion, is the past.
        const occasion = where.length > 0 && (w === 'hurt' || w === 'upset');
        return { kind: 'feeling', polarity: 'want-less', past: past || when || occasion, rest: where, feeling: caused };
      }
      let verb = infinitiveOf(t);
      // “Do you actually think money grows on trees?”: what they are asked to think is the
      // question's scorn, not something they did; no template keeps it.
      if ((inverted || questionWord) && MENTAL.has(verb)) return undefined;
      let j = i + 1;
      // “you always forget to lock the door” asks for the opposite: “if you remembered to lock the door”.
      const opposite = vocab.wording.opposites[verb];
      if (opposite && wordOf(terms[j] ?? { text: '' }) === 'to' && !neg) {
        verb = opposite;
        wantLess = false;
        wantMore = true;
      }
      while (hasTag(terms[j], 'Particle')) verb += ` ${wordOf(terms[j++] as Term)}`;
      // Multi-word verbs of the vocabulary (“spend time”, “show up”, “check in”) stay one verb.
      const head = verb.split(' ')[0] ?? verb;
      for (const phrase of phrasalVerbs(vocab)) {
        const [first, ...tail] = phrase.split(' ');
        const n = first === head ? phraseAt(terms, i + 1, tail.join(' ')) : 0;
        if (n > 0 && i + 1 + n > j) {
          verb = phrase;
          j = i + 1 + n;
        }
      }
      // “You never listen, you just…”: a comma after the verb ends the behaviour there.
      const rest = PUNCT_BREAK.test(terms[j - 1]?.post ?? '') ? [] : restFrom(terms, j, vocab);
      if (comparesManner(terms, j, rest.length)) return undefined;
      if (wish) return { kind: 'action', polarity: 'want-more', past: false, verb, rest };
      const polarity = wantLess ? 'want-less' : neg || wantMore ? 'want-more' : 'want-less';
      const stative = Object.hasOwn(vocab.actions.stative, verb);
      return { kind: stative ? 'stative' : 'action', polarity, past, verb, rest };
    }
    if (hasTag(t, 'Adverb')) {
      i++;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/**
 * “You talk to me like I'm a child”, “talk to her like that”: the complaint is the manner, which no
 * template keeps. Cut before “like”, the behaviour would read as the plain act (“when you talk to
 * me”), turning the complaint upside down, and the comparison itself is the verdict. Is there such
 * a “like” in the clause read from `j`, or just after it (“like” ends a clause in
 * rules/vocab/wording.json)? A comparison with the past is a behaviour of its own (“take me out
 * like you used to”).
 */
function comparesManner(terms: readonly Term[], j: number, length: number): boolean {
  return terms.slice(j, j + length + 1).some((t, k) => wordOf(t) === 'like' && !likeThePast(terms, j + k + 1));
}

/** “like you used to”, “like we did”, “like before”: a comparison with how things were. */
function likeThePast(terms: readonly Term[], at: number): boolean {
  const w = (k: number) => wordOf(terms[at + k] ?? { text: '' });
  return w(0) === 'before' || (['you', 'we', 'u'].includes(w(0)) && ['used', 'did', 'once'].includes(w(1)));
}

/** Every multi-word verb the action classes name, read with any inflected head (“spent time”). */
const phrasalVerbs = (vocab: Vocab) =>
  memo('phrasal-verbs', () => vocab.actions.classes.flatMap((c) => [...c.verbs, ...(c.we ?? [])]).filter((v) => v.includes(' ')));
/** Words skipped between the person and the verb: filler (“even”, “just”) and verdicts (“always”). */
const skippable = (vocab: Vocab) => memo('skippable', () => [...vocab.wording.fillers, ...vocab.wording.absolutes]);

/**
 * “Stop ignoring me.”, “Don't shut me out.”: an order with no subject is about a behaviour the
 * sender wants less of. Read it as “you …” so the behaviour can be kept.
 */
function imperative(terms: readonly Term[], at: number, vocab: Vocab): Clause | undefined {
  let i = at;
  while (terms[i] && (hasTag(terms[i], 'Adverb') || wordOf(terms[i] as Term) === 'please')) i++;
  const { imperativeStop, imperativeDont } = vocab['clause-words'];
  const order = longestAt(terms, i, imperativeStop) ?? longestAt(terms, i, imperativeDont);
  if (!order) return at === 0 ? positiveOrder(terms, i, vocab) : undefined;
  i += order[1];
  const t = terms[i];
  if (!t || !(isVerb(t) || hasTag(t, 'Gerund')) || sets().copulas.has(wordOf(t))) return undefined;
  let verb = infinitiveOf(t);
  let j = i + 1;
  while (hasTag(terms[j], 'Particle')) verb += ` ${wordOf(terms[j++] as Term)}`;
  return { kind: 'action', polarity: 'want-less', past: false, verb, rest: restFrom(terms, j, vocab) };
}

/**
 * “Pick up the phone for once.”, “Talk to me.”: an order that opens the sentence asks for more of
 * a behaviour. Read as “you …” so a rewrite can ask for the behaviour itself (“it would mean a lot
 * to me if you picked up the phone”). Only at the sentence's start (after “or”, “get out” is the
 * threat, not the ask), and not the orders that are the verdict themselves (“grow up”).
 */
function positiveOrder(terms: readonly Term[], i: number, vocab: Vocab): Clause | undefined {
  const t = terms[i];
  if (!t || !isVerb(t) || hasTag(t, 'PastTense') || hasTag(t, 'Gerund') || hasTag(t, 'Participle')) return undefined;
  if (longestAt(terms, i, vocab['clause-words'].imperativeVerdicts)) return undefined;
  let verb = infinitiveOf(t);
  let j = i + 1;
  while (hasTag(terms[j], 'Particle')) verb += ` ${wordOf(terms[j++] as Term)}`;
  return { kind: 'action', polarity: 'want-more', past: false, verb, rest: restFrom(terms, j, vocab) };
}

/** After do/does/did: is the next word (past negatives and fillers) a verb? Else “do” is the verb. */
function nextIsVerb(terms: readonly Term[], i: number, vocab: Vocab): boolean {
  const ws = sets();
  while (i < terms.length) {
    const t = terms[i] as Term;
    const w = wordOf(t);
    if (ws.negatives.has(w) || hasTag(t, 'Negative') || ws.againSubjects.has(w) || ws.bareNegatives.has(w)) {
      i++;
      continue;
    }
    const filler = longestAt(terms, i, skippable(vocab));
    if (filler) {
      i += filler[1];
      continue;
    }
    return isVerb(t);
  }
  return false;
}

function readLabel(terms: readonly Term[], i: number, neg: boolean, past: boolean, vocab: Vocab): Clause | undefined {
  const { labelSkip, places } = sets();
  while (terms[i] && labelSkip.has(wordOf(terms[i] as Term))) i++;
  const words = memo('label-words', () => vocab.labels.groups.flatMap((g) => g.words));
  // The label may start with its article (“a narcissist”) or after it.
  const found = longestAt(terms, i, words) ?? (hasTag(terms[i], 'Determiner') ? longestAt(terms, i + 1, words) : undefined);
  const first = terms[i];
  // Anything else after “you're” (“always somewhere else”, “never home”) is still about distance:
  // an unknown label falls back to the `close` group.
  if (!found && (!first || first.text === '' || isBreak(first))) return undefined;
  const label = found?.[0] ?? wordOf(first as Term);
  // Where they are is something the sender saw, not a verdict: it can be kept. “You're never
  // home”, “you're always late”: where or when they are, not what they are.
  const state = !found && first && (hasTag(first, 'Preposition') || places.has(wordOf(first))) ? restFrom(terms, i, vocab) : undefined;
  return { kind: 'label', polarity: neg ? 'want-more' : 'want-less', past, rest: [], label, ...(state?.length ? { state } : {}) };
}

