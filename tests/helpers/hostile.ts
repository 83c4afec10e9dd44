/**
 * fast-check arbitraries for hostile input: the text people type and paste into a browser extension,
 * and blaming messages built from a small grammar of the seed documents' examples.
 */
import fc from 'fast-check';

/** Characters that break naive offset arithmetic or tokenisers. */
export const TRICKY = [
  '\u200d', // zero-width joiner
  '\u200b', // zero-width space
  '\u00a0', // no-break space
  '\ufeff', // byte-order mark
  '\u200e', // left-to-right mark
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override
  '\u2067', // right-to-left isolate
  '\u0301', // combining acute accent
  '\u0308\u0323', // stacked combining marks
  '\ufe0f', // variation selector
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\r\n',
  '\r',
  '\n\n',
  '\t',
  '👩‍❤️‍👨',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '👍🏽',
  '🇺🇸',
  '😡😡',
  '<3',
  '</3',
  ':^P',
  ':)',
  '“',
  '”',
  '"',
  "'",
  '’',
  '(',
  ')',
  '-10-12',
  '–',
  '—',
  '...',
  '…',
  '!!!',
  '?!',
  'שלום',
  'مرحبا',
  '你好',
  'İ',
  'ß',
  'ﬁ',
  '𝓨𝓸𝓾',
  'ｙｏｕ',
  'http://example.com/you-never',
  '#you',
  '@you',
];

/** Words that make rules fire, so hostile strings also exercise the matching and offset paths. */
export const BLAMING_WORDS = ['you', 'You', 'YOU', 'u', 'ur', 'never', 'NEVER', 'always', 'listen', 'talk', "can't", 'cant', 'why', 'just', 'so', 'cold', 'again', 'open up', 'I feel like'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const longWord = fc.integer({ min: 100, max: 3000 }).chain((n) => fc.constantFrom('a', 'x', 'é', '😡', 'you').map((c) => c.repeat(n)));

/** One piece of a hostile string. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 4, arbitrary: fc.constantFrom(...BLAMING_WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 8 }) },
);
const glue = fc.constantFrom(' ', ' ', ' ', '', '\n', '\r\n', '\u00a0', '  ', '. ', '? ');

/** Arbitrary text: full Unicode, lone surrogates, ZWJ sequences, marks, controls, RTL, CRLF, blaming words. */
export const hostileText = fc
  .array(fc.tuple(piece, glue), { maxLength: 40 })
  .map((parts) => parts.map(([p, g]) => p + g).join(''));

/** Now and then a very long word or a long paste. */
export const hostileLongText = fc
  .tuple(hostileText, fc.option(longWord, { freq: 3 }), hostileText)
  .map(([a, w, b]) => `${a}${w ?? ''}${b}`);

// ---------------------------------------------------------------------------------------------
// A grammar of blaming messages, after the seed documents ("You never talk to me about anything",
// "You're so cold and distant", "Why can't you just open up?", "That's your avoidant attachment talking").

const subject = fc.constantFrom('You', 'you', 'YOU', 'u');
// "nvr" stays out: compromise tags the verb after it as a noun ("u nvr talk"), a recall gap, not an offset one.
const absolute = fc.constantFrom('never', 'NEVER');
/** Verbs none of the rules' kind exceptions cover ("never cease to amaze", "never fail to"). */
const action = fc.constantFrom(
  'listen to me',
  'talk to me about anything',
  'share anything with me',
  'call me back',
  'help with the dishes',
  'ask how my day was',
  'reply',
  'text back',
  'plan anything',
  'open up',
);
const ending = fc.constantFrom('.', '!', '!!!', '?!', '...', ' 😡', ' lol', '');
const space = fc.constantFrom(' ', ' ', ' ', '  ', '\u00a0', '\t');

export interface Anchored {
  text: string;
  /** UTF-16 offsets of the subject word of each "you never …" sentence in `text`. */
  anchors: number[];
}

/** "You never listen to me." with whitespace variants: the subject is at offset 0. */
const youNever = fc.tuple(subject, space, absolute, space, action, ending).map(([s, a, n, b, v, e]) => `${s}${a}${n}${b}${v}${e}`);

/** Other blaming sentences: their findings are not pinned (the catalog grows), only their offsets. */
const otherBlame = fc.constantFrom(
  "You're so cold and distant.",
  "You don't care about this relationship.",
  "Why can't you just open up?",
  'Would it kill you to call?',
  "That's your avoidant attachment talking.",
  "Classic avoidant. It's your trauma response.",
  'Here we go again.',
  "You're doing it again!!",
  "Don't you think you're just scared of being close?",
  'You need to open up.',
  "Just tell me what you're feeling.",
  "I feel like you don't care.",
  "I'm upset.",
  'We need to talk.',
  'You make me feel invisible.',
  "It's your fault.",
  'you ALWAYS cancel at the last minute',
  'ur so selfish smh',
  'u nvr text back',
);

/** Kind sentences that must never be flagged (DESIGN.md's near-misses and the seeds' scripts). */
export const KIND_SENTENCES = [
  'You always know how to make me laugh.',
  'I never thought of it that way.',
  'Do you want tacos?',
  'You should come to the concert!',
  'We need to talk to the landlord.',
  'Thank you for dinner, it was lovely.',
  'I feel lonely when we don’t talk much.',
  'I miss feeling close to you.',
  'I’d love to understand what you’re feeling.',
  'Thanks for telling me that.',
  'I appreciate you opening up.',
  'You never cease to amaze me.',
  'See you at 7 🙂',
  'Can you pick up milk on the way home?',
];
export const kindSentence = fc.constantFrom(...KIND_SENTENCES);

/** Noise that a paste carries around a message; it never contains a line break. */
const noise = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY.filter((t) => !/[\n\r\u2028\u2029\u0085]/.test(t))), fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 6 })
  .map((a) => a.join('').replace(/[\n\r\u2028\u2029\u0085]/g, ' '));
const lineBreak = fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n');

/**
 * A message of several lines: "you never …" sentences (whose subject offsets are recorded), other
 * blaming sentences, kind sentences and noisy lines, separated by line breaks (where compromise
 * always ends a sentence).
 */
export const blamingMessage: fc.Arbitrary<Anchored> = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 3, arbitrary: youNever.map((t) => ({ t, anchored: true })) },
        { weight: 2, arbitrary: otherBlame.map((t) => ({ t, anchored: false })) },
        { weight: 2, arbitrary: kindSentence.map((t) => ({ t, anchored: false })) },
        { weight: 2, arbitrary: noise.map((t) => ({ t, anchored: false })) },
      ),
      lineBreak,
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((lines) => {
    let text = '';
    const anchors: number[] = [];
    for (const [{ t, anchored }, br] of lines) {
      if (anchored) anchors.push(text.length);
      text += t + br;
    }
    return { text, anchors };
  });

/** A kind message: kind sentences joined as people join them. */
export const kindMessage = fc
  .array(fc.tuple(kindSentence, fc.constantFrom(' ', '\n', '\r\n', '  ', ' 😊 ')), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.map(([s, g]) => s + g).join('').trimEnd());

/** Sentences for a rewrite: each part ends a sentence, so a flagged one never swallows a kind one. */
export const mixedParts = fc.array(
  fc.oneof(
    youNever.map((t) => ({ t: /[.!?]$/.test(t) ? t : `${t}.`, kind: false })),
    otherBlame.map((t) => ({ t: /[.!?]$/.test(t) ? t : `${t}.`, kind: false })),
    kindSentence.map((t) => ({ t, kind: true })),
  ),
  { minLength: 1, maxLength: 6 },
);
