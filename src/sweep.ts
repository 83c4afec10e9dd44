// compromise/two: tokenizer, lexicon, tagger, contractions, match and sweep — everything the
// rules use. The full build adds ~17 KiB gzipped (noun/verb APIs, chunker) the lint path does not
// need; tests/compromise-two.test.ts checks the lint results are the same.
import nlp from 'compromise/two';
import type { Category, Severity } from './categories.js';
import type { CompiledRule, CompiledRuleSet, Exclusion, Regs } from './compile.js';
import { satisfies, sentenceKeys } from './gate.js';
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
  has(match: string | Regs): boolean;
  match(match: string | Regs): View;
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

function isExcluded(doc: Doc, c: CompiledRule, keys: ReadonlySet<string> | null, sentence: number, from: number, length: number): boolean {
  const { notIf, notIfSentence, notIfPrecededBy } = c.parsed;
  return (
    anyMatch(doc, [sentence, from, length], notIf, keys) ||
    anyMatch(doc, [sentence, 0, length], notIfSentence, keys) ||
    anyMatch(doc, [sentence, 0, from], notIfPrecededBy, keys)
  );
}

/** Named groups are lost by sweep: re-match the rule's pattern on the small hit to get them back. */
function recoverCaptures(text: string, hit: Hit, pattern: Regs, spans: readonly (Span | null)[]): Record<string, string> {
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
    // Ties fall to the rule id, so the result never depends on the order the sweep found hits in.
    (a, b) =>
      rank(a.category) - rank(b.category) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      a.ruleId.localeCompare(b.ruleId),
  );
  const kept: Finding[] = [];
  for (const f of byPreference) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

/**
 * Lint one piece of text (a sentence, or any run of whole sentences) with one parse, and hand
 * back that parse (null when none was needed) for other per-sentence steps. Offsets are
 * relative to `text`; findings are in sweep order, not yet deduplicated (the message-level
 * filters run first). With `gated` (the default) the text is not parsed at all when no pattern
 * could match, the sweep runs only the patterns that could, and only the exclusions whose
 * words are present are tried.
 */
export function sweepSentence(text: string, set: CompiledRuleSet, gated = true): { findings: Finding[]; doc: Doc | null } {
  // Ungated (for the tests' reference) means every pattern and every exclusion is tried.
  const keys = gated ? sentenceKeys(text) : null;
  let net = set.net;
  if (keys) {
    const ids = set.gate.candidates(text, keys);
    if (ids.length === 0) return { findings: [], doc: null };
    net = set.netFor(ids);
  }
  const doc = nlp(text) as unknown as Doc;
  const { found } = doc.sweep(net, { tagger: false });
  if (found.length === 0) return { findings: [], doc };
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
    const pattern = compiled?.parsed.patterns[p];
    const sentenceSpans = spans[first[0]];
    if (!compiled || pattern === undefined || !sentenceSpans) continue;
    const span = spanOf(sentenceSpans, first[1], last[1]);
    if (!span) continue;
    const length = sentences[first[0]]?.length ?? 0;
    if (isExcluded(doc, compiled, keys, first[0], first[1], length)) continue;
    const { rule } = compiled;
    const matched = text.slice(span.start, span.end);
    const captures =
      rule.message.includes('{{') && compiled.patterns[p]?.includes('[<')
        ? recoverCaptures(text, hit, pattern, sentenceSpans)
        : {};
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
  return { findings, doc };
}

/** The findings of `sweepSentence`, deduplicated: what one piece of text yields on its own. */
export const lintSentence = (text: string, set: CompiledRuleSet, gated = true): Finding[] =>
  dedupe(sweepSentence(text, set, gated).findings);
