import { Worker } from 'node:worker_threads';
import type { Chunk, ChunkOutcome } from './jsonl-line.js';
import type { WorkerInit } from './jsonl-worker.js';

/**
 * A fixed set of worker threads linting chunks. At most `limit` chunks are out at once, so a
 * fast reader cannot pile up input in memory: `submit` waits for a free slot.
 */
export class WorkerPool {
  private readonly workers: { worker: Worker; load: number }[];
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  private failure: Error | undefined;
  private closing = false;
  private readonly limit: number;

  constructor(size: number, script: string, init: WorkerInit, onResult: (outcome: ChunkOutcome) => void) {
    // Four chunks per worker keep every thread busy while the main thread reads and writes.
    this.limit = size * 4;
    this.workers = Array.from({ length: size }, () => {
      const slot = { worker: new Worker(script, { workerData: init }), load: 0 };
      slot.worker.on('message', (outcome: ChunkOutcome) => {
        slot.load--;
        this.inFlight--;
        onResult(outcome);
        this.wake();
      });
      slot.worker.on('error', (error) => this.fail(error));
      slot.worker.on('exit', (code) => {
        if (!this.closing && (slot.load > 0 || code !== 0)) this.fail(new Error(`a worker thread exited with code ${code}`));
      });
      return slot;
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private async waitUntil(done: () => boolean): Promise<void> {
    while (!done()) {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.failure) throw this.failure;
  }

  /** Hand a chunk to the least busy worker, once a slot is free. */
  async submit(chunk: Chunk): Promise<void> {
    await this.waitUntil(() => this.inFlight < this.limit);
    const slot = this.workers.reduce((a, b) => (b.load < a.load ? b : a));
    slot.load++;
    this.inFlight++;
    slot.worker.postMessage(chunk);
  }

  /** Wait for every submitted chunk's outcome. */
  async drain(): Promise<void> {
    await this.waitUntil(() => this.inFlight === 0);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((s) => s.worker.terminate()));
  }
}
