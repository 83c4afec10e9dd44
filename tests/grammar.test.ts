import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint, rewrite } from '../src/index.js';
import { corpus } from './helpers/corpus.js';

/**
 * harper.js is an independent grammar checker (Rust compiled to WebAssembly, bundled in the npm
 * package, no network): an oracle the rewrite engine was not written against. A rewrite must not
 * bring in an agreement, repetition, capitalisation or grammar error its input did not have.
 */
const KINDS = new Set(['Agreement', 'Repetition', 'Capitalization', 'Grammar', 'Typo', 'WordOrder']);

let harper: LocalLinter;
beforeAll(async () => {
  harper = new LocalLinter({ binary: binaryInlined });
  await harper.setup();
}, 120_000);

const problems = async (text: string) =>
  (await harper.lint(text)).filter((l) => KINDS.has(l.lint_kind())).map((l) => `${l.lint_kind()}: “${l.get_problem_text()}” ${l.message()}`);

describe('harper.js finds no new grammar error in a rewrite', () => {
  const texts = corpus().filter((c) => lint(c.text, c.options).findings.some((f) => f.suggestions.length > 0));

  it('there are rewrites to check', () => {
    expect(texts.length).toBeGreaterThan(10);
  });

  it.each(texts)('$from: $text', async ({ text, options }) => {
    const kinds = new Set((await harper.lint(text)).map((l) => l.lint_kind()));
    const suggestions = lint(text, options).findings.flatMap((f) => f.suggestions).filter((s) => s.replacement.length > 12);
    for (const candidate of [rewrite(text, options).text, ...suggestions.map((s) => s.replacement)]) {
      const fresh = (await problems(candidate)).filter((p) => !kinds.has(p.split(':')[0] as string));
      expect(fresh, candidate).toEqual([]);
    }
  });

  it('the oracle does catch the errors it is trusted with', async () => {
    expect(await problems("I feel lonely when we doesn't talk much.")).not.toEqual([]);
    expect(await problems('I miss feeling close to to you.')).not.toEqual([]);
  });
});
