import { z } from 'zod';

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

/** Turn a zod failure into one RevealLintError that lists every issue with its path. */
export function fromZodError(where: string, error: z.ZodError): RevealLintError {
  return new RevealLintError(where, `\n${z.prettifyError(error)}`);
}

/** Parse with a zod schema, throwing a RevealLintError that names `where`. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw fromZodError(where, result.error);
  return result.data;
}
