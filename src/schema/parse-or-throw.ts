import { fieldName, RevealLintError } from '../errors.js';
import { keysAt, validate, validationIssues, type Descriptor } from './validate.js';

/**
 * Validate against a descriptor generated from the zod schema at build time (src/schema/validate.ts):
 * zod's semantics and messages, without zod in the bundle.
 */
export function parseOrThrow<T>(descriptor: unknown, value: unknown, where: string): T {
  const result = validate(descriptor as Descriptor, value);
  if (result.ok) return result.value as T;
  // One line: the first (shallowest) problem with its field; the other fields after it.
  const [first, ...rest] = validationIssues(descriptor as Descriptor, value);
  if (!first) throw new RevealLintError(where, 'invalid');
  let detail = first.message;
  if (detail.startsWith('Unrecognized key')) {
    const keys = keysAt(descriptor as Descriptor, first.path);
    if (keys.length) detail += `; expected one of: ${keys.join(', ')}`;
  }
  const others = [...new Set(rest.map((i) => fieldName('', i.path) || where))].filter((f) => f !== fieldName('', first.path));
  throw new RevealLintError(fieldName(where, first.path), `${detail}${others.length ? ` (also wrong: ${others.join(', ')})` : ''}`);
}

