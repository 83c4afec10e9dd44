import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { thrown } from './helpers/errors.js';

const text = 'You never talk to me. Here we go again.';
const texts = (options: Parameters<typeof lint>[1]) => lint(text, options).findings.map((f) => f.text);

describe('ignore: phrases the user wants left alone', () => {
  it('drops a finding whose text is the phrase, in any case', () => {
    expect(texts({})).toEqual(['You never talk', 'Here we go again']);
    expect(texts({ ignore: ['HERE WE GO AGAIN'] })).toEqual(['You never talk']);
  });

  it('drops a finding that contains the phrase', () => {
    expect(texts({ ignore: ['never'] })).toEqual(['Here we go again']);
  });

  it('drops a finding inside a longer ignored phrase', () => {
    expect(texts({ ignore: ['you never talk to me'] })).toEqual(['Here we go again']);
  });

  it('keeps findings the phrase only overlaps or that merely share letters', () => {
    expect(texts({ ignore: ['talk to me'] })).toEqual(['You never talk', 'Here we go again']);
    expect(texts({ ignore: ['neve', 'again and again'] })).toEqual(['You never talk', 'Here we go again']);
  });

  it('treats curly and straight apostrophes and runs of spaces alike', () => {
    const t = 'You’re  doing it again.';
    expect(lint(t).findings).toHaveLength(1);
    expect(lint(t, { ignore: ["you're doing it again"] }).findings).toEqual([]);
  });
});

describe('errors of the new options', () => {
  it('ignore must be a list of non-empty phrases', () => {
    expect(thrown(() => lint('hi', { ignore: 'never' as never }))).toBe('options.ignore: Invalid input: expected array, received string');
    expect(thrown(() => lint('hi', { ignore: ['  '] }))).toBe('options.ignore[0]: must not be empty');
  });

  it('quoted must be a boolean', () => {
    expect(thrown(() => lint('hi', { quoted: 'yes' as never }))).toBe('options.quoted: Invalid input: expected boolean, received string');
  });
});
