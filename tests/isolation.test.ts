/**
 * No shared state: a host application that uses compromise itself sees the same compromise after
 * importing and using reveal-lint (same tags for the same sentences, same lexicon, tag set, methods
 * and hooks), and no global is written. Checked in this process against src/ and in fresh Node
 * processes against the built package, ESM and CJS, as a host would load it.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
// The host's compromise, imported before reveal-lint is.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/rules.js';
import { HOST_SENTENCES, fingerprint } from './helpers/world.js';

const userRule = {
  id: 'host-test-label',
  category: 'blame',
  match: '[<subject>(you|u)] (are|is) #Adverb{0,} [<label>(#Adjective|impossible|selfish)]',
  notIfSentence: '{lex:appreciation}',
  message: '“{{label}}” is a label.',
  note: 'Labels put people on the defensive.',
  source: '003_027949e89b04d46c.txt',
  examples: { invalid: [{ text: 'You are impossible', flag: 'You are impossible' }], valid: ['This is impossible'] },
};

/** What the host can observe: tags of its sentences, a match, compromise's world, the global object. */
function hostView() {
  return {
    tags: HOST_SENTENCES.map((s) => nlp(s).json().map((sentence: { terms: { text: string; tags: string[] }[] }) => sentence.terms.map((t) => `${t.text}/${t.tags.join(',')}`))),
    verbs: HOST_SENTENCES.map((s) => nlp(s).match('#Verb+').out('array') as string[]),
    world: fingerprint((nlp as unknown as { world(): unknown }).world()),
    globals: Object.getOwnPropertyNames(globalThis).sort(),
  };
}

describe('reveal-lint and a host that uses compromise too', () => {
  it('importing and linting (with user rules, errors and several linters) changes nothing the host sees', async () => {
    const before = hostView();
    const lib = await import('../src/index.js');
    expect(hostView()).toEqual(before);

    for (const s of HOST_SENTENCES) {
      lib.lint(s);
      lib.lint(s, { rules: [userRule] });
      lib.lint(s, { only: ['absolute'], severity: { absolute: 'info' } });
    }
    const linter = lib.createLinter({ rules: [userRule], only: ['host-test-label'] });
    expect(linter.lint('Honestly you are so selfish.').findings.map((f) => f.ruleId)).toContain('host-test-label');
    // Errors on the way must not leave anything half-done behind either.
    expect(() => lib.lint('x', { rules: [{ ...userRule, match: 'you #Verbb' }] })).toThrow(lib.RevealLintError);
    expect(() => lib.lint('x', { rules: [{ ...userRule, match: '[<>you]' }] })).toThrow(lib.RevealLintError);
    expect(() => lib.lint('x'.repeat(10), { maxLength: 5 })).toThrow(RangeError);

    expect(hostView()).toEqual(before);
  });

  it('does not mutate the options or rules it is given', async () => {
    const lib = await import('../src/index.js');
    const options = { rules: [structuredClone(userRule)], only: ['blame', 'absolute'], severity: { blame: 'info' as const } };
    const copy = structuredClone(options);
    lib.lint('You are so cold. You never listen.', options);
    lib.createLinter(options).lint('you are impossible');
    expect(options).toEqual(copy);
  });

  // A fresh Node process per module system: the host imports compromise, then the built package.
  const hostScript = (kind: 'esm' | 'cjs') => `
    ${kind === 'esm' ? "import nlp from 'compromise'; import { createHash } from 'node:crypto';" : "const nlp = require('compromise'); const { createHash } = require('node:crypto');"}
    const sentences = ${JSON.stringify(HOST_SENTENCES)};
    const view = () => JSON.stringify({
      tags: sentences.map((s) => nlp(s).json().map((x) => x.terms.map((t) => t.text + '/' + t.tags.join(',')))),
      lexicon: createHash('sha256').update(JSON.stringify(nlp.world().model.one.lexicon)).digest('hex'),
      tagSet: Object.keys(nlp.world().model.one.tagSet).join(),
      hooks: nlp.world().hooks.join(),
      globals: Object.getOwnPropertyNames(globalThis).sort(),
    });
    const before = view();
    const run = (lib) => {
      for (const s of sentences) { lib.lint(s); lib.lint(s, { rules: [${JSON.stringify(userRule)}] }); }
      try { lib.lint('x', { rules: [{ id: 'bad' }] }); } catch {}
      const after = view();
      console.log(JSON.stringify({ same: before === after, found: lib.lint('You never listen to me.').findings.length, before, after }));
    };
    ${kind === 'esm' ? `run(await import(${JSON.stringify(join(root, 'dist/index.js'))}));` : `run(require(${JSON.stringify(join(root, 'dist/index.cjs'))}));`}
  `;

  it.each(['esm', 'cjs'] as const)('the built package (%s) leaves a fresh host process untouched', (kind) => {
    const args = kind === 'esm' ? ['--input-type=module', '-e', hostScript(kind)] : ['-e', hostScript(kind)];
    const out = JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' })) as {
      same: boolean;
      found: number;
      before: string;
      after: string;
    };
    expect(out.found).toBeGreaterThan(0);
    expect(out.after).toBe(out.before);
    expect(out.same).toBe(true);
  });
});
