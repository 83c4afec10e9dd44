import { CATEGORIES, type Category } from './categories.js';
import { getBuiltinRules, lexicons } from './catalog.js';
import { compileRules, type CompiledRuleSet } from './compile/compile.js';
import { RevealLintError, fieldName } from './errors.js';
import validators from './generated/validators.json';
import { Lru } from './lru.js';
import { compileMessageLevel, filterFindings, finishFindings, type MessageLevel } from './message/level.js';
import type { Span } from './nlp/offsets.js';
import { sentenceIsWarm, sentenceSignals, type Signal } from './message/overload.js';
import type { LintOptions, Rule, SeverityOverride } from './schema/rule.js';
import { splitSentences, type SentenceSpan } from './nlp/sentences.js';
import { sentenceKeys } from './compile/gate.js';
import { parsePieces, type ParsedPiece } from './nlp/parse.js';
import { addSuggestions, type HitPlace } from './suggest/suggest.js';
import { sweepPiece, type Place } from './match/sweep.js';
import { dedupe } from './message/dedupe.js';
import type { Term } from './nlp/compromise.js';
import type { Finding, LintResult, Suggestion } from './types.js';
import { keysAt, validate, validationIssues, type Descriptor } from './schema/validate.js';
import { chunkText } from './nlp/chunks.js';
import { DEFAULT_MAX_LENGTH, assertWithinLimit } from './limits.js';
import { maskInvisible } from './nlp/normalize.js';
import { checkRulePatterns } from './schema/pattern-checks.js';

export interface Linter {
  /** Lint one message. Throws RevealLintError when `text` is not a string. */
  lint(text: string): LintResult;
  /** The rules this linter runs, after `only`, `disable` and `severity` were applied. */
  readonly rules: readonly Rule[];
}

const isCategory = (s: string): s is Category => (CATEGORIES as readonly string[]).includes(s);

/** Options after validation (what `optionsSchema` outputs). */
interface ParsedOptions {
  only?: string[];
  disable?: string[];
  severity?: Record<string, SeverityOverride>;
  rules?: unknown[];
  quoted?: boolean;
  ignore?: string[];
  maxLength?: number;
}

/**
 * Validate against a descriptor generated from the zod schema at build time (src/schema/validate.ts):
 * zod's semantics and messages, without zod in the bundle.
 */
function parseOrThrow<T>(descriptor: unknown, value: unknown, where: string): T {
  const result = validate(descriptor as Descriptor, value);
  if (result.ok) return result.value as T;
  // One line: the first (shallowest) problem with its field; the other fields after it.
  const [first, ...rest] = validationIssues(descriptor as Descriptor, value);
  if (!first) throw new RevealLintError(where, 'invalid');
  let detail = first.message;
  if (detail.startsWith('Unrecognized key')) {
    const keys = keysAt(descriptor as Descriptor, first.path);
    if (keys.length) detail += `; expected one of: ${keys.join(', ')}`;
  }
  const others = [...new Set(rest.map((i) => fieldName('', i.path) || where))].filter((f) => f !== fieldName('', first.path));
  throw new RevealLintError(fieldName(where, first.path), `${detail}${others.length ? ` (also wrong: ${others.join(', ')})` : ''}`);
}

/** Resolve user rules, only/disable and severity overrides into the list of rules to run. */
function selectRules(options: ParsedOptions): Rule[] {
  const builtin = getBuiltinRules();
  const known = new Set(builtin.map((r) => r.id));
  const builtinIds = new Set(known);
  const userIds = new Map<string, string>();
  const extra = (options.rules ?? []).map((raw, i) => {
    const id = (raw as { id?: unknown } | null)?.id;
    const where = `options.rules[${i}]${typeof id === 'string' ? ` (rule "${id}")` : ''}`;
    const rule = parseOrThrow<Rule>(validators.rule, raw, where);
    checkRulePatterns(rule, where, lexicons);
    const owner = builtinIds.has(rule.id) ? 'a built-in rule' : userIds.get(rule.id);
    if (owner) throw new RevealLintError(`${where} → id`, `duplicate rule id "${rule.id}" (${owner} has it); expected an id no other rule uses`);
    known.add(rule.id);
    userIds.set(rule.id, `options.rules[${i}]`);
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

function assertText(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    const received = text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text;
    throw new RevealLintError('text', `expected a string, received ${received}`);
  }
}

/**
 * What one sentence yields, relative to its start: findings before any message-level step
 * (quotes, ignore, dedupe), and the overload signal spans once they are known.
 */
interface SentenceResult {
  findings: readonly Finding[];
  signals: readonly Signal[] | undefined;
  /** For the rewrite engine, when there are findings: where each sits, and the parsed sentences. */
  places?: readonly Place[];
  terms?: readonly Term[][];
  spans?: readonly (Span | null)[][];
  /**
   * Suggestions already made for these findings (relative to the sentence), by the two things
   * of the message they depend on: curly apostrophes anywhere, and whether the sentence is last.
   */
  suggested?: Map<string, (readonly Suggestion[] | undefined)[]>;
}
/** Sentences already linted, keyed by their text. */
type SentenceCache = Lru<string, SentenceResult>;

const NONE: readonly Finding[] = Object.freeze([]);
const NO_SPANS: readonly Signal[] = Object.freeze([]);

/** A cached finding moved to where its sentence sits in this text: fresh objects, never shared. */
const shift = (f: Finding, by: number): Finding => ({
  ...f,
  start: f.start + by,
  end: f.end + by,
  suggestions: f.suggestions.map((s) => ({ ...s, start: s.start + by, end: s.end + by })),
});

/**
 * Lint a text sentence by sentence, then run the message-level steps on the whole message.
 * Each sentence is gated (no parse when no rule could match) and parsed alone — which keeps
 * time linear in the length of a long draft — and its result is cached by its text when a
 * cache is given. Quotes, ignore, overlap dedupe, safety and overload need the whole message
 * and run on every call (they are cheap: no parse).
 */
/**
 * The sentences to lint: compromise's own, split from a copy of the text with invisible
 * characters masked (src/nlp/normalize.ts; `parsed` is what compromise sees, same length as `text`),
 * chunk by chunk (src/nlp/chunks.ts: about 2,000 units, cut at line breaks and sentence ends, a run-on
 * sentence between words). Chunks keep the cost linear: compromise's splitter is quadratic on a
 * run of letter-less lines (it prepends each to the next), and its parse and the exclusion tests
 * are superlinear on one huge sentence.
 */
function boundedSentences(text: string): (SentenceSpan & { parsed: string })[] {
  const masked = maskInvisible(text);
  return chunkText(masked).flatMap((chunk) =>
    splitSentences(masked.slice(chunk.start, chunk.end)).map((s) => {
      const start = chunk.start + s.start;
      const end = chunk.start + s.end;
      return { start, end, text: text.slice(start, end), parsed: masked.slice(start, end) };
    }),
  );
}

function runLint(text: string, set: CompiledRuleSet, level: MessageLevel, cache: SentenceCache | null, maxLength: number): LintResult {
  assertText(text);
  assertWithinLimit(text, maxLength);
  if (set.rules.length === 0 || text.trim() === '') return { findings: [] };
  const sentences = boundedSentences(text);
  const signalsUnknown = level.overload ? undefined : NO_SPANS;
  // Sentences not in the cache: gated, then the ones some pattern could match in are parsed
  // together (one compute pass) and swept one by one with their own candidate patterns.
  const results: (SentenceResult | undefined)[] = sentences.map((s) => cache?.get(s.text));
  const todo: { i: number; keys: Set<string>; ids: string[] }[] = [];
  results.forEach((r, i) => {
    const s = sentences[i];
    if (r || !s) return;
    const keys = sentenceKeys(s.parsed);
    const ids = set.gate.candidates(s.parsed, keys);
    if (ids.length) todo.push({ i, keys, ids });
    else results[i] = { findings: NONE, signals: signalsUnknown };
  });
  // This call's parses, kept only for the call: overload signals may need them below.
  const pieces: (ParsedPiece | undefined)[] = [];
  const parsed = parsePieces(todo.map((t) => sentences[t.i]?.parsed ?? ''));
  todo.forEach(({ i, keys, ids }, k) => {
    const piece = parsed[k];
    const s = sentences[i];
    if (!piece || !s) return;
    pieces[i] = piece;
    const { findings, places, spans } = sweepPiece(s.text, piece, set, set.netFor(ids), keys, s.parsed);
    results[i] = findings.length
      ? { findings, signals: signalsUnknown, places, terms: piece.terms, spans }
      : { findings: NONE, signals: signalsUnknown };
  });
  results.forEach((r, i) => {
    const s = sentences[i];
    if (r && s && !cache?.get(s.text)) cache?.set(s.text, r);
  });
  // Findings moved to their place in this text; for the rewrite engine, the parsed sentences that
  // hold them, numbered across the message, with spans in this text.
  const findings: Finding[] = [];
  const places = new Map<Finding, HitPlace>();
  const origin = new Map<Finding, { r: SentenceResult; k: number; by: number; context: string }>();
  const curly = text.includes('\u2019');
  const terms: (readonly Term[])[] = [];
  const termSpans: (Span | null)[][] = [];
  results.forEach((r, i) => {
    const by = sentences[i]?.start ?? 0;
    const base = terms.length;
    if (r?.terms && r.spans) {
      terms.push(...r.terms);
      for (const row of r.spans) termSpans.push(row.map((sp) => sp && { start: sp.start + by, end: sp.end + by }));
    }
    const context = `${curly}|${i === sentences.length - 1}`;
    r?.findings.forEach((f, k) => {
      const moved = shift(f, by);
      findings.push(moved);
      origin.set(moved, { r, k, by, context });
      const place = r.places?.[k];
      if (place) places.set(moved, { ...place, sentence: base + place.sentence });
    });
  });
  const signals = () =>
    results.flatMap((r, i) => {
      const s = sentences[i];
      if (!r || !s || !level.overload) return [];
      // Only when the overload verdict depends on them; from this call's parse if there is one.
      r.signals ??= sentenceSignals(s.parsed, level.overload, pieces[i]);
      return r.signals.map((span) => ({ ...span, start: span.start + s.start, end: span.end + s.start }));
    });
  const warm = () =>
    sentences.some((s, i) => !!level.overload && sentenceIsWarm(s.parsed, level.overload, pieces[i]));
  const filtered = filterFindings(text, findings, level);
  const kept = dedupe(filtered.findings);
  // Rewrites read the sentences already parsed (and cached): no second parse. Harm is never softened.
  if (!filtered.safety) suggest(text, kept, terms, termSpans, places, origin);
  return finishFindings(text, kept, filtered.safety, level, signals, warm);
}

const moveSuggestion = (s: Suggestion, by: number): Suggestion => ({ ...s, start: s.start + by, end: s.end + by });

/**
 * Suggestions for the kept findings. Each depends on its own sentence and on two facts of the
 * message (curly apostrophes, last sentence or not), so a cached sentence remembers the ones it
 * was given in that context and only new findings go through the rewrite engine.
 */
function suggest(
  text: string,
  kept: readonly Finding[],
  terms: readonly (readonly Term[])[],
  spans: readonly (readonly (Span | null)[])[],
  places: ReadonlyMap<Finding, HitPlace>,
  origin: ReadonlyMap<Finding, { r: SentenceResult; k: number; by: number; context: string }>,
): void {
  const todo: Finding[] = [];
  for (const f of kept) {
    const o = origin.get(f);
    const known = o?.r.suggested?.get(o.context)?.[o.k];
    if (o && known) f.suggestions = known.map((s) => moveSuggestion(s, o.by));
    else todo.push(f);
  }
  if (todo.length === 0) return;
  addSuggestions(text, terms, spans, todo, places);
  for (const f of todo) {
    const o = origin.get(f);
    if (!o) continue;
    const suggested = (o.r.suggested ??= new Map());
    const list = suggested.get(o.context) ?? [];
    list[o.k] = f.suggestions.map((s) => moveSuggestion(s, -o.by));
    suggested.set(o.context, list);
  }
}

/** How many sentences a `createLinter()` linter remembers: a long draft several times over. */
const SENTENCE_CACHE_SIZE = 2_000;

function buildLinter(options: LintOptions, cacheSize: number): Linter {
  const parsed = parseOrThrow<ParsedOptions>(validators.options, options, 'options');
  const rules = selectRules(parsed);
  const { guards, level } = compileMessageLevel(parsed, rules, getBuiltinRules(), lexicons);
  const set = compileRules([...rules, ...guards], lexicons);
  const cache = cacheSize > 0 ? new Lru<string, SentenceResult>(cacheSize) : null;
  const maxLength = parsed.maxLength ?? DEFAULT_MAX_LENGTH;
  return { rules, lint: (text: string) => runLint(text, set, level, cache, maxLength) };
}

/**
 * Validate options and compile the selected rules once; the returned linter reuses them, and
 * remembers the findings of the sentences it has seen (a bounded LRU keyed by sentence text),
 * so re-linting a draft after a keystroke parses only the sentence that changed.
 * Throws RevealLintError naming the offending field (and rule id) on bad options or rules.
 */
export function createLinter(options: LintOptions = {}): Linter {
  return buildLinter(options, SENTENCE_CACHE_SIZE);
}

/** Linters for recently used options, so `lint(text, sameOptions)` does not recompile. */
const cache = new Map<string, Linter>();
const CACHE_SIZE = 8;

function linterFor(options: LintOptions | undefined): Linter {
  let key: string;
  try {
    key = options === undefined ? '' : JSON.stringify(options);
  } catch {
    return buildLinter(options ?? {}, 0); // not serialisable (a cycle): validation will say what is wrong
  }
  let linter = cache.get(key);
  if (!linter) {
    // One-off calls keep no sentence cache: memory stays flat, and lint() costs what it says.
    linter = buildLinter(options ?? {}, 0);
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
