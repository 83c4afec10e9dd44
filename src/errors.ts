/**
 * Thrown for bad input: invalid options, a malformed rule, a non-string text.
 * The message always names where the problem is (`options.only[0]`, `options.rules[0] (rule "my-rule") → match`)
 * and what was expected, on one line, so a CLI can print it as it is.
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

/** `options` + `["only", 0]` → `options.only[0]`; a rule context (`… (rule "x")`) gets `→ only[0]`. */
export function fieldName(where: string, path: readonly PropertyKey[]): string {
  const rest = path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
  if (rest === '') return where;
  if (where === '') return rest;
  return where.endsWith(')') ? `${where} → ${rest}` : `${where}${rest.startsWith('[') ? '' : '.'}${rest}`;
}
