import type { Match, Place, Span, Suggestion } from '../types.js';
import { readClause } from './clause.js';
import { memo, rewriteData, type Line } from './data.js';
import { matchRegister } from './register.js';
import { slotsOf } from './slot-names.js';
import { sentenceSpan } from './sentence.js';
import { fillSlots, standaloneObservation, type SlotValues } from './slots.js';
import { rowsFor } from './strategies.js';
import { POLICY, isHarm } from '../categories.js';
import { longestAt, wordOf, type Term } from '../nlp/terms.js';
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
    if (request && out.length === 0 && slots.request && practice && !filled.endsWith('?')) {
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

const ASKED = new Set(['have', 'has', 'had', 'do', 'does', 'did', 'are', 'were', 'is', 'was', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must', 'why', 'how']);

function innerObservation(terms: readonly Term[], vocab: Vocab): string | undefined {
  for (let i = terms.length - 1; i >= 0; i--) {
    const w = terms[i] ? wordOf(terms[i] as Term) : '';
    if (w !== 'you' && w !== 'u') continue;
    // “Have you ever stopped to think…”, “why do you…”: a “you” after its verb is asked about, not seen.
    if (i > 0 && ASKED.has(wordOf(terms[i - 1] as Term))) continue;
    const c = readClause(terms, i, vocab);
    const seen = c && c.kind === 'action' && c.polarity === 'want-less' ? standaloneObservation(c, vocab) : undefined;
    if (seen && !MIND.test(seen) && !INTENT.test(seen)) return seen;
  }
  return undefined;
}

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
 * The suggestions for each match, index for index (best first, maybe none). Reads the document
 * compromise already parsed for the lint call: no second parse. A message that describes harm
 * gets no softening at all.
 */
export function suggestionsFor(
  text: string,
  sentences: readonly (readonly Term[])[],
  spans: readonly (readonly (Span | null)[])[],
  matches: readonly Match[],
): Suggestion[][] {
  if (matches.some((m) => isHarm(m.category))) return matches.map(() => []);
  const { vocab } = rewriteData();
  // Once per message, not per suggestion: searching the whole text each time was quadratic.
  const curly = text.includes('\u2019');
  return matches.map((match) => {
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
    const clause = policy.aboutThem ? undefined : readClause(terms, place.from, vocab, place.captures);
    const slots = fillSlots(clause, terms, place.from, vocab);
    const seen = policy.keepsObservation ? innerObservation(terms, vocab) : undefined;
    if (seen) slots.observation = seen;
    return sentenceSuggestions(text, span, rowsFor(match.category, clause, vocab), slots, policy.asksRequest, curly);
  });
}
