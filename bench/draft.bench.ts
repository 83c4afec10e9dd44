import nlp from 'compromise';
import { bench, describe } from 'vitest';
import { createLinter, lint } from '../src/index.js';
import { draft } from './corpus.js';

/**
 * Long drafts: a 2,000-word draft linted whole, against its bare parse; the same draft
 * re-linted after one keystroke by a createLinter() linter (the extension's path); and a
 * 20,000-word text (the draft ten times) to show time grows linearly.
 */
const long = draft(2000);
// Ten different drafts of the same kind (a repeated sentence could be parsed once), ten times as
// much text: ~110,000 characters, past lint()'s default maxLength of 100,000, so it is raised.
const longer = Array.from({ length: 10 }, (_, i) => draft(2000, 11 + i)).join('\n\n');
const unbounded = { maxLength: 1_000_000 };

describe('2,000-word draft', () => {
  bench('nlp() parse', () => void nlp(long), { time: 3000 });
  bench('lint()', () => void lint(long), { time: 3000 });

  // One linter that has seen the draft; each iteration types or deletes one character
  // somewhere in it, alternately, and re-lints.
  const linter = createLinter();
  linter.lint(long);
  let text = long;
  let step = 0;
  bench(
    'keystroke re-lint (createLinter)',
    () => {
      const at = (step * 7919) % text.length;
      text = step % 2 === 0 ? `${text.slice(0, at)}x${text.slice(at)}` : text.slice(0, at) + text.slice(at + 1);
      step++;
      linter.lint(text);
    },
    { time: 3000 },
  );
});

describe('scaling: 20,000-word draft (10×)', () => {
  bench('lint() 2,000 words', () => void lint(long), { time: 3000 });
  bench('lint() 20,000 words', () => void lint(longer, unbounded), { time: 6000 });
});
