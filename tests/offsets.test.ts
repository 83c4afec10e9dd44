import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { alignTerms } from '../src/nlp/offsets.js';

/** Each case must flag something; the flagged text must sit exactly where the finding says. */
const hostile = [
  'You never listen 😡😡 and you never call',
  '👩‍❤️‍👨 u never reply lol',
  '“You never talk to me,” I wrote. You never listen.',
  'ok <3 </3 :^P you never listen',
  'Hi,\r\nyou never listen.\r\n\r\nYou never call.',
  'you\u00a0never listen and\u200byou never call',
  '你好 you never listen 🇺🇸',
  '(you never listen)',
  '-10-12 times you never listen',
  "you can't... you never listen!!!",
  'YOU NEVER LISTEN',
];

describe('offsets', () => {
  it.each(hostile)('are exact in %j', (text) => {
    const { findings } = lint(text);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.start).toBeLessThan(f.end);
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.text.toLowerCase()).toMatch(/^(you|u)\b/);
    }
  });

  it('findings are sorted by start', () => {
    const { findings } = lint('You never call. You never write. You never listen.', { disable: ['overload'] });
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
    expect(findings).toHaveLength(3);
  });

  it('an implicit term borrows its neighbour span', () => {
    const spans = alignTerms("can't go", [[{ text: "can't" }, { text: '' }, { text: 'go' }]]);
    expect(spans).toEqual([[{ start: 0, end: 5 }, { start: 0, end: 5 }, { start: 6, end: 8 }]]);
  });

  it('a term that is not in the text gets no span rather than a wrong one', () => {
    expect(alignTerms('abc', [[{ text: 'xyz' }]])).toEqual([[null]]);
  });
});
