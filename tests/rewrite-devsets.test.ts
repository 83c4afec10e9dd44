import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, rewrite } from '../src/index.js';
import { root } from './helpers/rules.js';

/**
 * Issue 13's guarantees on every development set (tests/data/*.jsonl), not only on the rules'
 * examples: every blaming message with a warning gets a rewrite, and every rewrite re-lints clean.
 */
const sets = readdirSync(join(root, 'tests/data')).filter((f) => f.endsWith('.jsonl'));

describe.each(sets)('%s', (file) => {
  const rows = readFileSync(join(root, 'tests/data', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { text: string; label: string });
  const flagged = rows.filter((r) => r.label === 'blaming' && lint(r.text).findings.some((f) => f.severity === 'warning'));

  it('every warning gets a rewrite, and every rewrite re-lints clean', () => {
    const unclean: string[] = [];
    for (const r of flagged) {
      const out = rewrite(r.text);
      if (lint(r.text).safety) continue;
      expect(out.applied.length, r.text).toBeGreaterThan(0);
      if (lint(out.text).findings.some((f) => f.severity === 'warning')) unclean.push(`${r.text}\n=> ${out.text}`);
    }
    expect(unclean).toEqual([]);
  });
});
