import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { ruleSchema } from '../src/schema/rule.js';
import { compileRules, expandLexicons } from '../src/compile/compile.js';
import { checkRulePatterns } from '../src/schema/pattern-checks.js';
import { readLexicons, readRuleFiles, root } from './helpers/rules.js';

const files = readRuleFiles();
const lexicons = readLexicons();
const tagSet = new Set(Object.keys((nlp.world() as { model: { one: { tagSet: object } } }).model.one.tagSet));
const asList = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [v as string]);
const patternsOf = (raw: Record<string, unknown>) =>
  ['match', 'notIf', 'notIfSentence', 'notIfPrecededBy'].flatMap((k) => asList(raw[k]));

describe('rule files', () => {
  it('there are rules for every core family', () => {
    const categories = new Set(files.map((f) => f.raw.category));
    for (const c of ['blame', 'absolute', 'demand-question', 'attachment-lecture']) expect(categories).toContain(c);
  });

  it('the generated catalog is current', () => {
    expect(() => execFileSync('node', [join(root, 'scripts/compile-rules.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('the lexicons derived from AFINN are current', () => {
    expect(() => execFileSync('node', [join(root, 'scripts/derive-lexicons.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('no two rules share a match pattern', () => {
    const rules = files.map((f) => ruleSchema.parse(f.raw));
    expect(() => compileRules(rules, lexicons)).not.toThrow();
  });

  describe.each(files)('$file', ({ id, raw }) => {
    // The same check a user rule gets: a pattern compromise can never match (a phrase choice
    // right after a lazy wildcard, say) is an error, not a silent dead pattern.
    it('has no pattern compromise can never match', () => {
      expect(() => checkRulePatterns(ruleSchema.parse(raw), `rules/${id}.json`, lexicons)).not.toThrow();
    });

    it('is schema-valid and named by its id', () => {
      const parsed = ruleSchema.safeParse(raw);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(raw.id).toBe(id);
    });

    it('uses only tags that exist in compromise and lexicons that exist', () => {
      for (const pattern of patternsOf(raw)) {
        const expanded = expandLexicons(pattern, lexicons, id);
        const tags = [...expanded.matchAll(/#([A-Za-z]+)/g)].map((m) => m[1]);
        for (const tag of tags) expect(tagSet, `#${tag} in ${pattern}`).toContain(tag);
      }
    });

    it('fills every {{placeholder}} from a capture group of every pattern', () => {
      const names = [...raw.message.matchAll(/\{\{\s*([\w-]+)\s*\}\}/g)].map((m) => m[1]);
      for (const pattern of asList(raw.match)) {
        for (const name of names) expect(pattern, `{{${name}}}`).toContain(`[<${name}>`);
      }
    });

    it.each(raw.examples.invalid)('flags “$flag” in “$text”', ({ text, flag }) => {
      const mine = lint(text).findings.filter((f) => f.ruleId === id);
      expect(mine.map((f) => f.text)).toContain(flag);
      for (const f of mine) {
        expect(text.slice(f.start, f.end)).toBe(f.text);
        expect(f.message).not.toMatch(/\{\{|\}\}/);
      }
    });

    it.each(raw.examples.valid)('leaves “%s” alone', (text) => {
      expect(lint(text).findings.filter((f) => f.ruleId === id)).toEqual([]);
    });
  });
});
