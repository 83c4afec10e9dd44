import nlp from 'compromise';
import { CATEGORIES, type Category, type Severity } from './categories.js';
import { getBuiltinRules, lexicons } from './catalog.js';
import { compileRules, type CompiledRule, type CompiledRuleSet } from './compile.js';
import { compileMessageLevel, filterFindings, finishFindings, type MessageLevel } from './message-level.js';
import { RevealLintError, parseOrThrow } from './errors.js';
import { alignTerms, spanOf, type Span } from './offsets.js';
import { chunkText } from './chunks.js';
import { maskInvisible } from './normalize.js';
import { DEFAULT_MAX_LENGTH, assertWithinLimit } from './limits.js';
import { checkRulePatterns } from './patterns.js';
import { optionsSchema, ruleSchema, type LintOptions, type Rule } from './schema.js';
import type { Finding, LintResult } from './types.js';
import { addSuggestions, type HitPlace } from './rewrite/suggest.js';

export interface Linter {
  /** Lint one message. Throws RevealLintError when `text` is not a string. */
  lint(text: string): LintResult;
  /** The rules this linter runs, after `only`, `disable` and `severity` were applied. */
  readonly rules: readonly Rule[];
}

interface Term {
  text: string;
  index?: [number, number];
}
interface Hit {
  id: string;
  view: View;
}
/** The slice of compromise's View API this engine uses (its published types lag behind sweep). */
interface View {
  docs: Term[][];
  has(match: string): boolean;
  match(match: string): View;
  groups(): Record<string, View>;
  found: boolean;
  update(pointer: number[][]): View;
}
interface Doc extends View {
  document: Term[][];
  sweep(net: unknown, opts?: { tagger?: boolean }): { found: Hit[] };
}

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;

const isCategory = (s: string): s is Category => (CATEGORIES as readonly string[]).includes(s);

/** Resolve user rules, only/disable and severity overrides into the list of rules to run. */
function selectRules(options: ReturnType<typeof optionsSchema.parse>): Rule[] {
  const builtin = getBuiltinRules();
  const known = new Map(builtin.map((r) => [r.id, 'a built-in rule']));
  const extra = (options.rules ?? []).map((raw, i) => {
    const id = (raw as { id?: unknown } | null)?.id;
    const where = `options.rules[${i}]${typeof id === 'string' ? ` (rule "${id}")` : ''}`;
    const rule = parseOrThrow(ruleSchema, raw, where);
    checkRulePatterns(rule, where, lexicons);
    const owner = known.get(rule.id);
    if (owner) throw new RevealLintError(`${where} → id`, `duplicate rule id "${rule.id}" (${owner} has it); expected an id no other rule uses`);
    known.set(rule.id, `options.rules[${i}]`);
    return rule;
  });
  const all = [...builtin, ...extra];

  const checkNames = (list: readonly string[] | undefined, field: string) =>
    list?.forEach((name, i) => {
      if (!known.has(name) && !isCategory(name)) {
        throw new RevealLintError(`options.${field}[${i}]`, `"${name}" is neither a rule id nor a category`);
      }
    });
  checkNames(options.only, 'only');
  checkNames(options.disable, 'disable');
  checkNames(Object.keys(options.severity ?? {}), 'severity');

  const named = (rule: Rule, list: readonly string[] | undefined) =>
    list?.some((n) => n === rule.id || n === rule.category) ?? false;
  const out: Rule[] = [];
  for (const rule of all) {
    if (options.only && !named(rule, options.only)) continue;
    if (named(rule, options.disable)) continue;
    // A rule id's override beats its category's.
    const override = options.severity?.[rule.id] ?? options.severity?.[rule.category];
    if (override === 'off') continue;
    out.push(override ? { ...rule, severity: override } : rule);
  }
  return out;
}

function fillMessage(template: string, captures: Record<string, string>, fallback: string): string {
  return template.replace(PLACEHOLDER, (_m, name: string) => captures[name] ?? fallback);
}

/** Does any pattern match the given view? An empty view matches nothing. */
const anyMatch = (view: View, patterns: readonly string[], anchor: (p: string) => string) =>
  patterns.length > 0 && view.found && patterns.some((p) => view.has(anchor(p)));

/**
 * How far (in terms) notIf looks after a hit and notIfPrecededBy looks before it. Real sentences fit
 * well within it; a run-on paste does not, and testing the whole rest of a 1,000-term sentence for
 * every hit in it made linting quadratic.
 */
const EXCLUSION_WINDOW = 60;

function isExcluded(
  doc: Doc,
  c: CompiledRule,
  sentence: number,
  from: number,
  hitEnd: number,
  length: number,
  sentenceExcludes: Map<CompiledRule, boolean>,
): boolean {
  const to = Math.min(length, Math.max(hitEnd, from + EXCLUSION_WINDOW));
  if (c.notIf.length && anyMatch(doc.update([[sentence, from, to]]), c.notIf, (p) => p)) return true;
  if (c.notIfSentence.length) {
    // The same for every hit of this rule in this sentence: test it once.
    let excluded = sentenceExcludes.get(c);
    if (excluded === undefined) {
      excluded = anyMatch(doc.update([[sentence, 0, length]]), c.notIfSentence, (p) => p);
      sentenceExcludes.set(c, excluded);
    }
    if (excluded) return true;
  }
  const before = Math.max(0, from - EXCLUSION_WINDOW);
  if (c.notIfPrecededBy.length && anyMatch(doc.update([[sentence, before, from]]), c.notIfPrecededBy, (p) => `${p}$`)) {
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

function dedupe(findings: Finding[]): Finding[] {
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

function assertText(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    const received = text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text;
    throw new RevealLintError('text', `expected a string, received ${received}`);
  }
}

function runLint(text: string, set: CompiledRuleSet, level: MessageLevel, maxLength: number): LintResult {
  assertText(text);
  assertWithinLimit(text, maxLength);
  if (set.rules.length === 0 || text.trim() === '') return { findings: [] };
  const chunks = chunkText(text);
  if (chunks.length === 1) {
    const { findings, doc, sentences, spans, places } = lintChunk(text, set);
    if (!doc) return { findings: [] };
    const filtered = filterFindings(text, findings, level);
    const kept = dedupe(filtered.findings);
    // Rewrites read the same parsed document: no second parse (src/rewrite/). Harm is never softened.
    if (!filtered.safety) addSuggestions(text, sentences, spans, kept, places);
    return finishFindings(text, kept, filtered.safety, level, doc, spans);
  }
  // Matches never cross a sentence, and chunks end where sentences do: sweep each chunk, shift its
  // offsets, then run the message-level steps on the whole text as for a short one.
  const parts = chunks.map(({ start, end }) => ({ start, text: text.slice(start, end), ...lintChunk(text.slice(start, end), set) }));
  const origin = new Map<Finding, { part: (typeof parts)[number]; inChunk: Finding }>();
  const raw = parts.flatMap((part) =>
    part.findings.map((inChunk) => {
      const shifted = shiftFinding(inChunk, part.start);
      origin.set(shifted, { part, inChunk });
      return shifted;
    }),
  );
  const filtered = filterFindings(text, raw, level);
  // Findings of different chunks never overlap: deduplicate chunk by chunk, which stays linear.
  const kept = chunks.flatMap(({ start, end }) => dedupe(filtered.findings.filter((f) => f.start >= start && f.start < end)));
  if (!filtered.safety) {
    // Suggestions are made per chunk, from its own parse, then shifted like the findings.
    for (const part of parts) {
      const mine = kept.filter((f) => origin.get(f)?.part === part);
      const inChunk = mine.map((f) => origin.get(f)!.inChunk);
      addSuggestions(part.text, part.sentences, part.spans, inChunk, part.places);
      mine.forEach((f, i) => {
        f.suggestions = (inChunk[i]?.suggestions ?? []).map((sg) => shiftSpan(sg, part.start));
      });
    }
  }
  const joined = joinChunks(parts);
  return finishFindings(text, kept, filtered.safety, level, joined.doc, joined.spans);
}

const shiftSpan = <T extends Span>(s: T, by: number): T => ({ ...s, start: s.start + by, end: s.end + by });
const shiftFinding = (f: Finding, by: number): Finding => ({
  ...shiftSpan(f, by),
  suggestions: f.suggestions.map((s) => shiftSpan(s, by)),
});

type Hits = { found: { view: { docs: { index?: [number, number] }[][] } }[] };
interface ChunkSweep {
  start: number;
  doc: Doc | undefined;
  spans: (Span | null)[][];
}

/**
 * The chunks as one document for the message-level steps: their spans shifted into the whole text,
 * and a sweep whose hits carry sentence indexes counted across chunks.
 */
function joinChunks(parts: readonly ChunkSweep[]): { doc: { sweep(net: unknown, opts?: { tagger?: boolean }): Hits }; spans: (Span | null)[][] } {
  const spans = parts.flatMap((p) => p.spans.map((sentence) => sentence.map((s) => (s ? shiftSpan(s, p.start) : null))));
  const sweep = (net: unknown, opts?: { tagger?: boolean }): Hits => {
    const found: Hits['found'] = [];
    let sentences = 0;
    for (const p of parts) {
      for (const hit of p.doc?.sweep(net, opts).found ?? []) {
        const terms = (hit.view.docs[0] ?? []).map((t) => ({ index: t.index && ([t.index[0] + sentences, t.index[1]] as [number, number]) }));
        found.push({ view: { docs: [terms] } });
      }
      sentences += p.spans.length;
    }
    return { found };
  };
  return { doc: { sweep }, spans };
}

interface ChunkResult {
  /** Before the message-level steps; offsets into the chunk. */
  findings: Finding[];
  doc: Doc | undefined;
  sentences: Term[][];
  spans: (Span | null)[][];
  /** Where each finding's hit is, for the rewrites (src/rewrite/). */
  places: Map<Finding, HitPlace>;
}

/** Sweep one chunk: its findings before the message-level steps, its document and term spans. */
function lintChunk(text: string, set: CompiledRuleSet): ChunkResult {
  // compromise sees invisible characters as spaces; offsets are the same in both strings.
  const masked = maskInvisible(text);
  if (masked.trim() === '') return { findings: [], doc: undefined, sentences: [], spans: [], places: new Map() };
  const doc = nlp(masked) as unknown as Doc;
  const sentences = doc.document;
  const spans = alignTerms(masked, sentences);
  const { found } = doc.sweep(set.net, { tagger: false });
  const findings: Finding[] = [];
  const sentenceExcludes = new Map<number, Map<CompiledRule, boolean>>();
  const places = new Map<Finding, HitPlace>();
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
    let memo = sentenceExcludes.get(first[0]);
    if (!memo) sentenceExcludes.set(first[0], (memo = new Map()));
    if (isExcluded(doc, compiled, first[0], first[1], last[1] + 1, length, memo)) continue;
    const { rule } = compiled;
    const matched = text.slice(span.start, span.end);
    const captures = rule.message.includes('{{') ? recoverCaptures(text, hit, pattern, sentenceSpans) : {};
    const finding: Finding = {
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity as Severity,
      message: fillMessage(rule.message, captures, matched),
      note: rule.note,
      start: span.start,
      end: span.end,
      text: matched,
      suggestions: [],
    };
    findings.push(finding);
    places.set(finding, { sentence: first[0], from: first[1], to: last[1], view: hit.view, pattern });
  }
  return { findings, doc, sentences, spans, places };
}

/**
 * Validate options and compile the selected rules once; the returned linter reuses them.
 * Throws RevealLintError naming the offending field (and rule id) on bad options or rules.
 */
export function createLinter(options: LintOptions = {}): Linter {
  const parsed = parseOrThrow(optionsSchema, options, 'options');
  const rules = selectRules(parsed);
  const { guards, level } = compileMessageLevel(parsed, rules, getBuiltinRules(), lexicons);
  const set = compileRules([...rules, ...guards], lexicons);
  const maxLength = parsed.maxLength ?? DEFAULT_MAX_LENGTH;
  return { rules, lint: (text: string) => runLint(text, set, level, maxLength) };
}

/** Linters for recently used options, so `lint(text, sameOptions)` does not recompile. */
const cache = new Map<string, Linter>();
const CACHE_SIZE = 8;

function linterFor(options: LintOptions | undefined): Linter {
  let key: string;
  try {
    key = options === undefined ? '' : JSON.stringify(options);
  } catch {
    return createLinter(options); // not serialisable (a cycle): validation will say what is wrong
  }
  let linter = cache.get(key);
  if (!linter) {
    linter = createLinter(options);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, linter);
  }
  return linter;
}

/**
 * Find blaming phrases in `text`.
 * @param text the draft message
 * @param options `only`, `disable` (rule ids or categories), `severity` overrides, extra `rules`,
 *   `quoted` (flag quoted speech too), `ignore` (phrases to leave alone)
 * @returns findings sorted by position; `text.slice(f.start, f.end) === f.text` for every one
 */
export function lint(text: string, options?: LintOptions): LintResult {
  assertText(text);
  return linterFor(options).lint(text);
}
