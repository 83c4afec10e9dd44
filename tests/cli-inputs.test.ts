import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, hasScript, runCli, runInTerminal, sh, tempDir, writeTree, SUBPROCESS } from './helpers/cli.js';
import { root } from './helpers/rules.js';

const blaming = 'You never talk to me about anything.';
const kind = 'Thank you for dinner, it was lovely.';

interface JsonOut {
  results: { filePath: string; findings: { text: string }[] }[];
}
const filePaths = (stdout: string) => (JSON.parse(stdout) as JsonOut).results.map((r) => r.filePath);

/** A tree with text files at several depths, a non-text file, and folders a walk must skip. */
function tree(): string {
  return writeTree(tempDir(), {
    'copy/welcome.txt': kind,
    'copy/replies/late.txt': blaming,
    'copy/replies/sorry.md': 'Sorry I was late, I missed you.',
    'copy/replies/data.json': '{"text": "You never listen"}',
    'copy/.hidden.txt': blaming,
    'copy/node_modules/dep/readme.txt': blaming,
    'top.txt': kind,
  });
}

describe.concurrent('inputs', SUBPROCESS, () => {
  it('reads piped stdin when no input is named, and "-" explicitly', async () => {
    const implicit = await runCli(['-f', 'json'], { input: blaming });
    expect(implicit.code).toBe(1);
    expect(filePaths(implicit.stdout)).toEqual(['<stdin>']);
    const dash = await runCli(['-f', 'json', '-'], { input: kind });
    expect(dash.code).toBe(0);
    expect(filePaths(dash.stdout)).toEqual(['<stdin>']);
  });

  it('lints a directory: its .txt and .md files, sorted, skipping node_modules', async () => {
    const r = await runCli(['-f', 'json', 'copy'], { cwd: tree() });
    expect(filePaths(r.stdout)).toEqual(['copy/.hidden.txt', 'copy/replies/late.txt', 'copy/replies/sorry.md', 'copy/welcome.txt']);
    expect(r.code).toBe(1);
  });

  it('expands quoted globs itself: **, braces, no dotfiles', async () => {
    const dir = tree();
    const all = await runCli(['-f', 'json', '**/*.txt'], { cwd: dir });
    expect(filePaths(all.stdout)).toEqual(['copy/replies/late.txt', 'copy/welcome.txt', 'top.txt']);
    const braces = await runCli(['-f', 'json', 'copy/replies/*.{md,json}'], { cwd: dir });
    expect(filePaths(braces.stdout)).toEqual(['copy/replies/data.json', 'copy/replies/sorry.md']);
    const oneLevel = await runCli(['-f', 'json', '*.txt'], { cwd: dir });
    expect(filePaths(oneLevel.stdout)).toEqual(['top.txt']);
  });

  it('keeps the order given and lints a file named twice once', async () => {
    const r = await runCli(['-f', 'json', 'top.txt', 'copy/welcome.txt', 'top.txt', '--text', blaming], { cwd: tree() });
    expect(filePaths(r.stdout)).toEqual(['top.txt', 'copy/welcome.txt', '<text>']);
  });

  it('takes --text more than once', async () => {
    const r = await runCli(['-f', 'json', '-t', kind, '--text', blaming]);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.results.map((x) => x.findings.length)).toEqual([0, 1]);
    expect(r.code).toBe(1);
  });

  it('strips a byte-order mark, so offsets match the text', async () => {
    const dir = writeTree(tempDir(), { 'bom.txt': `\uFEFF${blaming}` });
    const r = await runCli(['-f', 'json', 'bom.txt'], { cwd: dir });
    expect((JSON.parse(r.stdout) as { results: { findings: { start: number }[] }[] }).results[0]?.findings[0]?.start).toBe(0);
  });
});

describe.concurrent('exit codes', SUBPROCESS, () => {
  it('1 for blaming stdin, 0 for kind stdin', async () => {
    expect((await runCli([], { input: `${blaming}\n` })).code).toBe(1);
    expect((await runCli([], { input: `${kind}\n` })).code).toBe(0);
  });

  it('0 for info findings only, unless more than --max-warnings findings are reported', async () => {
    const dir = writeTree(tempDir(), { '.revealrc.json': JSON.stringify({ severity: { 'you-never': 'info' } }) });
    const info = await runCli(['--text', blaming], { cwd: dir });
    expect(info.code).toBe(0);
    expect(info.stdout).toContain('info');
    expect((await runCli(['--max-warnings', '1', '--text', blaming], { cwd: dir })).code).toBe(0);
    expect((await runCli(['--max-warnings', '0', '--text', blaming], { cwd: dir })).code).toBe(1);
  });

  it('--quiet reports warnings only', async () => {
    const dir = writeTree(tempDir(), { '.revealrc.json': JSON.stringify({ severity: { 'you-never': 'info' } }) });
    const r = await runCli(['--quiet', '--max-warnings', '0', '--text', blaming], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await runCli(['--quiet', '--text', blaming])).code).toBe(1);
  });

  it.each([
    [['missing.txt'], /^reveal-lint: cannot read missing\.txt: no such file or directory\n$/],
    [['--bogus'], /^reveal-lint: unknown flag --bogus \(see reveal-lint --help\)\n$/],
    [['-x'], /^reveal-lint: unknown flag -x/],
    [['--format', 'xml', 'a.txt'], /^reveal-lint: --format must be one of stylish, json, sarif, got "xml"\n$/],
    [['--format'], /^reveal-lint: --format needs a value\n$/],
    [['--max-warnings', 'many', '--text', 'hi'], /^reveal-lint: --max-warnings expects a whole number/],
    [['no/*.txt'], /^reveal-lint: no files match no\/\*\.txt\n$/],
    [['empty'], /^reveal-lint: no \.txt or \.md files in directory empty\n$/],
    [['broken.txt'], /^reveal-lint: cannot read broken\.txt: no such file or directory\n$/],
    [['--workers', '2', '--text', 'hi'], /^reveal-lint: --workers only applies to --jsonl/],
    [['--rewrite', '--format', 'json', '--text', 'hi'], /^reveal-lint: --format cannot be combined with --rewrite/],
    [['--only', 'nope', '--text', 'hi'], /^reveal-lint: --only: "nope" is neither a rule id nor a category\n$/],
    [['--disable', 'absolute,', '--text', 'hi'], /^reveal-lint: --disable expects rule ids or categories/],
  ])('2 with one line on stderr for %j', async (args, message) => {
    const dir = writeTree(tempDir(), { 'a.txt': kind, 'empty/data.json': '{}' });
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'broken.txt'));
    const r = await runCli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.skipIf(!hasScript)('2 when there is no input at all (stdin is a terminal)', () => {
    const r = runInTerminal(`${sh(process.execPath)} ${sh(CLI)}; echo "exit=$?"`, { cwd: tempDir() });
    expect(r.stdout).toMatch(/reveal-lint: no input: give files, a directory, a glob, "-" for stdin, or --text/);
    expect(r.stdout).toMatch(/exit=2/);
  });

  it('the package declares the bin, an executable file with a shebang', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(join(root, pkg.bin['reveal-lint'] ?? '')).toBe(CLI);
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
    // Run as a shell would run it: through the shebang, not `node dist/cli.js`.
    expect(execFileSync(CLI, ['--version'], { encoding: 'utf8' })).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('--help and --version exit 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: reveal-lint/);
    for (const flag of ['--format', '--jsonl', '--rewrite', '--config', '--only', '--disable', '--quiet', '--max-warnings']) {
      expect(help.stdout).toContain(flag);
    }
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
