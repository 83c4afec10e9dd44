import type { Category, Severity } from '../categories.js';
import { buildNet, expandLexicons, subNets } from '../compile/compile.js';
import type { Net } from '../nlp/compromise.js';
import { compileGate, type Gate } from '../compile/gate.js';
import { alignTerms, spanOf, type Span } from '../nlp/offsets.js';
import { parsePieces, type ParsedPiece } from '../nlp/parse.js';
import type { OverloadConfig } from '../schema/rule.js';
import type { Finding } from '../types.js';

/** The config as the catalog ships it (examples are for the tests, read from rules/). */
export type OverloadCheck = Omit<OverloadConfig, 'examples'>;

/**
 * Overload is a property of the whole message, not of a phrase: several complaints or requests
 * piled into one draft (000: “one heartfelt truth … one do-able request”; 003: don't dump all your
 * concerns at once). It runs after the sweep, on the findings that survived, plus a few cheap
 * signals no rule flags on its own (“you forgot…”, “can you…”).
 */
/** What a signal hit counts as: a complaint, a request that asks, or a demand (one that does not). */
export type SignalKind = 'complaint' | 'request' | 'demand';
/** A signal hit: where it is, and what it counts as. */
export interface Signal extends Span {
  kind: SignalKind;
}

export interface CompiledOverload {
  config: OverloadCheck;
  severity: Severity;
  complaintCategories: ReadonlySet<Category>;
  /** One compromise net for the signal patterns, swept on the same parse as the rules. */
  net: unknown;
  /** Which sentences could hold a signal at all (no parse for the others), and which signals. */
  gate: Gate;
  /** The net cut down to the gate's candidates for a sentence: most sentences can hold few signals. */
  netFor: (ids: readonly string[]) => Net;
  /** What each net entry counts as, by its id. */
  kinds: readonly SignalKind[];
  /** The warmth patterns, swept only when the verdict would otherwise be overload. */
  warm: { net: unknown; gate: Gate } | undefined;
}

export function compileOverload(
  config: OverloadCheck,
  severity: Severity,
  lexicons: ReadonlyMap<string, readonly string[]>,
): CompiledOverload {
  const where = 'rules/message-level/overload.json';
  const { complaint, request, demand, warm } = config.signals;
  const kinds: SignalKind[] = [
    ...complaint.map(() => 'complaint' as const),
    ...request.map(() => 'request' as const),
    ...demand.map(() => 'demand' as const),
  ];
  const compileNet = (patterns: readonly string[]) => {
    // Identical match strings are merged by buildNet; that only loses a duplicate signal, harmless here.
    const { net, regs } = buildNet(patterns.map((p, i) => ({ match: expandLexicons(p, lexicons, where), id: String(i) })));
    return { net, gate: compileGate([...regs].map(([id, r]) => ({ id, regs: r }))), netFor: subNets(net) };
  };
  const { net, gate, netFor } = compileNet([...complaint, ...request, ...demand]);
  return {
    config,
    severity,
    complaintCategories: new Set(config.complaintCategories),
    net,
    gate,
    netFor,
    kinds,
    warm: warm.length > 0 ? compileNet(warm) : undefined,
  };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The spans of the signal hits in one sentence (relative to it). Signals never cross
 * sentences, so the engine computes them per sentence — only when the verdict depends on them,
 * from the parse it already made when it has one (`doc`) — and caches them with the sentence.
 */
export function sentenceSignals(text: string, compiled: CompiledOverload, parsed?: ParsedPiece): Signal[] {
  const ids = compiled.gate.candidates(text);
  if (ids.length === 0) return [];
  const piece = parsed ?? parsePieces([text])[0];
  if (!piece) return [];
  const found = piece.view.sweep(compiled.netFor(ids), { tagger: false }).found;
  if (found.length === 0) return [];
  const spans = alignTerms(text, piece.terms);
  const out: Signal[] = [];
  for (const hit of found) {
    const all = hit.view.docs[0];
    // A list item's pattern starts at the word that carries the comma before it (“late, you were
    // on your phone”): that word ends the previous item, so the item's span starts after it, and
    // two neighbouring items do not overlap into one.
    const lead = all && all.length > 1 && /,/.test(all[0]?.post ?? '') ? 1 : 0;
    const terms = lead && all ? all.slice(lead) : all;
    const first = terms?.[0]?.index;
    const last = terms?.[terms.length - 1]?.index;
    const sentence = first ? spans[first[0] - piece.first] : undefined;
    const span = first && last && sentence ? spanOf(sentence, first[1], last[1]) : null;
    const kind = compiled.kinds[Number(hit.id)];
    if (span && kind) out.push({ ...span, kind });
  }
  return out;
}

/** Whether one sentence says something warm (“thank you”, ❤️, “lol”). */
export function sentenceIsWarm(text: string, compiled: CompiledOverload, parsed?: ParsedPiece): boolean {
  const { warm } = compiled;
  if (!warm?.gate.admits(text)) return false;
  const piece = parsed ?? parsePieces([text])[0];
  return !!piece && piece.view.sweep(warm.net, { tagger: false }).found.length > 0;
}

/** Signal hits that no finding already covers, without double-counting overlapping hits. */
function extraSignals(signals: readonly Signal[], findings: readonly Finding[]): number {
  const kept: Span[] = [];
  for (const span of signals) {
    if (findings.some((f) => overlaps(f, span)) || kept.some((k) => overlaps(k, span))) continue;
    kept.push(span);
  }
  return kept.length;
}

/**
 * The overload finding for this message, or undefined. Its span is the whole message with
 * surrounding whitespace trimmed: the hint is about the message, not about any one phrase, and
 * it is added after overlapping findings were deduplicated so it never hides them.
 */
export function detectOverload(
  text: string,
  signals: () => readonly Signal[],
  findings: readonly Finding[],
  compiled: CompiledOverload,
  /** Whether any sentence of the message is warm; asked only when signals alone would decide. */
  warm: () => boolean = () => false,
): Finding | undefined {
  const { config } = compiled;
  const complaints = findings.filter((f) => compiled.complaintCategories.has(f.category)).length;
  if (complaints === 0) {
    // Requests alone are logistics (“can you grab milk? could you call mom?”); a pile of
    // complaint clauses is overload even when no phrase rule fires on any one of them, and so is
    // a list of demands (“you need to get a job, stop gaming, clean your room and…”). A warm
    // message listing what they did (“you cooked, you cleaned… thank you ❤️”) is neither.
    const found = signals();
    const piled = extraSignals(found.filter((s) => s.kind === 'complaint'), findings) >= config.minComplaints;
    const demands = extraSignals(found.filter((s) => s.kind === 'demand'), findings);
    const items = extraSignals(found, findings);
    const demanded =
      (demands >= 1 && items >= config.minItems) ||
      (demands >= 2 && items >= (config.minItemsWithDemands ?? config.minItems));
    if ((!piled && !demanded) || warm()) return undefined;
  } else if (complaints < config.minComplaints) {
    // Flagged complaints and unflagged complaint clauses count alike; requests count toward items.
    const found = signals();
    const piled = complaints + extraSignals(found.filter((s) => s.kind === 'complaint'), findings) >= config.minComplaints;
    if (!piled && complaints + extraSignals(found, findings) < config.minItems) return undefined;
  }
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return {
    ruleId: config.id,
    category: config.category,
    severity: compiled.severity,
    message: config.message,
    note: config.note,
    start,
    end,
    text: text.slice(start, end),
    suggestions: [],
  };
}
