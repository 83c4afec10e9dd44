import { CATEGORIES, type Category } from './categories.js';
import { getBuiltinRules, lexicons } from './catalog.js';
import { compileRules, type CompiledRuleSet } from './compile.js';
import { RevealLintError } from './errors.js';
import validators from './generated/validators.json';
import { Lru } from './lru.js';
import type { LintOptions, Rule, SeverityOverride } from './schema.js';
import { splitSentences, type SentenceSpan } from './sentences.js';
import { lintSentence } from './sweep.js';
import type { Finding, LintResult } from './types.js';
import { validate, type Descriptor } from './validate.js';

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
}

/**
 * Validate against a descriptor generated from the zod schema at build time (src/validate.ts):
 * zod's semantics and messages, without zod in the bundle.
 */
function parseOrThrow<T>(descriptor: unknown, value: unknown, where: string): T {
  const result = validate(descriptor as Descriptor, value);
  if (!result.ok) throw new RevealLintError(where, `\n${result.message}`);
  return result.value as T;
}

/** Resolve user rules, only/disable and severity overrides into the list of rules to run. */
function selectRules(options: ParsedOptions): Rule[] {
  const builtin = getBuiltinRules();
  const known = new Set(builtin.map((r) => r.id));
  const extra = (options.rules ?? []).map((raw, i) => {
    const id = (raw as { id?: unknown } | null)?.id;
    const where = `options.rules[${i}]${typeof id === 'string' ? ` (rule "${id}")` : ''}`;
    const rule = parseOrThrow<Rule>(validators.rule, raw, where);
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

function assertText(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new RevealLintError('text', `expected a string, received ${text === null ? 'null' : typeof text}`);
  }
}

/** Sentences whose findings are known, relative to the sentence start. */
type SentenceCache = Lru<string, readonly Finding[]>;

const NONE: readonly Finding[] = Object.freeze([]);

/** A cached finding moved to where its sentence sits in this text: fresh objects, never shared. */
const shift = (f: Finding, by: number): Finding => ({
  ...f,
  start: f.start + by,
  end: f.end + by,
  suggestions: f.suggestions.map((s) => ({ ...s, start: s.start + by, end: s.end + by })),
});

/**
 * Message-level steps run on the whole message after the per-sentence work, every call
 * (they are not cached): they see every sentence and every finding of the message.
 */
export interface MessageContext {
  text: string;
  /** The sentences of `text`, contiguous, in order (compromise's split). */
  sentences: readonly SentenceSpan[];
  set: CompiledRuleSet;
  options: ParsedOptions;
}
type MessageStep = (findings: Finding[], ctx: MessageContext) => Finding[];
const messageSteps: MessageStep[] = [];

/**
 * Lint a text sentence by sentence. Each sentence is gated (no parse when no rule could
 * match), then parsed alone — which also keeps time linear in the length of a long draft —
 * and its findings are cached by its text when a cache is given.
 */
function runLint(text: string, set: CompiledRuleSet, options: ParsedOptions, cache: SentenceCache | null): LintResult {
  assertText(text);
  if (set.rules.length === 0 || text.trim() === '') return { findings: [] };
  const sentences = splitSentences(text);
  let findings: Finding[] = [];
  for (const s of sentences) {
    let found = cache?.get(s.text);
    if (found === undefined) {
      found = lintSentence(s.text, set);
      if (found.length === 0) found = NONE;
      cache?.set(s.text, found);
    }
    for (const f of found) findings.push(shift(f, s.start));
  }
  const ctx: MessageContext = { text, sentences, set, options };
  for (const step of messageSteps) findings = step(findings, ctx);
  return { findings };
}

/** How many sentences a `createLinter()` linter remembers: a long draft several times over. */
const SENTENCE_CACHE_SIZE = 2_000;

function buildLinter(options: LintOptions, cacheSize: number): Linter {
  const parsed = parseOrThrow<ParsedOptions>(validators.options, options, 'options');
  const rules = selectRules(parsed);
  const set = compileRules(rules, lexicons);
  const cache = cacheSize > 0 ? new Lru<string, readonly Finding[]>(cacheSize) : null;
  return { rules, lint: (text: string) => runLint(text, set, parsed, cache) };
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
 * @param options `only`, `disable` (rule ids or categories), `severity` overrides, extra `rules`
 * @returns findings sorted by position; `text.slice(f.start, f.end) === f.text` for every one
 */
export function lint(text: string, options?: LintOptions): LintResult {
  assertText(text);
  return linterFor(options).lint(text);
}
