import { buildNet as compromiseNet, parseMatch as parse, type MatchToken, type Net, type Regs } from '../nlp/compromise.js';
import type { Rule } from '../schema/rule.js';
import { RevealLintError } from '../errors.js';
import { compileGate, requirementOf, type Gate, type Requirement } from './gate.js';
import { Lru } from '../lru.js';

export type { Regs };

/** An exclusion pattern, parsed, with the words it needs: skipped when they are absent. */
export interface Exclusion {
  regs: Regs;
  needs: Requirement | null;
}

/** A rule whose patterns are expanded and ready to sweep. */
export interface CompiledRule {
  rule: Rule;
  /** Expanded match patterns; each one is an entry in the net, id `${index}`. */
  patterns: string[];
  notIf: string[];
  notIfSentence: string[];
  notIfPrecededBy: string[];
  /** The same, parsed once here rather than on every `.has()`/`.match()` of every call. */
  parsed: { patterns: Regs[]; notIf: Exclusion[]; notIfSentence: Exclusion[]; notIfPrecededBy: Exclusion[] };
}

export interface CompiledRuleSet {
  rules: CompiledRule[];
  /** One compromise net for every pattern of every rule: one sweep per call. */
  net: unknown;
  /** The net entry's id → [rule index, pattern index]. */
  entries: Map<string, [number, number]>;
  /** Which sentences are worth parsing at all, and which patterns, derived from the same patterns. */
  gate: Gate;
  /** The net cut down to some of its entries (the gate's candidates for a sentence). */
  netFor(ids: readonly string[]): unknown;
}

const exclusion = (pattern: string): Exclusion => {
  const regs = parse(pattern);
  return { regs, needs: requirementOf(regs) };
};

/**
 * compromise hooks a net entry on the words of its alternations and ignores a regex alternative
 * there: `(lol|/❤/)` is hooked on "lol" alone, so a sweep never tries it on a sentence whose only
 * match is the emoji (`.match()` would find it). An entry whose every hook comes from such an
 * alternation is therefore moved to the net's `always` list; the lexical gate still decides,
 * per sentence, whether it is tried at all.
 */
function unhookRegexChoices(net: Net): void {
  const keysOf = new Map<{ id: string }, string[]>();
  for (const [key, list] of Object.entries(net.hooks)) {
    for (const obj of list) {
      const keys = keysOf.get(obj);
      if (keys) keys.push(key);
      else keysOf.set(obj, [key]);
    }
  }
  for (const [obj, keys] of keysOf) {
    const groups = ((obj as { regs?: MatchToken[] }).regs ?? []).filter(
      (r) => r.operator === 'or' && r.choices?.some((alt) => alt[0]?.regex !== undefined),
    );
    if (groups.length === 0) continue;
    const fromRegexGroups = new Set(
      groups.flatMap((g) => (g.choices ?? []).map((alt) => alt[0]).flatMap((t) => (t?.word ? [t.word] : t?.tag ? [`#${t.tag}`] : []))),
    );
    if (!keys.every((k) => fromRegexGroups.has(k))) continue;
    for (const k of keys) {
      const list = net.hooks[k] ?? [];
      net.hooks[k] = list.filter((o) => o !== obj);
      if (net.hooks[k].length === 0) delete net.hooks[k];
    }
    net.always.push(obj);
  }
}

/**
 * `nlp.buildNet`, plus the parsed match of each entry, taken from the net itself: parsing a
 * pattern (long lexicon alternations) is the main cost of compiling, so it is done once, and
 * the gate and the capture re-match read exactly what the sweep matches with.
 */
export function buildNet(entries: readonly { match: string; id: string }[]): { net: Net; regs: Map<string, Regs> } {
  // buildNet writes fields onto the objects it is given: hand it copies.
  const net = compromiseNet(entries.map((e) => ({ ...e })));
  unhookRegexChoices(net);
  const regs = new Map<string, Regs>();
  for (const obj of [...Object.values(net.hooks).flat(), ...net.always] as { id: string; regs: Regs }[]) {
    regs.set(obj.id, obj.regs);
  }
  return { net, regs };
}

/**
 * A net with only the given entries, built from the full net's already-parsed match objects
 * (no pattern is parsed again), remembered for the candidate sets seen most recently. Each
 * entry's hook words are indexed once, so a sub-net costs the size of its entries, not of the
 * whole net (whose hooks run into the thousands with long lexicons).
 */
export function subNets(full: Net): (ids: readonly string[]) => Net {
  const hooksOf = new Map<string, string[]>();
  const objOf = new Map<string, { id: string }>();
  for (const [key, list] of Object.entries(full.hooks)) {
    for (const obj of list) {
      objOf.set(obj.id, obj);
      const keys = hooksOf.get(obj.id);
      if (keys) keys.push(key);
      else hooksOf.set(obj.id, [key]);
    }
  }
  const always = new Set(full.always.map((o) => o.id));
  for (const obj of full.always) objOf.set(obj.id, obj);
  const cache = new Lru<string, Net>(256);
  return (ids) => {
    const key = ids.join(',');
    let net = cache.get(key);
    if (!net) {
      const hooks: Net['hooks'] = {};
      const alwaysKept: Net['always'] = [];
      for (const id of ids) {
        const obj = objOf.get(id);
        if (!obj) continue;
        if (always.has(id)) alwaysKept.push(obj);
        for (const k of hooksOf.get(id) ?? []) (hooks[k] ??= []).push(obj);
      }
      net = { hooks, always: alwaysKept, isNet: true };
      cache.set(key, net);
    }
    return net;
  };
}

/** `{lex:feelings}` in a pattern expands to `(word|word|…)` from the lexicon of that id. */
const LEXICON_REF = /\{lex:([a-z][a-z0-9-]*)\}/g;
/** One level of parentheses (compromise allows no deeper); linear, so it cannot backtrack. */
const GROUP = /\(([^()]*)\)/g;
/** An alternative that is a lexicon reference and nothing else. */
const WHOLE_LEXICON_REF = /^\{lex:([a-z][a-z0-9-]*)\}$/;

export function expandLexicons(pattern: string, lexicons: ReadonlyMap<string, readonly string[]>, where: string): string {
  const wordsOf = (id: string) => {
    const words = lexicons.get(id);
    if (!words) {
      throw new RevealLintError(where, `unknown lexicon "{lex:${id}}"; known: ${[...lexicons.keys()].sort().join(', ')}`);
    }
    return words;
  };
  // compromise tries alternatives in order and never backtracks into a longer one: with
  // `(shut|shut me out)` the hit ends at "shut". Longest phrases first, so the whole phrase wins.
  const longestFirst = (words: readonly string[]) =>
    [...new Set(words)].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length);
  // A lexicon named inside an alternation (`({lex:vague-states}|upset)`) joins it: compromise
  // allows one level of parentheses, so its words are spliced in rather than nested.
  const spliced = pattern.replace(GROUP, (group, inner: string) => {
    if (!inner.includes('{lex:')) return group;
    const words = inner.split('|').flatMap((alt) => {
      const ref = WHOLE_LEXICON_REF.exec(alt.trim());
      return ref?.[1] ? wordsOf(ref[1]) : [alt];
    });
    return `(${longestFirst(words).join('|')})`;
  });
  return spliced.replace(LEXICON_REF, (_m, id: string) => `(${longestFirst(wordsOf(id)).join('|')})`);
}

/**
 * A notIfPrecededBy pattern, anchored at the hit: the words before it must end with it. compromise
 * misses `(no worries|if) (that)?$` on “no worries if” (a phrase alternative that starts the text
 * seems to end the search before the optional group), so a trailing optional group is spelled out
 * as two anchored patterns, without it and with it.
 */
function anchoredAtHit(pattern: string): string[] {
  const open = pattern.lastIndexOf('(');
  if (!pattern.endsWith(')?') || open <= 0 || pattern.slice(open).includes(' (')) return [`${pattern}$`];
  const base = pattern.slice(0, open).trimEnd();
  return [`${base}$`, `${base} ${pattern.slice(open, -1)}$`];
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
        throw new RevealLintError(
          `${where} → match`,
          `the pattern ${JSON.stringify(match)} is also used by rule "${other}"; expected each pattern in one rule only (compromise would merge them)`,
        );
      }
      seen.set(match, rule.id);
      const id = `${r}:${p}`;
      entries.set(id, [r, p]);
      netEntries.push({ match, id });
    });
    const notIf = expand(rule.notIf);
    const notIfSentence = expand(rule.notIfSentence);
    const notIfPrecededBy = expand(rule.notIfPrecededBy);
    compiled.push({
      rule,
      patterns,
      notIf,
      notIfSentence,
      notIfPrecededBy,
      parsed: {
        patterns: [], // filled from the net below
        notIf: notIf.map(exclusion),
        notIfSentence: notIfSentence.map(exclusion),
        // Anchored at the hit: the words before it must end with the pattern.
        notIfPrecededBy: notIfPrecededBy.flatMap(anchoredAtHit).map(exclusion),
      },
    });
  });
  const { net, regs } = buildNet(netEntries);
  const regsOf = (id: string): Regs => {
    const r = regs.get(id);
    if (!r) throw new RevealLintError('compile', `net entry ${id} was not built`);
    return r;
  };
  for (const [id, [r, p]] of entries) {
    const c = compiled[r];
    if (c) c.parsed.patterns[p] = regsOf(id);
  }
  const gate = compileGate(netEntries.map((e) => ({ id: e.id, regs: regsOf(e.id) })));
  return { rules: compiled, net, entries, gate, netFor: subNets(net) };
}
