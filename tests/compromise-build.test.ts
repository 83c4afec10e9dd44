import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import two from 'compromise/two';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { droppedLexicon } from '../src/generated/compromise.js';
import nlp from '../src/nlp/compromise.js';
import { corpus } from './helpers/corpus.js';
import { root } from './helpers/rules.js';

/**
 * reveal-lint parses with its own reduced copy of compromise (scripts/build-compromise.mjs):
 * compromise/two without unused View methods and without the lexicon's place, company, team,
 * celebrity, name, nationality and unit tables. These tests hold it to compromise's own builds on
 * every text in the repository: the same lint results, and the same tags except on words of a
 * dropped table and their neighbours.
 */
// Every fixture and every example of every rule file (tests/helpers/corpus.ts), as the rewrite tests read them.
const texts = corpus().map((c) => c.text);

/** Texts naming places, companies and people: where the copy's tags may differ. */
const properNouns = [
  'You never take me anywhere, not even to Paris or New York.',
  'We flew from Denver to Lisbon on United and I loved every minute.',
  'Why can’t you just call Johnson back like you said you would?',
  'You always leave your Nike shoes by the door and it drives me up the wall.',
  'I feel like you care more about the Chicago Bears than about us.',
  'Sam, you never call me back and even Mia noticed.',
  'mary said u always cancel on her too, tell john i said hi',
  'ask sarah if u always forget her birthday',
  'why do you always text emma instead of me',
  'call mike and tell him you never meant it',
];

type Variant = 'copy' | 'two' | 'full';

/** Every text linted in a child process by a bundle of src/ whose parser is `variant`. */
async function lintAllWith(variant: Variant): Promise<unknown> {
  const parser = { copy: undefined, two: 'compromise/two', full: 'compromise' }[variant];
  const result = await build({
    stdin: {
      contents: `import { lint } from './src/index.ts';
        import { readFileSync } from 'node:fs';
        const texts = JSON.parse(readFileSync(0, 'utf8'));
        console.log(JSON.stringify(texts.map((t) => lint(t))));`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
    plugins: parser
      ? [
          {
            name: 'parser',
            setup(b) {
              b.onLoad({ filter: /generated[/\\]compromise\.js$/ }, () => ({
                contents: `export { default } from '${parser}'; export const droppedLexicon = [];`,
                loader: 'js',
                resolveDir: root,
              }));
            },
          },
        ]
      : [],
  });
  const file = join(mkdtempSync(join(tmpdir(), 'reveal-lint-')), `lint-${variant}.mjs`);
  writeFileSync(file, result.outputFiles[0]?.text ?? '');
  const out = execFileSync(process.execPath, [file], { encoding: 'utf8', input: JSON.stringify([...texts, ...properNouns]), maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out);
}

interface Term {
  normal: string;
  tags: Set<string>;
}
const termsOf = (parse: (text: string) => unknown, text: string): Term[][] => (parse(text) as { docs: Term[][] }).docs;

describe("reveal-lint's copy of compromise", () => {
  it('finds exactly what compromise/two and the full build find, on every fixture and rule example', { timeout: 120_000 }, async () => {
    const [copy, withTwo, withFull] = await Promise.all([lintAllWith('copy'), lintAllWith('two'), lintAllWith('full')]);
    expect(copy).toEqual(withTwo);
    expect(copy).toEqual(withFull);
    expect(JSON.stringify(copy)).toMatch(/"ruleId"/); // findings exist: the comparison is not vacuous
  });

  it('tags every term as compromise/two does, except words of the dropped lexicon tables and their neighbours', () => {
    // Entries of the dropped tables, as compromise/two's lexicon has them: a word (“paris”), or a
    // phrase (“new york”) whose words are exempt only in a text that holds the whole phrase.
    const tables = new Set(droppedLexicon);
    const lexicon = (two as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
    const entries = Object.keys(lexicon).filter((entry) => [lexicon[entry] ?? []].flat().some((tag) => tables.has(tag)));
    const words = new Set(entries.filter((e) => !e.includes(' ')));
    const phrases = entries.filter((e) => e.includes(' '));
    let compared = 0;
    const differing: string[] = [];
    for (const text of [...texts, ...properNouns]) {
      const lower = text.toLowerCase();
      const dropped = new Set([...words, ...phrases.filter((p) => lower.includes(p)).flatMap((p) => p.split(' '))]);
      const mine = termsOf(nlp, text);
      const theirs = termsOf(two, text);
      expect(mine.map((s) => s.map((t) => t.normal))).toEqual(theirs.map((s) => s.map((t) => t.normal)));
      mine.forEach((sentence, i) =>
        sentence.forEach((term, j) => {
          const reference = theirs[i]?.[j];
          compared += 1;
          // A dropped word may sway its neighbour: “tell john i said hi” tags “tell” a noun once
          // “john” is no longer a known name. The lint results above show it changes no finding.
          if ([sentence[j - 1], term, sentence[j + 1]].some((t) => t && dropped.has(t.normal))) {
            differing.push(term.normal);
            return;
          }
          expect([...term.tags].sort(), `"${term.normal}" in "${text}"`).toEqual([...(reference?.tags ?? [])].sort());
        }),
      );
    }
    expect(compared).toBeGreaterThan(3000);
    // The exemption is used (the proper-noun texts name places and teams), and it is narrow.
    expect(differing).toEqual(expect.arrayContaining(['paris', 'denver']));
    expect(differing.length).toBeLessThan(compared / 50); // 97 of 8,312 terms today
  });

  it('runs the same parse steps as compromise/two, minus the typeahead no-op', () => {
    const hooks = (n: unknown) => (n as { world(): { hooks: string[] } }).world().hooks;
    expect(hooks(nlp)).toEqual(hooks(two).filter((h) => h !== 'typeahead'));
  });

  it('still knows every tag of compromise/two, so user rules may name them', () => {
    const tags = (n: unknown) => Object.keys((n as { world(): { model: { one: { tagSet: object } } } }).world().model.one.tagSet);
    expect(tags(nlp).sort()).toEqual(tags(two).sort());
  });

  it('folds curly quotes, dashes, accented Latin and fullwidth letters to ASCII as compromise/two does; Greek and Cyrillic look-alikes stay', () => {
    const normals = (n: typeof two, text: string) => (n(text) as unknown as { docs: { normal: string }[][] }).docs.flat().map((t) => t.normal);
    for (const text of ['You’re “fine” – café, naïve, Ｈｅｌｌｏ', 'Crème brûlée at Zoë’s ¿no?']) {
      expect(normals(nlp as unknown as typeof two, text)).toEqual(normals(two, text));
    }
    // “уоu” spelled with Cyrillic у and о: compromise/two reads “you”, the copy leaves it alone.
    expect(normals(two, 'уоu')).toEqual(['you']);
    expect(normals(nlp as unknown as typeof two, 'уоu')).toEqual(['уоu']);
  });
});
