import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconWords, type LexiconEntry } from '../../src/nlp/inflect.js';

export const root = join(import.meta.dirname, '..', '..');

export interface RuleFile {
  file: string;
  id: string;
  raw: Record<string, unknown> & {
    id: string;
    category: string;
    match: string | string[];
    message: string;
    examples: { invalid: { text: string; flag: string }[]; valid: string[] };
  };
}

/** Every rules/*.json, read straight from disk (not through the generated catalog). */
export function readRuleFiles(): RuleFile[] {
  const dir = join(root, 'rules');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      file: `rules/${f}`,
      id: f.replace(/\.json$/, ''),
      raw: JSON.parse(readFileSync(join(dir, f), 'utf8')) as RuleFile['raw'],
    }));
}

export function readLexicons(): Map<string, string[]> {
  const dir = join(root, 'rules', 'lexicons');
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => {
        const l = JSON.parse(readFileSync(join(dir, f), 'utf8')) as LexiconEntry & { id: string };
        return [l.id, lexiconWords(l)];
      }),
  );
}
