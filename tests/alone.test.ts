import { describe, expect, it } from 'vitest';
import { createLinter, lint } from '../src/index.js';
import type { RuleDefinition as Rule } from '../src/index.js';

/**
 * `alone` rules (rules/bare-feeling.json): a loose feeling counts only where it is all the message
 * says; the same words beside what happened already say what the feeling is about.
 */
const bare = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'bare-feeling');

describe('a rule with `alone`', () => {
  it('flags the feeling when it is the whole message, with a vocative or a sign-off around it', () => {
    for (const text of ["I'm fed up.", "I'm just sad, Dan.", 'Hi Jo,\r\nI feel uncomfortable about the situation.\r\nThanks, Liam']) {
      const [f] = bare(text);
      expect(f, text).toBeDefined();
      expect(text.slice(f?.start, f?.end)).toBe(f?.text);
      expect(f?.severity).toBe('info');
      // The precise words of the feelings wheel are offered in its place.
      expect(f?.suggestions.length).toBeGreaterThan(0);
    }
  });

  it('leaves it alone beside what happened, before or after it', () => {
    expect(bare("I'm sad. You forgot my birthday and didn't even text.")).toEqual([]);
    expect(bare("You said you'd be home at six and it's nine. I'm annoyed.")).toEqual([]);
  });

  it('counts a few words of greeting or “That\'s it.” as nothing more', () => {
    expect(bare("I'm unhappy, Rich. That's it.")).toHaveLength(1);
    expect(bare("I'm unhappy, Rich. I didn't enjoy the party and I want to go home early next time.")).toEqual([]);
  });

  it('is a field user rules can set, checked like any other', () => {
    const rule: Rule = {
      id: 'just-meh',
      category: 'vague-feeling',
      severity: 'info',
      match: 'meh',
      alone: true,
      message: 'Say more than meh.',
      note: '000: name the feeling precisely.',
      source: '000_d692bea7f24f1e4e.txt',
      examples: { invalid: [{ text: 'meh', flag: 'meh' }], valid: ['meh, the film was long but the popcorn was great'] },
    };
    const linter = createLinter({ rules: [rule], only: ['just-meh'] });
    expect(linter.lint('meh').findings.map((f) => f.ruleId)).toEqual(['just-meh']);
    expect(linter.lint('meh. The film went on forever and the seats were broken.').findings).toEqual([]);
    expect(() => createLinter({ rules: [{ ...rule, alone: 'yes' } as unknown as Rule] })).toThrow(/alone/);
  });
});
