import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatProgress } from '../src/cli/progress.js';
import { rewrite } from '../src/index.js';
import { CLI, hasScript, runCli, runInTerminal, sh, tempDir, writeTree, SUBPROCESS } from './helpers/cli.js';

const blaming = 'You never talk to me about anything.';
const kind = 'Thank you for dinner, it was lovely.';

interface OutLine {
  id: string | number;
  findings?: { ruleId: string; start: number; end: number; text: string }[];
  text?: string;
  error?: string;
}
const parseLines = (stdout: string): OutLine[] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as OutLine);

/** n records alternating kind and blaming texts, ids "m0", "m1", …; every 7th has no id. */
function batch(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    const text = i % 2 ? `${blaming} (${i})` : `${kind} (${i})`;
    out += `${JSON.stringify(i % 7 === 3 ? { text } : { id: `m${i}`, text })}\n`;
  }
  return out;
}

describe.concurrent('--jsonl', SUBPROCESS, () => {
  it('answers each input line with one output line, in order; a bad line gets an error line and the batch goes on', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: blaming }),
      'not json',
      JSON.stringify({ text: kind }),
      '',
      JSON.stringify({ id: 'b' }),
      JSON.stringify([blaming]),
      JSON.stringify({ id: { x: 1 }, text: kind }),
      JSON.stringify({ id: 7, text: 42 }),
      JSON.stringify({ id: 'last', text: `u never reply` }),
    ].join('\n');
    const r = await runCli(['--jsonl'], { input: `${input}\n` });
    const lines = parseLines(r.stdout);
    expect(lines).toHaveLength(9);
    expect(lines.map((l) => l.id)).toEqual(['a', 2, 3, 4, 'b', 6, 7, 7, 'last']);
    expect(lines[0]?.findings?.map((f) => f.text)).toEqual(['You never talk']);
    expect(lines[1]?.error).toMatch(/^invalid JSON/);
    expect(lines[2]).toEqual({ id: 3, findings: [] });
    expect(lines[3]).toEqual({ id: 4, error: 'empty line' });
    expect(lines[4]).toEqual({ id: 'b', error: 'missing "text"' });
    expect(lines[5]?.error).toMatch(/expected a JSON object/);
    expect(lines[6]?.error).toBe('"id" must be a string or a number');
    expect(lines[7]).toEqual({ id: 7, error: '"text" must be a string, got number' });
    expect(lines[8]?.findings?.map((f) => f.text)).toEqual(['u never reply']);
    // Bad lines are unreadable input: exit 2, with one line on stderr saying how many.
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('reveal-lint: 6 of 9 input lines could not be linted (see their "error" output lines)\n');
  });

  it('exits 1 on warnings and 0 on a kind batch; reads a file; takes CRLF and a byte-order mark', async () => {
    const dir = writeTree(tempDir(), {
      'kind.jsonl': `\uFEFF${JSON.stringify({ text: kind })}\r\n${JSON.stringify({ text: 'See you soon!' })}\r\n`,
      'mixed.jsonl': `${JSON.stringify({ text: kind })}\n${JSON.stringify({ text: blaming })}`,
    });
    const k = await runCli(['--jsonl', 'kind.jsonl'], { cwd: dir });
    expect(k).toEqual({ code: 0, stdout: '{"id":1,"findings":[]}\n{"id":2,"findings":[]}\n', stderr: '' });
    const m = await runCli(['--jsonl', 'mixed.jsonl'], { cwd: dir });
    expect(m.code).toBe(1);
    expect(parseLines(m.stdout).map((l) => l.findings?.length)).toEqual([0, 1]);
  });

  it('with --rewrite answers { id, text }', async () => {
    const r = await runCli(['--jsonl', '--rewrite'], { input: `${JSON.stringify({ id: 'k', text: kind })}\n${JSON.stringify({ text: blaming })}\n` });
    const lines = parseLines(r.stdout);
    expect(lines[0]).toEqual({ id: 'k', text: kind });
    expect(lines[1]).toEqual({ id: 2, text: rewrite(blaming).text });
    expect(lines[1]?.text).not.toMatch(/you never/i);
  });

  it.each([
    [['--jsonl', '--format', 'json'], /--format cannot be combined with --jsonl/],
    [['--jsonl', '--text', 'hi'], /--text cannot be combined with --jsonl/],
    [['--jsonl', 'a.jsonl', 'b.jsonl'], /--jsonl reads one input/],
    [['--jsonl', 'missing.jsonl'], /^reveal-lint: cannot read missing\.jsonl: no such file or directory\n$/],
    [['--jsonl', '--workers', 'two'], /--workers expects a whole number/],
  ])('usage errors exit 2: %j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

// Worker threads each load compromise and compile the rules: these runs take seconds on a busy
// machine, so they run one at a time with room to finish.
describe('--jsonl on worker threads', { timeout: 90_000 }, () => {
  it('gives the same lines, in the same order, on worker threads as on the main thread', async () => {
    const input = batch(600); // three chunks: they may finish out of order on two threads
    const main = await runCli(['--jsonl', '--workers', '0'], { input });
    const workers = await runCli(['--jsonl', '--workers', '2'], { input });
    expect(workers.stderr).toBe('');
    expect(workers.code).toBe(1);
    expect(workers.stdout).toBe(main.stdout);
    const lines = parseLines(workers.stdout);
    expect(lines).toHaveLength(600);
    expect(lines[3]?.id).toBe(4); // no id: the line number
    expect(lines[599]?.id).toBe('m599');
    expect(lines.filter((l) => l.findings?.length).length).toBe(300);
  });

  it('keeps every line in order in a batch big enough to go to worker threads by itself', async () => {
    const auto = await runCli(['--jsonl'], { input: batch(2_600) });
    expect(auto.code).toBe(1);
    const lines = parseLines(auto.stdout);
    expect(lines).toHaveLength(2_600);
    lines.forEach((l, i) => {
      expect(l.id).toBe(i % 7 === 3 ? i + 1 : `m${i}`);
      expect(l.findings?.length).toBe(i % 2);
    });
  });

  it.each(['0', '2'])('streams: output starts before the input ends (--workers %s)', async (workers) => {
    const child = spawn(process.execPath, [CLI, '--jsonl', '--workers', workers], { cwd: tempDir(), stdio: ['pipe', 'pipe', 'pipe'] });
    const first = new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString())));
    child.stdin.write(batch(600)); // two full chunks, and the stream stays open
    const data = await Promise.race([first, new Promise<string>((resolve) => setTimeout(() => resolve('timeout'), 50_000))]);
    expect(data).toMatch(/^\{"id":"m0","findings":\[\]\}\n/);
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
  });

});

describe('progress line', () => {
  it('shows count, rate and, when the size is known, time left', () => {
    // Half the file read (20,000 of ~40,000 lines), 12,000 linted at 4,000/s: 28,000 to go.
    const state = { done: 12_000, linesRead: 20_000, bytesRead: 500_000, totalBytes: 1_000_000, elapsedMs: 3_000 };
    expect(formatProgress(state)).toBe('12,000 lines · 4,000/s · 7s left');
    expect(formatProgress({ ...state, done: 400, elapsedMs: 2_000, linesRead: 1_000, bytesRead: 25_000 })).toBe('400 lines · 200/s · 3m18s left');
    expect(formatProgress({ ...state, totalBytes: undefined })).toBe('12,000 lines · 4,000/s');
  });

  it.skipIf(!hasScript)('is drawn on a terminal stderr and never in the output', { timeout: 60_000 }, () => {
    const dir = writeTree(tempDir(), { 'batch.jsonl': batch(1_500) });
    const cmd = `${sh(process.execPath)} ${sh(CLI)} --jsonl batch.jsonl --workers 0 > out.jsonl`;
    const r = runInTerminal(cmd, { cwd: dir });
    expect(r.stdout).toMatch(/\d[\d,]* lines · [\d,]+\/s · \d+m?\d*s left/);
    const piped = runInTerminal(`${sh(process.execPath)} ${sh(CLI)} --jsonl batch.jsonl --workers 0 2> err.txt | wc -l`, { cwd: dir });
    expect(piped.stdout.trim()).toBe('1500');
  });
});
