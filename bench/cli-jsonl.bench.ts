/**
 * JSONL throughput of the built CLI: `npx vitest bench --run bench/cli-jsonl.bench.ts`
 * (after `npm run build`). Each iteration lints BENCH_LINES short messages (default 10,000)
 * from a file, on the main thread and on worker threads; lines/s = BENCH_LINES × hz.
 * Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const LINES = Number(process.env.BENCH_LINES ?? 10_000);

// Short messages in the shape researchers export: kind and blaming drafts, emoji, texting style.
const SAMPLES = [
  'You never talk to me about anything.',
  'Thank you for dinner, it was lovely.',
  "u never reply when I text u, it's like I don't exist 😞",
  'Can we get tacos on Friday? I miss you.',
  'Why can’t you just open up to me for once?',
  'I felt lonely last night and wanted to tell you.',
  'You always know how to make me laugh!',
  'We need to talk to the landlord about the heating.',
];

function batchFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'reveal-lint-bench-')), 'batch.jsonl');
  let out = '';
  for (let i = 0; i < LINES; i++) out += `${JSON.stringify({ id: i, text: SAMPLES[i % SAMPLES.length] })}\n`;
  writeFileSync(path, out);
  return path;
}

const file = batchFile();

function run(workers: string): void {
  const r = spawnSync(process.execPath, [CLI, '--jsonl', file, '--workers', workers], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 20,
  });
  if (r.status !== 1) throw new Error(`reveal-lint exited ${r.status}: ${r.stderr.toString()}`);
}

describe(`reveal-lint --jsonl, ${LINES.toLocaleString('en-US')} messages`, () => {
  // Each iteration is a whole CLI run (seconds): no warm-up, a few iterations.
  const options = { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 };
  bench('main thread (--workers 0)', () => run('0'), options);
  bench(`worker threads (--workers ${availableParallelism()})`, () => run(String(availableParallelism())), options);
});
