import { expect } from 'vitest';
import { RevealLintError } from '../../src/index.js';

/** Runs `fn`, which must throw exactly one one-line error of `kind`; returns its message. */
export function thrown(fn: () => unknown, kind: new (...args: never[]) => Error = RevealLintError): string {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error, 'expected a throw').toBeInstanceOf(kind);
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  return message;
}
