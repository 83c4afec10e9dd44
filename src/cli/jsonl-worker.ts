import { parentPort } from 'node:worker_threads';
import { createLinter } from '../linter.js';
import type { LintOptions } from '../schema/rule.js';
import { processChunk, type Chunk } from './jsonl-line.js';

/** What a worker thread is started with (`workerData`): the options the main thread validated. */
export interface WorkerInit {
  revealLintWorker: true;
  options: LintOptions;
  quiet: boolean;
  rewrite: boolean;
}

export const isWorkerInit = (data: unknown): data is WorkerInit =>
  typeof data === 'object' && data !== null && (data as { revealLintWorker?: unknown }).revealLintWorker === true;

/** Worker body: compile the rules once, then lint each chunk posted and post its outcome back. */
export function runWorker(init: WorkerInit): void {
  const port = parentPort;
  if (!port) throw new Error('runWorker must run in a worker thread');
  const ctx = { linter: createLinter(init.options), quiet: init.quiet, rewrite: init.rewrite };
  port.on('message', (chunk: Chunk) => port.postMessage(processChunk(chunk, ctx)));
}
