import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { WorkerPool } from './jsonl-pool.js';
import { processChunk, type Chunk, type ChunkOutcome, type LineContext } from './jsonl-line.js';
import type { WorkerInit } from './jsonl-worker.js';
import type { ProgressLine } from './progress.js';

/** Lines per unit of work: big enough to amortise a message to a worker, small enough to keep memory flat. */
const CHUNK_LINES = 256;
/** Without `--workers`, a batch goes to worker threads once it is this long (starting threads costs ~0.3 s). */
export const AUTO_WORKERS_AFTER = 2_000;

export interface JsonlRun {
  input: AsyncIterable<Buffer | string>;
  out: NodeJS.WritableStream;
  ctx: LineContext;
  /** Worker threads: 0 lints on the main thread; undefined decides from the batch size and the cores. */
  workers: number | undefined;
  /** The script a worker runs (this CLI's own file) and what it is started with. */
  workerScript: string;
  workerInit: WorkerInit;
  progress: ProgressLine | undefined;
}

export interface JsonlSummary {
  records: number;
  warnings: number;
  infos: number;
  bad: number;
}

/**
 * Stream a JSONL batch: read lines, lint them in chunks (on worker threads for big batches),
 * and write one output line per input line in input order as soon as it is ready. Memory stays
 * flat: reading waits while too many chunks are out, and writing waits for the output to drain.
 */
export async function runJsonl(run: JsonlRun): Promise<JsonlSummary> {
  const summary: JsonlSummary = { records: 0, warnings: 0, infos: 0, bad: 0 };
  const pending = new Map<number, string>();
  let nextToWrite = 0;
  let bytesRead = 0;
  /** Lines split off the input so far, linted or not: with bytesRead, it sizes the whole input. */
  let linesSeen = 0;

  const accept = (o: ChunkOutcome) => {
    summary.records += o.records;
    summary.warnings += o.warnings;
    summary.infos += o.infos;
    summary.bad += o.bad;
    pending.set(o.seq, o.output);
    // Chunks finish out of order on several threads; write only the next one due.
    for (let text = pending.get(nextToWrite); text !== undefined; text = pending.get(nextToWrite)) {
      pending.delete(nextToWrite++);
      if (text) run.out.write(text);
    }
    run.progress?.update(summary.records, linesSeen, bytesRead);
  };
  const backpressure = async () => {
    if ((run.out as { writableNeedDrain?: boolean }).writableNeedDrain) await once(run.out, 'drain');
  };

  let pool: WorkerPool | undefined;
  const threads = run.workers ?? Math.max(1, availableParallelism());
  const poolFrom = run.workers === undefined ? (threads > 1 ? AUTO_WORKERS_AFTER : Infinity) : threads > 0 ? 0 : Infinity;

  let seq = 0;
  let lineNumber = 1;
  let lines: string[] = [];
  const flush = async () => {
    if (lines.length === 0) return;
    const chunk: Chunk = { seq: seq++, firstLine: lineNumber, lines };
    lineNumber += lines.length;
    lines = [];
    if (!pool && chunk.firstLine > poolFrom) pool = new WorkerPool(threads, run.workerScript, run.workerInit, accept);
    if (pool) await pool.submit(chunk);
    else accept(processChunk(chunk, run.ctx));
    await backpressure();
  };

  try {
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for await (const data of run.input) {
      bytesRead += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
      let text = rest + (typeof data === 'string' ? data : decoder.write(data));
      // A byte-order mark is not part of the first record.
      if (seq === 0 && lineNumber === 1 && lines.length === 0 && rest === '') text = text.replace(/^\uFEFF/, '');
      const parts = text.split('\n');
      rest = parts.pop() ?? '';
      linesSeen += parts.length;
      for (const part of parts) {
        lines.push(part.endsWith('\r') ? part.slice(0, -1) : part);
        if (lines.length >= CHUNK_LINES) await flush();
      }
    }
    rest += decoder.end();
    if (rest !== '') lines.push(rest.endsWith('\r') ? rest.slice(0, -1) : rest);
    await flush();
    await pool?.drain();
  } finally {
    await pool?.close();
    run.progress?.clear();
  }
  return summary;
}
