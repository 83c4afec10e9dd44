import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySuggestion, lint, rewrite, type Finding, type Suggestion } from '../src/index.js';
import { rewriteData } from '../src/suggest/data.js';
import { hasClosing } from '../src/suggest/register.js';
import { slotsOf } from '../src/schema/rewrite.js';
import { FALLBACK, SOFTENED } from '../src/suggest/strategies.js';
import { POLICY } from '../src/categories.js';
import { corpus, fixtureDir, fixtureNames } from './helpers/corpus.js';
import { root } from './helpers/rules.js';
import { sampleRules } from './helpers/sample-rules.js';

const cases = corpus();
const withSamples = { rules: sampleRules };
// shared/ sits beside the clone in CI, two levels up from a worktree on a developer's machine.
const seedsDir = [join(root, '..', 'shared', 'seeds'), join(root, '..', '..', 'shared', 'seeds')].find((d) => existsSync(d));
const seedText = (file: string) => {
  if (!seedsDir) throw new Error('shared/seeds not found beside the repository');
  return readFileSync(join(seedsDir, file), 'utf8');
};
// Straight and curly quotes, dashes and spacing vary between a seed and its quotation.
const norm = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[.!?]$/, '')
    .toLowerCase();
const warnings = (text: string, options?: object) => lint(text, options).findings.filter((f) => f.severity === 'warning');
const suggestionsOf = (text: string, options?: object) => lint(text, options).findings.flatMap((f) => f.suggestions);

describe('scripts and vocabularies (rules/scripts, rules/vocab)', () => {
  const { lines, vocab } = rewriteData();

  it('load and validate', () => {
    expect(lines.size).toBeGreaterThan(10);
  });

  it('hold the whole 003 table, each row with its seed', () => {
    for (const key of ['talk', 'share', 'close', 'care', 'open-up']) {
      expect(lines.get(key)).toMatchObject({ script: 'needs-instead-of-blame', source: '003_027949e89b04d46c.txt' });
    }
    expect(lines.get('reveal-far')?.source).toBe('000_d692bea7f24f1e4e.txt');
    expect(lines.get('name-noticing')?.source).toBe('002_159769a3e8db9f6f.txt');
    expect(lines.get('thanks-telling')?.source).toBe('003_027949e89b04d46c.txt');
  });

  it('quote their seed word for word, where a row has no slot', () => {
    for (const line of lines.values()) {
      const seed = norm(seedText(line.source));
      if (slotsOf(line.try).length === 0 && !line.derived) expect(seed, `${line.script}/${line.key}`).toContain(norm(line.try));
      if (line.instead) expect(seed, `${line.script}/${line.key}`).toContain(norm(line.instead));
    }
  });

  it('name only rows and needs that exist', () => {
    const rowKeys = [
      ...Object.values(FALLBACK).flat(),
      ...vocab.labels.groups.flatMap((g) => (g.script ? [g.script] : [])),
      ...vocab.actions.classes.flatMap((c) => Object.values(c.lines ?? {})),
    ];
    for (const key of rowKeys) expect(lines.has(key), key).toBe(true);
    const needKeys = [
      ...vocab.actions.classes.map((c) => c.need),
      ...Object.values(vocab.actions.stative).map((s) => s.need),
      ...vocab.labels.groups.flatMap((g) => (g.need ? [g.need] : [])),
      ...Object.values(vocab['thought-feelings'].words).map((w) => w.need),
      ...vocab.conduct.groups.map((g) => g.need),
      ...Object.values(POLICY).flatMap((p) => (p.plain ? [p.plain.need] : [])),
    ];
    for (const key of needKeys) expect(vocab.needs.needs, key).toHaveProperty(key);
  });

  it('feelings a rewrite names are on the wheel', () => {
    const wheel = new Set(Object.values(vocab.feelings.wheel).flat());
    const named = [
      ...vocab.actions.classes.map((c) => c.feeling),
      ...Object.values(vocab.actions.stative).map((s) => s.feeling),
      ...vocab.labels.groups.map((g) => g.feeling),
      ...Object.values(vocab['thought-feelings'].words).map((w) => w.feeling),
      ...vocab.conduct.groups.map((g) => g.feeling),
      ...Object.values(POLICY).flatMap((p) => (p.plain ? [p.plain.feeling] : [])),
      ...Object.values(vocab.feelings.defaults),
      ...Object.values(vocab.feelings.vague).flat(),
    ];
    for (const f of named) expect(wheel, f).toContain(f);
  });
});

describe('the bar set by the issue', () => {
  const table: [string, string, 'first' | 'any'][] = [
    ['You never talk to me about anything.', "I feel lonely when we don't talk much.", 'any'],
    ['You never share anything with me.', "I feel disconnected when we don't talk about feelings.", 'any'],
    ["You're so cold and distant.", 'I miss feeling close to you.', 'first'],
    ["You don't care about this relationship.", 'I need more emotional connection to feel secure.', 'any'],
    ["Why can't you just open up?", "I'd love to understand what you're feeling.", 'first'],
    [
      'You always cancel at the last minute.',
      'I feel disappointed when you cancel at the last minute, and I need to be able to count on our plans. Could we pick a time we both keep?',
      'first',
    ],
  ];
  it.each(table)('%s → %s', (input, expected, where) => {
    const replacements = suggestionsOf(input, withSamples).map((s) => s.replacement);
    if (where === 'first') expect(replacements[0]).toBe(expected);
    else expect(replacements).toContain(expected);
  });

  it('keeps phrasal verbs and their objects (“take me out”)', () => {
    expect(suggestionsOf('You never take me out.')[0]?.replacement).toMatch(/\byou took me out\.$/);
    expect(suggestionsOf('You never take me out.').map((s) => s.replacement).join(' ')).not.toMatch(/we don't take\b/);
  });

  it('conjugates for the new subject, never “you does”', () => {
    expect(suggestionsOf("You didn't listen to me last night.", withSamples)[0]?.replacement).toMatch(
      /^I felt \w+, and it would have meant a lot to me if you had listened to me last night\./,
    );
    expect(suggestionsOf('You always yell at me.', withSamples)[0]?.replacement).toBe('I feel hurt when you yell at me, and I need to feel respected.');
    expect(suggestionsOf('Why does he always yell at me?').map((s) => s.replacement).join(' ')).not.toMatch(/\byou (does|has|yells)\b/);
  });

  it('never asks for the behaviour a why-question complains about', () => {
    // “have to” after “why do you” is the complaint itself, not a wish for more of it.
    const complaint = suggestionsOf('why do u have to make everything about you').map((s) => s.replacement);
    expect(complaint.length).toBeGreaterThan(0);
    expect(complaint.join(' ')).not.toMatch(/if you made everything/);
    // “Why is it so hard for you to…” names what the sender does want.
    expect(suggestionsOf('Why is it so hard for you to send one message?')[0]?.replacement).toMatch(/if you sent one message\.$/);
  });

  it('keeps the behaviour, not a clause that qualifies it (“unless…”, “instead of…”)', () => {
    expect(suggestionsOf("You never lift a finger around here unless someone's watching.")[0]?.replacement).toMatch(/if you lifted a finger around here\.$/);
    expect(suggestionsOf('Why didn\'t you say anything at dinner instead of letting me look like an idiot?')[0]?.replacement).toMatch(
      /if you had said something at dinner\.$/,
    );
  });

  it('spells texting shorthand as a careful sentence would (“ur running late”, “i say”)', () => {
    expect(suggestionsOf('how many times do i have to ask u to text when ur running late')[0]?.replacement).toMatch(/when you're running late$/);
    expect(suggestionsOf('you never listen to a single word i say')[0]?.replacement).toMatch(/a single word I say/);
  });

  it('never moves an object away from its relative clause (“the things that matter to me”)', () => {
    const all = suggestionsOf('You always forget the things that matter to me.').map((s) => s.replacement).join(' ');
    expect(all).not.toMatch(/get forgotten that/);
  });

  it('does not read what the sender did as how they felt (“i lost the deposit”)', () => {
    const [first] = suggestionsOf('i lost the deposit because you didnt send the form');
    expect(first?.replacement).toMatch(/if you had sent the form$/);
    expect(first?.replacement).not.toMatch(/felt lost/);
  });

  it('answers a demand for an apology with the apology it asks for, not an invitation to open up', () => {
    expect(suggestionsOf('you need to apologize to my mother, tonight, no excuses')[0]?.replacement).toMatch(/if you apologized to my mother$/);
  });

  it('keeps what the sender saw in a pattern or a steering question, never a guess at their mind or motive', () => {
    // A pattern is told as what happened, with the feeling, need and request of that behaviour
    // (cancelling → plans: rules/vocab/actions.json); the invitation to say more is the alternative.
    const pattern = suggestionsOf('Typical you, cancelling on me again.').map((s) => s.replacement);
    expect(pattern[0]).toBe('I feel disappointed when you cancel on me, and I need to be able to count on our plans. Could we pick a time we both keep?');
    expect(pattern).toContain("I've noticed you cancel on me, and I'd love to hear what's going on for you, if you want to share.");
    expect(suggestionsOf("That's your avoidant attachment talking, you shut down whenever I bring it up.").map((s) => s.replacement)).toContain(
      "I've noticed you shut down when I bring it up, and I'd love to hear what's going on for you, if you want to share.",
    );
    // What they know or why they did it is the verdict itself: the plain line, not “I've noticed you know…”.
    const mind = suggestionsOf('Deep down you know why you keep cancelling.').map((s) => s.replacement);
    expect(mind.length).toBeGreaterThan(0);
    expect(mind.join(' ')).not.toMatch(/I've noticed/);
    // The fact inside a steering question is what was seen; the riddle around it goes (src/suggest/events.ts).
    expect(suggestionsOf('Have you ever stopped to think about why your friends stopped calling?')[0]?.replacement).toBe(
      "I've noticed your friends stopped calling, and I'd love to hear what's going on for you, if you want to share.",
    );
    // The motive goes; the behaviour under it stays, told plainly (rules/vocab/conduct.json).
    const motive = suggestionsOf('Have you ever considered that maybe you push me away on purpose?').map((s) => s.replacement);
    expect(motive.join(' ')).not.toMatch(/on purpose|push me away/);
    expect(motive[0]).toMatch(/you pull away/);
  });

  it('follows a texting draft: no full stop it did not have', () => {
    const [s] = suggestionsOf('u never reply');
    expect(s?.replacement).toMatch(/^I'm feeling \w+, and it would mean a lot to me if you replied/);
    expect(s?.replacement).not.toMatch(/\.$/);
  });
});

const sentenceOk = (text: string, s: Suggestion) => {
  const original = text.slice(s.start, s.end);
  expect(original).not.toMatch(/\n/);
  // A deletion (an emphatic tail, src/suggest/suggest.ts dropTail) takes the space on one side
  // with it, so that applying it alone leaves neither a double space nor a leading one.
  if (s.replacement === '') {
    expect(original.trim().length).toBeGreaterThan(0);
    expect(/^\s/.test(original) && /\s$/.test(original)).toBe(false);
    const applied = text.slice(0, s.start) + text.slice(s.end);
    expect(applied).not.toMatch(/ {2}|^ | \n/);
    return;
  }
  expect(original).toBe(original.trim());
};

describe.each(cases)('$from: $text', ({ text, options }) => {
  const { findings } = lint(text, options);
  const result = rewrite(text, options);
  const safety = lint(text, options).safety === true || findings.some((f) => f.category === 'safety');

  it('every blaming finding has one to three suggestions on its whole sentence', () => {
    for (const f of findings) {
      if (!SOFTENED.has(f.category) || safety) continue;
      expect(f.suggestions.length, f.text).toBeGreaterThanOrEqual(1);
      expect(f.suggestions.length).toBeLessThanOrEqual(3);
      for (const s of f.suggestions) {
        expect(s.start).toBeLessThanOrEqual(f.start);
        expect(s.end).toBeGreaterThanOrEqual(f.end);
        expect(s.message.length).toBeGreaterThan(0);
        expect(s.source).toMatch(/^[a-z-]+\/[a-z-]+ \(\d{3}_[0-9a-f]{16}\.txt\)$/);
        sentenceOk(text, s);
      }
    }
  });

  it('every vague feeling is offered precise words in its own place', () => {
    for (const f of findings) {
      if (f.category !== 'vague-feeling' || safety) continue;
      expect(f.suggestions.length, f.text).toBeGreaterThanOrEqual(1);
      for (const s of f.suggestions) {
        expect(s.start).toBeGreaterThanOrEqual(f.start);
        expect(s.end).toBeLessThanOrEqual(f.end);
        expect(s.replacement).toMatch(/^[a-z][a-z -]*$/);
      }
    }
  });

  it('no placeholder, undefined, doubled word or double space; case and closing follow the input', () => {
    for (const [f, s] of findings.flatMap((f: Finding) => f.suggestions.map((s) => [f, s] as const))) {
      expect(s.replacement).not.toMatch(/\{|\}|undefined|null|\s{2}|^\s|\s$/);
      if (s.replacement === '') continue; // a deletion: sentenceOk checks what it leaves
      expect(s.replacement).not.toMatch(/\b(\w+) \1\b/i);
      const original = text.slice(s.start, s.end);
      if (f.category === 'vague-feeling') continue; // one precise word in place of the loose one
      // A sentence starts with a capital, also in a lowercase draft (see src/suggest/register.ts).
      expect(s.replacement[0]).toMatch(/[A-Z]/);
      if (original.includes('’')) expect(s.replacement).not.toMatch(/'/);
      if (hasClosing(original)) expect(s.replacement).toMatch(/[.?]$/);
      else if (/^[^\S\n]*(\n|$)/.test(text.slice(s.end))) expect(s.replacement).not.toMatch(/\.$/);
    }
  });

  it('rewrite() leaves no warning behind (harm is left as it is)', () => {
    if (safety) return;
    expect(warnings(result.text, options).map((f) => f.text)).toEqual([]);
  });

  it('rewrite() keeps every other byte of the input', () => {
    let rebuilt = text;
    for (const s of [...result.applied].reverse()) {
      // A sentence is replaced whole; a repeat of an earlier line is dropped with its leading space.
      if (s.replacement !== '') sentenceOk(text, s);
      else expect(text.slice(s.start, s.end).trim()).not.toBe('');
      rebuilt = applySuggestion(rebuilt, s);
    }
    expect(rebuilt).toBe(result.text);
    if (findings.length === 0) expect(result.text).toBe(text);
  });

  it('rewrite() is idempotent', () => {
    expect(rewrite(result.text, options).text).toBe(result.text);
  });

  it('a message that describes harm is never softened', () => {
    if (!safety) return;
    expect(result).toEqual({ text, applied: [], skipped: [] });
    expect(findings.flatMap((f) => f.suggestions)).toEqual([]);
  });
});

describe('harm is never softened', () => {
  it('a safety finding anywhere removes every softening', () => {
    const text = 'You never listen to me. You hit me last night.';
    expect(lint(text, withSamples).findings.some((f) => f.category === 'safety')).toBe(true);
    expect(lint(text, withSamples).findings.flatMap((f) => f.suggestions)).toEqual([]);
    expect(rewrite(text, withSamples).text).toBe(text);
    // Without the harm, the same blaming sentence does get a rewrite: the test above can fail.
    expect(rewrite('You never listen to me.', withSamples).text).not.toBe('You never listen to me.');
  });
});

describe('rewrite() around the flagged sentence', () => {
  it('keeps kind sentences, emoji, line breaks and CRLF byte for byte', () => {
    const text = 'Hey love 💛\r\nYou never talk to me about anything.\r\n\r\nThank you for last night ❤️  See you at 7?';
    const out = rewrite(text).text;
    expect(out).toBe(text.replace('You never talk to me about anything.', out.split('\r\n')[1] as string));
    expect(out.startsWith('Hey love 💛\r\nI feel lonely when we don')).toBe(true);
    expect(out.endsWith('\r\n\r\nThank you for last night ❤️  See you at 7?')).toBe(true);
  });

  it('keeps what follows an emoji in the same compromise sentence', () => {
    const out = rewrite('You never listen to me 😡 Anyway, dinner at 7?').text;
    expect(out).toMatch(/ Anyway, dinner at 7\?$/);
    expect(out).not.toMatch(/never/);
  });

  it('two findings in one sentence: one edit applied, the other reported as skipped', () => {
    const text = 'You never call and you never write.';
    const result = rewrite(text);
    expect(result.applied).toHaveLength(1);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]?.start).toBe(result.applied[0]?.start);
  });
});

describe('applySuggestion', () => {
  it('replaces exactly the range', () => {
    expect(applySuggestion('ab cd ef', { start: 3, end: 5, replacement: 'XY', message: 'm' })).toBe('ab XY ef');
  });
  it('rejects a range outside the text', () => {
    expect(() => applySuggestion('abc', { start: 2, end: 9, replacement: '', message: 'm' })).toThrow(RangeError);
    expect(() => applySuggestion('abc', { start: 2, end: 1, replacement: '', message: 'm' })).toThrow(RangeError);
  });
});

describe('vague feelings', () => {
  it('are offered precise words in place of the loose one, and rewrite() leaves the choice to the sender', () => {
    const text = "I'm upset about tonight.";
    const [f] = lint(text, withSamples).findings.filter((x) => x.category === 'vague-feeling');
    expect(f?.suggestions.map((s) => text.slice(s.start, s.end))).toEqual(['upset', 'upset', 'upset']);
    expect(f?.suggestions.map((s) => s.replacement)).toEqual(['hurt', 'disappointed', 'lonely']);
    expect(rewrite(text, withSamples).text).toBe(text);
  });
});

/** Golden output a person reads: every input beside its rewrite and the suggestions of each finding. */
function renderRewrite(text: string, options?: object): string {
  const { findings } = lint(text, options);
  const out = [text.replace(/\r/g, '⏎'), '=== rewrite ===', rewrite(text, options).text.replace(/\r/g, '⏎'), '=== suggestions ==='];
  for (const f of findings) {
    out.push(`${f.category} “${f.text}”`);
    for (const s of f.suggestions) out.push(`  → ${s.replacement}  [${s.source}]`);
  }
  if (findings.length === 0) out.push('(no findings)');
  return out.join('\n') + '\n';
}

describe('golden rewrites', () => {
  it.each(fixtureNames)('fixtures/%s/rewrite.snap', async (name) => {
    const text = readFileSync(join(fixtureDir, name, 'input.txt'), 'utf8');
    await expect(renderRewrite(text)).toMatchFileSnapshot(join(fixtureDir, name, 'rewrite.snap'));
  });

  it('tests/golden/rewrite-samples.snap', async () => {
    const texts = cases.filter((c) => c.from === 'sample').map((c) => c.text);
    const body = texts.map((t) => renderRewrite(t, withSamples)).join('\n');
    await expect(body).toMatchFileSnapshot(join(root, 'tests', 'golden', 'rewrite-samples.snap'));
  });
});

describe('one do-able request per message (000)', () => {
  it('only the first rewritten sentence carries the request', () => {
    const out = rewrite('You never talk to me about anything. You never share anything with me. u never reply').text;
    expect(out.match(/Could we/g)).toHaveLength(1);
    expect(out).toMatch(/^I feel lonely when we don't talk much\. Could we .*\? I feel disconnected when we don't talk about feelings\. /);
  });
});

describe('the README example and the built package', () => {
  it('README shows what rewrite() returns', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const expected = "Hey love 💛\nI feel lonely when we don't talk much. Could we take a few minutes tonight to catch up?";
    expect(readme).toContain(`// ${JSON.stringify(expected)}`);
    expect(rewrite('Hey love 💛\nYou never talk to me about anything.').text).toBe(expected);
  });

  it('dist exports rewrite and applySuggestion (npm test builds dist first)', async () => {
    const mod = (await import(join(root, 'dist', 'index.js'))) as typeof import('../src/index.js');
    expect(mod.rewrite('You never talk to me about anything.').text).toMatch(/^I feel lonely when we don't talk much\./);
    expect(mod.applySuggestion('ab', { start: 0, end: 1, replacement: 'x', message: 'm' })).toBe('xb');
  });
});

describe('a line is not said twice in one message', () => {
  it('later sentences take the next suggestion, and a sentence with none left goes', () => {
    const text = 'Here we go again. Here we go again! Here we go again. Here we go again. Love you.';
    const out = rewrite(text).text;
    const lines = out.split(/(?<=[.!?])\s+/);
    expect(new Set(lines).size).toBe(lines.length);
    expect(out).toMatch(/ Love you\.$/);
    expect(out).not.toMatch(/\s{2}|go again/);
    expect(rewrite(out).text).toBe(out);
  });
});
