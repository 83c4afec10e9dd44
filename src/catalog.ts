import catalogData from './generated/catalog.json';
import { overloadSchema, ruleSchema, type OverloadConfig, type Rule } from './schema.js';
import { parseOrThrow } from './errors.js';

/** The rules and lexicons shipped in rules/, gathered by scripts/compile-rules.mjs. */
interface CatalogData {
  rules: unknown[];
  lexicons: Record<string, string[]>;
  messageLevel?: Record<string, unknown>;
}

const data = catalogData as CatalogData;

let builtinRules: Rule[] | undefined;

/** Built-in rules, validated once on first use (not at import: importing stays cheap). */
export function getBuiltinRules(): readonly Rule[] {
  builtinRules ??= data.rules.map((raw, i) => {
    const id = (raw as { id?: unknown }).id;
    return parseOrThrow(ruleSchema, raw, `rules/${typeof id === 'string' ? id : `#${i}`}.json`);
  });
  return builtinRules;
}

export const lexicons: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(data.lexicons));

let overloadConfig: OverloadConfig | undefined;

/** The overload thresholds and signals of rules/message-level/overload.json, validated once. */
export function getOverloadConfig(): OverloadConfig {
  overloadConfig ??= parseOrThrow(overloadSchema, data.messageLevel?.overload, 'rules/message-level/overload.json');
  return overloadConfig;
}
