import nlp from 'compromise';
import { CATEGORIES, type Category, type Severity } from './categories.js';
import { getBuiltinRules, lexicons } from './catalog.js';
import { compileRules, type CompiledRule, type CompiledRuleSet } from './compile.js';
import { compileMessageLevel, filterFindings, finishFindings, type MessageLevel } from './message-level.js';
import { RevealLintError, parseOrThrow } from './errors.js';
import { alignTerms, spanOf, type Span } from './offsets.js';
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
  const known = new Set(builtin.map((r) => r.id));
  const extra = (options.rules ?? []).map((raw, i) => {
    const id = (raw as { id?: unknown } | null)?.id;
    const where = `options.rules[${i}]${typeof id === 'string' ? ` (rule "${id}")` : ''}`;
    const rule = parseOrThrow(ruleSchema, raw, where);
    if (known.has(rule.id)) throw new RevealLintError(where, `duplicate rule id "${rule.id}"`);
    known.add(rule.id);
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
    throw new RevealLintError('text', `expected a string, received ${text === null ? 'null' : typeof text}`);
  }
}

function runLint(text: string, set: CompiledRuleSet, level: MessageLevel): LintResult {
  assertText(text);
  if (set.rules.length === 0 || text.trim() === '') return { findings: [] };
  const doc = nlp(text) as unknown as Doc;
  const sentences = doc.document;
  const spans = alignTerms(text, sentences);
  const { found } = doc.sweep(set.net, { tagger: false });
  const findings: Finding[] = [];
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
    if (isExcluded(doc, compiled, first[0], first[1], length)) continue;
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
  const filtered = filterFindings(text, findings, level);
  const kept = dedupe(filtered.findings);
  // Rewrites read the same parsed document: no second parse (src/rewrite/). Harm is never softened.
  if (!filtered.safety) addSuggestions(text, sentences, spans, kept, places);
  return finishFindings(text, kept, filtered.safety, level, doc, spans);
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
  return { rules, lint: (text: string) => runLint(text, set, level) };
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
