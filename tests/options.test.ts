import { describe, expect, it } from 'vitest';
import { createLinter, lint } from '../src/index.js';
import { thrown } from './helpers/errors.js';
import { labelRule } from './helpers/user-rule.js';

const blaming = 'You never talk to me about anything.';
const myRule = labelRule;

describe('options', () => {
  it('only and disable take rule ids and categories', () => {
    expect(lint(blaming, { only: ['blame'] }).findings.every((f) => f.category === 'blame')).toBe(true);
    expect(lint(blaming, { disable: ['absolute'] }).findings.some((f) => f.category === 'absolute')).toBe(false);
    expect(lint(blaming, { only: ['you-never'] }).findings.map((f) => f.ruleId)).toEqual(['you-never']);
  });

  it('severity overrides by id beat those by category; off removes', () => {
    const f = lint(blaming, { severity: { absolute: 'warning', 'you-never': 'info' } }).findings;
    expect(f.find((x) => x.ruleId === 'you-never')?.severity).toBe('info');
    expect(lint(blaming, { severity: { absolute: 'off' } }).findings.some((x) => x.category === 'absolute')).toBe(false);
  });

  it('runs extra rules in the same shape, with captures', () => {
    // The built-in label rule flags the same words; disable it so the extra rule's finding shows.
    const f = lint('Honestly you are impossible.', { rules: [myRule], disable: ['you-are-label'] }).findings;
    expect(f).toContainEqual(expect.objectContaining({ ruleId: 'my-rule', text: 'you are impossible', message: '“impossible” is a label.' }));
  });

  it('createLinter compiles once and lints many', () => {
    const linter = createLinter({ only: ['absolute'] });
    expect(linter.rules.every((r) => r.category === 'absolute')).toBe(true);
    expect(linter.lint(blaming).findings).toHaveLength(1);
    expect(linter.lint('Thanks for dinner!').findings).toEqual([]);
  });
});

describe('errors name what is wrong and where', () => {
  it('a non-string text', () => {
    expect(thrown(() => lint(42 as unknown as string))).toBe('text: expected a string, received number');
    expect(thrown(() => lint(null as unknown as string))).toBe('text: expected a string, received null');
  });

  it('an unknown option', () => {
    expect(thrown(() => lint('hi', { onlyy: ['blame'] } as never))).toMatch(/^options: [\s\S]*onlyy/);
  });

  it('an unknown rule id or category', () => {
    expect(thrown(() => lint('hi', { only: ['nope'] }))).toBe('options.only[0]: "nope" is neither a rule id nor a category');
  });

  it('a bad severity value', () => {
    expect(thrown(() => lint('hi', { severity: { blame: 'loud' as never } }))).toBe(
      'options.severity.blame: Invalid option: expected one of "warning"|"info"|"off"',
    );
  });

  it('a malformed rule names the rule and the key', () => {
    const msg = thrown(() => lint('hi', { rules: [{ ...myRule, category: 'rude' }] }));
    expect(msg).toMatch(/^options\.rules\[0\] \(rule "my-rule"\) → category: Invalid option: expected one of "blame"\|/);
  });

  it('a duplicate rule id', () => {
    expect(thrown(() => lint('hi', { rules: [{ ...myRule, id: 'you-never' }] }))).toMatch(/duplicate rule id "you-never"/);
  });

  it('a rule whose pattern repeats another rule’s', () => {
    expect(thrown(() => lint('hi', { rules: [myRule, { ...myRule, id: 'my-other' }] }))).toMatch(/also used by rule "my-rule"/);
  });
});
