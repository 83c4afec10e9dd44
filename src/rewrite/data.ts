import catalogData from '../generated/catalog.json';
import { parseOrThrow } from '../errors.js';
import { scriptSchema, vocabSchema, type Script, type ScriptRow, type Vocab } from './schema.js';

/** A script row with the id of the table it belongs to. */
export interface Line extends ScriptRow {
  script: string;
}

export interface RewriteData {
  vocab: Vocab;
  /** Every script row by key; keys are unique across rules/scripts/. */
  lines: ReadonlyMap<string, Line>;
}

interface CatalogData {
  scripts?: unknown[];
  vocab?: unknown;
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

/** Scripts and vocabularies from rules/, validated once on first use (importing stays cheap). */
export function rewriteData(): RewriteData {
  if (loaded) return loaded;
  const data = catalogData as CatalogData;
  const vocab = parseOrThrow(vocabSchema, data.vocab ?? {}, 'rules/vocab');
  const lines = new Map<string, Line>();
  for (const raw of data.scripts ?? []) {
    const id = (raw as { id?: unknown }).id;
    const script: Script = parseOrThrow(scriptSchema, raw, `rules/scripts/${String(id)}.json`);
    for (const row of script.rows) {
      if (lines.has(row.key)) throw new Error(`rules/scripts/${script.id}.json: row key "${row.key}" is used twice`);
      lines.set(row.key, { ...row, script: script.id });
    }
  }
  loaded = { vocab, lines };
  return loaded;
}
