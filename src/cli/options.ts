import { createLinter, type Linter } from '../linter.js';
import { RevealLintError } from '../errors.js';
import type { LintOptions } from '../schema/rule.js';
import type { LoadedConfig } from './config.js';
import { CliError } from './exit-codes.js';

export interface FlagOptions {
  only: string[] | undefined;
  disable: string[] | undefined;
}

/**
 * The config file's options with the command line on top: `--only` replaces the file's `only`,
 * `--disable` adds to its `disable` (as ESLint's `--rule` adds to a config).
 */
export function mergeOptions(config: LintOptions, flags: FlagOptions): LintOptions {
  const merged: LintOptions = { ...config };
  if (flags.only) merged.only = flags.only;
  if (flags.disable) merged.disable = [...(config.disable ?? []), ...flags.disable];
  return merged;
}

/**
 * Say where a library error came from: the library names `options.only[0]`; the user wrote
 * `--only` or a key of their config file.
 */
function blame(error: RevealLintError, config: LoadedConfig, flags: FlagOptions): string {
  const m = /^options\.(\w+)(?:\[(\d+)\])?(.*)$/s.exec(error.message);
  if (!m) return error.message;
  const [, key = '', index, rest = ''] = m;
  const i = index === undefined ? undefined : Number(index);
  const fromConfigDisable = config.options.disable?.length ?? 0;
  if (key === 'only' && flags.only) return `--only${rest}`;
  if (key === 'disable' && flags.disable && i !== undefined && i >= fromConfigDisable) return `--disable${rest}`;
  const file = config.file ?? 'options';
  return `${file}: ${key}${i === undefined ? '' : `[${i}]`}${rest}`;
}

/** Compile the rules once for the whole run. Throws CliError naming the file or flag at fault. */
export function buildLinter(config: LoadedConfig, flags: FlagOptions): { linter: Linter; options: LintOptions } {
  const options = mergeOptions(config.options, flags);
  try {
    return { linter: createLinter(options), options };
  } catch (error) {
    if (error instanceof RevealLintError) throw new CliError(blame(error, config, flags));
    throw error;
  }
}
