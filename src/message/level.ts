import { POLICY, isHarm, type Severity } from '../categories.js';
import { getOverloadConfig } from '../catalog.js';
import { compileIgnore, isIgnored, type IgnoreMatcher } from './ignore.js';
import { compileOverload, detectOverload, type CompiledOverload, type Signal } from './overload.js';
import { quotedRanges, startsInside } from './quotes.js';
import { collapseSafety } from './safety.js';
import type { LintOptions, Rule } from '../schema/rule.js';
import { RevealLintError } from '../errors.js';
import type { Finding, LintResult } from '../types.js';

type ParsedOptions = Pick<LintOptions, 'only' | 'disable' | 'severity' | 'quoted' | 'ignore'>;

/**
 * What runs on a whole message after the sweep: the quote and ignore filters, the safety check
 * and the overload hint. Compiled once per linter, like the rules.
 */
export interface MessageLevel {
  /** Built-in safety rules run even when the options leave them out; their hits only set `safety`. */
  guardIds: ReadonlySet<string>;
  quoted: boolean;
  ignore: IgnoreMatcher | undefined;
  overload: CompiledOverload | undefined;
  /** Phrases that, in the sentence after an absolute or a pattern, make it praise (rules/lexicons/warm-follow-ups.json), as `words` gives them. */
  warmFollowUps: readonly string[];
  /** Rules with `onlyNear` / `notNear`: their id → the phrases (as `words` gives them) one of which must be / must not be near the hit. */
  near: ReadonlyMap<string, readonly string[]>;
  notNear: ReadonlyMap<string, readonly string[]>;
  /** Ids of the rules whose hits are a complaint's emphatic tail (`tail`): kept only beside another warning. */
  tails: ReadonlySet<string>;
  /** Ids of the rules whose hits count only as all the message says (`alone`). */
  alone: ReadonlySet<string>;
}

/**
 * Letters and digits only, one space between words, padded: phrases are then found by `includes`.
 * Apostrophes go first, so “it's adorable” reads as the lexicon spells it (“its adorable”), not “it s”.
 */
const words = (s: string) => ` ${s.toLowerCase().replace(/['\u2019]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/**
 * The sentence after the one that holds `at`, on the same line (the line-by-line invariant of
 * tests/properties.test.ts: a line is judged on its own): from the next sentence end to the one
 * after it, within a few hundred characters (a run-on line with a hit every few words stays
 * linear). Empty when the line ends first.
 */
function nextSentence(text: string, at: number): string {
  const window = text.slice(at, at + 600);
  const lineEnd = window.indexOf('\n');
  const line = lineEnd === -1 ? window : window.slice(0, lineEnd);
  const end = line.search(/[.!?…]\s/);
  if (end === -1) return '';
  const rest = line.slice(end + 2);
  const stop = rest.search(/[.!?…](?:\s|$)/);
  return stop === -1 ? rest : rest.slice(0, stop);
}

/**
 * The sentence before the one that holds `at`, on the same line: from the sentence end before it
 * to the one before that, within a few hundred characters. Empty when the line starts first.
 */
function previousSentence(text: string, at: number): string {
  const from = Math.max(0, at - 600);
  const window = text.slice(from, at);
  const line = window.slice(window.lastIndexOf('\n') + 1);
  const ends = [...line.matchAll(/[.!?…](?=\s)/g)].map((m) => m.index);
  const end = ends.at(-1);
  if (end === undefined) return '';
  const start = ends.at(-2);
  return line.slice(start === undefined ? 0 : start + 1, end);
}

/** Where the hit's own sentence on its line runs, up to the next sentence end: [from, to) in `text`. */
function ownSentenceRange(text: string, start: number, end: number): [number, number] {
  const before = text.slice(Math.max(0, start - 600), start);
  const head = before.slice(before.lastIndexOf('\n') + 1);
  const cut = Math.max(...[...head.matchAll(/[.!?…](?=\s)/g)].map((m) => m.index + 1), 0);
  const after = text.slice(end, end + 600);
  const stop = after.search(/[.!?…](?:\s|$)|\n/);
  return [start - head.length + cut, end + (stop === -1 ? after.length : stop)];
}

/** The hit's own sentence on its line, up to the next sentence end. */
function ownSentence(text: string, start: number, end: number): string {
  const [from, to] = ownSentenceRange(text, start, end);
  return text.slice(from, to);
}

/** A phrase said as absent (“nothing urgent”, “not serious”) is not there. */
const DENIED = / (nothing|not|no|isnt|nothing too|not too|not that) $/;

/** Does `s` (as `words` gives it) hold `p`, not denied by the word before it? */
function holds(s: string, p: string): boolean {
  for (let i = s.indexOf(p); i !== -1; i = s.indexOf(p, i + 1)) if (!DENIED.test(s.slice(0, i + 1))) return true;
  return false;
}

/** Is a phrase of `phrases` in the hit's sentence, or in the sentence before or after it on its line? */
const isNear = (phrases: readonly string[], text: string, start: number, end: number): boolean =>
  [ownSentence(text, start, end), previousSentence(text, start), nextSentence(text, end)]
    .map(words)
    .some((s) => phrases.some((p) => holds(s, p)));

const followsWarmly = (phrases: readonly string[], text: string, at: number): boolean => {
  const next = words(nextSentence(text, at));
  return next.length > 2 && phrases.some((p) => next.includes(p));
};

/**
 * Each rule with `onlyNear` (or `notNear`), by id, with the phrases of its lexicons; an unknown
 * lexicon is an error naming the rule. A regex entry (a lexicon's emoji) is not a phrase and is skipped.
 */
function nearPhrases(rules: readonly Rule[], lexicons: ReadonlyMap<string, readonly string[]>, key: 'onlyNear' | 'notNear'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rules) {
    const ids = r[key];
    if (!ids) continue;
    out.set(
      r.id,
      ids.flatMap((id) => {
        const list = lexicons.get(id);
        if (!list) throw new RevealLintError(`rule "${r.id}" → ${key}`, `unknown lexicon "${id}"; known: ${[...lexicons.keys()].sort().join(', ')}`);
        return list.filter((w) => !w.startsWith('/')).map(words).filter((w) => w.trim() !== '');
      }),
    );
  }
  return out;
}

/** Is the message-level check `id` (its id is also its category) switched on by the options? */
function enabledSeverity(options: ParsedOptions, id: string, fallback: Severity): Severity | undefined {
  if (options.only && !options.only.includes(id)) return undefined;
  if (options.disable?.includes(id)) return undefined;
  const override = options.severity?.[id];
  return override === 'off' ? undefined : (override ?? fallback);
}

/**
 * @param selected the rules the options selected
 * @param builtin every built-in rule
 * @returns extra `guards` to compile with the selected rules, and the compiled message-level steps
 */
export function compileMessageLevel(
  options: ParsedOptions,
  selected: readonly Rule[],
  builtin: readonly Rule[],
  lexicons: ReadonlyMap<string, readonly string[]>,
): { guards: Rule[]; level: MessageLevel } {
  // Disabling the safety category hides its findings, but a message describing harm must still
  // never be softened: its rules keep running as guards that only raise `result.safety`.
  const chosen = new Set(selected.map((r) => r.id));
  const guards = builtin.filter((r) => isHarm(r.category) && !chosen.has(r.id));
  const config = getOverloadConfig();
  const severity = enabledSeverity(options, config.id, config.severity as Severity);
  return {
    guards,
    level: {
      guardIds: new Set(guards.map((r) => r.id)),
      quoted: options.quoted ?? false,
      ignore: compileIgnore(options.ignore),
      overload: severity ? compileOverload(config, severity, lexicons) : undefined,
      warmFollowUps: (lexicons.get('warm-follow-ups') ?? []).map(words),
      near: nearPhrases([...selected, ...guards], lexicons, 'onlyNear'),
      notNear: nearPhrases([...selected, ...guards], lexicons, 'notNear'),
      tails: new Set(selected.filter((r) => r.tail).map((r) => r.id)),
      alone: new Set(selected.filter((r) => r.alone).map((r) => r.id)),
    },
  };
}

/**
 * Before overlapping findings are deduplicated: drop guard hits (remembering that harm was
 * described), findings that start inside quotation marks (unless `quoted`), and findings the user
 * asked to `ignore`. Safety findings are kept even inside quotes: a quoted threat is still one.
 */
export function filterFindings<F extends Omit<Finding, 'suggestions'>>(
  text: string,
  findings: readonly F[],
  level: MessageLevel,
): { findings: F[]; safety: boolean } {
  const safety = findings.some((f) => isHarm(f.category));
  const quotes = level.quoted ? [] : quotedRanges(text);
  const ignored = level.ignore?.(text) ?? [];
  const base = findings.filter(
    (f) =>
      !level.guardIds.has(f.ruleId) &&
      (isHarm(f.category) || !startsInside(quotes, f.start)) &&
      !isIgnored(ignored, f) &&
      !(POLICY[f.category].habit && followsWarmly(level.warmFollowUps, text, f.end)) &&
      isNearEnough(level, text, f) &&
      (!level.alone.has(f.ruleId) || saysNothingElse(text, f.start, f.end)),
  );
  // Judged on what the filters above kept (a quoted or ignored complaint is no complaint here):
  // a hit that counts only in context (`onlyNear`) adds nothing where a rule that needs no context
  // already found its category in the message (“Are you free later? There's something I have to
  // get off my chest.”): one heavy opener is one finding, and one rewrite.
  // A tail (“I'm serious.”) is no finding of its own category: it goes with the complaint it seals.
  const contextFree = new Set(base.filter((f) => !level.near.has(f.ruleId) && !level.tails.has(f.ruleId)).map((f) => f.category));
  // “Always.” after “You never listen.” repeats the verdict; “Always. ❤️” after “Will you love me?” is not one.
  const complaint = base.some((f) => f.severity === 'warning' && !level.tails.has(f.ruleId) && !isHarm(f.category));
  const kept = base.filter(
    (f) => !(level.near.has(f.ruleId) && contextFree.has(f.category)) && (complaint || !level.tails.has(f.ruleId)),
  );
  return { findings: kept, safety };
}

/** How many words, besides the hit's own sentence, a message may hold and still be the hit alone (“Hi Jo, … Thanks, Liam”). */
const ALONE_WORDS = 4;

/** Does the message say nothing but the hit's sentence, give or take a greeting or “That's it.”? */
function saysNothingElse(text: string, start: number, end: number): boolean {
  const [from, to] = ownSentenceRange(text, start, end);
  return words(text.slice(0, from) + text.slice(to)).trim().split(' ').filter(Boolean).length <= ALONE_WORDS;
}

/** A rule with `onlyNear` keeps a hit only with one of its phrases nearby, and one with `notNear` only without; any other rule keeps it. */
function isNearEnough(level: MessageLevel, text: string, f: { ruleId: string; start: number; end: number }): boolean {
  const needed = level.near.get(f.ruleId);
  const barred = level.notNear.get(f.ruleId);
  return (!needed || isNear(needed, text, f.start, f.end)) && !(barred && isNear(barred, text, f.start, f.end));
}

/**
 * After deduplication: a safety message keeps one safety finding, loses every suggestion and gets
 * no overload hint (coaching someone who describes harm to pick “one do-able request” is wrong);
 * any other message may get the overload hint, placed in start order.
 */
export function finishFindings(
  text: string,
  findings: Finding[],
  safety: boolean,
  level: MessageLevel,
  /** The overload signal spans of the whole message, computed only if asked for. */
  signals: () => readonly Signal[],
  /** Whether any sentence of the message is warm, computed only if asked for. */
  warm?: () => boolean,
): LintResult {
  if (safety) return { findings: collapseSafety(findings), safety: true };
  // An emphatic tail repeats its complaint: it is not one more complaint to pile up.
  const counted = level.tails.size > 0 ? findings.filter((f) => !level.tails.has(f.ruleId)) : findings;
  const overload = level.overload && detectOverload(text, signals, counted, level.overload, warm);
  if (!overload) return { findings };
  const at = findings.findIndex((f) => f.start > overload.start);
  return { findings: at === -1 ? [...findings, overload] : [...findings.slice(0, at), overload, ...findings.slice(at)] };
}
