import catalogData from './generated/catalog.json';
import type { OverloadCheck } from './overload.js';
import type { Rule } from './schema.js';

/**
 * The rules and lexicons shipped in rules/, gathered and validated against the zod schemas at
 * build time by scripts/compile-rules.mjs (defaults applied, examples left out): trusted here,
 * so loading them costs no schema library and no validation at run time.
 */
interface CatalogData {
  rules: Rule[];
  lexicons: Record<string, string[]>;
  messageLevel: { overload: OverloadCheck };
}

const data = catalogData as unknown as CatalogData;

/** Built-in rules, as validated at build time. */
export function getBuiltinRules(): readonly Rule[] {
  return data.rules;
}

export const lexicons: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(data.lexicons));

/** The overload thresholds and signals of rules/message-level/overload.json (validated at build time). */
export function getOverloadConfig(): OverloadCheck {
  return data.messageLevel.overload;
}
