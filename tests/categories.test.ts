import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, POLICY } from '../src/categories.js';
import { lint } from '../src/index.js';
import { rewriteData } from '../src/suggest/data.js';
import { root } from './helpers/rules.js';

/** The policy table of src/categories.ts: one row per category, and the engine does what it says. */
const texts = readFileSync(join(root, 'tests/data/devset.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { text: string }).text);
const results = texts.map((text) => ({ text, result: lint(text) }));
const findings = results.flatMap((r) => r.result.findings.map((f) => ({ ...f, safety: r.result.safety === true })));

describe('category policy table', () => {
  it('ranks every category once, 0…n-1, for dedupe', () => {
    expect(CATEGORIES.map((c) => POLICY[c].rank).sort((a, b) => a - b)).toEqual(CATEGORIES.map((_, i) => i));
  });

  it('names only script rows that exist, and every rewritten category has some', () => {
    const { lines } = rewriteData();
    for (const c of CATEGORIES) {
      for (const row of POLICY[c].fallback) expect(lines.has(row), `${c}: row "${row}"`).toBe(true);
      if (POLICY[c].suggests === 'sentence') expect(POLICY[c].fallback.length, c).toBeGreaterThan(0);
    }
  });

  it('gives no suggestion to a category that suggests none, nor in a message that describes harm', () => {
    expect(findings.length).toBeGreaterThan(100);
    for (const f of findings) {
      if (POLICY[f.category].suggests === 'none' || f.safety) expect(f.suggestions, `${f.ruleId}: ${f.text}`).toEqual([]);
    }
  });

  it('offers precise words inside the finding, and sentence rewrites only where the policy says so', () => {
    const suggested = findings.filter((f) => f.suggestions.length > 0);
    expect(new Set(suggested.map((f) => POLICY[f.category].suggests))).toEqual(new Set(['sentence', 'precise-words']));
    for (const f of suggested) {
      if (POLICY[f.category].suggests !== 'precise-words') continue;
      for (const s of f.suggestions) {
        expect(s.start).toBeGreaterThanOrEqual(f.start);
        expect(s.end).toBeLessThanOrEqual(f.end);
      }
    }
  });

  it('marks harm on the safety category alone, and a message with harm says so', () => {
    expect(CATEGORIES.filter((c) => POLICY[c].harm)).toEqual(['safety']);
    for (const { result } of results) {
      if (result.findings.some((f) => POLICY[f.category].harm)) expect(result.safety).toBe(true);
    }
  });
});
