import { readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { CliError } from './exit-codes.js';
import { glob, hasMagic, walk } from './glob.js';

/** Extensions taken from a directory: one message per file. */
export const TEXT_EXTENSIONS = new Set(['.txt', '.md']);

export const STDIN_PATH = '<stdin>';
export const TEXT_PATH = '<text>';

/** One message to lint: a file, stdin, or a `--text` argument. */
export type Source =
  | { kind: 'file'; filePath: string; path: string }
  | { kind: 'stdin'; filePath: typeof STDIN_PATH }
  | { kind: 'text'; filePath: typeof TEXT_PATH; text: string };

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
};

export const describeFsError = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && REASONS[code]) ?? code ?? String(error);
};

/**
 * Expand the command line into the messages to lint, in the order given (a directory's or a
 * glob's files sorted). Throws CliError for a path that does not exist, a glob that matches
 * nothing, or no input at all.
 */
export function resolveSources(inputs: readonly string[], texts: readonly string[], cwd: string, stdinIsTTY: boolean): Source[] {
  const sources: Source[] = [];
  const seen = new Set<string>();
  const addFile = (filePath: string) => {
    const path = resolve(cwd, filePath);
    if (seen.has(path)) return;
    seen.add(path);
    sources.push({ kind: 'file', filePath, path });
  };
  let stdin = false;
  for (const input of inputs) {
    if (input === '-') {
      if (stdin) throw new CliError('"-" (stdin) is given twice');
      stdin = true;
      sources.push({ kind: 'stdin', filePath: STDIN_PATH });
      continue;
    }
    let stat;
    try {
      stat = statSync(resolve(cwd, input));
    } catch (error) {
      if (!hasMagic(input)) throw new CliError(`cannot read ${input}: ${describeFsError(error)}`);
    }
    if (stat?.isDirectory()) {
      const files = walk(resolve(cwd, input)).filter((f) => TEXT_EXTENSIONS.has(extname(f).toLowerCase()));
      if (files.length === 0) throw new CliError(`no .txt or .md files in directory ${input}`);
      for (const f of files) addFile(join(input, f));
    } else if (stat) {
      addFile(input);
    } else {
      const files = glob(input, cwd);
      if (files.length === 0) throw new CliError(`no files match ${input}`);
      for (const f of files) addFile(f);
    }
  }
  for (const text of texts) sources.push({ kind: 'text', filePath: TEXT_PATH, text });
  if (sources.length === 0) {
    if (stdinIsTTY) throw new CliError('no input: give files, a directory, a glob, "-" for stdin, or --text (see --help)');
    sources.push({ kind: 'stdin', filePath: STDIN_PATH });
  }
  return sources;
}

/** Read all of stdin as UTF-8. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** A file's text, without a byte-order mark (offsets count from the first character after it). */
export function readSourceFile(source: { filePath: string; path: string }): string {
  try {
    return readFileSync(source.path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new CliError(`cannot read ${source.filePath}: ${describeFsError(error)}`);
  }
}
