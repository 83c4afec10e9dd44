import { world } from '../nlp/compromise.js';
import { RevealLintError } from '../errors.js';
import type { Rule } from './rule.js';

/**
 * A checker for compromise match syntax.
 *
 * compromise fails silently on a malformed pattern: an unknown `#Tag`, an unbalanced `(`, an empty
 * alternative or a word with punctuation in it simply match nothing, and `[<>x]` even throws from
 * deep inside the parser. A user's rule that can never fire is a bug they cannot see, so rules
 * passed in `options.rules` are checked here first and rejected with a message saying what is
 * wrong and what was expected. Only reads compromise's tag set and term methods: nothing is added.
 */

let known: { tags: Set<string>; methods: Set<string> } | undefined;
function vocabulary() {
  if (!known) {
    known = { tags: new Set(Object.keys(world.model.one.tagSet)), methods: new Set(Object.keys(world.methods.one.termMethods)) };
  }
  return known;
}

/** compromise's chunk names, usable as `<Noun>` in a pattern. */
const CHUNKS = new Set(['Noun', 'Verb', 'Adjective', 'Pivot']);
/** Capture names must be usable as `{{placeholders}}` in a message. */
const GROUP_NAME = /^[A-Za-z][\w-]*$/;
const QUANTIFIER = /\{(\d*)(?:,(\d*))?\}$/;
const LEXICON_REF = /^\{lex:([a-z][a-z0-9-]*)\}$/;
const ROOT = /^\{[\p{L}\p{N}' -]+(?:\/[a-z]+(?:\/\d+)?)?\}$/u;
/** Characters that make a plain word unmatchable: compromise matches words without punctuation. */
const TRAILING_PUNCTUATION = /[,;:!?.]$/;
const LEADING_PUNCTUATION = /^[,;:!?]/;
const SYNTAX_CHARS = /[()[\]|{}<>]/;
/** Does this term end with a closed (…) group, maybe followed by flags and a {min,max}? */
function endsWithGroup(term: string): boolean {
  let end = term.length;
  for (let pass = 0; pass < 4 && end > 0; pass++) {
    while (end > 0 && '?*+$]'.includes(term.charAt(end - 1))) end--;
    if (term.charAt(end - 1) === '}') {
      const open = term.lastIndexOf('{', end - 1);
      if (open < 0 || !/^\{\d*(?:,\d*)?\}$/.test(term.slice(open, end))) break;
      end = open;
    }
  }
  return term.charAt(end - 1) === ')';
}

const titleCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

class PatternError extends Error {}
const fail = (detail: string): never => {
  throw new PatternError(detail);
};

function suggestTag(tag: string, tags: ReadonlySet<string>): string {
  const lower = tag.toLowerCase();
  const same = [...tags].find((t) => t.toLowerCase() === lower);
  const near = same ?? [...tags].find((t) => t.toLowerCase().startsWith(lower.slice(0, 4)));
  return near ? `did you mean #${near}?` : 'see compromise’s tag list (#Verb, #Noun, #Adjective, #Adverb, #Pronoun…)';
}

/** One term: a word, `#Tag`, `@method`, `.`, `*`, `<Chunk>`, `{root}`, `{lex:name}` or `/regex/`. */
function checkAtom(atom: string, lexicons: ReadonlySet<string>, context: string): void {
  const { tags, methods } = vocabulary();
  if (atom === '') fail(`an empty term ${context}; expected a word, #Tag, @method or (alternatives)`);
  if (atom === '.' || atom === '*') return;
  if (atom.startsWith('#')) {
    const tag = titleCase(atom.slice(1));
    if (!tags.has(tag)) fail(`unknown tag "${atom}" ${context}; expected a compromise tag: ${suggestTag(atom.slice(1), tags)}`);
    return;
  }
  if (atom.startsWith('@')) {
    if (!methods.has(atom.slice(1))) {
      fail(`unknown term method "${atom}" ${context}; expected one of ${[...methods].map((m) => `@${m}`).join(', ')}`);
    }
    return;
  }
  if (atom.startsWith('/')) {
    if (atom.length < 3 || !atom.endsWith('/')) fail(`an unclosed regular expression "${atom}" ${context}; expected /…/`);
    try {
      new RegExp(atom.slice(1, -1));
    } catch (e) {
      fail(`an invalid regular expression "${atom}" ${context}: ${(e as Error).message}`);
    }
    return;
  }
  const lex = LEXICON_REF.exec(atom);
  if (lex) {
    if (!lexicons.has(lex[1] ?? '')) fail(`unknown lexicon "${atom}" ${context}; expected one of ${[...lexicons].sort().map((l) => `{lex:${l}}`).join(', ')}`);
    return;
  }
  if (ROOT.test(atom)) return;
  if (atom.startsWith('<') && atom.endsWith('>')) {
    if (!CHUNKS.has(titleCase(atom.slice(1, -1)))) fail(`unknown chunk "${atom}" ${context}; expected <Noun>, <Verb>, <Adjective> or <Pivot>`);
    return;
  }
  if (atom.startsWith('%') && atom.endsWith('%') && atom.length > 2) return;
  if (SYNTAX_CHARS.test(atom)) fail(`a stray "${SYNTAX_CHARS.exec(atom)?.[0]}" in "${atom}" ${context}; expected balanced (…|…) and […] around whole terms`);
  if (atom !== '\\.' && (TRAILING_PUNCTUATION.test(atom) || LEADING_PUNCTUATION.test(atom))) {
    fail(`punctuation in the word "${atom}" ${context}; compromise matches words without it (use @hasComma, @hasQuestionMark…)`);
  }
}

/** Strip flags around a term, returning its core. `[` and `]` are reported through the callbacks. */
function coreOf(token: string, onOpen: (name: string | undefined) => void, onClose: () => void, context: string): string {
  let core = token;
  for (let pass = 0; pass < 3; pass++) {
    while (core.startsWith('!') || core.startsWith('^') || (core.startsWith('~') && core.endsWith('~') && core.length > 2)) {
      core = core.startsWith('~') ? core.slice(1, -1) : core.slice(1);
    }
    if (core.startsWith('[')) {
      core = core.slice(1);
      let name: string | undefined;
      if (core.startsWith('<')) {
        const close = core.indexOf('>');
        if (close < 0) fail(`an unclosed capture name in "${token}" ${context}; expected [<name>…]`);
        name = core.slice(1, close);
        if (!GROUP_NAME.test(name)) fail(`a bad capture name "<${name}>" ${context}; expected a name like <subject> (a letter, then letters, digits, - or _)`);
        core = core.slice(close + 1);
      }
      onOpen(name);
    }
  }
  for (let pass = 0; pass < 4; pass++) {
    // A quantifier after a term (`#Adverb{0,2}`, `{lex:filler}{0,2}`), never a whole `{…}` term.
    const q = QUANTIFIER.exec(core);
    if (q && q.index > 0) {
      const [whole, min = '', max] = q;
      if (min === '' && (max === undefined || max === '')) fail(`an empty quantifier "${whole}" ${context}; expected {min,max}, like {0,} or {1,3}`);
      if (max !== undefined && max !== '' && min !== '' && Number(min) > Number(max)) {
        fail(`the quantifier "${whole}" ${context} has min > max; expected {min,max} with min <= max`);
      }
      core = core.slice(0, -whole.length);
      continue;
    }
    if (core.endsWith(']')) {
      core = core.slice(0, -1);
      onClose();
      continue;
    }
    if (core.length > 1 && /[?+$]$/.test(core) && !core.endsWith('\\?')) {
      core = core.slice(0, -1);
      continue;
    }
    if (core.length > 1 && core.endsWith('*') && !core.endsWith('\\*')) {
      core = core.slice(0, -1);
      continue;
    }
    break;
  }
  return core;
}

/** A word compromise can look ahead to: no space, tag, method, regex, lexicon or flag. */
const PLAIN_WORD = /^[^\s#@/{}!~%^$*+?.]+$/u;

/** Split a pattern into terms: spaces separate them, except inside (…) and /…/. */
function tokenize(pattern: string, context: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let depth = 0;
  let inRegex = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (inRegex) {
      current += c;
      if (c === '/' && pattern.charAt(i - 1) !== '\\') inRegex = false;
      continue;
    }
    if (c === '/' && depth === 0 && /^[!^[]*(?:<[^<>]*>)?$/.test(current)) {
      inRegex = true;
      current += c;
      continue;
    }
    if (c === '(') {
      if (depth > 0) fail(`nested parentheses at column ${i + 1} ${context}; expected one level of (a|b|c)`);
      // "(to )?(ask|say)": compromise reads a group right after another as the next term.
      if (endsWithGroup(current)) {
        tokens.push(current);
        current = '';
      }
      depth++;
    } else if (c === ')') {
      if (depth === 0) fail(`an unbalanced ")" at column ${i + 1} ${context}; expected a "(" before it`);
      depth--;
    } else if ((c === '[' || c === ']') && depth > 0) {
      fail(`a "${c}" inside (…) at column ${i + 1} ${context}; expected capture groups around whole terms, like [<name>(a|b)]`);
    }
    if (/\s/.test(c) && depth === 0) {
      if (current) tokens.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (inRegex) fail(`an unclosed regular expression ${context}; expected /…/`);
  if (depth > 0) fail(`an unclosed "(" ${context}; expected a ")" after it`);
  if (current) tokens.push(current);
  return tokens;
}

/**
 * Check one compromise match pattern.
 * @param pattern the pattern as written in the rule (`{lex:name}` not yet expanded)
 * @param lexicons ids of the lexicons `{lex:name}` may name
 * @returns a description of the first problem and what was expected, or `undefined` if it is fine
 */
export function checkPattern(pattern: string, lexicons: ReadonlySet<string>): string | undefined {
  const context = `in ${JSON.stringify(pattern)}`;
  try {
    let openGroup = false;
    const onOpen = () => {
      if (openGroup) fail(`a capture group opened inside another ${context}; expected [<name>…] groups side by side`);
      openGroup = true;
    };
    const onClose = () => {
      if (!openGroup) fail(`an unbalanced "]" ${context}; expected a "[" before it`);
      openGroup = false;
    };
    const tokens = tokenize(pattern, context);
    if (tokens.length === 0) fail(`an empty pattern; expected at least one term`);
    let wildcard: string | undefined;
    for (const token of tokens) {
      const core = coreOf(token, onOpen, onClose, context);
      const after = wildcard;
      wildcard = core === '.' && token !== '.' ? token : undefined;
      if (core.startsWith('(') && core.endsWith(')')) {
        const body = core.slice(1, -1);
        const alternatives = body.includes('&&') ? body.split('&&') : body.split('|');
        // compromise ends a repeated wildcard (“.{0,5}?”, “.*”) where the next term matches, but it
        // looks ahead only to single plain words: a choice holding “left out”, #Tag or /re/ there
        // never matches at all (checked by running compromise 14.17).
        const complex = after && !body.includes('&&') && alternatives.find((a) => !PLAIN_WORD.test(a.trim()));
        if (complex) {
          fail(`"${complex.trim()}" in "${core}" right after "${after}" ${context}; compromise stops a wildcard only at single plain words, so this choice never matches (list one-word alternatives, or end the wildcard on a word of its own)`);
        }
        for (const alternative of alternatives) {
          const words = alternative.trim().split(/\s+/).filter(Boolean);
          if (words.length === 0) fail(`an empty alternative in "${core}" ${context}; expected (a|b) with a term on each side of every |`);
          for (const word of words) {
            const inner = coreOf(word, () => fail(`a "[" inside (…) ${context}`), () => fail(`a "]" inside (…) ${context}`), context);
            checkAtom(inner, lexicons, context);
          }
        }
      } else {
        checkAtom(core, lexicons, context);
      }
    }
    if (openGroup) fail(`an unclosed "[" ${context}; expected a "]" after it`);
    return undefined;
  } catch (e) {
    if (e instanceof PatternError) return e.message;
    throw e;
  }
}

const PATTERN_FIELDS = ['match', 'notIf', 'notIfSentence', 'notIfPrecededBy'] as const;

/**
 * Check every pattern of a user rule; throw one RevealLintError naming the rule, the field and the
 * problem, e.g. `options.rules[0] (rule "mine") → match[1]: unknown tag "#Verbb" in "…"; expected …`.
 */
export function checkRulePatterns(rule: Rule, where: string, lexicons: ReadonlyMap<string, unknown>): void {
  const lexiconIds = new Set(lexicons.keys());
  for (const field of PATTERN_FIELDS) {
    const value = rule[field];
    if (value === undefined) continue;
    const list = Array.isArray(value) ? value : [value];
    list.forEach((pattern, i) => {
      const problem = checkPattern(pattern, lexiconIds);
      if (problem) throw new RevealLintError(`${where} → ${Array.isArray(value) ? `${field}[${i}]` : field}`, problem);
    });
  }
}
