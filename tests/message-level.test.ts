import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { overloadSchema } from '../src/schema/rule.js';
import { root } from './helpers/rules.js';

const overloadFile = JSON.parse(readFileSync(join(root, 'rules/message-level/overload.json'), 'utf8')) as unknown;
const overload = overloadSchema.parse(overloadFile);

describe('overload (rules/message-level/overload.json)', () => {
  it('is schema-valid', () => {
    const parsed = overloadSchema.safeParse(overloadFile);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it.each(overload.examples.invalid)('flags the whole message: %s', (text) => {
    const found = lint(text).findings.filter((f) => f.category === 'overload');
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f?.text).toBe(text.trim());
    expect(text.slice(f?.start, f?.end)).toBe(f?.text);
    expect(f?.severity).toBe('info');
  });

  it.each(overload.examples.valid)('leaves alone: %s', (text) => {
    expect(lint(text).findings.filter((f) => f.category === 'overload')).toEqual([]);
  });

  const piled = overload.examples.invalid[0] as string;

  it('trims surrounding whitespace from its span', () => {
    const text = `\n  ${piled}  \n`;
    const f = lint(text).findings.find((x) => x.category === 'overload');
    expect(f && text.slice(f.start, f.end)).toBe(piled);
  });

  it('follows only, disable and severity like a category', () => {
    const has = (o: Parameters<typeof lint>[1]) => lint(piled, o).findings.some((f) => f.category === 'overload');
    expect(has({ disable: ['overload'] })).toBe(false);
    expect(has({ severity: { overload: 'off' } })).toBe(false);
    expect(has({ only: ['pressure'] })).toBe(false);
    expect(has({ only: ['overload', 'pressure', 'pattern-pointing', 'pseudo-feeling'] })).toBe(true);
    expect(lint(piled, { severity: { overload: 'warning' } }).findings.find((f) => f.category === 'overload')?.severity).toBe('warning');
  });

  it('counts only what is left after ignore and quotes', () => {
    expect(lint(piled, { ignore: ['here we go again', 'you need to open up'] }).findings.some((f) => f.category === 'overload')).toBe(false);
  });
});

describe('safety', () => {
  const harm = [
    'You hit me last night and you never even said sorry.',
    "You said you'd hurt me if I left. I feel like you don't care what that did to me.",
    "I'm afraid of you when you drink. You need to get help.",
    'He choked me. He choked me again on Sunday. I am scared of him.',
  ];

  it.each(harm)('one safety finding, no suggestion anywhere, result.safety: %s', (text) => {
    const result = lint(text);
    expect(result.safety).toBe(true);
    expect(result.findings.filter((f) => f.category === 'safety')).toHaveLength(1);
    expect(result.findings.every((f) => f.suggestions.length === 0)).toBe(true);
    expect(result.findings.some((f) => f.category === 'overload')).toBe(false);
  });

  it('is raised even when the safety category is switched off', () => {
    for (const options of [{ disable: ['safety'] }, { only: ['absolute'] }, { severity: { safety: 'off' as const } }]) {
      const result = lint('You hit me last night. You never listen.', options);
      expect(result.safety).toBe(true);
      expect(result.findings.some((f) => f.category === 'safety')).toBe(false);
    }
  });

  it.each([
    'You never listen.',
    "I'm afraid of spiders.",
    'that movie killed me lol',
    'You hit me up yesterday, sorry I missed it!',
    "I'm scared of losing you.",
  ])('is absent on other messages: %s', (text) => {
    expect(lint(text).safety).toBeUndefined();
  });
});

describe('a habit followed by warmth (rules/lexicons/warm-follow-ups.json)', () => {
  it.each([
    'Every single time I visit, you have made up the guest bed with the good sheets. I notice, and I love you for it.',
    'you always do the dishes without being asked. thank you for that',
    'You always leave the porch light on for me. It means so much.\r\n',
    'Why do you always have snacks in your bag? Never change.',
    // An apostrophe in the warm sentence: “it's” is the lexicon's “its”, not “it s”.
    "You always sing in the shower. It's adorable.",
    'You always steal the blanket. It’s so good having you here.',
  ])('leaves the habit alone when the next sentence is warm: %s', (text) => {
    expect(lint(text).findings.filter((f) => f.category === 'absolute' || f.category === 'demand-question')).toEqual([]);
  });

  it.each([
    // Warmth with a “but”, sarcasm, and warmth in another paragraph do not excuse the verdict.
    "You never listen. I love you but I'm tired.",
    'You never listen. Thanks for nothing.',
    'You always leave your socks on the floor.\n\nThank you for the flowers though.',
    // Each line is judged on its own (tests/properties.test.ts), so warmth on the next line does not count.
    'You never listen to me 😡\nI appreciate that you tried.',
    // The sentence before does not count: “Thank you for nothing. You never help.”
    'Thank you for the flowers. You never help with the dishes.',
  ])('still flags: %s', (text) => {
    expect(lint(text).findings.map((f) => f.category)).toContain('absolute');
  });

  it('excuses habits and patterns only, never blame', () => {
    expect(lint('You ruined my birthday. Thank you for that.').findings.map((f) => f.category)).toContain('blame');
  });
});
