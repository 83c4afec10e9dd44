import { text as alex } from 'alex';
import nlp from 'compromise';
import { bench, describe } from 'vitest';
import writeGood from 'write-good';
import { lint } from '../src/index.js';
import { messages } from './corpus.js';

/**
 * Per-message cost on the same ~800 short personal messages: each iteration takes the next
 * message, so a task's median (p50) is the per-message median. `npm run bench` prints the
 * ratios against the bare compromise parse (bench/report.mjs).
 */
const corpus = messages();
const cycle = () => {
  let i = 0;
  return () => corpus[i++ % corpus.length] ?? '';
};
// Enough iterations to visit every message several times; warm-up compiles the rules.
const options = { time: 4000, iterations: corpus.length * 3, warmupIterations: corpus.length };

describe('per message (800 short messages)', () => {
  const a = cycle();
  bench('nlp() parse', () => void nlp(a()), options);
  const b = cycle();
  bench('lint()', () => void lint(b()), options);
  const c = cycle();
  bench('alex text()', () => void alex(c()), options);
  const d = cycle();
  bench('write-good', () => void writeGood(d()), options);
});
