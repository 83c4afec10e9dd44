import type { Match, Place, Span, Suggestion } from '../types.js';
import { readClause, type Clause } from './clause.js';
import { memo, rewriteData, type Line } from './data.js';
import { matchRegister } from './register.js';
import { slotsOf } from './slot-names.js';
import { sentenceSpan } from './sentence.js';
import { askedAbout, askedFor, burdenOf, readdressed } from './asked.js';
import { conductIn, topicIn, type Topic } from './conduct.js';
import { askedEvent, faultEvent, senderMoment } from './events.js';
import { classOf, fillSlots, namedFeeling, render, standaloneObservation, type SlotValues } from './slots.js';
import { rowsFor } from './strategies.js';
import { POLICY, isHarm } from '../categories.js';
import { hasTag, longestAt, wordOf, type Term } from '../nlp/terms.js';
import type { Vocab } from '../schema/rewrite.js';

const MAX_SUGGESTIONS = 3;
const SLOT = /\{([a-z-]+)\}/g;

/** A template filled, or null when a slot it needs cannot be filled grammatically from this sentence. */
function fill(template: string, slots: SlotValues): string | null {
  if (slotsOf(template).some((s) => !slots[s as keyof SlotValues])) return null;
  return template.replace(SLOT, (_m, s: string) => slots[s as keyof SlotValues] as string);
}

/**
 * The last guard before a person sees it: no gap, no stutter, no leftover slot, and no second
 * “when” in one sentence (“I feel lonely when I get talked to when you need something”): the
 * next row reads better than a template wrapped around a clause that already has one.
 */
const isClean = (s: string) =>
  !/\s{2}|\{|\}|\bundefined\b|\bnull\b/.test(s) && !/\b(\w+) \1\b/i.test(s) && !/\bwhen(ever)?\b[^.?!]*\bwhen(ever)?\b/i.test(s);

const sourceOf = (line: Line) => `${line.script}/${line.key} (${line.source})`;

/** Does this suggestion carry the one do-able request of the 000 practice? A message needs only one. */
export function carriesRequest(s: Suggestion): boolean {
  const practice = rewriteData().lines.get('truth-and-request');
  return practice !== undefined && s.source === sourceOf(practice);
}

function sentenceSuggestions(
  text: string,
  span: Span,
  rows: readonly string[],
  slots: SlotValues,
  request: boolean,
  curly: boolean,
): Suggestion[] {
  const { lines } = rewriteData();
  const original = text.slice(span.start, span.end);
  const endsLine = /^[^\S\n]*(\n|$)/.test(text.slice(span.end));
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  const push = (line: Line, replacement: string) => {
    const final = matchRegister(original, replacement, endsLine, curly);
    if (!isClean(final) || seen.has(final) || final === original) return;
    seen.add(final);
    out.push({ start: span.start, end: span.end, replacement: final, message: line.why, source: sourceOf(line) });
  };
  for (const key of rows) {
    const line = lines.get(key);
    const filled = line ? fill(line.try, slots) : null;
    if (!line || filled === null) continue;
    // 000: one heartfelt truth plus one present-moment, do-able request — offered first where a request fits.
    const practice = lines.get('truth-and-request');
    // A line that already invites (“I'd love to hear…”) asks enough: a request after it is a second one.
    if (request && out.length === 0 && slots.request && practice && !line.asks && !filled.endsWith('?') && !/\bI'd love to\b/.test(filled)) {
      const both = fill(practice.try, { ...slots, truth: filled });
      if (both) push(practice, both);
    }
    push(line, filled);
    if (out.length >= MAX_SUGGESTIONS) break;
  }
  return out.slice(0, MAX_SUGGESTIONS);
}

/**
 * The last “you …” clause of the sentence that says what they do, as an observation (“Deep down
 * you know why you keep cancelling” → “you keep cancelling”), or undefined.
 */
// What they know, think or feel is the sender's guess at their mind, not something seen.
const MIND = /^(you|u) (know|knew|think|thought|realize|realise|feel|felt|want|wanted|mean|meant|understand|see|stop to think)\b/;

// Why they did it (“on purpose”, “to hurt me”) is the verdict under a steering question.
const INTENT = /\b(on purpose|deliberately|intentionally|purposely|to (hurt|punish|upset|spite|make) me)\b/;

// “Every time” makes what was seen a pattern again: once is what the sender saw.
const EVERY_TIME = /\b(every single time|every time|each time|whenever)\b/g;

// A clause cut before its object (“what you're really running from” → “you run from”) does not read.
const CUT_SHORT = /\b(from|to|at|with|for|of|about|on|in|into|by)$/;

// “You do it again”, “you're doing that thing” points back at the verdict: without what it points
// to, it tells the reader nothing that was seen.
const POINTS_BACK = /^(you|u) (do|did|does)( (it|this|that|the thing))?( (every|each|when|whenever|again|all|i|we)\b|$)/i;

const ASKED = new Set(['have', 'has', 'had', 'do', 'does', 'did', 'are', 'were', 'is', 'was', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must', 'why', 'how']);

function innerObservation(terms: readonly Term[], vocab: Vocab): { text: string; at: number; clause: Clause } | undefined {
  for (let i = terms.length - 1; i >= 0; i--) {
    const w = terms[i] ? wordOf(terms[i] as Term) : '';
    if (w !== 'you' && w !== 'u') continue;
    // “Have you ever stopped to think…”, “why do you…”: a “you” after its verb is asked about, not seen.
    if (i > 0 && ASKED.has(wordOf(terms[i - 1] as Term))) continue;
    const c = readClause(terms, i, vocab);
    const seen = c && c.kind === 'action' && c.polarity === 'want-less' ? standaloneObservation(c, vocab) : undefined;
    if (c && seen && !MIND.test(seen) && !INTENT.test(seen) && !POINTS_BACK.test(seen) && !CUT_SHORT.test(seen)) {
      return { text: seen.replace(EVERY_TIME, 'when'), at: i, clause: c };
    }
  }
  return undefined;
}

/**
 * A finding about them reveals the sender's state instead. What the sender saw is the sentence's
 * own “you …” clause, told with the feeling, need and request of its behaviour
 * (rules/vocab/actions.json: “you keep cancelling on me” → disappointed, plans we can count on).
 * Where the clause is the diagnosis itself (“you're stonewalling me”) or there is none, it is the
 * plain behaviour under the conduct the sentence names (rules/vocab/conduct.json: “stonewalling”
 * → “you go quiet”, lonely, closeness), or nothing — an observation is never invented — and the
 * feeling and need are the conduct's, else the category's own.
 */
function aboutThemSlots(
  slots: SlotValues,
  terms: readonly Term[],
  keepsObservation: boolean,
  plain: { feeling: string; need: string } | undefined,
  vocab: Vocab,
  verdict: { from: number; text: string },
): void {
  const conduct = conductIn(terms);
  let seen = keepsObservation ? innerObservation(terms, vocab) : undefined;
  // The flagged words inside the clause (“you're repeating your same old pattern”) are the verdict
  // told as a behaviour, not something seen.
  const head = verdict.text.toLowerCase().split(/\s+/).slice(0, 2).join(' ');
  if (seen && verdict.from > seen.at && seen.text.toLowerCase().includes(head)) seen = undefined;
  // A diagnosis inside the clause is the verdict itself; one before it may be what its “it” stands
  // for (“you have unresolved trauma and you're passing it on to us”).
  const inside = seen ? conductIn(terms, seen.at) : undefined;
  const jargonBefore = conduct?.diagnosis === true && seen !== undefined && conduct.at < seen.at;
  // (Only the main clause's “it”: in “you shut down when I bring it up” it is the topic.)
  const main = seen?.text.split(/\b(?:when|as|if|because|while)\b/)[0] ?? '';
  if (inside?.diagnosis === true || (jargonBefore && /\b(it|this|that)\b/.test(main))) seen = undefined;
  const behaviour = seen ? classOf(seen.clause.verb, vocab, seen.clause.rest) : undefined;
  const source = seen ? (behaviour ?? inside?.group ?? conduct?.group) : conduct?.group;
  const feeling = source?.feeling ?? plain?.feeling;
  const need = source?.need ?? plain?.need;
  // A feeling word in a sentence about them is theirs (“you're just afraid of being vulnerable”)
  // unless the sender speaks of themself in it (“You're avoidant and I'm anxious”).
  const speaksOfSelf = terms.some((t) => wordOf(t) === 'i');
  if (feeling && !(speaksOfSelf && namedFeeling(terms, vocab))) slots.feeling = feeling;
  if (need) slots.need = vocab.needs.needs[need];
  if (source?.request) slots.request = source.request;
  const observation = seen ? seen.text : conduct?.group.observation;
  if (observation) slots.observation = observation;
}

/**
 * The rival a ranking names after “your” (the rule's `[<rival>…]` capture), as what comes first:
 * “your phone comes first”, “your friends come first”. Undefined for any other ranking.
 */
function rivalFirst(terms: readonly Term[], place: Place): string | undefined {
  const [from, to] = place.captures.rival ?? [];
  if (from === undefined || to === undefined || from < 1 || !['your', 'ur'].includes(wordOf(terms[from - 1] as Term))) return undefined;
  const words = terms.slice(from, to + 1);
  if (!words.every((t) => hasTag(t, 'Noun') || hasTag(t, 'Adjective'))) return undefined;
  return `your ${render(words)} ${hasTag(words[words.length - 1], 'Plural') ? 'come' : 'comes'} first`;
}

/**
 * Does the clause read with “you” say what they do (“why do you leave your socks everywhere”)?
 * “Are you ever going to pay me back” reads as “go”, which says nothing: the infinitive does.
 */
const saysWhatTheyDo = (c: Clause | undefined) => c !== undefined && c.kind === 'action' && c.verb !== 'go' && c.verb !== 'be';

/** vague-feeling: offer precise words from the feelings wheel in place of the loose one (“upset”). */
function preciseWords(finding: Span, terms: readonly Term[], spans: readonly (Span | null)[], place: Place): Suggestion[] {
  const { vocab } = rewriteData();
  const vague = vocab.feelings.vague;
  // The rule's `[<feeling>…]` capture, when it has one, is where the loose word sits.
  const captured = place.pattern.includes('[<feeling>') ? place.captures.feeling : undefined;
  const [from, to] = captured ?? [place.from, place.to];
  for (let i = from; i <= to; i++) {
    const hit = longestAt(terms, i, memo('vague-words', () => Object.keys(vague)));
    if (!hit) continue;
    const first = spans[i];
    const last = spans[i + hit[1] - 1];
    if (!first || !last || first.start < finding.start || last.end > finding.end) continue;
    return (vague[hit[0]] ?? []).slice(0, MAX_SUGGESTIONS).map((word) => ({
      start: first.start,
      end: last.end,
      replacement: word,
      message: `Names the feeling more precisely than “${hit[0]}”.`,
      source: `feelings (${vocab.feelings.source})`,
    }));
  }
  return [];
}

/**
 * The suggestion for an emphatic tail (“Always.”, “Not once.”): drop it, with its closing
 * punctuation. The space beside it is added per message (suggest/apply.ts withSpace), since this
 * suggestion is cached with its sentence.
 */
function dropTail(text: string, span: Span): Suggestion {
  let { end } = span;
  while (end < text.length && '.!?…”’"\''.includes(text.charAt(end))) end++;
  return { start: span.start, end, replacement: '', message: 'Drop it: after the complaint it only repeats the verdict.', source: 'drop/emphatic-tail (000_d692bea7f24f1e4e.txt)' };
}

/** What the engine read a finding's sentence with, for `tellWhatHappened`. */
interface Reading {
  terms: readonly Term[];
  place: Place;
  clause: Clause | undefined;
  burden: string | undefined;
  topic: Topic | undefined;
  noticedFirst: boolean;
}

/**
 * The constructions that say what happened when the “you …” clause cannot (src/suggest/events.ts,
 * the ranking's rival, the shared load): each fills the observation or the burden and puts the
 * rows that keep it first. Where none applies, the rows stay as the strategies chose them.
 */
function tellWhatHappened(rows: string[], slots: SlotValues, r: Reading, vocab: Vocab): void {
  const { terms, place, clause, burden, topic } = r;
  // “It's your fault we missed the train”: the event is what happened, told without the verdict.
  const event = faultEvent(terms, place.from, vocab);
  if (event) {
    slots[event.past ? 'observation-past' : 'observation'] = event.text;
    if (!topic && !namedFeeling(terms, vocab)) slots.feeling = vocab.feelings.defaults['want-less'];
    slots.need = vocab.needs.needs[topic?.need ?? 'together'];
    rows.unshift(...(event.past ? ['felt-when-you-need', 'felt-when-you'] : ['feel-when-you-need', 'feel-when-you']));
  }
  // “Your phone gets more attention than I do”: what they put first, told as it happens.
  const rival = rivalFirst(terms, place);
  if (rival && !slots.observation) {
    slots.observation = rival;
    rows.unshift('feel-when-you-need', 'feel-when-you');
  }
  // “I feel judged every time I order dessert”: the sender's own moment is what happened.
  const moment = clause?.kind === 'feeling' && !slots.observation ? senderMoment(terms, place.from, vocab) : undefined;
  if (moment) {
    // “You embarrassed me when you laughed”: a past feeling is told in the past.
    if (clause?.past) {
      slots['observation-past'] = moment;
      rows.unshift('felt-when-you-need');
    } else {
      slots.observation = moment;
      rows.unshift('feel-when-you-need');
    }
  }
  // “…about why your friends stopped calling?”: the fact inside the question, noticed aloud.
  const fact = r.noticedFirst && !slots.observation ? askedEvent(terms, place.from, vocab) : undefined;
  if (fact) {
    slots.observation = fact.text;
    // A past fact does not follow “I feel … when”: only the noticing row keeps it.
    if (fact.past && rows.includes('feel-when-you-need')) rows.splice(rows.indexOf('feel-when-you-need'), 1);
  }
  if (burden) {
    slots.burden = burden;
    slots.feeling = namedFeeling(terms, vocab) ?? vocab.feelings.defaults.burden;
    slots.need = vocab.needs.needs.support;
    rows.unshift('shared-load', 'feeling-and-need');
  }
}

/**
 * The suggestions for each match, index for index (best first, maybe none). Reads the document
 * compromise already parsed for the lint call: no second parse. A message that describes harm
 * gets no softening at all.
 */
export function suggestionsFor(
  text: string,
  sentences: readonly (readonly Term[])[],
  spans: readonly (readonly (Span | null)[])[],
  matches: readonly Match[],
  /** Ids of the rules whose hits are an emphatic tail of a complaint (`tail`): their suggestion drops them. */
  tails: ReadonlySet<string> = new Set(),
): Suggestion[][] {
  if (matches.some((m) => isHarm(m.category))) return matches.map(() => []);
  const { vocab } = rewriteData();
  // Once per message, not per suggestion: searching the whole text each time was quadratic.
  const curly = text.includes('\u2019');
  return matches.map((match) => {
    if (tails.has(match.ruleId)) return [dropTail(text, match)];
    const { place } = match;
    const terms = sentences[place.sentence];
    const termSpans = spans[place.sentence];
    if (!terms || !termSpans) return [];
    const policy = POLICY[match.category];
    if (policy.suggests === 'precise-words') return preciseWords(match, terms, termSpans, place);
    if (policy.suggests !== 'sentence') return [];
    const span = sentenceSpan(text, terms, termSpans, place.from, place.to);
    if (!span) return [];
    // A lecture, a pattern or an insight is about them, not a behaviour; but a pattern or a
    // steering question often names what the sender saw (“you keep cancelling”): that is kept.
    // A demand question may ask for its behaviour by an infinitive alone (“How hard is it to put
    // your shoes away?”), or say a task falls to the sender (“Why am I the one who has to…”).
    const burden = policy.asksFor ? burdenOf(terms, place.from, vocab) : undefined;
    const about = policy.asksFor ? askedAbout(terms, place.from) : -1;
    const captures = about >= 0 ? { ...place.captures, subject: [about, about] as [number, number] } : place.captures;
    let read = policy.aboutThem ? undefined : readClause(terms, place.from, vocab, captures);
    if (read && about >= 0) {
      const rest = readdressed(read.rest);
      read = rest ? { ...read, rest } : undefined;
    }
    const asked = policy.asksFor && !burden && !saysWhatTheyDo(read) ? askedFor(terms, place.from, vocab) : undefined;
    const clause = asked ?? read;
    const slots = fillSlots(clause, terms, place.from, vocab);
    // “Would it be so terrible to…”: the adjective is the question's scorn, not a feeling named.
    if (asked) slots.feeling = classOf(asked.verb, vocab, asked.rest)?.feeling ?? vocab.feelings.defaults['want-more'];
    if (!policy.aboutThem && policy.plain) {
      slots.need ??= vocab.needs.needs[policy.plain.need];
      if (!clause && !namedFeeling(terms, vocab)) slots.feeling = policy.plain.feeling;
    }
    if (policy.aboutThem) aboutThemSlots(slots, terms, policy.keepsObservation, policy.plain, vocab, { from: place.from, text: match.text });
    // What the complaint is about (the phone at dinner, lateness, a birthday) decides the feeling,
    // the need and the one request more precisely than the behaviour's class does.
    const topic = topicIn(terms);
    if (topic) {
      slots.request = topic.request;
      slots.need = vocab.needs.needs[topic.need];
      if (!namedFeeling(terms, vocab)) slots.feeling = topic.feeling;
    }
    const rows = rowsFor(match.category, clause, vocab);
    tellWhatHappened(rows, slots, { terms, place, clause, burden, topic, noticedFirst: policy.noticedFirst }, vocab);
    return sentenceSuggestions(text, span, rows, slots, policy.asksRequest, curly);
  });
}
