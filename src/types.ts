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

export interface LintResult {
  findings: Finding[];
  /**
   * Present (and true) when the message describes violence, threats or fear for one's safety,
   * even if the `safety` category is disabled. Such a message gets no softening suggestion and
   * must not be rewritten.
   */
  safety?: true;
}
