import nlp from 'compromise';
import type { Category, Severity } from './categories.js';
import { expandLexicons } from './compile.js';
import { spanOf, type Span } from './offsets.js';
import type { OverloadConfig } from './schema.js';
import type { Finding } from './types.js';

/**
 * Overload is a property of the whole message, not of a phrase: several complaints or requests
 * piled into one draft (000: “one heartfelt truth … one do-able request”; 003: don't dump all your
 * concerns at once). It runs after the sweep, on the findings that survived, plus a few cheap
 * signals no rule flags on its own (“you forgot…”, “can you…”).
 */
export interface CompiledOverload {
  config: OverloadConfig;
  severity: Severity;
  complaintCategories: ReadonlySet<Category>;
  /** One compromise net for the signal patterns, swept on the same parse as the rules. */
  net: unknown;
}

/** What of compromise's document this step reads: a sweep returning term indexes. */
interface SweepDoc {
  sweep(net: unknown, opts?: { tagger?: boolean }): { found: { view: { docs: { index?: [number, number] }[][] } }[] };
}

export function compileOverload(
  config: OverloadConfig,
  severity: Severity,
  lexicons: ReadonlyMap<string, readonly string[]>,
): CompiledOverload {
  const where = 'rules/message-level/overload.json';
  const patterns = [...config.signals.complaint, ...config.signals.request].map((p) => expandLexicons(p, lexicons, where));
  // Identical match strings are merged by buildNet; that only loses a duplicate signal, harmless here.
  const net = nlp.buildNet(patterns.map((match, i) => ({ match, id: String(i) })));
  return { config, severity, complaintCategories: new Set(config.complaintCategories), net };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Signal hits that no finding already covers, without double-counting overlapping hits. */
function extraSignals(doc: SweepDoc, spans: readonly (readonly (Span | null)[])[], findings: readonly Finding[], net: unknown): number {
  const kept: Span[] = [];
  for (const hit of doc.sweep(net, { tagger: false }).found) {
    const terms = hit.view.docs[0];
    const first = terms?.[0]?.index;
    const last = terms?.[terms.length - 1]?.index;
    const sentence = first ? spans[first[0]] : undefined;
    const span = first && last && sentence ? spanOf(sentence, first[1], last[1]) : null;
    if (!span || findings.some((f) => overlaps(f, span)) || kept.some((k) => overlaps(k, span))) continue;
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
  doc: SweepDoc,
  spans: readonly (readonly (Span | null)[])[],
  findings: readonly Finding[],
  compiled: CompiledOverload,
): Finding | undefined {
  const { config } = compiled;
  const complaints = findings.filter((f) => compiled.complaintCategories.has(f.category)).length;
  // Requests and small grievances alone are logistics (“can you grab milk? could you call mom?”).
  if (complaints === 0) return undefined;
  if (complaints < config.minComplaints && complaints + extraSignals(doc, spans, findings, compiled.net) < config.minItems) {
    return undefined;
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
