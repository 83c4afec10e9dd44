import { compileRules, type CompiledRuleSet } from './compile/compile.js';
import { sentenceKeys } from './compile/gate.js';
import { selectRules, type ParsedOptions } from './compile/select.js';
import { getBuiltinRules, lexicons } from './catalog.js';
import { RevealLintError } from './errors.js';
import validators from './generated/validators.json';
import { DEFAULT_MAX_LENGTH, assertWithinLimit } from './limits.js';
import { Lru } from './lru.js';
import { sweepPiece } from './match/sweep.js';
import { dedupe } from './message/dedupe.js';
import { compileMessageLevel, filterFindings, finishFindings, type MessageLevel } from './message/level.js';
import { sentenceIsWarm, sentenceSignals, type Signal } from './message/overload.js';
import type { Term } from './nlp/compromise.js';
import { parsePieces, type ParsedPiece } from './nlp/parse.js';
import { boundedSentences } from './nlp/split.js';
import { rewriteWith, type RewriteResult } from './rewrite.js';
import { parseOrThrow } from './schema/parse-or-throw.js';
import type { LintOptions, Rule } from './schema/rule.js';
import { withSpace } from './suggest/apply.js';
import { suggestionsFor } from './suggest/suggest.js';
import { toFinding, type LintResult, type Match, type Span, type Suggestion } from './types.js';

export interface Linter {
  /** Lint one message. Throws RevealLintError when `text` is not a string. */
  lint(text: string): LintResult;
  /** Rewrite one message with this linter's rules and options (see `rewrite`). */
  rewrite(text: string): RewriteResult;
  /** The rules this linter runs, after `only`, `disable` and `severity` were applied. */
  readonly rules: readonly Rule[];
}

function assertText(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    const received = text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text;
    throw new RevealLintError('text', `expected a string, received ${received}`);
  }
}

/**
 * What one sentence yields, relative to its start: its matches before any message-level step
 * (quotes, ignore, dedupe), and the overload signal spans once they are known.
 */
interface SentenceResult {
  matches: readonly Match[];
  signals: readonly Signal[] | undefined;
  /** For the rewrite engine, when there are matches: the parsed sentences and their term spans. */
  terms?: readonly Term[][];
  spans?: readonly (Span | null)[][];
  /**
   * Suggestions already made for these matches (relative to the sentence), by the two things
   * of the message they depend on: curly apostrophes anywhere, and whether the sentence is last.
   */
  suggested?: Map<string, (readonly Suggestion[] | undefined)[]>;
}
/** Sentences already linted, keyed by their text. */
type SentenceCache = Lru<string, SentenceResult>;

/** A match moved to where its sentence sits in this text, with where its suggestions are remembered. */
interface Placed extends Match {
  origin: { result: SentenceResult; k: number; by: number; context: string };
}

const NONE: readonly Match[] = Object.freeze([]);
const NO_SPANS: readonly Signal[] = Object.freeze([]);

/**
 * Lint a text sentence by sentence, then run the message-level steps on the whole message.
 * Each sentence is gated (no parse when no rule could match) and parsed alone — which keeps
 * time linear in the length of a long draft — and its result is cached by its text when a
 * cache is given. Quotes, ignore, overlap dedupe, safety and overload need the whole message
 * and run on every call (they are cheap: no parse).
 */
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
    else results[i] = { matches: NONE, signals: signalsUnknown };
  });
  // This call's parses, kept only for the call: overload signals may need them below.
  const pieces: (ParsedPiece | undefined)[] = [];
  const parsed = parsePieces(todo.map((t) => sentences[t.i]?.parsed ?? ''));
  todo.forEach(({ i, keys, ids }, k) => {
    const piece = parsed[k];
    const s = sentences[i];
    if (!piece || !s) return;
    pieces[i] = piece;
    const { matches, spans } = sweepPiece(s.text, piece, set, set.netFor(ids), keys, s.parsed);
    results[i] = matches.length
      ? { matches, signals: signalsUnknown, terms: piece.terms, spans }
      : { matches: NONE, signals: signalsUnknown };
  });
  results.forEach((r, i) => {
    const s = sentences[i];
    if (r && s && !cache?.get(s.text)) cache?.set(s.text, r);
  });
  // Matches moved to their place in this text; for the rewrite engine, the parsed sentences that
  // hold them, numbered across the message, with spans in this text.
  const placed: Placed[] = [];
  const curly = text.includes('\u2019');
  const terms: (readonly Term[])[] = [];
  const termSpans: (Span | null)[][] = [];
  results.forEach((r, i) => {
    if (!r) return;
    const by = sentences[i]?.start ?? 0;
    const base = terms.length;
    if (r.terms && r.spans) {
      terms.push(...r.terms);
      for (const row of r.spans) termSpans.push(row.map((sp) => sp && { start: sp.start + by, end: sp.end + by }));
    }
    const context = `${curly}|${i === sentences.length - 1}`;
    r.matches.forEach((m, k) => {
      placed.push({
        ...m,
        start: m.start + by,
        end: m.end + by,
        place: { ...m.place, sentence: base + m.place.sentence },
        origin: { result: r, k, by, context },
      });
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
  const filtered = filterFindings(text, placed, level);
  const kept = dedupe(filtered.findings);
  // Rewrites read the sentences already parsed (and cached): no second parse. Harm is never softened.
  const suggestions = filtered.safety ? [] : suggest(text, kept, terms, termSpans, level.tails).map((list) => list.map((s) => (s.replacement === '' ? withSpace(text, s) : s)));
  const findings = kept.map((m, i) => toFinding(m, suggestions[i] ?? []));
  return finishFindings(text, findings, filtered.safety, level, signals, warm);
}

const moveSuggestion = (s: Suggestion, by: number): Suggestion => ({ ...s, start: s.start + by, end: s.end + by });

/**
 * Suggestions for the kept matches, index for index. Each depends on its own sentence and on two
 * facts of the message (curly apostrophes, last sentence or not), so a cached sentence remembers
 * the ones it was given in that context and only new matches go through the rewrite engine.
 */
function suggest(
  text: string,
  kept: readonly Placed[],
  terms: readonly (readonly Term[])[],
  spans: readonly (readonly (Span | null)[])[],
  tails: ReadonlySet<string>,
): Suggestion[][] {
  const out = kept.map(({ origin: o }) => o.result.suggested?.get(o.context)?.[o.k]?.map((s) => moveSuggestion(s, o.by)));
  const todo = kept.filter((_, i) => out[i] === undefined);
  if (todo.length === 0) return out as Suggestion[][];
  const made = suggestionsFor(text, terms, spans, todo, tails);
  let j = 0;
  return kept.map((m, i) => {
    const known = out[i];
    if (known) return known;
    const fresh = made[j++] ?? [];
    const o = m.origin;
    const suggested = (o.result.suggested ??= new Map());
    const list = suggested.get(o.context) ?? [];
    list[o.k] = fresh.map((s) => moveSuggestion(s, -o.by));
    suggested.set(o.context, list);
    return fresh;
  });
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
  const linter: Linter = {
    rules,
    lint: (text: string) => runLint(text, set, level, cache, maxLength),
    rewrite: (text: string) => rewriteWith(linter, text),
  };
  return linter;
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
const recent = new Lru<string, Linter>(8);

function linterFor(options: LintOptions | undefined): Linter {
  let key: string;
  try {
    key = options === undefined ? '' : JSON.stringify(options);
  } catch {
    return buildLinter(options ?? {}, 0); // not serialisable (a cycle): validation will say what is wrong
  }
  let linter = recent.get(key);
  if (!linter) {
    // One-off calls keep no sentence cache: memory stays flat, and lint() costs what it says.
    linter = buildLinter(options ?? {}, 0);
    recent.set(key, linter);
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

const isLinter = (x: LintOptions | Linter | undefined): x is Linter =>
  typeof (x as Partial<Linter> | undefined)?.lint === 'function' && typeof (x as Partial<Linter>).rewrite === 'function';

/**
 * Rewrite a draft: the best suggestion of each flagged sentence applied, every other sentence
 * kept byte for byte (src/rewrite.ts says how the suggestion is chosen). A message that describes
 * harm is returned unchanged: it is never softened.
 *
 * @param text the draft message
 * @param linter a `createLinter()` linter to rewrite with, or the same options as `lint()`
 * @returns `{ text, applied, skipped }`; `skipped` also lists edits that overlapped an applied one
 */
export function rewrite(text: string, linter?: LintOptions | Linter): RewriteResult {
  assertText(text);
  return (isLinter(linter) ? linter : linterFor(linter)).rewrite(text);
}
