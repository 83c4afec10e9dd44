import nlp from 'compromise';
import type { Rule } from './schema.js';
import { RevealLintError } from './errors.js';
import { compileGate, type Gate } from './gate.js';

/** A rule whose patterns are expanded and ready to sweep. */
export interface CompiledRule {
  rule: Rule;
  /** Expanded match patterns; each one is an entry in the net, id `${index}`. */
  patterns: string[];
  notIf: string[];
  notIfSentence: string[];
  notIfPrecededBy: string[];
}

export interface CompiledRuleSet {
  rules: CompiledRule[];
  /** One compromise net for every pattern of every rule: one sweep per call. */
  net: unknown;
  /** The net entry's id → [rule index, pattern index]. */
  entries: Map<string, [number, number]>;
  /** Which sentences are worth parsing at all, derived from the same patterns. */
  gate: Gate;
}

/** `{lex:feelings}` in a pattern expands to `(word|word|…)` from the lexicon of that id. */
const LEXICON_REF = /\{lex:([a-z][a-z0-9-]*)\}/g;

export function expandLexicons(pattern: string, lexicons: ReadonlyMap<string, readonly string[]>, where: string): string {
  return pattern.replace(LEXICON_REF, (_m, id: string) => {
    const words = lexicons.get(id);
    if (!words) {
      throw new RevealLintError(where, `unknown lexicon "{lex:${id}}"; known: ${[...lexicons.keys()].join(', ')}`);
    }
    return `(${words.join('|')})`;
  });
}

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * Compile rules once into a single compromise net.
 * compromise's `buildNet` silently merges entries with identical match strings, so duplicates
 * across rules are an error here rather than a rule that never fires.
 */
export function compileRules(rules: readonly Rule[], lexicons: ReadonlyMap<string, readonly string[]>): CompiledRuleSet {
  const compiled: CompiledRule[] = [];
  const netEntries: { match: string; id: string }[] = [];
  const entries = new Map<string, [number, number]>();
  const seen = new Map<string, string>();
  rules.forEach((rule, r) => {
    const where = `rule "${rule.id}"`;
    const expand = (list: string | string[] | undefined) => asList(list).map((p) => expandLexicons(p, lexicons, where));
    const patterns = expand(rule.match);
    patterns.forEach((match, p) => {
      const other = seen.get(match);
      if (other !== undefined) {
        throw new RevealLintError(where, `match pattern ${JSON.stringify(match)} is also used by rule "${other}"`);
      }
      seen.set(match, rule.id);
      const id = `${r}:${p}`;
      entries.set(id, [r, p]);
      netEntries.push({ match, id });
    });
    compiled.push({
      rule,
      patterns,
      notIf: expand(rule.notIf),
      notIfSentence: expand(rule.notIfSentence),
      notIfPrecededBy: expand(rule.notIfPrecededBy),
    });
  });
  // buildNet writes fields onto the objects it is given: hand it copies.
  const net = nlp.buildNet(netEntries.map((e) => ({ ...e })));
  return { rules: compiled, net, entries, gate: compileGate(netEntries.map((e) => e.match)) };
}
