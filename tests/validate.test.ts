import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import validators from '../src/generated/validators.json';
import { optionsSchema, ruleSchema } from '../src/schema/rule.js';
import { validate, type Descriptor } from '../src/schema/validate.js';
import { readRuleFiles, root } from './helpers/rules.js';
import { random } from './helpers/random.js';

/**
 * The lint path validates options and user rules with src/schema/validate.ts and descriptors
 * generated from the zod schemas; zod stays the source of truth. Both must agree on what they
 * accept, on the parsed output and on every error message.
 */
const agree = (schema: z.ZodType, descriptor: unknown, value: unknown) => {
  const ours = validate(descriptor as Descriptor, value);
  const theirs = schema.safeParse(value);
  if (theirs.success) {
    expect(ours, JSON.stringify(value)).toEqual({ ok: true, value: theirs.data });
  } else {
    expect(ours, JSON.stringify(value)).toEqual({ ok: false, message: z.prettifyError(theirs.error) });
  }
  return theirs.success;
};

const rule = readRuleFiles()[0]?.raw ?? {};
const options: unknown[] = [
  undefined,
  null,
  'x',
  [],
  {},
  { only: ['blame', 'you-never'] },
  { only: 'blame' },
  { only: [' '] },
  { only: ['  blame  '] },
  { only: [3, null] },
  { disable: ['absolute'], severity: { blame: 'info', ' x ': 'off' } },
  { severity: { blame: 'loud' } },
  { severity: { ' ': 'off' } },
  { severity: [] },
  { severity: 'info' },
  { rules: 'x' },
  { rules: [1, 'two', { id: 3 }] },
  { onlyy: ['blame'] },
  { a: 1, b: 2, only: [] },
  { only: [''], disable: [''], extra: true },
];


const oddValues = [undefined, null, 0, 1.5, -1, Number.NaN, true, '', ' ', 'x', '  padded  ', 'Bad Id', [], [''], ['a', ''], ['ok'], {}, { x: 1 }];

/** Random mutations of a value: replace, delete or add a key at any depth. */
function mutate(value: unknown, next: () => number, depth = 0): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  if (depth > 3 || next() < 0.2) return pick(oddValues);
  if (Array.isArray(value)) {
    const copy = [...value];
    if (copy.length && next() < 0.7) {
      const i = Math.floor(next() * copy.length);
      copy[i] = mutate(copy[i], next, depth + 1);
    } else copy.push(pick(oddValues));
    return copy;
  }
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const r = next();
    if (r < 0.2) copy[pick(['extra', 'onlyy', 'Match', 'note'])] = pick(oddValues);
    else if (r < 0.4 && keys.length) delete copy[pick(keys)];
    else if (keys.length) {
      const k = pick(keys);
      copy[k] = mutate(copy[k], next, depth + 1);
    }
    return copy;
  }
  return pick(oddValues);
}

describe('validate() agrees with zod', () => {
  it.each(options.map((o) => [JSON.stringify(o) ?? 'undefined', o]))('options %s', (_name, value) => {
    agree(optionsSchema, validators.options, value);
  });

  it('every rule file', () => {
    for (const { raw } of readRuleFiles()) expect(agree(ruleSchema, validators.rule, raw)).toBe(true);
  });

  it('2,000 random mutations of a rule and of options, accepted or rejected alike', () => {
    const next = random(7);
    let rejected = 0;
    for (let i = 0; i < 1000; i++) {
      if (!agree(ruleSchema, validators.rule, mutate(rule, next))) rejected++;
      if (!agree(optionsSchema, validators.options, mutate({ only: ['blame'], severity: { blame: 'info' }, rules: [] }, next))) {
        rejected++;
      }
    }
    // Both outcomes are exercised: this test can fail either way.
    expect(rejected).toBeGreaterThan(200);
    expect(rejected).toBeLessThan(1900);
  });
});

describe('the lint path carries no schema library', () => {
  it('the built package does not import zod', () => {
    const dist = readFileSync(join(root, 'dist', 'index.js'), 'utf8');
    expect(dist).not.toMatch(/from\s*["']zod|import\(["']zod|require\(["']zod/);
  });
});
