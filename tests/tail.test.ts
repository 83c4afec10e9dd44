import { describe, expect, it } from 'vitest';
import { lint, rewrite } from '../src/index.js';

/**
 * `tail` rules (rules/emphatic-tail.json): an emphatic fragment after a complaint (“Always.”, “Not
 * once.”) is a finding only beside another warning, and its one suggestion drops it.
 */
const tails = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'emphatic-tail');

describe('an emphatic tail', () => {
  it('is found after a complaint, at its exact offsets', () => {
    const text = 'You never say sorry. Not once.';
    const [f] = tails(text);
    expect(f?.text).toBe('Not once');
    expect(text.slice(f?.start, f?.end)).toBe('Not once');
    expect(f?.suggestions).toEqual([expect.objectContaining({ replacement: '', start: 20, end: text.length })]);
  });

  it('is nothing where the message holds no other warning', () => {
    expect(tails('I love you. Always.')).toEqual([]);
    expect(tails('Will you marry me? Always and forever.')).toEqual([]);
    expect(rewrite('I love you. Always.').text).toBe('I love you. Always.');
  });

  it('goes, with one space, when the complaint is rewritten', () => {
    const out = rewrite('You never listen to me. Always. See you tonight.').text;
    expect(out).not.toMatch(/Always/);
    expect(out).not.toMatch(/ {2}/);
    expect(out).toMatch(/\. See you tonight\.$/);
    // Idempotent: the rewrite has nothing left to drop.
    expect(rewrite(out).text).toBe(out);
  });

  it('at the start of a line takes the space after it, not the line break before it', () => {
    const text = 'You never help with the kids.\nNot once in six years. I am tired.';
    const [f] = tails(text);
    const s = f?.suggestions[0];
    expect(s && text.slice(s.start, s.end)).toBe('Not once in six years. ');
  });
});

describe('a deletion as a person sees it', () => {
  it('is shown as words, not as an empty line or button', async () => {
    const { shownAs } = await import('../src/types.js');
    const [f] = tails('You never listen. Always.');
    expect(f && shownAs(f.suggestions[0] as { replacement: string })).toBe('(leave it out)');
    expect(shownAs({ replacement: 'I feel lonely.' })).toBe('I feel lonely.');
  });

  it('a jab after a complaint (parting-shot) goes too, and counts as no extra complaint', () => {
    const text = 'You ruined my birthday. I hope the pub quiz was worth it.';
    expect(lint(text).findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['you-ruined', 'parting-shot']));
    expect(lint(text).findings.some((f) => f.category === 'overload')).toBe(false);
    expect(rewrite(text).text).not.toMatch(/pub quiz/);
    expect(lint('I hope the party was fun! Send pics.').findings).toEqual([]);
  });
});

describe('a tail beside a complaint the filters leave out', () => {
  it('is nothing when the only complaint is quoted', () => {
    expect(tails('My sister told him “you never listen to me.” Always.')).toEqual([]);
  });
  it('is nothing when the only complaint is ignored', () => {
    expect(tails('You never listen to me. Always.')).not.toEqual([]);
    expect(lint('You never listen to me. Always.', { ignore: ['you never listen'] }).findings.filter((f) => f.ruleId === 'emphatic-tail')).toEqual([]);
  });
});

describe('a cached sentence', () => {
  it('gets the space of the message it is in, not of the one it was first seen in', async () => {
    const { createLinter } = await import('../src/index.js');
    const linter = createLinter();
    const first = 'You never say sorry. Not once.';
    const second = 'You never say sorry.\nNot once. Ok.';
    const a = linter.lint(first).findings.find((f) => f.ruleId === 'emphatic-tail')?.suggestions[0];
    const b = linter.lint(second).findings.find((f) => f.ruleId === 'emphatic-tail')?.suggestions[0];
    expect(a && first.slice(a.start, a.end)).toBe(' Not once.');
    expect(b && second.slice(b.start, b.end)).toBe('Not once. ');
  });
});
