import type { Severity } from '../categories.js';
import type { CompiledRule, CompiledRuleSet, Exclusion } from '../compile/compile.js';
import { satisfies, sentenceKeys } from '../compile/gate.js';
import type { Doc, Hit } from '../nlp/compromise.js';
import { alignTerms, spanOf } from '../nlp/offsets.js';
import { parsePieces, type ParsedPiece } from '../nlp/parse.js';
import { isToneTail } from '../nlp/sentences.js';
import { withoutVocatives } from '../nlp/vocative.js';
import type { Captures, Match, Span } from '../types.js';
import { recoverCaptures } from './captures.js';
import { fillMessage } from './message.js';

/**
 * The per-sentence half of the engine: parse one sentence, sweep the compiled net over it,
 * drop excluded hits, recover captures (src/match/captures.ts), fill messages. Everything here
 * depends on the sentence text alone, so its result (offsets relative to the sentence) can be
 * cached by that text and shifted.
 */

const NO_CAPTURES = Object.freeze({ text: {}, terms: {} as Captures });

/** A hit by its net entry and the terms it covers. */
const hitKey = (hit: Hit): string => {
  const terms = hit.view.docs[0] ?? [];
  return `${hit.id} ${terms[0]?.index?.join(':')} ${terms[terms.length - 1]?.index?.join(':')}`;
};

/**
 * Does any exclusion match the given slice of the sentence? An exclusion whose words are not
 * in the sentence at all is not even tried: the gate's reasoning, applied to exclusions, which
 * can otherwise cost more than the parse (long alternations tried at every word).
 */
function anyMatch(doc: Doc, pointer: number[], list: readonly Exclusion[], keys: ReadonlySet<string> | null): boolean {
  const possible = keys ? list.filter((e) => satisfies(e.needs, keys)) : list;
  if (possible.length === 0) return false;
  const view = doc.update([pointer]);
  return view.found && possible.some((e) => view.has(e.regs));
}

/** The exclusions that depend on where the hit is: on the hit and after it, and before it. */
function isExcludedAt(doc: Doc, c: CompiledRule, keys: ReadonlySet<string> | null, sentence: number, from: number, length: number): boolean {
  const { notIf, notIfPrecededBy } = c.parsed;
  return anyMatch(doc, [sentence, from, length], notIf, keys) || anyMatch(doc, [sentence, 0, from], notIfPrecededBy, keys);
}

/**
 * The findings of one piece of text (a sentence, as a rule), already parsed inside a shared
 * document, swept with `net`. Offsets are relative to `text`; findings are in sweep order, not
 * yet deduplicated (the message-level filters run first). `keys` (the piece's gate keys) let
 * exclusions whose words are absent be skipped; null tries them all.
 */
export interface PieceMatches {
  /** The findings, each with where it sits in the piece. */
  matches: Match[];
  /** The term spans of the piece's sentences, relative to the piece. */
  spans: (Span | null)[][];
}

export function sweepPiece(
  text: string,
  piece: ParsedPiece,
  set: CompiledRuleSet,
  net: unknown,
  keys: ReadonlySet<string> | null,
  /** What compromise parsed, when not `text` itself: same length (src/nlp/normalize.ts); findings are cut from `text`. */
  parsed: string = text,
): PieceMatches {
  const { doc } = piece;
  const found = piece.view.sweep(net, { tagger: false }).found;
  // The same sentences without a name said to the reader at their edge (“Open up, Dad.”): anchored
  // patterns see where the sentence really starts and ends. Only hits the whole sentence lacks are added.
  const trimmed = withoutVocatives(piece.terms, piece.first);
  if (trimmed.length > 0) {
    const seen = new Set(found.map(hitKey));
    for (const hit of (doc.update(trimmed) as Doc).sweep(net, { tagger: false }).found) if (!seen.has(hitKey(hit))) found.push(hit);
  }
  if (found.length === 0) return { matches: [], spans: [] };
  const spans = alignTerms(parsed, piece.terms);
  const matches: Match[] = [];
  // notIfSentence reads the whole sentence, so its answer is the same for every hit of a rule in
  // it: asked once, not once per hit (“you never listen and you never …” has one hit every 4 words).
  const sentenceExcluded = new Map<string, boolean>();
  for (const hit of found) {
    const entry = set.entries.get(String(hit.id));
    const terms = hit.view.docs[0];
    const first = terms?.[0]?.index;
    const last = terms?.[terms.length - 1]?.index;
    if (!entry || !first || !last) continue;
    const [r, p] = entry;
    const compiled = set.rules[r];
    const pattern = compiled?.parsed.patterns[p];
    const sentenceSpans = spans[first[0] - piece.first];
    if (!compiled || pattern === undefined || !sentenceSpans) continue;
    const span = spanOf(sentenceSpans, first[1], last[1]);
    if (!span) continue;
    const length = doc.document[first[0]]?.length ?? 0;
    const key = `${r} ${first[0]}`;
    let whole = sentenceExcluded.get(key);
    if (whole === undefined) {
      // A tone tail after the sentence (“? 😂”, joined to its piece by src/nlp/sentences.ts) is read by
      // the guard too, so the laughter after a question still counts.
      whole = anyMatch(doc, [first[0], 0, length], compiled.parsed.notIfSentence, keys);
      for (let s = first[0] + 1; !whole && s < piece.first + piece.terms.length && isToneTail(sentenceText(doc.document[s])); s += 1) {
        whole = anyMatch(doc, [s, 0, doc.document[s]?.length ?? 0], compiled.parsed.notIfSentence, keys);
      }
      sentenceExcluded.set(key, whole);
    }
    if (whole || isExcludedAt(doc, compiled, keys, first[0], first[1], length)) continue;
    const { rule } = compiled;
    const matched = text.slice(span.start, span.end);
    const source = compiled.patterns[p] ?? '';
    const captures = source.includes('[<') ? recoverCaptures(text, hit, pattern, sentenceSpans) : NO_CAPTURES;
    matches.push({
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity as Severity,
      message: fillMessage(rule.message, captures.text, matched),
      note: rule.note,
      start: span.start,
      end: span.end,
      text: matched,
      place: { sentence: first[0] - piece.first, from: first[1], to: last[1], pattern: source, captures: captures.terms },
    });
  }
  return { matches, spans };
}

/** A parsed sentence's text as written: its terms with their punctuation and spaces. */
const sentenceText = (terms: readonly { pre?: string; text: string; post?: string }[] | undefined): string =>
  (terms ?? []).map((t) => `${t.pre ?? ''}${t.text}${t.post ?? ''}`).join('');

/**
 * Lint one piece of text on its own: gate it, parse it, sweep it. With `gated` false (the
 * tests' reference) every pattern and every exclusion is tried on a parse of the whole text.
 */
export function sweepSentence(text: string, set: CompiledRuleSet, gated = true): Match[] {
  const keys = gated ? sentenceKeys(text) : null;
  let net = set.net;
  if (keys) {
    const ids = set.gate.candidates(text, keys);
    if (ids.length === 0) return [];
    net = set.netFor(ids);
  }
  const [piece] = parsePieces([text]);
  return piece ? sweepPiece(text, piece, set, net, keys).matches : [];
}
