import { z } from 'zod/v3';

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

type Path = readonly PropertyKey[];

/** `options` + `["only", 0]` → `options.only[0]`; a rule context (`… (rule "x")`) gets `→ only[0]`. */
export function fieldName(where: string, path: Path): string {
  const rest = path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
  if (rest === '') return where;
  if (where === '') return rest;
  return where.endsWith(')') ? `${where} → ${rest}` : `${where}${rest.startsWith('[') ? '' : '.'}${rest}`;
}

function valueAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** A short, safe rendering of what was received. */
function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** The keys a strict object schema allows at `path`, to say what was expected instead of an unknown key. */
function keysAt(schema: z.ZodTypeAny, path: Path): string[] {
  const unwrap = (t: z.ZodTypeAny): z.ZodTypeAny => {
    let cur = t;
    for (let i = 0; i < 8; i++) {
      if (cur instanceof z.ZodOptional) cur = cur.unwrap() as z.ZodTypeAny;
      else if (cur instanceof z.ZodDefault) cur = cur.removeDefault() as z.ZodTypeAny;
      else break;
    }
    return cur;
  };
  let s: z.ZodTypeAny | undefined = schema;
  for (const k of path) {
    if (!s) return [];
    s = unwrap(s);
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodTypeAny>)[String(k)];
    else if (s instanceof z.ZodArray) s = s.element as z.ZodTypeAny;
    else if (s instanceof z.ZodRecord) s = s.valueSchema as z.ZodTypeAny;
    else return [];
  }
  if (!s) return [];
  s = unwrap(s);
  return s instanceof z.ZodObject ? Object.keys(s.shape as object).filter((k) => k !== '$schema') : [];
}

const quoteAll = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** What was wrong and what was expected, for one zod issue (also used by the CLI for config files). */
export function detailOf(issue: z.ZodIssue, schema: z.ZodTypeAny, input: unknown): string {
  const received = valueAt(input, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = keysAt(schema, issue.path);
      const what = issue.keys.length === 1 ? `unknown key ${quoteAll(issue.keys)}` : `unknown keys ${quoteAll(issue.keys)}`;
      return allowed.length ? `${what}; expected one of: ${allowed.join(', ')}` : what;
    }
    case 'invalid_type': {
      // An enum's expected type comes as "'a' | 'b'".
      const options = String(issue.expected).split(' | ');
      const expected = options.length > 1 ? `one of ${options.map((o) => `"${o.replace(/^'|'$/g, '')}"`).join(', ')}` : options[0];
      return received === undefined ? `missing; expected ${expected}` : `expected ${expected}, received ${describe(received)}`;
    }
    case 'invalid_union': {
      const expected = [
        ...new Set(issue.unionErrors.flatMap((e) => e.issues.flatMap((i) => (i.code === 'invalid_type' && i.path.length === issue.path.length ? [String(i.expected)] : [])))),
      ];
      // A value of the right type that fails inside one branch: report that branch's problem.
      const inner = issue.unionErrors.map((e) => e.issues[0]).find((i) => i && i.code !== 'invalid_type');
      if (inner) return detailOf(inner, schema, input);
      const want = expected.length ? expected.join(' or ') : 'another shape';
      return received === undefined ? `missing; expected ${want}` : `expected ${want}, received ${describe(received)}`;
    }
    case 'invalid_enum_value':
      return `expected one of ${quoteAll(issue.options)}, received ${describe(received)}`;
    case 'too_small':
      // zod's own wording ("Number must be greater than 0") unless the schema gave one.
      return `${issue.message.replace(/^Number must be/, 'expected a number').replace(/^String must contain/, 'expected')}, received ${describe(received)}`;
    default:
      return `${issue.message}, received ${describe(received)}`;
  }
}

/**
 * Turn a zod failure into one RevealLintError naming the first offending field and what was expected;
 * other offending fields, if any, are listed after it so one fix-and-retry finds them all.
 */
export function fromZodError(where: string, error: z.ZodError, schema: z.ZodTypeAny, input: unknown): RevealLintError {
  const [first, ...rest] = error.issues;
  if (!first) return new RevealLintError(where, 'invalid');
  const others = [...new Set(rest.map((i) => fieldName('', i.path) || where))];
  const also = others.length ? ` (also wrong: ${others.join(', ')})` : '';
  return new RevealLintError(fieldName(where, first.path), `${detailOf(first, schema, input)}${also}`);
}

/** Parse with a zod schema, throwing a RevealLintError that names `where` and the offending field. */
export function parseOrThrow<T extends z.ZodTypeAny>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw fromZodError(where, result.error, schema, value);
  return result.data;
}
