import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { thrown } from './helpers/errors.js';
import { labelRule } from './helpers/user-rule.js';

/**
 * `onlyNear` and `notNear` (src/message/level.ts): a rule whose hits count only with a marker in
 * the same sentence or the one just before or after it on the same line (“Can we talk? It's
 * serious.”), and not with warmth there. talk-request is the built-in rule that uses both.
 */
const talk = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'talk-request').map((f) => f.text);

describe('onlyNear', () => {
  it('keeps a hit with the marker in its sentence, the one before or the one after', () => {
    expect(talk('Can we talk tonight, it is important')).toEqual(['Can we talk']);
    expect(talk("It's serious. Can we talk tonight?")).toEqual(['Can we talk']);
    expect(talk("Can we talk tonight? It's serious.")).toEqual(['Can we talk']);
  });

  it('drops it when the marker is two sentences away, on another line, or said as absent', () => {
    expect(talk("Can we talk tonight? I'll be home at six. It's serious.")).toEqual([]);
    expect(talk("Can we talk tonight?\nIt's serious.")).toEqual([]);
    expect(talk('Can we talk tonight? Nothing urgent.')).toEqual([]);
    expect(talk("Can we talk tonight? It's not serious, just the holiday.")).toEqual([]);
    expect(talk('Can we talk tonight?')).toEqual([]);
  });

  it('notNear drops it when warmth sits beside it', () => {
    expect(talk("Can we talk tonight? It's important. Thank you for everything this week.")).toEqual(['Can we talk']);
    expect(talk("It's important. Can we talk tonight? Thank you for being so patient.")).toEqual([]);
  });

  it('offsets are the hit, wherever the marker is', () => {
    const text = "Okay. It's serious 😐 Can we talk tonight?";
    for (const f of lint(text).findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('works for a user rule too, and an unknown lexicon names the rule and the key', () => {
    const rule = { ...labelRule, id: 'near-rule', onlyNear: ['gravity'] };
    const options = { rules: [rule], disable: ['you-are-label'] };
    expect(lint('Honestly you are impossible.', options).findings.map((f) => f.ruleId)).not.toContain('near-rule');
    expect(lint("Honestly you are impossible. I'm serious.", options).findings.map((f) => f.ruleId)).toContain('near-rule');
    expect(thrown(() => lint('hi', { rules: [{ ...rule, onlyNear: ['no-such-lexicon'] }] }))).toMatch(/near-rule.*onlyNear.*unknown lexicon "no-such-lexicon"/);
    expect(thrown(() => lint('hi', { rules: [{ ...rule, onlyNear: ['Not An Id'] }] }))).toMatch(/onlyNear/);
  });
});

describe('a contextual hit beside a context-free one of its category', () => {
  it('adds no second finding', () => {
    const text = "Are you free later? There's something I have to get off my chest about us.";
    const big = lint(text).findings.filter((f) => f.category === 'big-talk');
    expect(big).toHaveLength(1);
    expect(big[0]?.ruleId).not.toBe('talk-request');
  });
});
