#!/usr/bin/env node
// The `reveal-lint` bin. The same file runs the worker threads of a --jsonl batch.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { isWorkerInit, runWorker } from './jsonl-worker.js';
import { run } from './run.js';

function version(): string {
  try {
    // dist/cli.js sits one level below the package root.
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

if (!isMainThread && isWorkerInit(workerData)) {
  runWorker(workerData);
} else {
  // A closed pipe (`reveal-lint … | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const code = await run({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    version: version(),
    workerScript: fileURLToPath(import.meta.url),
  });
  process.exitCode = code;
}
