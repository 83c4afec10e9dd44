import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { optionsSchema, ruleSchema, type LintOptions } from '../schema/rule.js';
import { CliError } from './exit-codes.js';

export const CONFIG_NAME = '.revealrc.json';

/** Options read from a config file, with the file they came from (for error messages). */
export interface LoadedConfig {
  options: LintOptions;
  /** The path as shown to the user, relative to the working directory when inside it. */
  file: string | undefined;
}

/** The nearest `.revealrc.json` in `cwd` or one of its parents, like ESLint's and Prettier's lookup. */
export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function display(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') ? file : rel;
}

/** `only[0]`, `severity.you-never`, `rules[2].category`: the key as a user would find it in the file. */
function keyPath(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('');
}

/** The first zod issue as one line: `.revealrc.json: rules[0].category: Invalid option: …`. */
function issueError(file: string, prefix: PropertyKey[], error: z.ZodError): CliError {
  const issue = error.issues[0] as z.core.$ZodIssue;
  const key = keyPath([...prefix, ...issue.path]);
  // Unknown keys are reported on the object that holds them; name the keys themselves.
  const unknown = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => (key ? `${key}.${k}` : k)).join(', ') : '';
  const where = unknown || key;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return new CliError(`${file}: ${where ? `${where}: ` : ''}${issue.message}${more}`);
}

/**
 * Read and validate a config file with the library's own options schema.
 * Every error is one line naming the file and the key: `.revealrc.json: only[0]: …`.
 */
export function readConfig(path: string, cwd: string): LoadedConfig {
  const file = display(cwd, path);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read config ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`${file}: invalid JSON: ${(error as Error).message}`);
  }
  // "$schema" helps editors; it is not a lint option.
  if (data && typeof data === 'object' && !Array.isArray(data) && '$schema' in data) {
    const rest = { ...(data as Record<string, unknown>) };
    delete rest.$schema;
    data = rest;
  }
  const result = optionsSchema.safeParse(data);
  if (!result.success) throw issueError(file, [], result.error);
  // Extra rules are checked here too (the library would also), so the error names the rule's key.
  result.data.rules?.forEach((rule, i) => {
    const checked = ruleSchema.safeParse(rule);
    if (!checked.success) throw issueError(file, ['rules', i], checked.error);
  });
  return { options: data as LintOptions, file };
}

/** `--config FILE`, else the nearest `.revealrc.json`, else none (unless `--no-config`). */
export function loadConfig(cwd: string, explicit: string | undefined, noConfig: boolean): LoadedConfig {
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new CliError(`config file not found: ${explicit}`);
    return readConfig(path, cwd);
  }
  if (noConfig) return { options: {}, file: undefined };
  const found = findConfig(cwd);
  return found ? readConfig(found, cwd) : { options: {}, file: undefined };
}
