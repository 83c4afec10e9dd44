import { world, type MatchToken } from '../nlp/compromise.js';

/**
 * A lexical gate in front of the tagger: a sentence that holds none of the words some rule
 * requires cannot produce a hit, so it is not parsed at all.
 *
 * It must be sound: it may admit a sentence that then yields nothing, never reject one that
 * would yield a hit. So both sides over-approximate. From each compiled pattern we keep only
 * the tokens every match must consume (not optional, not negated) that are plain words or
 * alternations of plain words; from the raw sentence we derive every form compromise could
 * compare such a token against (`normal`, `machine`, `implicit`, `alias`: lowercased, accents
 * folded, contractions expanded, apostrophes and hyphens dropped or split). A pattern with no
 * such token (tags only) opens the gate for every sentence.
 */
export interface Gate {
  /** False when some pattern has no required word: every sentence must be parsed. */
  readonly selective: boolean;
  /** Could any pattern match inside this sentence? */
  admits(sentence: string): boolean;
  /**
   * The ids of the patterns that could match inside this sentence, in compile order: the
   * sweep runs only these (compromise's own pre-filter knows tags and single words, not the
   * words of multi-word alternations, so it would try most patterns on most sentences).
   * Pass the sentence's `sentenceKeys` when they are already at hand.
   */
  candidates(sentence: string, keys?: ReadonlySet<string>): string[];
}

/** A pattern to gate: the id of its net entry and its parsed match (`nlp.parseMatch` tokens). */
export interface GateEntry {
  id: string;
  regs: readonly unknown[];
}

/**
 * What one token forces into any match: one of `words`, and — for an alternation of phrases
 * such as `(you are|youre|u r)` — all the words of at least one alternative (`alts`), so
 * "you" alone does not admit a pattern that needs "you are".
 */
export interface Need {
  words: ReadonlySet<string>;
  alts?: readonly (readonly Need[])[];
}
/** A pattern's requirement: every need must be met by the sentence. */
export type Requirement = readonly Need[];

/** The need of one token, or null if it forces no word we can name. */
function tokenNeed(t: MatchToken): Need | null {
  if (t.optional || t.negative || t.min === 0 || t.fuzzy) return null;
  // `@hasComma` needs a comma in the text; a number tag needs a digit or a number word (NUMBER_KEY).
  if (t.method === 'hasComma') return { words: new Set([COMMA_KEY]) };
  if (t.tag !== undefined && !t.use && NUMBER_TAGS.has(t.tag)) return { words: new Set([NUMBER_KEY]) };
  if (t.word !== undefined) return t.use ? null : plainWords([t.word]);
  if (t.fastOr) return plainWords(t.fastOr);
  if (t.choices) {
    if (t.operator === 'and') {
      // Every side must match the same term: any one side's needs are required.
      for (const side of t.choices) {
        const needs = sequenceNeeds(side);
        if (needs.length) return cheapest(needs);
      }
      return null;
    }
    // (a b|c): whichever alternative matches brings its own required words.
    const alts: Need[][] = [];
    const words = new Set<string>();
    for (const choice of t.choices) {
      const needs = sequenceNeeds(choice);
      if (needs.length === 0) return null;
      alts.push(needs);
      for (const w of cheapest(needs).words) words.add(w);
    }
    return { words, alts };
  }
  return null;
}

/**
 * Keys no word can be: a sentence has COMMA_KEY when its text holds a comma (compromise's
 * `@hasComma` reads a term's trailing punctuation), and NUMBER_KEY when it holds something
 * compromise may tag a number: a digit, a Roman numeral, a number word of its lexicon, or a word
 * shaped like one (“-teen”, “-ty”, “-th”).
 */
const COMMA_KEY = ',';
const NUMBER_KEY = '#number';
const NUMBER_TAGS: ReadonlySet<string> = new Set(['Value', 'Cardinal', 'Ordinal', 'TextValue', 'NumericValue', 'RomanNumeral', 'Money', 'Fraction', 'Multiple', 'Percent']);
const NUMBER_SHAPE = /\d|^[ivxlcdm]+$|(teen|ty|th|ieth)s?$/;
let numberWords: ReadonlySet<string> | undefined;
/** compromise's number words, read from its lexicon on first use (not at import). */
function isNumberWord(piece: string): boolean {
  numberWords ??= new Set(
    Object.entries(world.model.one.lexicon)
      .filter(([, tag]) => [tag].flat().some((x) => NUMBER_TAGS.has(x)))
      .flatMap(([w]) => w.split(' ')),
  );
  return NUMBER_SHAPE.test(piece) || numberWords.has(piece);
}

/** Every need of a token sequence (one alternative). */
function sequenceNeeds(tokens: readonly MatchToken[]): Need[] {
  const needs: Need[] = [];
  for (const t of tokens) {
    const need = tokenNeed(t);
    if (need) needs.push(need);
  }
  return needs;
}

const cheapest = (needs: readonly Need[]): Need =>
  needs.reduce((best, n) => (cost(n.words) < cost(best.words) ? n : best));

/**
 * Only words made of letters, digits and apostrophes are gated on: an emoji or a symbol in a
 * pattern is compared by compromise in ways the raw-text side does not model.
 */
const PLAIN_WORD = /^[\p{L}\p{N}']+$/u;
/**
 * A hyphenated word ("love-bombed", "guilt-tripped") is gated on any of its pieces or on the
 * pieces run together: whichever way the text spells it, `sentenceKeys` holds one of those
 * (it splits on hyphens and also keeps the chunk without them). Without this one hyphenated
 * alternative left a whole alternation ungated, and its pattern was tried on every "you".
 */
const HYPHENATED = /^[\p{L}\p{N}']+(?:-[\p{L}\p{N}']+)+$/u;
const plainWords = (words: Iterable<string>): Need | null => {
  const set = new Set<string>();
  for (const w of words) {
    if (PLAIN_WORD.test(w)) set.add(w);
    else if (HYPHENATED.test(w)) {
      const pieces = w.split('-');
      for (const piece of pieces) set.add(piece);
      set.add(pieces.join(''));
    } else return null;
  }
  return { words: set };
};

/**
 * How often a word set is expected to be present: fewer and longer words are rarer
 * (short words — you, is, to — are the common ones). Used only to pick the hook word.
 */
const cost = (words: ReadonlySet<string>): number => {
  let c = 0;
  for (const w of words) c += 1 / Math.max(1, w.length);
  return c;
};

/** Words compromise writes as their own forms: "don't" → do + not, "gonna" → going + to. */
const contractionWords = new Map<string, string[]>();
const afterParts = new Map<string, string[]>();
const beforeParts = new Map<string, string[]>();
for (const c of world.model.one.contractions) {
  const out = c.out.map((w) => w.toLowerCase());
  if (c.word) contractionWords.set(c.word, out);
  else if (c.after) afterParts.set(c.after, out);
  else if (c.before) beforeParts.set(c.before, out);
}
/** Suffixes compromise expands by rule rather than by list (2-two/contraction-two). */
const RULE_SUFFIXES: Record<string, string[]> = {
  t: ['not', 'is', 'are', 'am', 'have'],
  d: ['would', 'had', 'did'],
  s: ['is', 'has', 'us', 'are'],
};
const symbolAliases = Object.entries(world.model.one.aliases).filter(([k]) => !/^\p{L}+$/u.test(k));
const wordAliases = new Map(Object.entries(world.model.one.aliases).filter(([k]) => /^\p{L}+$/u.test(k)));

const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032`´]/g;
const NOT_WORD = /[^\p{L}\p{N}']+/u;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;
const NON_ASCII = /[^ -~]/;
const DIGIT = /\p{N}/u;
const LETTERS_OR_DIGITS = /\p{L}+|\p{N}+/gu;
const NUMBER_RANGE = /\p{N}\s*[-–—]\s*\p{N}/u;

function addPiece(keys: Set<string>, piece: string): void {
  if (piece === '') return;
  keys.add(piece);
  const bare = piece.replace(/'/g, '');
  keys.add(bare);
  for (const w of [piece, bare]) {
    const out = contractionWords.get(w) ?? wordAliases.get(w);
    if (out) for (const o of typeof out === 'string' ? [out] : out) keys.add(o);
  }
  if (piece.includes("'")) {
    const parts = piece.split("'");
    for (const p of parts) if (p) keys.add(p);
    const before = parts[0] ?? '';
    const after = parts[parts.length - 1] ?? '';
    for (const o of afterParts.get(after) ?? []) keys.add(o);
    for (const o of beforeParts.get(before) ?? []) keys.add(o);
    for (const o of RULE_SUFFIXES[after] ?? []) keys.add(o);
    // don't → do; won't / can't are in the list above
    if (after === 't' && before.endsWith('n')) keys.add(before.slice(0, -1));
    // lookin' → looking (compromise's machine form)
    if (after === '' && before.endsWith('in')) keys.add(`${before}g`);
  }
  if (DIGIT.test(piece)) for (const m of piece.match(LETTERS_OR_DIGITS) ?? []) keys.add(m);
}

/** The piece without leading and trailing apostrophes; a loop, as /^'+|'+$/g is quadratic on a run of them (recheck). */
function trimApostrophes(piece: string): string {
  let start = 0;
  let end = piece.length;
  while (start < end && piece.charAt(start) === "'") start++;
  while (end > start && piece.charAt(end - 1) === "'") end--;
  return piece.slice(start, end);
}

/** Every form compromise might compare a word token against, for each word of `sentence`. */
export function sentenceKeys(sentence: string): Set<string> {
  const keys = new Set<string>();
  const text = sentence.replace(ZERO_WIDTH, '').toLowerCase().replace(APOSTROPHES, "'");
  for (const chunk of text.split(/\s+/)) {
    if (chunk === '') continue;
    const forms = NON_ASCII.test(chunk) ? [chunk, world.methods.one.killUnicode(chunk, world)] : [chunk];
    for (const form of forms) {
      keys.add(form.replace(NOT_ALNUM, ''));
      for (const piece of form.split(NOT_WORD)) {
        addPiece(keys, piece);
        addPiece(keys, trimApostrophes(piece));
      }
    }
  }
  for (const [symbol, word] of symbolAliases) if (text.includes(symbol)) keys.add(word);
  if (text.includes(',')) keys.add(COMMA_KEY);
  for (const k of keys) {
    if (isNumberWord(k)) {
      keys.add(NUMBER_KEY);
      break;
    }
  }
  if (NUMBER_RANGE.test(text)) keys.add('to');
  return keys;
}

/**
 * The words a pattern requires, rarest set first, or null when it requires none that can be
 * named (then it must always be tried).
 */
export function requirementOf(regs: readonly unknown[]): Requirement | null {
  const req = sequenceNeeds(regs as readonly MatchToken[]);
  return req.length ? req.sort((a, b) => cost(a.words) - cost(b.words)) : null;
}

function met(need: Need, keys: ReadonlySet<string>): boolean {
  let any = false;
  for (const w of need.words) {
    if (keys.has(w)) {
      any = true;
      break;
    }
  }
  return any && (!need.alts || need.alts.some((alt) => alt.every((n) => met(n, keys))));
}

/** Could a pattern with this requirement match in a text with these keys? */
export const satisfies = (req: Requirement | null, keys: ReadonlySet<string>): boolean =>
  req === null || req.every((need) => met(need, keys));

/** Compile the gate for a rule set from its net entries. */
export function compileGate(entries: readonly GateEntry[]): Gate {
  const open: number[] = [];
  // Each gated pattern hangs on the words of its rarest required set: a sentence looks up only
  // its own words, then checks the pattern's other sets.
  const hooks = new Map<string, { index: number; req: Requirement }[]>();
  entries.forEach((entry, index) => {
    const req = requirementOf(entry.regs);
    if (req === null) {
      open.push(index);
      return;
    }
    for (const w of req[0]?.words ?? []) {
      const list = hooks.get(w);
      if (list) list.push({ index, req });
      else hooks.set(w, [{ index, req }]);
    }
  });
  const candidates = (sentence: string, keys = sentenceKeys(sentence)): string[] => {
    const found = new Set(open);
    for (const k of keys) {
      for (const { index, req } of hooks.get(k) ?? []) {
        if (!found.has(index) && satisfies(req, keys)) found.add(index);
      }
    }
    return [...found].sort((a, b) => a - b).map((i) => entries[i]?.id ?? '');
  };
  return {
    selective: open.length === 0,
    admits: (sentence) => open.length > 0 || candidates(sentence).length > 0,
    candidates,
  };
}
