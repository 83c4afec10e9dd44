/**
 * Limits: a generous maxLength, and below it long texts linted in chunks, so that cost grows
 * linearly with the text whatever its shape (prose, one run-on sentence, a wall of emoji, one
 * enormous word). The timing itself lives in bench/hostile-scaling.bench.ts, not in tests.
 */
import { describe, expect, it } from 'vitest';
import { createLinter, lint } from '../src/index.js';
import { CHUNK_SIZE, chunkText } from '../src/nlp/chunks.js';
import { DEFAULT_MAX_LENGTH } from '../src/limits.js';

const repeatTo = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

describe('maxLength', () => {
  it('defaults to 100,000 UTF-16 units: up to it lints, past it throws a RangeError', () => {
    expect(DEFAULT_MAX_LENGTH).toBe(100_000);
    const atLimit = repeatTo('a', DEFAULT_MAX_LENGTH);
    expect(lint(atLimit).findings).toEqual([]);
    expect(() => lint(`${atLimit}a`)).toThrow(RangeError);
    expect(() => lint(`${atLimit}a`)).toThrow('pass { maxLength: 100001 } (or more) in the options');
  });

  it('can be raised and lowered per linter', () => {
    const text = `You never listen. ${repeatTo('ok ', 120_000)}`;
    expect(() => lint(text)).toThrow(RangeError);
    expect(lint(text, { maxLength: 200_000 }).findings.map((f) => f.text)).toEqual(['You never listen']);
    const strict = createLinter({ maxLength: 20 });
    expect(strict.lint('You never listen.').findings).toHaveLength(1);
    expect(() => strict.lint('You never listen to me.')).toThrow('limit of 20');
  });

  it('counts UTF-16 units, as offsets do', () => {
    expect(() => lint('😡'.repeat(6), { maxLength: 11 })).toThrow('12 characters');
    expect(() => lint('😡'.repeat(6), { maxLength: 12 })).not.toThrow();
  });
});

describe('long texts', () => {
  it('are cut where a sentence ends: at line breaks first, then after . ! ?', () => {
    const text = repeatTo('You never listen to me.\nI miss you. ', 3 * CHUNK_SIZE);
    const chunks = chunkText(text);
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks.slice(0, -1)) expect(text.charAt(c.end - 1)).toBe('\n');
    const noBreaks = repeatTo('You never listen to me. I miss you. ', 3 * CHUNK_SIZE);
    for (const c of chunkText(noBreaks).slice(0, -1)) expect(noBreaks.slice(c.end - 1, c.end + 1)).toBe('. ');
  });

  it('and a run-on sentence between words, an emoji wall between emoji', () => {
    const runOn = repeatTo('you never listen and ', 3 * CHUNK_SIZE);
    for (const c of chunkText(runOn).slice(0, -1)) expect(runOn.charAt(c.end)).toBe(' ');
    const wall = '👩‍❤️‍👨'.repeat(1000);
    for (const c of chunkText(wall).slice(0, -1)) expect(wall.slice(c.end, c.end + 2)).toBe('👩');
  });

  it('are linted whole: findings past the first chunk are found, exactly placed, in order', () => {
    const unit = 'We had dinner with your parents and it was a long evening.\nYou never listen to me.\n';
    const text = repeatTo(unit, 25_000);
    const findings = lint(text, { only: ['you-never'] }).findings;
    const expected = Math.floor(text.length / unit.length) + (text.length % unit.length > unit.indexOf('You never listen') + 16 ? 1 : 0);
    expect(findings).toHaveLength(expected);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe('You never listen');
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
  });
});
