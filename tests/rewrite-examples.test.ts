import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';

/**
 * Every script table and vocabulary of the rewrite engine carries executed examples, as every rule
 * and lexicon does: drafts whose suggestions must hold what the file contributes, and near-misses
 * whose suggestions must not hold what it would wrongly add or keep.
 */
const root = join(import.meta.dirname, '..', 'rules');
const files = ['scripts', 'vocab'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${dir}/${f}`),
);
const suggestionsOf = (text: string) => lint(text).findings.flatMap((f) => f.suggestions.map((s) => s.replacement)).join('\n');

describe.each(files)('rules/%s', (file) => {
  const data = JSON.parse(readFileSync(join(root, file), 'utf8')) as {
    examples?: { invalid: { text: string; suggests: string }[]; valid: { text: string; notSuggests: string }[] };
  };
  it('has examples of what it suggests and near-misses', () => {
    expect(data.examples?.valid.length).toBeGreaterThan(0);
  });
  for (const { text, suggests } of data.examples?.invalid ?? []) {
    it(`suggests “${suggests}” for “${text}”`, () => expect(suggestionsOf(text)).toContain(suggests));
  }
  for (const { text, notSuggests } of data.examples?.valid ?? []) {
    it(`does not suggest “${notSuggests}” for “${text}”`, () => expect(suggestionsOf(text)).not.toContain(notSuggests));
  }
});
