import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { renderUnderlined } from './helpers/render.js';
import { root } from './helpers/rules.js';

// fixtures/<kind>-<name>/input.txt: `kind-*` drafts must stay clean, `blaming-*` must be caught.
const dir = join(root, 'fixtures');
const cases = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('fixtures', () => {
  it('hold at least 40 drafts, at least half of them kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.startsWith('kind-')).length * 2).toBeGreaterThanOrEqual(cases.length);
    expect(cases.every((c) => /^(kind|blaming)-/.test(c))).toBe(true);
  });

  describe.each(cases)('%s', (name) => {
    const text = readFileSync(join(dir, name, 'input.txt'), 'utf8');
    const { findings } = lint(text);

    it(name.startsWith('kind-') ? 'stays clean' : 'is caught', () => {
      const warnings = findings.filter((f) => f.severity === 'warning');
      if (name.startsWith('kind-')) expect(findings).toEqual([]);
      else expect(warnings.length).toBeGreaterThan(0);
      for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    });

    it('matches its golden snapshot', async () => {
      await expect(renderUnderlined(text, findings)).toMatchFileSnapshot(join(dir, name, 'expected.snap'));
    });
  });
});
