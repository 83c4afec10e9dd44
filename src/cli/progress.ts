/** Counts shown on the progress line. */
export interface ProgressState {
  /** Output lines written so far. */
  done: number;
  /** Input lines and bytes read so far (reading runs ahead of linting), and bytes in all when known. */
  linesRead: number;
  bytesRead: number;
  totalBytes: number | undefined;
  elapsedMs: number;
}

const duration = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
};

/** "12,345 lines · 4,100/s · 0m24s left" (time left only when the input size is known). */
export function formatProgress(state: ProgressState): string {
  const seconds = state.elapsedMs / 1000;
  const rate = seconds > 0 ? state.done / seconds : 0;
  const parts = [`${state.done.toLocaleString('en-US')} lines`, `${Math.round(rate).toLocaleString('en-US')}/s`];
  if (state.totalBytes && state.bytesRead > 0 && state.linesRead > 0 && rate > 0) {
    // The lines still to come, estimated from the bytes per line read so far.
    const total = (state.totalBytes * state.linesRead) / state.bytesRead;
    parts.push(`${duration(Math.max(0, total - state.done) / rate)} left`);
  }
  return parts.join(' · ');
}

/**
 * A single progress line on stderr, redrawn at most every `intervalMs`; only used when stderr is
 * a TTY, so logs and pipes never see it.
 */
export class ProgressLine {
  private last = 0;
  private readonly started = Date.now();
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly totalBytes: number | undefined,
    private readonly intervalMs = 200,
  ) {}

  update(done: number, linesRead: number, bytesRead: number): void {
    const now = Date.now();
    if (now - this.last < this.intervalMs) return;
    this.last = now;
    this.shown = true;
    const text = formatProgress({ done, linesRead, bytesRead, totalBytes: this.totalBytes, elapsedMs: now - this.started });
    this.stream.write(`\r\u001b[2K${text}`);
  }

  /** Erase the line so the next output starts clean. */
  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[2K');
  }
}
