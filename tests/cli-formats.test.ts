import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../src/cli/formats/sarif.js';
import { getBuiltinRules } from '../src/catalog.js';
import { rewrite, type Finding } from '../src/index.js';
import { hasScript, runCli, runInTerminal, sh, tempDir, writeTree, CLI, SUBPROCESS } from './helpers/cli.js';
import { root } from './helpers/rules.js';

const blaming = 'You never talk to me about anything.';
const kind = 'Thank you for dinner, it was lovely.';
const ESC = '\u001b[';

// The SARIF 2.1.0 schema (rtm.5, the final 2.1.0 text) as shipped in the npm package
// @microsoft/jest-sarif@1.0.0-beta.0 (lib/schemas/sarif-2.1.0-rtm.5.json, MIT); see tests/data/README.md.
const sarifSchema = JSON.parse(readFileSync(join(root, 'tests/data/sarif-schema-2.1.0.json'), 'utf8')) as object;
// The schema is draft-04; its `language` pattern is not a valid unicode-mode RegExp, so ajv
// compiles patterns without the `u` flag, as the schema's authors' validators do.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; help: { text: string } }[] } };
    results: {
      ruleId: string;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri?: string; description?: { text: string } };
          region: { startLine: number; startColumn: number; charOffset: number; charLength: number };
        };
      }[];
      fixes?: unknown[];
    }[];
  }[];
}

describe.concurrent('stylish (default)', SUBPROCESS, () => {
  it('prints file:line:column, category, message, the line underlined; exits 1 on a warning', async () => {
    const dir = writeTree(tempDir(), { 'note.txt': `Hi love,\n\t${blaming}\n` });
    const r = await runCli(['note.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^note\.txt:2:2 {2}warning {2}absolute {2}“never” turns one moment into a verdict about them\. {2}you-never$/);
    expect(lines[1]).toBe(`  \t${blaming}`);
    // The tab is kept in the padding so the underline sits under "You never talk" in a terminal.
    expect(lines[2]).toBe(`  \t${'~'.repeat('You never talk'.length)}`);
    expect(r.stdout).toMatch(/✖ 1 problem \(1 warning, 0 info\)\n$/);
    expect(r.stdout).not.toContain(ESC);
  });

  it('prints nothing and exits 0 for a kind message', async () => {
    const r = await runCli(['--text', kind]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('shows the best rewrite under the finding when there is one', async () => {
    const r = await runCli(['--format', 'json', '--text', blaming]);
    const finding = (JSON.parse(r.stdout) as { results: { findings: Finding[] }[] }).results[0]?.findings[0];
    const stylish = await runCli(['--text', blaming]);
    const best = finding?.suggestions[0];
    if (best) expect(stylish.stdout).toContain(`→ ${best.replacement}`);
    else expect(stylish.stdout).not.toContain('→');
  });

  it('cuts a long line to a window around the finding', async () => {
    const long = `${'We talked about the trip and the dishes and the dog, '.repeat(4)}and ${blaming.toLowerCase()} ${'Anyway, see you tonight at the usual place. '.repeat(3)}`;
    const r = await runCli(['--text', long]);
    const [, shown = '', marks = ''] = r.stdout.split('\n');
    expect(shown.length).toBeLessThan(140);
    expect(shown.startsWith('  …')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.slice(marks.indexOf('~'), marks.lastIndexOf('~') + 1)).toBe('you never talk');
  });

  it('colours only when asked, or on a terminal without NO_COLOR', async () => {
    expect((await runCli(['--color', '--text', blaming])).stdout).toContain(ESC);
    expect((await runCli(['--no-color', '--text', blaming])).stdout).not.toContain(ESC);
  });

  it.skipIf(!hasScript)('colours on a TTY, and never with NO_COLOR', () => {
    const cmd = `${sh(process.execPath)} ${sh(CLI)} --text ${sh(blaming)}`;
    expect(runInTerminal(cmd, { cwd: tempDir() }).stdout).toContain(`${ESC}33mwarning`);
    const plain = runInTerminal(cmd, { cwd: tempDir(), env: { NO_COLOR: '1' } });
    expect(plain.stdout).toContain('warning');
    expect(plain.stdout).not.toContain(ESC);
  });
});

describe.concurrent('--format json', SUBPROCESS, () => {
  it('is { version: 1, results: [{ filePath, findings }] } with stdin as "<stdin>"', async () => {
    const r = await runCli(['--format', 'json'], { input: `${blaming}\n` });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { version: number; results: { filePath: string; findings: (Finding & Record<string, number>)[] }[] };
    expect(out.version).toBe(1);
    expect(out.results).toHaveLength(1);
    expect(out.results[0]?.filePath).toBe('<stdin>');
    const f = out.results[0]?.findings[0];
    expect(f).toMatchObject({ ruleId: 'you-never', category: 'absolute', severity: 'warning', start: 0, end: 14, text: 'You never talk' });
    expect(f).toMatchObject({ line: 1, column: 1, endLine: 1, endColumn: 15 });
  });

  it('lists every input in order, clean ones with no findings, and exits 0 when all are kind', async () => {
    const dir = writeTree(tempDir(), { 'b.txt': kind, 'a.md': `# Draft\n\n${kind}\n` });
    const r = await runCli(['--format', 'json', 'b.txt', 'a.md', '--text', kind], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { results: { filePath: string; findings: unknown[] }[] };
    expect(out.results).toEqual([
      { filePath: 'b.txt', findings: [] },
      { filePath: 'a.md', findings: [] },
      { filePath: '<text>', findings: [] },
    ]);
  });

  it('carries offsets that point into the file as read', async () => {
    const text = `Okay.\r\n\r\nHonestly? ${blaming} 😡\r\n`;
    const dir = writeTree(tempDir(), { 'crlf.txt': text });
    const r = await runCli(['-f', 'json', 'crlf.txt'], { cwd: dir });
    const f = (JSON.parse(r.stdout) as { results: { findings: (Finding & { line: number; column: number })[] }[] }).results[0]?.findings[0];
    expect(f && text.slice(f.start, f.end)).toBe('You never talk');
    expect(f).toMatchObject({ line: 3, column: 'Honestly? '.length + 1 });
  });
});

describe.concurrent('--format sarif', SUBPROCESS, () => {
  const ruleIds = getBuiltinRules().map((r) => r.id);

  it('is valid SARIF 2.1.0 with every rule described and each finding located', async () => {
    const text = `Hey.\n${blaming}\n`;
    const dir = writeTree(tempDir(), { 'drafts/one.txt': text, 'drafts/two.txt': kind });
    const r = await runCli(['--format', 'sarif', 'drafts'], { cwd: dir });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run?.tool.driver.name).toBe('reveal-lint');
    // Every rule file, and the message-level overload check.
    expect(run?.tool.driver.rules.map((x) => x.id).sort()).toEqual([...ruleIds, 'overload'].sort());
    for (const rule of run?.tool.driver.rules ?? []) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.text.length).toBeGreaterThan(0);
    }
    expect(run?.results).toHaveLength(1);
    const result = run?.results[0];
    expect(result).toMatchObject({ ruleId: 'you-never', level: 'warning' });
    expect(result?.message.text).toContain('never');
    const loc = result?.locations[0]?.physicalLocation;
    expect(loc?.artifactLocation.uri).toBe('drafts/one.txt');
    expect(loc?.region).toMatchObject({ startLine: 2, startColumn: 1, charOffset: 5, charLength: 14 });
    expect(text.substr(loc?.region.charOffset ?? 0, loc?.region.charLength)).toBe('You never talk');
  });

  it('validates stdin and info results too (level "note")', async () => {
    const dir = writeTree(tempDir(), { '.revealrc.json': JSON.stringify({ severity: { absolute: 'info' } }) });
    const r = await runCli(['-f', 'sarif', '-'], { cwd: dir, input: blaming });
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.runs[0]?.results[0]?.level).toBe('note');
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.description?.text).toBe('<stdin>');
  });

  it('describes the rule of every result, message-level checks included', async () => {
    const pile = "You never listen. You never call. You never help. You never ask how I am. Can you please change?";
    const r = await runCli(['-f', 'sarif', '--text', pile]);
    const log = JSON.parse(r.stdout) as SarifLog & { runs: { results: { ruleIndex: number }[] }[] };
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const run = log.runs[0];
    expect(run?.results.map((x) => x.ruleId)).toContain('overload');
    for (const result of run?.results ?? []) expect(run?.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    const off = await runCli(['-f', 'sarif', '--disable', 'overload', '--text', pile]);
    expect((JSON.parse(off.stdout) as SarifLog).runs[0]?.tool.driver.rules.map((x) => x.id)).not.toContain('overload');
  });

  it('turns suggestions into fixes that still validate', () => {
    const text = 'You never talk to me about anything.';
    const finding: Finding = {
      ruleId: 'you-never',
      category: 'absolute',
      severity: 'warning',
      message: 'm',
      note: 'n',
      start: 0,
      end: 36,
      text,
      suggestions: [{ start: 0, end: 36, replacement: "I feel lonely when we don't talk much.", message: 'Say what you feel' }],
    };
    const log = JSON.parse(
      formatSarif([{ filePath: 'a.txt', path: join(root, 'a.txt'), text, findings: [finding] }], {
        version: '0.0.0',
        rules: getBuiltinRules(),
        cwd: root,
      }),
    ) as SarifLog;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.runs[0]?.results[0]?.fixes).toEqual([
      {
        description: { text: 'Say what you feel' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'a.txt', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { charOffset: 0, charLength: 36 }, insertedContent: { text: "I feel lonely when we don't talk much." } }],
          },
        ],
      },
    ]);
  });

  it('the validator rejects a log that breaks the schema (so the checks above can fail)', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] })).toBe(false);
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'x' }] }] })).toBe(false);
  });
});

describe.concurrent('--rewrite', SUBPROCESS, () => {
  it('prints the message rewritten by the library instead of findings', async () => {
    const r = await runCli(['--rewrite', '--text', blaming]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${rewrite(blaming).text}\n`);
    expect(r.stdout).not.toMatch(/you never/i);
    expect(r.stdout).not.toContain('~~~');
  });

  it('leaves a kind message as it is and exits 0', async () => {
    expect(await runCli(['--rewrite'], { input: `${kind}\n` })).toEqual({ code: 0, stdout: `${kind}\n`, stderr: '' });
  });

  it('heads each message with its file name when there are several', async () => {
    const dir = writeTree(tempDir(), { 'a.txt': kind, 'b.txt': 'See you soon.' });
    const r = await runCli(['--rewrite', 'a.txt', 'b.txt'], { cwd: dir });
    expect(r.stdout).toBe(`==> a.txt <==\n${kind}\n\n==> b.txt <==\nSee you soon.\n`);
  });
});
