import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/nlp/sentences.js';
import { lint } from '../src/index.js';

describe('splitSentences', () => {
  it('keeps laughter or emoji after a question mark with the sentence it belongs to', () => {
    const text = 'Why are you like this? 😂\nSee you at 8.';
    const parts = splitSentences(text).map((s) => s.text);
    expect(parts[0]).toBe('Why are you like this? 😂\n');
    expect(parts.join('')).toBe(text);
  });

  it('joins "lol" and "hahaha" tails, not a tail on its own line', () => {
    expect(splitSentences('Again?? lol').length).toBe(1);
    expect(splitSentences('Again?! hahaha').length).toBe(1);
    expect(splitSentences('You never listen!\nlol').length).toBe(2);
  });

  it('leaves a real next sentence alone', () => {
    expect(splitSentences('Why are you like this? Honestly.').length).toBe(2);
  });

  it('every piece is the text it covers, on emoji and CRLF', () => {
    const text = 'u never reply?? 😭😭\r\nok. whatever 🙃';
    const parts = splitSentences(text);
    for (const p of parts) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });
});

describe('a sentence guard sees the tone tail', () => {
  it('a teasing question followed by laughter is left alone; the same question bare is not', () => {
    expect(lint('Why are you like this? 😂').findings).toEqual([]);
    expect(lint('Why are you like this?').findings.map((f) => f.ruleId)).toContain('why-are-you-like-this');
  });

  it('an angry emoji does not excuse the sentence before it', () => {
    expect(lint('You never listen! 😡').findings.length).toBe(1);
  });
});
