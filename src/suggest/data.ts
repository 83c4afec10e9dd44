import { getRewriteCatalog } from '../catalog.js';
import type { ScriptRow, Vocab } from '../schema/rewrite.js';

/** A script row with the id of the table it belongs to. */
export interface Line extends ScriptRow {
  script: string;
}

export interface RewriteData {
  vocab: Vocab;
  /** Every script row by key; keys are unique across rules/scripts/. */
  lines: ReadonlyMap<string, Line>;
}

let loaded: RewriteData | undefined;
const memos = new Map<string, unknown>();

/**
 * A value derived from the data (a flattened word list, say), computed once: word lists handed to
 * `longestAt` must be stable arrays so their phrase index is built only once.
 */
export function memo<T>(key: string, build: (data: RewriteData) => T): T {
  if (!memos.has(key)) memos.set(key, build(rewriteData()));
  return memos.get(key) as T;
}

/** Scripts and vocabularies from rules/, indexed once on first use (importing stays cheap). */
export function rewriteData(): RewriteData {
  if (loaded) return loaded;
  const data = getRewriteCatalog();
  if (!data.vocab) throw new Error('rules/vocab: missing from the generated catalog; run `npm run rules`');
  const { vocab } = data;
  const lines = new Map<string, Line>();
  for (const script of data.scripts) {
    for (const row of script.rows) {
      if (lines.has(row.key)) throw new Error(`rules/scripts/${script.id}.json: row key "${row.key}" is used twice`);
      lines.set(row.key, { ...row, script: script.id });
    }
  }
  loaded = { vocab, lines };
  return loaded;
}
