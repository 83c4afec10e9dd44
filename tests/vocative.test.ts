import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { withoutVocatives } from '../src/nlp/vocative.js';
import nlp from '../src/nlp/compromise.js';
import type { Term } from '../src/nlp/terms.js';

/** A name said to the reader at a sentence's edge does not hide the sentence's start or end from anchored patterns. */
const documentOf = (text: string) => (nlp(text) as unknown as { document: Term[][] }).document;

describe('a vocative at the edge of a sentence', () => {
  it('is trimmed from the pointer of that sentence only', () => {
    expect(withoutVocatives(documentOf('Open up, Dad.'), 0)).toEqual([[0, 0, 2]]);
    expect(withoutVocatives(documentOf('Mum, I need you to listen.'), 0)).toEqual([[0, 1, 6]]);
    expect(withoutVocatives(documentOf('You never listen. I give up.'), 0)).toEqual([]);
  });

  it('lets a pattern anchored at the end find the sentence, at exact offsets without the name', () => {
    const table: [string, string][] = [
      ['Open up, Dad.', 'Open up'],
      ["You've got to change, Jason. I can't keep doing this.", "You've got to change"],
    ];
    for (const [text, flag] of table) {
      const f = lint(text).findings.find((x) => x.text === flag);
      expect(f, text).toBeDefined();
      expect(text.slice(f?.start, f?.end)).toBe(flag);
    }
  });

  it('adds nothing to a kind sentence with a name in it', () => {
    for (const text of ['Thanks, Dad.', 'Love you, Mum.', 'Proud of you, Jason. You never cease to amaze me.']) expect(lint(text).findings, text).toEqual([]);
  });
});
