/**
 * Thrown for bad input: invalid options, a malformed rule, a non-string text.
 * The message always names where the problem is (`options.only[0]`, `rule "my-rule" → match`).
 */
export class RevealLintError extends Error {
  override name = 'RevealLintError';
  /** Where the problem is, e.g. `options.rules[2]` or `rules/you-never.json`. */
  readonly where: string;
  constructor(where: string, detail: string) {
    super(`${where}: ${detail}`);
    this.where = where;
  }
}
