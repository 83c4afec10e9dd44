import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { getOverloadConfig } from '../catalog.js';
import type { Linter } from '../linter.js';
import type { LintOptions } from '../schema/rule.js';
import { HELP, parseCliArgs, type CliArgs } from './args.js';
import { paint, useColor } from './colors.js';
import { loadConfig } from './config.js';
import { CliError, EXIT, oneLine, type ExitCode } from './exit-codes.js';
import { formatJson } from './formats/json.js';
import { formatSarif, type RuleInfo } from './formats/sarif.js';
import { formatStylish } from './formats/stylish.js';
import { describeFsError, readSourceFile, readStdin, resolveSources, type Source } from './inputs.js';
import { runJsonl } from './jsonl.js';
import { buildLinter } from './options.js';
import { ProgressLine } from './progress.js';
import { addCounts, exitCodeFor, keepReported, type Counts, type FileResult } from './results.js';

/** Everything the CLI touches of the outside world, so the entry point stays a few lines. */
export interface Io {
  argv: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  version: string;
  /** The file a worker thread runs: this CLI's own bundle. */
  workerScript: string;
}

const stripBom = (s: string) => s.replace(/^\uFEFF/, '');

/**
 * What ran: the selected rules, plus the message-level overload check (not a rule file) when the
 * options leave it on, as the library decides it.
 */
function checksThatRan(linter: Linter, options: LintOptions): RuleInfo[] {
  const overload = getOverloadConfig();
  const on =
    (!options.only || options.only.includes(overload.id)) &&
    !options.disable?.includes(overload.id) &&
    options.severity?.[overload.id] !== 'off';
  const severity = options.severity?.[overload.id];
  const level = severity === 'warning' || severity === 'info' ? severity : overload.severity;
  return [...linter.rules, ...(on ? [{ ...overload, severity: level }] : [])];
}

async function readSource(source: Source, io: Io): Promise<string> {
  if (source.kind === 'text') return source.text;
  if (source.kind === 'stdin') return stripBom(await readStdin(io.stdin));
  return readSourceFile(source);
}

async function runJsonlBatch(args: CliArgs, options: LintOptions, linter: Linter, io: Io): Promise<ExitCode> {
  const input = args.inputs[0];
  let stream: AsyncIterable<Buffer | string>;
  let totalBytes: number | undefined;
  if (input === undefined || input === '-') {
    if (input === undefined && io.stdin.isTTY) throw new CliError('--jsonl needs input: a file, or lines piped on stdin');
    stream = io.stdin;
  } else {
    const path = resolve(io.cwd, input);
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) throw new CliError(`cannot read ${input}: is a directory (--jsonl reads one file)`);
      totalBytes = stat.size;
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`cannot read ${input}: ${describeFsError(error)}`);
    }
    stream = createReadStream(path);
  }
  const ctx = { linter, quiet: args.quiet, rewrite: args.rewrite };
  let summary;
  try {
    summary = await runJsonl({
      input: stream,
      out: io.stdout,
      ctx,
      workers: args.workers,
      workerScript: io.workerScript,
      workerInit: { revealLintWorker: true, options, quiet: args.quiet, rewrite: args.rewrite },
      progress: io.stderr.isTTY ? new ProgressLine(io.stderr, totalBytes) : undefined,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code && input) throw new CliError(`cannot read ${input}: ${describeFsError(error)}`);
    throw error;
  }
  if (summary.bad > 0) {
    throw new CliError(
      `${summary.bad} of ${summary.records} input lines could not be linted (see their "error" output lines)`,
    );
  }
  return exitCodeFor(summary, args.maxWarnings);
}

function header(filePath: string, first: boolean): string {
  return `${first ? '' : '\n'}==> ${filePath} <==\n`;
}

async function runFiles(args: CliArgs, options: LintOptions, linter: Linter, io: Io): Promise<ExitCode> {
  const sources = resolveSources(args.inputs, args.texts, io.cwd, io.stdin.isTTY === true);
  const results: (FileResult & { path?: string })[] = [];
  const counts: Counts = { warnings: 0, infos: 0 };
  for (const source of sources) {
    const text = await readSource(source, io);
    const findings = keepReported(linter.lint(text).findings, args.quiet);
    addCounts(counts, findings);
    results.push({ filePath: source.filePath, text, findings, ...(source.kind === 'file' ? { path: source.path } : {}) });
  }
  if (args.rewrite) {
    const many = results.length > 1;
    results.forEach((r, i) => {
      const rewritten = linter.rewrite(r.text).text;
      io.stdout.write((many ? header(r.filePath, i === 0) : '') + rewritten + (rewritten.endsWith('\n') ? '' : '\n'));
    });
  } else if (args.format === 'json') {
    io.stdout.write(formatJson(results));
  } else if (args.format === 'sarif') {
    io.stdout.write(formatSarif(results, { version: io.version, rules: checksThatRan(linter, options), cwd: io.cwd }));
  } else {
    io.stdout.write(formatStylish(results, paint(useColor(args.color, io.stdout.isTTY, io.env))));
  }
  return exitCodeFor(counts, args.maxWarnings);
}

/** Run the CLI once. Every failure is one line on stderr and exit code 2. */
export async function run(io: Io): Promise<ExitCode> {
  try {
    const args = parseCliArgs(io.argv);
    if (args.help) {
      io.stdout.write(`${HELP}\n`);
      return EXIT.clean;
    }
    if (args.version) {
      io.stdout.write(`${io.version}\n`);
      return EXIT.clean;
    }
    const config = loadConfig(io.cwd, args.config, args.noConfig);
    const { linter, options } = buildLinter(config, { only: args.only, disable: args.disable });
    return args.jsonl ? await runJsonlBatch(args, options, linter, io) : await runFiles(args, options, linter, io);
  } catch (error) {
    const message = error instanceof CliError ? error.message : `internal error: ${oneLine(String((error as Error)?.stack ?? error))}`;
    io.stderr.write(`reveal-lint: ${message}\n`);
    return EXIT.failure;
  }
}
