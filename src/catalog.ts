import catalogData from './generated/catalog.json';
import { lexiconWords, type LexiconEntry } from './nlp/inflect.js';
import type { OverloadCheck } from './message/overload.js';
import type { Script, Vocab } from './schema/rewrite.js';
import type { Rule } from './schema/rule.js';

/**
 * The rules and lexicons shipped in rules/, gathered and validated against the zod schemas at
 * build time by scripts/compile-rules.mjs (defaults applied, examples left out): trusted here,
 * so loading them costs no schema library and no validation at run time.
 */
interface CatalogData {
  /** By field, one array per key, a rule's absent keys as null (scripts/compile-rules.mjs). */
  rules: Record<string, unknown[]>;
  /** A lexicon's words, or (`inflect: 'verb'`) the roots of its verbs: inflected once, here. */
  lexicons: Record<string, string[] | LexiconEntry>;
  messageLevel: { overload: OverloadCheck };
  /** The rewrite engine's script tables and vocabularies (rules/scripts/, rules/vocab/). */
  scripts?: Script[];
  vocab?: Vocab;
}

const data = catalogData as unknown as CatalogData;

let builtinRules: Rule[] | undefined;

/** Built-in rules, as validated at build time. */
export function getBuiltinRules(): readonly Rule[] {
  builtinRules ??= (data.rules.id ?? []).map((_id, i) => {
    const rule: Record<string, unknown> = {};
    for (const [key, values] of Object.entries(data.rules)) if (values[i] !== null) rule[key] = values[i];
    return rule as unknown as Rule;
  });
  return builtinRules;
}

export const lexicons: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(data.lexicons).map(([id, l]) => [id, Array.isArray(l) ? l : lexiconWords(l)]),
);

/** The overload thresholds and signals of rules/message-level/overload.json (validated at build time). */
export function getOverloadConfig(): OverloadCheck {
  return data.messageLevel.overload;
}

/** The script tables and vocabularies of rules/scripts/ and rules/vocab/ (validated at build time). */
export function getRewriteCatalog(): { scripts: readonly Script[]; vocab: Vocab | undefined } {
  return { scripts: data.scripts ?? [], vocab: data.vocab };
}
