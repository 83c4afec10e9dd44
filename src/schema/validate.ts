/**
 * Validation without a schema library on the lint path.
 *
 * The zod schemas in src/schema/rule.ts stay the source of truth. At build time
 * (scripts/compile-rules.mjs) they are walked into small JSON descriptors
 * (src/generated/validators.json); this module interprets those descriptors with zod's own
 * semantics and zod's own English messages, so `lint(text, options)` reports exactly what
 * `z.prettifyError` would, while the browser bundle carries ~1 KiB instead of zod's ~90 KiB.
 * tests/validate.test.ts checks that both agree on accepted values, outputs and messages.
 */

/** A check on a string, number or array, in schema order: [kind, value, custom message?]. */
export type Check =
  | ['trim']
  | ['lower']
  | ['min' | 'max', number, string?]
  | ['gt' | 'gte' | 'lt' | 'lte', number, string?]
  | ['int', string?]
  | ['regex', string, string, string?];

export type Descriptor =
  | { t: 'object'; shape: Record<string, Descriptor>; strict: boolean }
  | { t: 'string' | 'number'; c?: Check[] }
  | { t: 'array'; el: Descriptor; c?: Check[] }
  | { t: 'boolean' | 'unknown' }
  | { t: 'enum'; values: (string | number)[] }
  | { t: 'union'; options: Descriptor[] }
  | { t: 'record'; key: Descriptor; value: Descriptor }
  | { t: 'optional'; inner: Descriptor }
  | { t: 'default'; inner: Descriptor; value: unknown };

type Path = (string | number)[];

interface Issue {
  path: Path;
  message: string;
  /** zod stops at type errors; failed checks let the other checks and union options run on. */
  fatal: boolean;
}

interface Result {
  value: unknown;
  issues: Issue[];
}

const typeName = (v: unknown): string => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? 'number' : String(v);
  return typeof v;
};
const quote = (v: string | number) => (typeof v === 'string' ? `"${v}"` : String(v));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A type error. zod still runs its length checks on any value that has a length (an array
 * where a string was expected, say), so their messages are added here the same way.
 */
function invalidType(expected: string, value: unknown, path: Path, checks: readonly Check[] = []): Result {
  const issue: Issue = { path, message: `Invalid input: expected ${expected}, received ${typeName(value)}`, fatal: true };
  const length = (value as { length?: unknown } | null | undefined)?.length;
  if (length === undefined || !checks.some((c) => c[0] === 'min' || c[0] === 'max')) return { value, issues: [issue] };
  const origin = Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';
  const lengthChecks = checks.filter((c) => c[0] === 'min' || c[0] === 'max');
  return { value, issues: [issue, ...runChecks(origin, lengthChecks, value, path).issues] };
}

const UNITS: Record<string, string> = { string: 'characters', array: 'items' };

/** Run string/number/array checks in order, as zod does, on an already type-checked value. */
function runChecks(origin: string, checks: readonly Check[], value: unknown, path: Path): Result {
  const issues: Issue[] = [];
  const fail = (message: string) => issues.push({ path, message, fatal: false });
  for (const check of checks) {
    const [kind] = check;
    if (kind === 'trim') value = (value as string).trim();
    else if (kind === 'lower') value = (value as string).toLowerCase();
    else if (kind === 'regex') {
      if (!new RegExp(check[1], check[2]).test(value as string)) {
        fail(check[3] ?? `Invalid string: must match pattern /${check[1]}/${check[2]}`);
      }
    } else if (kind === 'int') {
      if (!Number.isSafeInteger(value)) {
        // A non-integer is a type error in zod ("expected int"); a huge integer is out of range.
        if (Number.isInteger(value)) {
          const big = (value as number) > 0;
          fail(check[1] ?? `Too ${big ? 'big' : 'small'}: expected number to be ${big ? '<=' : '>='}${big ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER}`);
        } else {
          fail(check[1] ?? 'Invalid input: expected int, received number');
        }
      }
    } else if (kind === 'min' || kind === 'max') {
      const size = (value as string | unknown[]).length;
      const [, n, message] = check;
      if (kind === 'min' ? size < n : size > n) {
        const bound = `${kind === 'min' ? '>=' : '<='}${n}`;
        const unit = UNITS[origin];
        fail(message ?? `Too ${kind === 'min' ? 'small' : 'big'}: expected ${origin} to ${unit ? `have ${bound} ${unit}` : `be ${bound}`}`);
      }
    } else {
      const [, n, message] = check;
      const x = value as number;
      const ok = kind === 'gt' ? x > n : kind === 'gte' ? x >= n : kind === 'lt' ? x < n : x <= n;
      const op = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[kind];
      if (!ok) fail(message ?? `Too ${kind[0] === 'g' ? 'small' : 'big'}: expected number to be ${op}${n}`);
    }
  }
  return { value, issues };
}

function run(d: Descriptor, value: unknown, path: Path): Result {
  switch (d.t) {
    case 'unknown':
      return { value, issues: [] };
    case 'boolean':
      return typeof value === 'boolean' ? { value, issues: [] } : invalidType('boolean', value, path);
    case 'string':
      return typeof value === 'string' ? runChecks('string', d.c ?? [], value, path) : invalidType('string', value, path, d.c);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? runChecks('number', d.c ?? [], value, path)
        : invalidType('number', value, path, d.c);
    case 'enum':
      if (d.values.includes(value as string)) return { value, issues: [] };
      return {
        value,
        issues: [
          {
            path,
            message:
              d.values.length === 1
                ? `Invalid input: expected ${quote(d.values[0] ?? '')}`
                : `Invalid option: expected one of ${d.values.map(quote).join('|')}`,
            fatal: true,
          },
        ],
      };
    case 'optional':
      return value === undefined ? { value, issues: [] } : run(d.inner, value, path);
    case 'default':
      return value === undefined ? { value: structuredClone(d.value), issues: [] } : run(d.inner, value, path);
    case 'array': {
      if (!Array.isArray(value)) return invalidType('array', value, path, d.c);
      const out: unknown[] = [];
      const issues: Issue[] = [];
      value.forEach((item, i) => {
        const r = run(d.el, item, [...path, i]);
        out.push(r.value);
        issues.push(...r.issues);
      });
      if (issues.some((i) => i.fatal)) return { value: out, issues };
      const checked = runChecks('array', d.c ?? [], out, path);
      return { value: checked.value, issues: [...issues, ...checked.issues] };
    }
    case 'object': {
      if (!isObject(value)) return invalidType('object', value, path);
      const out: Record<string, unknown> = {};
      const issues: Issue[] = [];
      for (const [key, child] of Object.entries(d.shape)) {
        const r = run(child, value[key], [...path, key]);
        issues.push(...r.issues);
        if (key in value || r.value !== undefined) out[key] = r.value;
      }
      const unknown = Object.keys(value).filter((k) => !Object.hasOwn(d.shape, k));
      if (unknown.length && d.strict) {
        const s = unknown.length > 1 ? 's' : '';
        issues.push({ path, message: `Unrecognized key${s}: ${unknown.map(quote).join(', ')}`, fatal: true });
      }
      return { value: out, issues };
    }
    case 'record': {
      if (!isObject(value)) return invalidType('record', value, path);
      const out: Record<string, unknown> = {};
      const issues: Issue[] = [];
      for (const [key, item] of Object.entries(value)) {
        const k = run(d.key, key, []);
        if (k.issues.length) {
          issues.push({ path: [...path, key], message: 'Invalid key in record', fatal: true });
          continue;
        }
        const r = run(d.value, item, [...path, key]);
        issues.push(...r.issues);
        out[k.value as string] = r.value;
      }
      return { value: out, issues };
    }
    case 'union': {
      const results = d.options.map((o) => run(o, value, path));
      const ok = results.find((r) => r.issues.length === 0);
      if (ok) return ok;
      // Like zod: if exactly one option failed only its checks, its issues say what is wrong.
      const near = results.filter((r) => !r.issues.some((i) => i.fatal));
      if (near.length === 1 && near[0]) return near[0];
      return { value, issues: [{ path, message: 'Invalid input', fatal: true }] };
    }
  }
}

/** zod's `toDotPath`: `rules[0].match`, `severity["my key"]`. */
function dotPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/[^\w$]/.test(seg)) out += `[${JSON.stringify(seg)}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}

/** Validate `value`: its parsed output, or the issues rendered as `z.prettifyError` renders them. */
export function validate(d: Descriptor, value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  const { value: out, issues } = run(d, value, []);
  if (issues.length === 0) return { ok: true, value: out };
  const lines = sortIssues(issues).map((i) => `✖ ${i.message}${i.path.length ? `\n  → at ${dotPath(i.path)}` : ''}`);
  return { ok: false, message: lines.join('\n') };
}

const sortIssues = (issues: readonly Issue[]) => [...issues].sort((a, b) => a.path.length - b.path.length);

/** The issues of an invalid `value`, shallowest first, for one-line error messages. */
export function validationIssues(d: Descriptor, value: unknown): { path: Path; message: string }[] {
  return sortIssues(run(d, value, []).issues).map(({ path, message }) => ({ path, message }));
}

/** The keys an object descriptor allows at `path` (to say what was expected instead of an unknown key). */
export function keysAt(d: Descriptor, path: readonly (string | number)[]): string[] {
  let cur: Descriptor | undefined = d;
  const unwrap = () => {
    while (cur && (cur.t === 'optional' || cur.t === 'default')) cur = cur.inner;
  };
  for (const k of path) {
    unwrap();
    if (!cur) return [];
    if (cur.t === 'object') cur = cur.shape[String(k)];
    else if (cur.t === 'array') cur = cur.el;
    else if (cur.t === 'record') cur = cur.value;
    else return [];
  }
  unwrap();
  return cur?.t === 'object' ? Object.keys(cur.shape).filter((k) => k !== '$schema') : [];
}
