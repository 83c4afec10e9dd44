import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeTree, SUBPROCESS } from './helpers/cli.js';

const blaming = 'You never talk to me about anything.';

/** A project whose config sits two folders above the working directory. */
function project(config: unknown): { root: string; cwd: string } {
  const root = writeTree(tempDir(), { '.revealrc.json': typeof config === 'string' ? config : JSON.stringify(config) });
  const cwd = join(root, 'packages', 'app');
  mkdirSync(cwd, { recursive: true });
  return { root, cwd };
}

const ruleFile = {
  // A house rule a team might add; its phrase is one no built-in rule could also match.
  id: 'team-purple-elephant',
  category: 'blame',
  severity: 'warning',
  match: 'purple elephant',
  message: 'Our style guide keeps the purple elephant out of replies.',
  note: 'A test rule passed through the config file.',
  source: '003_027949e89b04d46c.txt',
  examples: { invalid: [{ text: 'The purple elephant again.', flag: 'purple elephant' }], valid: ['The grey elephant.'] },
};

describe.concurrent('.revealrc.json', SUBPROCESS, () => {
  it('is found upward from the working directory', async () => {
    const { cwd } = project({ disable: ['absolute'] });
    expect((await runCli(['--text', blaming], { cwd })).code).toBe(0);
    // --no-config ignores it.
    expect((await runCli(['--no-config', '--text', blaming], { cwd })).code).toBe(1);
  });

  it('or named with --config, relative to the working directory', async () => {
    const dir = writeTree(tempDir(), { 'cfg/reveal.json': JSON.stringify({ only: ['blame'] }) });
    expect((await runCli(['--config', 'cfg/reveal.json', '--text', blaming], { cwd: dir })).code).toBe(0);
    expect((await runCli(['-c', 'cfg/reveal.json', '--only', 'absolute', '--text', blaming], { cwd: dir })).code).toBe(1);
  });

  it('holds the options of lint(): severity overrides and extra rules', async () => {
    const { cwd } = project({ $schema: 'ignored by the CLI', severity: { absolute: 'off' }, rules: [ruleFile] });
    const r = await runCli(['-f', 'json', '--text', `The purple elephant. ${blaming}`], { cwd });
    const findings = (JSON.parse(r.stdout) as { results: { findings: { ruleId: string }[] }[] }).results[0]?.findings;
    expect(findings?.map((f) => f.ruleId)).toEqual(['team-purple-elephant']);
    expect(r.code).toBe(1);
  });

  it('--disable adds to the config, --only replaces it', async () => {
    const { cwd } = project({ only: ['blame'] });
    expect((await runCli(['--text', blaming], { cwd })).code).toBe(0);
    expect((await runCli(['--only', 'you-never', '--text', blaming], { cwd })).code).toBe(1);
    expect((await runCli(['--only', 'absolute', '--disable', 'you-never', '--text', blaming], { cwd })).code).toBe(0);
  });

  it.each([
    ['{ "only": [', /^reveal-lint: \.revealrc\.json: invalid JSON: /],
    [{ onyl: ['absolute'] }, /^reveal-lint: \.revealrc\.json: onyl: Unrecognized key/],
    [{ only: 'absolute' }, /^reveal-lint: \.revealrc\.json: only: Invalid input: expected array/],
    [{ only: [3] }, /^reveal-lint: \.revealrc\.json: only\[0\]: Invalid input: expected string/],
    [{ disable: ['absolute', 'nope'] }, /^reveal-lint: \.revealrc\.json: disable\[1\]: "nope" is neither a rule id nor a category\n$/],
    [{ severity: { absolute: 'loud' } }, /^reveal-lint: \.revealrc\.json: severity\.absolute: Invalid option/],
    [{ rules: [{ ...ruleFile, category: 'rant' }] }, /^reveal-lint: \.revealrc\.json: rules\[0\]\.category: Invalid option/],
    [{ rules: [{ ...ruleFile, id: 'you-never' }] }, /^reveal-lint: \.revealrc\.json: rules\[0\] \(rule "you-never"\) → id: duplicate rule id "you-never"/],
  ])('an invalid config %j exits 2 naming the file and the key', async (config, message) => {
    const dir = writeTree(tempDir(), { '.revealrc.json': typeof config === 'string' ? config : JSON.stringify(config) });
    const r = await runCli(['--text', blaming], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a config found upward is named by its path', async () => {
    const { root, cwd } = project({ only: ['nope'] });
    const r = await runCli(['--text', blaming], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`reveal-lint: ${join(root, '.revealrc.json')}: only[0]: "nope" is neither a rule id nor a category\n`);
  });

  it('a missing --config file exits 2', async () => {
    const r = await runCli(['--config', 'nope.json', '--text', blaming]);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'reveal-lint: config file not found: nope.json\n' });
  });
});
