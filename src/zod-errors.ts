import { z } from 'zod';
import { RevealLintError } from './errors.js';

/**
 * zod helpers for code off the lint path (the CLI's config loader, tests, build scripts).
 * Kept out of errors.ts so that importing the library never loads zod: the lint path
 * validates with src/validate.ts instead.
 */

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
