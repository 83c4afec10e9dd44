import type { Category, Severity } from './categories.js';

export type { Category, Severity };

/** One edit the caller may choose to apply: replace `text.slice(start, end)` with `replacement`. */
export interface Suggestion {
  start: number;
  end: number;
  replacement: string;
  /** What the edit changes, in one line. */
  message: string;
  /** The script this rewrite is drawn from (a seed file or script id). */
  source?: string;
}

/** One blaming phrase found in the text. Offsets are UTF-16 code units into the input. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** One line: what is wrong with this phrasing. */
  message: string;
  /** A sentence or two from the seed documents: why it pushes people away, what to do instead. */
  note: string;
  start: number;
  end: number;
  /** Always equal to `input.slice(start, end)`. */
  text: string;
  /** Best first; may be empty. */
  suggestions: Suggestion[];
}

/** A stretch of the input, in UTF-16 code units: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Named captures of a rule's pattern (`[<subject>…]`, `[<label>…]`): term index ranges in the sentence. */
export type Captures = Partial<Record<string, [number, number]>>;

/** Where a finding sits in the parsed document: its sentence, its first and last term. */
export interface Place {
  sentence: number;
  from: number;
  to: number;
  /** The rule pattern that made the hit (its source text). */
  pattern: string;
  /** Term indices of its named captures, recovered once when it was matched (src/match/captures.ts). */
  captures: Captures;
}

/**
 * A finding as matching makes it: everything but its suggestions, and where it sits in the parse
 * (which the rewrite engine reads). The engine passes these along as values; a `Finding` is made
 * from one once, with its suggestions (`toFinding`).
 */
export interface Match extends Omit<Finding, 'suggestions'> {
  place: Place;
}

/** The finding a match becomes, with its suggestions: a new object, fields in their documented order. */
export const toFinding = (m: Omit<Finding, 'suggestions'>, suggestions: Suggestion[]): Finding => ({
  ruleId: m.ruleId,
  category: m.category,
  severity: m.severity,
  message: m.message,
  note: m.note,
  start: m.start,
  end: m.end,
  text: m.text,
  suggestions,
});

export interface LintResult {
  findings: Finding[];
  /**
   * Present (and true) when the message describes violence, threats or fear for one's safety,
   * even if the `safety` category is disabled. Such a message gets no softening suggestion and
   * must not be rewritten.
   */
  safety?: true;
}

/**
 * How a suggestion is shown to a person: its replacement, or, for one that deletes (an emphatic
 * tail, src/suggest/suggest.ts dropTail), words saying so instead of an empty line or button.
 */
export const shownAs = (s: Pick<Suggestion, 'replacement'>): string => (s.replacement === '' ? '(leave it out)' : s.replacement);
