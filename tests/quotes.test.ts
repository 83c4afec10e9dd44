import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { quotedRanges } from '../src/message/quotes.js';

/** The quoted substrings, for readable assertions. */
const quoted = (text: string) => quotedRanges(text).map((r) => text.slice(r.start, r.end));

describe('quotedRanges', () => {
  it.each([
    ['You said "I never listen" to me.', ['I never listen']],
    ['He wrote “you never help” and ‘so what’.', ['you never help', 'so what']],
    ['„Du hörst nie zu“ and «jamais»', ['Du hörst nie zu', 'jamais']],
    ["You said 'you never help' and left.", ['you never help']],
    ['You said ‘I don’t care’, didn’t you?', ['I don’t care']],
    ['> you never talk to me\nsorry, you are right', ['> you never talk to me']],
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it.each([
    "Don't you think it's late? The kids' toys are everywhere.",
    "'cause you never help, and my parents' house is a mess.",
    "Rock 'n' roll in the '90s, it's great",
    'An unmatched "quote runs nowhere',
    'An unmatched “curly quote\n\nstays in its paragraph” here',
    "It's Sam's and the dogs' day",
  ])('apostrophes and unmatched marks quote nothing: %s', (text) => {
    expect(quoted(text)).toEqual([]);
  });
});

describe('quoted speech is not flagged by default', () => {
  it.each([
    'You said "you never listen" to your brother.',
    'She told me “You never talk to me” and I agreed.',
    "My therapist said to stop writing 'I feel like you don't care' to him.",
    '> You never talk to me\nI know. I am sorry.',
  ])('%s', (text) => {
    expect(lint(text).findings).toEqual([]);
    expect(lint(text, { quoted: true }).findings.length).toBeGreaterThan(0);
  });

  it('the words outside the quotes are still the sender’s', () => {
    const text = 'You said "I never listen". You never talk to me.';
    const { findings } = lint(text);
    expect(findings.map((f) => f.text)).toEqual(['You never talk']);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('a quoted threat is still a safety message', () => {
    const result = lint('He said "I will hurt you if you leave" and then you hit me.');
    expect(result.safety).toBe(true);
    expect(result.findings.filter((f) => f.category === 'safety')).toHaveLength(1);
  });
});
