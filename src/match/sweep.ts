import type { Severity } from '../categories.js';
import { dedupe } from '../message/dedupe.js';
import type { CompiledRule, CompiledRuleSet, Exclusion } from '../compile/compile.js';
import type { Doc, Hit, Regs } from '../nlp/compromise.js';
import { satisfies, sentenceKeys } from '../compile/gate.js';
import { parsePieces, type ParsedPiece } from '../nlp/parse.js';
import { alignTerms, spanOf, type Span } from '../nlp/offsets.js';
import type { Finding } from '../types.js';

/**
 * The per-sentence half of the engine: parse one sentence, sweep the compiled net over it,
 * drop excluded hits, recover captures. Everything here depends on the sentence text alone,
 * so its result (offsets relative to the sentence) can be cached by that text and shifted.
 */

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;

function fillMessage(template: string, captures: Record<string, string>, fallback: string): string {
  return template.replace(PLACEHOLDER, (_m, name: string) => captures[name] ?? fallback);
}

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

/** Where a finding sits in its piece: its sentence (within the piece), first and last term. */
export interface Place {
  sentence: number;
  from: number;
  to: number;
  /** The rule pattern that made the hit (its source text). */
  pattern: string;
  /** Term indices of its named captures (`[<subject>…]`), recovered once here. */
  captures: Partial<Record<string, [number, number]>>;
}

/**
 * Named groups are lost by sweep: re-match the rule's pattern on the small hit to get them
 * back, as text (for the message) and as term indices (for the rewrite engine).
 */
function recoverCaptures(
  text: string,
  hit: Hit,
  pattern: Regs,
  spans: readonly (Span | null)[],
): { text: Record<string, string>; terms: Place['captures'] } {
  const out: Record<string, string> = {};
  const terms: Place['captures'] = {};
  const groups = hit.view.match(pattern).groups();
  for (const [name, view] of Object.entries(groups)) {
    const ts = view.docs[0];
    const first = ts?.[0]?.index;
    const last = ts?.[ts.length - 1]?.index;
    if (!first || !last) continue;
    terms[name] = [first[1], last[1]];
    const span = spanOf(spans, first[1], last[1]);
    if (span) out[name] = text.slice(span.start, span.end);
  }
  return { text: out, terms };
}

/**
 * The findings of one piece of text (a sentence, as a rule), already parsed inside a shared
 * document, swept with `net`. Offsets are relative to `text`; findings are in sweep order, not
 * yet deduplicated (the message-level filters run first). `keys` (the piece's gate keys) let
 * exclusions whose words are absent be skipped; null tries them all.
 */
export interface PieceFindings {
  findings: Finding[];
  /** Where each finding sits, index for index. */
  places: Place[];
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
): PieceFindings {
  const { found } = piece.view.sweep(net, { tagger: false });
  if (found.length === 0) return { findings: [], places: [], spans: [] };
  const { doc } = piece;
  const spans = alignTerms(parsed, piece.terms);
  const findings: Finding[] = [];
  const places: Place[] = [];
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
      whole = anyMatch(doc, [first[0], 0, length], compiled.parsed.notIfSentence, keys);
      sentenceExcluded.set(key, whole);
    }
    if (whole || isExcludedAt(doc, compiled, keys, first[0], first[1], length)) continue;
    const { rule } = compiled;
    const matched = text.slice(span.start, span.end);
    const source = compiled.patterns[p] ?? '';
    const captures = source.includes('[<') ? recoverCaptures(text, hit, pattern, sentenceSpans) : { text: {}, terms: {} };
    places.push({ sentence: first[0] - piece.first, from: first[1], to: last[1], pattern: source, captures: captures.terms });
    findings.push({
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity as Severity,
      message: fillMessage(rule.message, captures.text, matched),
      note: rule.note,
      start: span.start,
      end: span.end,
      text: matched,
      // Filled by the rewrite engine at message level, from the places and terms kept here.
      suggestions: [],
    });
  }
  return { findings, places, spans };
}

/**
 * Lint one piece of text on its own: gate it, parse it, sweep it. With `gated` false (the
 * tests' reference) every pattern and every exclusion is tried on a parse of the whole text.
 */
export function sweepSentence(text: string, set: CompiledRuleSet, gated = true): Finding[] {
  const keys = gated ? sentenceKeys(text) : null;
  let net = set.net;
  if (keys) {
    const ids = set.gate.candidates(text, keys);
    if (ids.length === 0) return [];
    net = set.netFor(ids);
  }
  const [piece] = parsePieces([text]);
  return piece ? sweepPiece(text, piece, set, net, keys).findings : [];
}

/** The findings of `sweepSentence`, deduplicated: what one piece of text yields on its own. */
export const lintSentence = (text: string, set: CompiledRuleSet, gated = true): Finding[] =>
  dedupe(sweepSentence(text, set, gated));
