import type { Clause } from './clause.js';
import type { Slot, Vocab } from '../schema/rewrite.js';
import { lexicons } from '../catalog.js';
import { memo, rewriteData } from './data.js';
import { formsOf, hasTag, longestAt, wordOf, type Term } from '../nlp/terms.js';

export type SlotValues = Partial<Record<Slot, string>>;
type ActionClass = Vocab['actions']['classes'][number];
type LabelGroup = Vocab['labels']['groups'][number];

/** A term as it should read inside a rewrite: shouting lowered, silent contraction halves dropped. */
function display(t: Term, next: Term | undefined, vocab: Vocab): string {
  const text = t.text;
  const lower = text.toLowerCase();
  // Texting shorthand kept inside a careful sentence reads as a typo: “ur phone” → “your phone”.
  // The tagger calls some -ing forms nouns (“ur running late”): those take “you're” too.
  if (lower === 'ur') return hasTag(next, 'Noun') && !hasTag(next, 'Adjective') && !/ing$/i.test(next?.text ?? '') ? 'your' : "you're";
  // “a single word i say”: the pronoun is capitalised in a careful sentence.
  if (lower === 'i' || /^i['’]/.test(lower)) return `I${text.slice(1)}`;
  const spelled = vocab.wording.texting[lower];
  if (spelled) return spelled;
  return text.length > 1 && text === text.toUpperCase() && /[A-Z]/.test(text) ? lower : text;
}

/**
 * Words of `terms` joined by single spaces, with phrases replaced (`""` drops them).
 * Built from terms rather than sliced from the input so spacing and stray punctuation never leak in.
 */
export function render(terms: readonly Term[], replace: Readonly<Record<string, string>> = {}): string {
  const vocab = rewriteData().vocab;
  const keys = replaceKeys(replace);
  const out: string[] = [];
  for (let i = 0; i < terms.length; ) {
    const hit = keys.length ? longestAt(terms, i, keys) : undefined;
    if (hit) {
      const r = replace[hit[0]];
      if (r) out.push(r);
      i += hit[1];
      continue;
    }
    const t = terms[i++] as Term;
    if (t.text !== '') out.push(display(t, terms[i], vocab));
  }
  return out.join(' ');
}

const keysOf = new WeakMap<object, string[]>();
/** The keys of a replacement map, as one stable array per map (see `longestAt`). */
function replaceKeys(replace: Readonly<Record<string, string>>): string[] {
  let keys = keysOf.get(replace);
  if (!keys) keysOf.set(replace, (keys = Object.keys(replace)));
  return keys;
}

const join = (...parts: (string | undefined)[]) => parts.filter((p) => p !== undefined && p !== '').join(' ');

/**
 * What a behaviour is about, by its verb — read with its first words of object where the
 * vocabulary names such a phrase (“pick up the phone” is connection, “pick up” alone is chores).
 */
export function classOf(verb: string | undefined, vocab: Vocab, rest: readonly Term[] = []): ActionClass | undefined {
  if (!verb) return undefined;
  const { classes } = vocab.actions;
  for (let k = Math.min(3, rest.length); k > 0; k--) {
    const phrase = [verb, ...rest.slice(0, k).map(wordOf)].join(' ');
    const cls = classes.find((c) => c.verbs.includes(phrase));
    if (cls) return cls;
  }
  const head = verb.split(' ')[0] ?? verb;
  return classes.find((c) => c.verbs.includes(verb)) ?? classes.find((c) => c.verbs.includes(head));
}

const ARTICLE = /^(a|an) /;

/** The group of a label, also when it comes with its intensifier (“so cold”); unknown labels fall back to `close`. */
export function labelGroup(label: string | undefined, vocab: Vocab): LabelGroup | undefined {
  const groups = vocab.labels.groups;
  const parts = label?.split(' ') ?? [];
  for (let i = 0; i < parts.length; i++) {
    const tail = parts.slice(i).join(' ');
    const group = groups.find((g) => g.words.some((w) => w === tail || w.replace(ARTICLE, '') === tail));
    if (group) return group;
  }
  return groups.find((g) => g.key === 'close');
}

/** A conjugated form in one spelling (compromise doubles the l of “cancelled”; harper.js wants “canceled”). */
function spell(word: string, vocab: Vocab): string {
  return vocab.wording.spelling[word] ?? word;
}

/** “open up” → [“opened”, “up”] for a new tense; the particle stays after the verb. */
function conjugated(verb: string, form: 'past' | 'participle', vocab: Vocab): string {
  const [head = verb, ...particles] = verb.split(' ');
  const irregular = form === 'participle' ? vocab.wording.participles[head] : undefined;
  return join(irregular ?? spell(formsOf(head)[form], vocab), ...particles);
}

/** What drops out or changes when “we” becomes the subject. */
const weReplacements = (vocab: Vocab) =>
  memo('we-replacements', () => {
    const { drop, replace } = vocab.wording.weClause;
    return { ...Object.fromEntries(drop.map((d) => [d, ''])), ...replace } as Record<string, string>;
  });

/** The behaviour with “we” as subject, when the verb is one “we” can share: “talk to me about anything” → “talk much”. */
function weAction(c: Clause, vocab: Vocab): string | undefined {
  const cls = classOf(c.verb, vocab, c.rest);
  if (!c.verb || !cls?.we?.includes(c.verb)) return undefined;
  const rest = render(c.rest, weReplacements(vocab));
  // An object left over (“take me out”) cannot follow “we”: the template is skipped.
  if (/\b(me|us|myself|ourselves|u|ya)\b/i.test(rest)) return undefined;
  return join(c.verb, rest);
}

/** The behaviour for “if you …” in the past tense: “never take me out” → “took me out”. */
function youForm(c: Clause, form: 'past' | 'participle', vocab: Vocab): string | undefined {
  if (!c.verb) return undefined;
  const rest = render(c.rest, vocab.wording.negativeOnly);
  // A bare verb reads only where it is a behaviour on its own (“if you called”, “if you helped”);
  // one cut from its object (“act like an adult” → “if you acted”) says nothing.
  if (rest === '' && !classOf(c.verb, vocab)) return undefined;
  return join(conjugated(c.verb, form, vocab), rest);
}

const OBJECT_NP = (t: Term) =>
  hasTag(t, 'Possessive') ||
  ((hasTag(t, 'Determiner') || hasTag(t, 'Adjective') || hasTag(t, 'Noun') || hasTag(t, 'Value')) &&
    !hasTag(t, 'Pronoun') &&
    !hasTag(t, 'Preposition'));
// compromise sometimes tags these otherwise (“over” as an adjective in “your friends over me”).
const PREPOSITIONS = new Set(['over', 'out', 'up', 'in', 'on', 'at', 'with', 'for', 'to', 'about', 'around', 'behind', 'without', 'after', 'before', 'during', 'when', 'whenever', 'while', 'every']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose']);

// Words that only make a negative sentence absolute (“you don't ask anymore”, “ever”): dropped.
const ONLY_ABSOLUTE = (vocab: Vocab) =>
  memo('only-absolute', () =>
    Object.fromEntries(Object.entries(vocab.wording.negativeOnly).filter(([, v]) => v === '').map(([k]) => [k, ''])) as Record<string, string>,
  );
// An object that is itself a verdict (“everything”, “nothing”): the sentence observes nothing.
const VERDICT_OBJECTS = new Set(['everything', 'anything', 'nothing', 'everyone', 'everybody', 'anyone', 'anybody', 'nobody']);

/**
 * The behaviour as the sender saw it, with “you” kept and the verdict dropped (000: say what
 * happened; 003's table, “I feel lonely when we don't talk much”): “you always leave your bowls in
 * the sink” → “you leave your bowls in the sink”, “you never say sorry first” → “you don't say
 * sorry first”. The absolute is gone (it sits before the verb); what they did, to what, where and
 * when stays. Undefined where the clause holds a verdict of its own (a verb that judges, an
 * object like “everything”) or a clause within it.
 */
function observation(c: Clause, past: boolean, vocab: Vocab, afterWhen = true): string | undefined {
  const inner = afterWhen ? AS_WHEN(vocab) : ONLY_ABSOLUTE(vocab);
  if (c.kind === 'label' && c.state) {
    if (c.state.some((t) => VERDICT_OBJECTS.has(wordOf(t)) || SUBORDINATORS.has(wordOf(t)))) return undefined;
    const state = render(trimFiller(c.state), inner);
    const be = c.polarity === 'want-more' ? (past ? "weren't" : "aren't") : past ? 'were' : "'re";
    return state === '' ? undefined : be === "'re" ? `you're ${state}` : join('you', be, state);
  }
  if (!c.verb || c.kind !== 'action' || c.rest.length === 0) return undefined;
  // “All you ever say is, ‘I … I …’”: a rest that opens with a verb of its own is another clause.
  if (hasTag(c.rest[0], 'Copula') || hasTag(c.rest[0], 'Auxiliary')) return undefined;
  if (judges(c.verb) || (vocab.wording.lightVerbs.includes(c.verb.split(' ')[0] ?? '') && !plainObject(c))) return undefined;
  if (c.rest.some((t) => VERDICT_OBJECTS.has(wordOf(t)) || RELATIVES.has(wordOf(t)) || SUBORDINATORS.has(wordOf(t)))) return undefined;
  if (doubts(c, vocab)) return undefined;
  // “when you ring as you need money” does not read: the “as” takes only the sender's moment
  // (“as I'm talking”); a second “you” after “when” is a condition (“only … when you need money”).
  const whenAt = c.rest.findIndex((t) => wordOf(t) === 'when' || wordOf(t) === 'whenever');
  const after = whenAt >= 0 ? wordOf(c.rest[whenAt + 1] ?? ({ text: '' } as Term)) : '';
  if (afterWhen && whenAt >= 0 && !SENDER_MOMENT.has(after) && !TURN_OF_THINGS.has(after)) return undefined;
  const innerWhen = afterWhen && TURN_OF_THINGS.has(after) ? ONCE_WHEN(vocab) : inner;
  // “when you don't text me back as I'm out” does not read: only a thing they do takes the “as”.
  const rest = render(trimFiller(c.rest), c.polarity === 'want-less' ? innerWhen : ONLY_ABSOLUTE(vocab));
  if (rest === '') return undefined;
  if (c.polarity === 'want-more') return join('you', past ? "didn't" : "don't", c.verb.split(' ')[0], c.verb.split(' ').slice(1).join(' '), rest);
  return join('you', past ? conjugated(c.verb, 'past', vocab) : c.verb, rest);
}

// Light verbs whose object can make a plain behaviour (“you take her side”, “you do the dishes”,
// “you give your ex money”); “have”, “be”, “make”, “go”, “come”, “let”, “find” stay out (“you have
// a problem”, “you make me feel”, “you go on and on”).
const PLAIN_LIGHT: ReadonlySet<string> = new Set(['take', 'do', 'get', 'give', 'keep', 'put']);

/** A light verb with a possessed or determined thing after it and nothing pointing back: “take her side”. */
function plainObject(c: Clause): boolean {
  const [first, ...more] = c.rest;
  if (!first || !PLAIN_LIGHT.has(c.verb ?? '')) return false;
  if (!hasTag(first, 'Possessive') && !hasTag(first, 'Determiner')) return false;
  if (c.rest.some((t) => ['it', 'this', 'that', 'me', 'us'].includes(wordOf(t)) || VERDICT_OBJECTS.has(wordOf(t)))) return false;
  return [first, ...more].some((t) => hasTag(t, 'Noun') && !hasTag(t, 'Pronoun'));
}

/** The observation said on its own (“I've noticed you shut down when I bring it up”): its own “when” stays. */
export const standaloneObservation = (c: Clause, vocab: Vocab): string | undefined => observation(c, false, vocab, false);

/** A clause cut at a break can end on a filler (“picked a fight just | so …”): it is dropped. */
function trimFiller(terms: readonly Term[]): Term[] {
  const filler = memo('filler-set', () => new Set(lexicons.get('filler') ?? []));
  let end = terms.length;
  while (end > 0 && filler.has(wordOf(terms[end - 1] as Term))) end--;
  return terms.slice(0, end);
}

// A condition or a reason inside the rest cannot follow “when you …”; a time clause can, with “as”:
// “you interrupt me when I'm talking” → “when you interrupt me as I'm talking”.
const SUBORDINATORS = new Set(['because', 'if', 'since', 'until', 'so', 'unless']);
const AS_WHEN = (vocab: Vocab) => memo('as-when', () => ({ ...ONLY_ABSOLUTE(vocab), when: 'as', whenever: 'as' }) as Record<string, string>);
// “you bail when it gets serious” → “when you bail once it gets serious”: a turn of things, not the sender's moment.
const ONCE_WHEN = (vocab: Vocab) => memo('once-when', () => ({ ...ONLY_ABSOLUTE(vocab), when: 'once', whenever: 'once' }) as Record<string, string>);
/** Who the inner “when” clause is about: the sender (“as I'm talking”), how things go (“once it gets serious”), or anyone else. */
const SENDER_MOMENT = new Set(['i', 'im', 'we', 'me']);
const TURN_OF_THINGS = new Set(['it', 'its', 'things', 'stuff', 'everything', 'life', 'work']);

// “at the party”, “in front of my friends”, “during dinner”: where or when, not why (“for what your ex did”).
const PLACE_OR_TIME = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'with', 'over', 'around', 'outside', 'last', 'yesterday', 'tonight', 'today']);
const PHRASE_ENDS = new Set(['for', 'when', 'whenever', 'while', 'because', 'so', 'since', 'until', 'if', 'with', 'by', 'after', 'before', 'and', 'but']);

/** Does the clause doubt what they saw or remember (“you imagine things”, “you remember it wrong”)? */
function doubts(c: Clause, vocab: Vocab): boolean {
  const words = memo('doubting', () => new Set(vocab['clause-words'].doubting));
  const verb = c.verb?.split(' ')[0] ?? '';
  return words.has(verb) || c.rest.some((t) => words.has(wordOf(t)));
}

/** Does the verb itself judge what they did (“ruined”, “embarrassed”, “humiliated”)? From the hostile-acts lexicon. */
function judges(verb: string): boolean {
  // A behaviour the action classes know (“interrupt”, “yell at”, “ignore”) is observed, not judged.
  const words = memo('judging-verbs', (data) => {
    const behaviours = new Set(data.vocab.actions.classes.flatMap((c) => c.verbs));
    return new Set((lexicons.get('hostile-acts') ?? []).filter((w) => !behaviours.has(w)));
  });
  return words.has(verb) || words.has(verb.split(' ')[0] ?? verb);
}

/**
 * What a judging verb was about, told plainly (issue: “you wrecked the evening” → “about how the
 * evening went”): a thing of ours → “how <it> went”; me, at a place or time → “what happened <there>”.
 */
function aboutWhat(c: Clause, vocab: Vocab): string | undefined {
  if (!c.verb || c.kind !== 'action' || !judges(c.verb)) return undefined;
  const r = c.rest;
  const first = r[0] ? wordOf(r[0]) : '';
  if (first === 'me' || first === 'us') {
    // Where or when it happened is one phrase: “at the bar”, not “at the bar for your work friends”.
    const end = r.findIndex((t, k) => k > 1 && (PHRASE_ENDS.has(wordOf(t)) || RELATIVES.has(wordOf(t))));
    const tail = r.slice(1, end < 0 ? undefined : end);
    if (!PLACE_OR_TIME.has(tail[0] ? wordOf(tail[0]) : '')) return undefined;
    return join('what happened', render(tail, ONLY_ABSOLUTE(vocab)));
  }
  let n = 0;
  while (r[n] && OBJECT_NP(r[n] as Term) && !PREPOSITIONS.has(wordOf(r[n] as Term))) n++;
  const np = r.slice(0, n);
  if (n === 0 || !np.some((t) => hasTag(t, 'Noun')) || np.some((t) => VERDICT_OBJECTS.has(wordOf(t)))) return undefined;
  // What follows the thing is how they did it (“with your sulking”, “on purpose”): the verdict
  // goes with the verb. A thing that goes on (“my chances of …”) cannot be cut short.
  const after = r[n];
  if (after && (!(hasTag(after, 'Preposition') || PREPOSITIONS.has(wordOf(after))) || wordOf(after) === 'of')) return undefined;
  return join('how', render(np), 'went');
}

/** “about this relationship” → [“this relationship”, “matters”]; “about me” → [“I”, “matter”]. */
function topic(c: Clause, vocab: Vocab): [string, string, string] | undefined {
  const about = c.rest.findIndex((t) => wordOf(t) === 'about');
  if (about < 0 || about === c.rest.length - 1) return undefined;
  const words = c.rest.slice(about + 1);
  const first = wordOf(words[0] as Term);
  if (Object.hasOwn(vocab.wording.negativeOnly, first)) return undefined;
  const subject = vocab.wording.objectToSubject[first];
  const raw = render(words, vocab.wording.negativeOnly);
  if (subject && words.length === 1) return [subject, 'matter', raw];
  if (/\b(me|us)\b/i.test(raw) || raw === '') return undefined;
  const nouns = words.filter((t) => hasTag(t, 'Noun'));
  const plural = hasTag(nouns[nouns.length - 1], 'Plural');
  return [raw, plural ? 'matter' : 'matters', raw];
}

/** Is the clause about its topic and nothing else (“care about this relationship”)? */
const about0 = (c: Clause) => c.rest[0] !== undefined && wordOf(c.rest[0]) === 'about';

/** A precise feeling the sender already named in the sentence (“… and it makes me feel so alone”). */
export function namedFeeling(terms: readonly Term[], vocab: Vocab): string | undefined {
  // Only hard feelings: “you never make me happy” does not name how the sender feels.
  const hard = memo('hard-feelings', () =>
    Object.entries(vocab.feelings.wheel)
      .filter(([core]) => core !== 'joyful' && core !== 'peaceful')
      .flatMap(([, words]) => words),
  );
  const thoughts = vocab['thought-feelings'].words;
  const thoughtWords = memo('thought-words', () => Object.keys(thoughts));
  for (let i = 0; i < terms.length; i++) {
    const prev = i > 0 ? wordOf(terms[i - 1] as Term) : '';
    // Only where a feeling is named: “I feel …”, “I'm so …”, “it makes me …” (not “you let me down”).
    const madeMe = prev === 'me' && ['make', 'makes', 'made', 'making'].includes(wordOf(terms[i - 2] ?? { text: '' }));
    if (!madeMe && !['feel', 'felt', 'feeling', 'so', 'am', 'be', 'i', 'really', 'very', 'just'].includes(prev)) continue;
    // After a bare “I” a verb is something the sender did, not felt: “i lost the deposit”.
    if (prev === 'i' && hasTag(terms[i], 'Verb')) continue;
    const thought = longestAt(terms, i, thoughtWords);
    if (thought) return thoughts[thought[0]]?.feeling;
    const word = longestAt(terms, i, hard);
    if (word) return word[0];
  }
  return undefined;
}

/**
 * “We need to talk about where this is going” → “where this is going”: the words after “about”,
 * from the finding on, to the end of the clause. Undefined when there is no such topic.
 */
function topicAfter(sentence: readonly Term[], from: number, vocab: Vocab): string | undefined {
  // “talk about where this is going”, “discuss where this is going”: what follows is the topic.
  const about = sentence.findIndex((t, i) => i >= from && (wordOf(t) === 'about' || (wordOf(t) === 'discuss' && i + 1 < sentence.length)));
  if (about < 0) return undefined;
  const words: Term[] = [];
  for (const t of sentence.slice(about + 1)) {
    if (hasTag(t, 'Emoji') || vocab.wording.clauseBreaks.includes(wordOf(t))) break;
    words.push(t);
    if (/[,;:()]/.test(t.post ?? '')) break;
  }
  // The time is said by the row itself (“… tonight, if that works for you”), and “properly” is the weight.
  const topic = render(words, memo('topic-drop', () => ({ ...vocab.wording.negativeOnly, ...Object.fromEntries(Object.keys(vocab.wording.talkTimes).map((k) => [k, ''])), properly: '' })));
  // “talk to you about something”: a withheld topic is no topic (the heads-up row says it better).
  return topic === '' || WITHHELD.has(topic.toLowerCase()) ? undefined : topic;
}
const WITHHELD: ReadonlySet<string> = new Set(['something', 'some things', 'a few things', 'a couple of things', 'stuff', 'some stuff', 'this', 'it', 'that', 'things']);

/** When the sender wants to talk, as the opener's rows say it (“now” → “as soon as you can”). */
function talkTime(sentence: readonly Term[], from: number, vocab: Vocab): string | undefined {
  const times = memo('talk-times', () => Object.keys(vocab.wording.talkTimes));
  for (let i = from; i < sentence.length; i++) {
    const hit = longestAt(sentence, i, times);
    if (hit) return vocab.wording.talkTimes[hit[0]];
  }
  return undefined;
}

/** Every slot a template may ask for, filled from the clause where it can be done grammatically. */
export function fillSlots(c: Clause | undefined, sentence: readonly Term[], from: number, vocab: Vocab): SlotValues {
  const { defaults } = vocab.feelings;
  const named = namedFeeling(sentence, vocab);
  const needs = vocab.needs.needs;
  const out: SlotValues = { feeling: named ?? defaults.reveal, invitation: vocab.wording.invitation };
  const about = topicAfter(sentence, from, vocab);
  if (about) out.topic = about;
  const when = talkTime(sentence, from, vocab);
  if (when) out.when = when;
  if (!c) return out;
  if (c.kind === 'action' || c.kind === 'stative') {
    const cls = classOf(c.verb, vocab, c.rest);
    out.feeling = named ?? cls?.feeling ?? defaults[c.polarity];
    const stative = c.kind === 'stative' ? vocab.actions.stative[c.verb ?? ''] : undefined;
    const needKey = stative?.need ?? cls?.need;
    if (needKey) out.need = needs[needKey];
    if (c.kind === 'stative') out.feeling = named ?? stative?.feeling ?? defaults.attitude;
    const we = weAction(c, vocab);
    if (we) out['we-action'] = we;
    const past = youForm(c, 'past', vocab);
    if (past) out['you-past'] = past;
    const participle = youForm(c, 'participle', vocab);
    if (participle) out['you-participle'] = participle;
    const seen = observation(c, false, vocab);
    if (seen) out.observation = seen;
    const seenPast = observation(c, true, vocab);
    if (seenPast) out['observation-past'] = seenPast;
    const what = aboutWhat(c, vocab);
    if (what) out.about = what;
    const t = topic(c, vocab);
    if (t && about0(c)) {
      out.topic = t[0];
      out.matters = t[1];
    } else delete out.topic;
    if (t) {
      if (cls && (cls.key === 'connection' || c.kind === 'stative')) out.invitation = vocab.wording.invitationTopic.replace('{topic}', t[2]);
    }
    if (cls?.request) out.request = cls.request;
  } else if (c.kind === 'label') {
    const group = labelGroup(c.label, vocab);
    out.feeling = named ?? group?.feeling ?? defaults.label;
    if (group?.need) out.need = needs[group.need];
    if (group?.request) out.request = group.request;
    const seen = observation(c, false, vocab);
    if (seen) out.observation = seen;
    const seenPast = observation(c, true, vocab);
    if (seenPast) out['observation-past'] = seenPast;
  } else {
    const thought = c.feeling ? vocab['thought-feelings'].words[c.feeling] : undefined;
    const inWheel = c.feeling && Object.values(vocab.feelings.wheel).some((w) => w.includes(c.feeling as string));
    if (c.polarity === 'want-more' && c.feeling && !thought) {
      // “you never make me feel special”: the need is the feeling they do not bring about.
      out.feeling = named ?? defaults['want-more'];
      out.need = `to feel ${c.feeling}`;
      return out;
    }
    out.feeling = thought?.feeling ?? (inWheel ? c.feeling : undefined) ?? named ?? defaults.label;
    out.need = needs[thought?.need ?? 'understood'];
    // “You embarrassed me at the party”: where it happened is kept (clause.ts placeAfter).
    if (c.rest.length > 0) out.where = render(trimFiller(c.rest));
  }
  return out;
}
