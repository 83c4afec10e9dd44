import { parseArgs } from 'node:util';
import { CliError } from './exit-codes.js';

export const FORMATS = ['stylish', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** The command line, parsed and checked. */
export interface CliArgs {
  /** Paths, directories, globs, or `-` for stdin. */
  inputs: string[];
  /** Messages given inline with `--text`. */
  texts: string[];
  format: Format;
  jsonl: boolean;
  rewrite: boolean;
  /** `--config FILE`; undefined means search upward for `.revealrc.json`. */
  config: string | undefined;
  noConfig: boolean;
  only: string[] | undefined;
  disable: string[] | undefined;
  quiet: boolean;
  /** Exit 1 when more findings than this are reported (info included). */
  maxWarnings: number | undefined;
  /** Worker threads for `--jsonl`; undefined means decide from the batch size and the cores. */
  workers: number | undefined;
  /** undefined: colour when stdout is a TTY and NO_COLOR is unset. */
  color: boolean | undefined;
  help: boolean;
  version: boolean;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  text: { type: 'string', short: 't', multiple: true },
  jsonl: { type: 'boolean' },
  rewrite: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  only: { type: 'string', multiple: true },
  disable: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  workers: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export const HELP = `Usage: reveal-lint [options] [file|dir|glob|-]...

Finds blaming phrases in messages and suggests I-statements.
With no input and a pipe on stdin, reads one message from stdin.

Input:
  -t, --text TEXT        lint TEXT (repeatable)
  --jsonl                each input line is {"text": "...", "id"?: ...}; one output line per input line
  --workers N            worker threads for --jsonl (0: main thread; default: the cores, for big batches)

Output:
  -f, --format NAME      stylish (default), json or sarif
  --rewrite              print the rewritten message(s) instead of findings
  -q, --quiet            report warnings only (drop info hints)
  --max-warnings N       also exit 1 when more than N findings (info included) are reported
  --color, --no-color    force colour on or off (default: on a TTY, unless NO_COLOR is set)

Rules:
  -c, --config FILE      options file (default: .revealrc.json found upward from the working directory)
  --no-config            ignore .revealrc.json
  --only LIST            run only these rule ids or categories (comma-separated, repeatable)
  --disable LIST         skip these rule ids or categories (comma-separated, repeatable)

  -h, --help             show this help
  -v, --version          print the version

Exit codes: 0 no warning, 1 warnings (or --max-warnings exceeded), 2 usage, input or config error.`;

function nonNegativeInt(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`${flag} expects a whole number ≥ 0, got "${value}"`);
  return Number(value);
}

/** Split `--only a,b --only c` into ["a", "b", "c"]; an empty name is a usage error. */
function names(flag: string, values: string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  const out = values.flatMap((v) => v.split(',')).map((s) => s.trim());
  if (out.some((s) => s === '')) throw new CliError(`${flag} expects rule ids or categories, separated by commas`);
  return out;
}

/** Turn node's parseArgs errors into one line that names the flag. */
function describeParseError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(message)?.[1] ?? message;
    return `unknown flag ${flag} (see reveal-lint --help)`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /--[\w-]+/.exec(message)?.[0];
    if (flag && /argument missing/.test(message)) return `${flag} needs a value`;
    if (flag) return `${flag} does not take a value`;
  }
  return message.split('\n')[0] ?? message;
}

/** Parse `argv` (without node and the script). Throws CliError on any usage problem. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(describeParseError(error));
  }
  const v = parsed.values;
  const format = v.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  }
  if (v.color && v['no-color']) throw new CliError('--color and --no-color cannot be used together');
  if (v.config !== undefined && v['no-config']) throw new CliError('--config and --no-config cannot be used together');
  const args: CliArgs = {
    inputs: parsed.positionals,
    texts: v.text ?? [],
    format: format as Format,
    jsonl: v.jsonl ?? false,
    rewrite: v.rewrite ?? false,
    config: v.config,
    noConfig: v['no-config'] ?? false,
    only: names('--only', v.only),
    disable: names('--disable', v.disable),
    quiet: v.quiet ?? false,
    maxWarnings: nonNegativeInt('--max-warnings', v['max-warnings']),
    workers: nonNegativeInt('--workers', v.workers),
    color: v.color ? true : v['no-color'] ? false : undefined,
    help: v.help ?? false,
    version: v.version ?? false,
  };
  if (args.rewrite && v.format !== undefined) {
    throw new CliError('--format cannot be combined with --rewrite (it prints the rewritten text)');
  }
  if (args.jsonl) {
    if (v.format !== undefined) throw new CliError('--format cannot be combined with --jsonl (its output is JSON lines)');
    if (args.texts.length) throw new CliError('--text cannot be combined with --jsonl; pipe the lines on stdin instead');
    if (args.inputs.length > 1) throw new CliError('--jsonl reads one input: a file, or stdin');
  } else if (args.workers !== undefined) {
    throw new CliError('--workers only applies to --jsonl batches');
  }
  return args;
}
