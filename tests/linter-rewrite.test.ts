import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter, lint, rewrite, type LintOptions } from '../src/index.js';
import { root } from './helpers/rules.js';

/** `Linter.rewrite` and `rewrite(text, linter)`: the rewrite of the linter one already built. */
const drafts = readFileSync(join(root, 'tests/data/devset.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { text: string; label: string })
  .filter((d) => d.label === 'blaming')
  .slice(0, 150)
  .map((d) => d.text);

describe('Linter.rewrite', () => {
  const cases: [string, LintOptions][] = [
    ['default options', {}],
    ['a category disabled', { disable: ['absolute'] }],
    ['an ignored phrase', { ignore: ['you never'] }],
  ];
  for (const [name, options] of cases) {
    it(`rewrites as rewrite(text, options) does, with ${name}`, () => {
      const linter = createLinter(options);
      let changed = 0;
      for (const text of drafts) {
        const expected = rewrite(text, options);
        expect(linter.rewrite(text), text).toEqual(expected);
        expect(rewrite(text, linter), text).toEqual(expected);
        if (expected.text !== text) changed++;
      }
      expect(changed).toBeGreaterThan(20);
    });
  }

  it("uses the linter's own options: a disabled category is not rewritten", () => {
    const text = 'You never listen to me.';
    expect(lint(text).findings.map((f) => f.category)).toContain('absolute');
    expect(createLinter().rewrite(text).text).not.toBe(text);
    const only = createLinter({ only: ['safety'] });
    expect(only.rewrite(text)).toEqual({ text, applied: [], skipped: [] });
    expect(rewrite(text, only)).toEqual({ text, applied: [], skipped: [] });
  });

  it('leaves a message that describes harm unchanged', () => {
    const text = "You never listen. You said you'd hurt me if I left.";
    const linter = createLinter();
    expect(linter.lint(text).safety).toBe(true);
    expect(linter.rewrite(text)).toEqual({ text, applied: [], skipped: [] });
  });

  it('throws on a text that is not a string', () => {
    expect(() => createLinter().rewrite(42 as unknown as string)).toThrow(/text: expected a string/);
  });
});
