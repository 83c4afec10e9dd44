import { bench, describe } from 'vitest';
import { lint } from '../src/index.js';

/**
 * Time grows linearly with the text, whatever its shape: each shape at 3,000 and at 30,000
 * characters. Compare the two means: about 10× is linear; a quadratic path (a run-on sentence or a
 * paste full of unmatched “ once had one) shows as ~100×. Timing lives here, not in the test suite.
 */
const repeatTo = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const shapes: [string, (n: number) => string][] = [
  ['prose', (n) => repeatTo('You never talk to me about anything. I made dinner and waited for an hour tonight.\n', n)],
  ['one run-on sentence', (n) => repeatTo('you never listen and ', n)],
  ['a wall of emoji', (n) => '😡'.repeat(n / 2)],
  ['hostile noise', (n) => repeatTo('you\u200bnever\u00a0listen 👩‍❤️‍👨\u202e <3 “ ', n)],
  ['unmatched quotation marks', (n) => repeatTo("“you never ‘listen « 'a ", n)],
];

for (const [name, make] of shapes) {
  describe(`scaling: ${name}`, () => {
    const small = make(3_000);
    const large = make(30_000);
    bench('3,000 characters', () => void lint(small), { time: 1500 });
    bench('30,000 characters (10×)', () => void lint(large), { time: 3000 });
  });
}
