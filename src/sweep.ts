import nlp from 'compromise';
import type { Category, Severity } from './categories.js';
import type { CompiledRule, CompiledRuleSet } from './compile.js';
import { alignTerms, spanOf, type Span } from './offsets.js';
import type { Finding } from './types.js';

/**
 * The per-sentence half of the engine: parse one sentence, sweep the compiled net over it,
 * drop excluded hits, recover captures. Everything here depends on the sentence text alone,
 * so its result (offsets relative to the sentence) can be cached by that text and shifted.
 */

interface Term {
  text: string;
  index?: [number, number];
}
interface Hit {
  id: string;
  view: View;
}
/** The slice of compromise's View API this engine uses (its published types lag behind sweep). */
export interface View {
  docs: Term[][];
  has(match: string): boolean;
  match(match: string): View;
  groups(): Record<string, View>;
  found: boolean;
  update(pointer: number[][]): View;
}
export interface Doc extends View {
  document: Term[][];
  sweep(net: unknown, opts?: { tagger?: boolean }): { found: Hit[] };
}

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;

function fillMessage(template: string, captures: Record<string, string>, fallback: string): string {
  return template.replace(PLACEHOLDER, (_m, name: string) => captures[name] ?? fallback);
}

/** Does any pattern match the given view? An empty view matches nothing. */
const anyMatch = (view: View, patterns: readonly string[], anchor: (p: string) => string) =>
  patterns.length > 0 && view.found && patterns.some((p) => view.has(anchor(p)));

function isExcluded(doc: Doc, c: CompiledRule, sentence: number, from: number, length: number): boolean {
  if (c.notIf.length && anyMatch(doc.update([[sentence, from, length]]), c.notIf, (p) => p)) return true;
  if (c.notIfSentence.length && anyMatch(doc.update([[sentence, 0, length]]), c.notIfSentence, (p) => p)) return true;
  if (c.notIfPrecededBy.length && anyMatch(doc.update([[sentence, 0, from]]), c.notIfPrecededBy, (p) => `${p}$`)) {
    return true;
  }
  return false;
}

/** Named groups are lost by sweep: re-match the rule's pattern on the small hit to get them back. */
function recoverCaptures(text: string, hit: Hit, pattern: string, spans: readonly (Span | null)[]): Record<string, string> {
  if (!pattern.includes('[<')) return {};
  const out: Record<string, string> = {};
  const groups = hit.view.match(pattern).groups();
  for (const [name, view] of Object.entries(groups)) {
    const terms = view.docs[0];
    const first = terms?.[0]?.index;
    const last = terms?.[terms.length - 1]?.index;
    if (!first || !last) continue;
    const span = spanOf(spans, first[1], last[1]);
    if (span) out[name] = text.slice(span.start, span.end);
  }
  return out;
}

/**
 * Overlapping findings underline the same words twice and count twice against precision.
 * Keep one: the more specific category first (a lecture beats a plain absolute), then the longer span.
 */
const SPECIFICITY: readonly Category[] = [
  'safety',
  'attachment-lecture',
  'insight-steering',
  'pattern-pointing',
  'pressure',
  'demand-question',
  'pseudo-feeling',
  'blame',
  'absolute',
  'big-talk',
  'vague-feeling',
  'overload',
];
const rank = (c: Category) => SPECIFICITY.indexOf(c);

export function dedupe(findings: Finding[]): Finding[] {
  const byPreference = [...findings].sort(
    (a, b) => rank(a.category) - rank(b.category) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const f of byPreference) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

/**
 * Lint one piece of text (a sentence, or any run of whole sentences) with one parse.
 * Offsets are relative to `text`. Hits never cross compromise's sentences, so the overlap
 * dedupe is complete here.
 */
export function lintSentence(text: string, set: CompiledRuleSet): Finding[] {
  const doc = nlp(text) as unknown as Doc;
  const { found } = doc.sweep(set.net, { tagger: false });
  if (found.length === 0) return [];
  const sentences = doc.document;
  const spans = alignTerms(text, sentences);
  const findings: Finding[] = [];
  for (const hit of found) {
    const entry = set.entries.get(String(hit.id));
    const terms = hit.view.docs[0];
    const first = terms?.[0]?.index;
    const last = terms?.[terms.length - 1]?.index;
    if (!entry || !first || !last) continue;
    const [r, p] = entry;
    const compiled = set.rules[r];
    const pattern = compiled?.patterns[p];
    const sentenceSpans = spans[first[0]];
    if (!compiled || pattern === undefined || !sentenceSpans) continue;
    const span = spanOf(sentenceSpans, first[1], last[1]);
    if (!span) continue;
    const length = sentences[first[0]]?.length ?? 0;
    if (isExcluded(doc, compiled, first[0], first[1], length)) continue;
    const { rule } = compiled;
    const matched = text.slice(span.start, span.end);
    const captures = rule.message.includes('{{') ? recoverCaptures(text, hit, pattern, sentenceSpans) : {};
    findings.push({
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity as Severity,
      message: fillMessage(rule.message, captures, matched),
      note: rule.note,
      start: span.start,
      end: span.end,
      text: matched,
      // Suggestions are built here, from this sentence's doc, so they are cached with the finding.
      suggestions: [],
    });
  }
  return dedupe(findings);
}
