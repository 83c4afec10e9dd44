import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { root } from './rules.js';

/** The bin users get: `npm test` builds dist/ before vitest runs. */
export const CLI = join(root, 'dist', 'cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A clean environment: no colour variables leaking in from the developer's shell. */
function cleanEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/**
 * Run `node dist/cli.js …` as a subprocess. `input` is piped to stdin (then closed); without it,
 * stdin is /dev/null (not a TTY, empty).
 */
export function runCli(
  args: readonly string[],
  opts: { input?: string; cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: opts.cwd ?? tempDir(),
      env: cleanEnv(opts.env ?? {}),
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}

/** util-linux `script` gives the CLI a real terminal (for colour and the progress line). */
export const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * Run a shell command line under a pseudo-terminal; returns what the terminal showed
 * (stdout and stderr mixed, unless the command redirects them).
 */
export function runInTerminal(command: string, opts: { cwd: string; env?: Record<string, string | undefined> }): CliRun {
  const r = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: opts.cwd,
    env: cleanEnv({ TERM: 'xterm', ...opts.env }),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh directory under the OS temp dir, outside the repo (so no .revealrc.json is found upward). */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'reveal-lint-cli-'));
}

/** Write files (path → content) under `dir`, creating folders. Returns `dir`. */
export function writeTree(dir: string, files: Record<string, string>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Shell-quote one argument for `runInTerminal`. */
export const sh = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Options for suites that spawn the CLI: each run loads compromise (~0.3 s, several seconds when
 * the machine is busy), and some tests run it three times.
 */
export const SUBPROCESS = { timeout: 90_000 } as const;
