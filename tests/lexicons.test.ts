import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { POLICY, type Category } from '../src/categories.js';
import { lexiconSchema } from '../src/schema/rule.js';
import { root } from './helpers/rules.js';

/**
 * Every lexicon in rules/lexicons/ carries examples, like a rule: texts a rule flags through its
 * words and near-misses it leaves alone, each naming the rule (or `overload`) whose use of the
 * lexicon it exercises. They run through the public `lint()`, read from disk like
 * tests/rules.test.ts reads the rules.
 */
interface Examples {
  invalid: { text: string; flag: string; rule: string }[];
  valid: { text: string; rule: string }[];
}
type Raw = Record<string, unknown> & { id: string; category: string; match: string | string[] };

const dir = join(root, 'rules', 'lexicons');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({
    file: `rules/lexicons/${f}`,
    id: f.replace(/\.json$/, ''),
    raw: JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; examples?: Examples },
  }));

const readText = (path: string) => readFileSync(join(root, path), 'utf8');
const ruleFile = (rule: string) => (rule === 'overload' ? 'rules/message-level/overload.json' : `rules/${rule}.json`);

/**
 * A lexicon no rule names, read by the engine itself: warm-follow-ups excuses a habit (a finding of
 * a category the policy table of src/categories.ts marks `habit`) when the next sentence holds one of its phrases.
 */
const readByCode: Record<string, string> = { 'warm-follow-ups': 'src/message/level.ts' };

function refersTo(rule: string, lexicon: string): boolean {
  if (readText(ruleFile(rule)).includes(`{lex:${lexicon}}`)) return true;
  // A lexicon a rule names in `onlyNear` must be near its hits, one in `notNear` must not (src/message/level.ts).
  const raw = JSON.parse(readText(ruleFile(rule))) as Raw;
  if ([raw.onlyNear, raw.notNear].some((ids) => (ids as string[] | undefined)?.includes(lexicon))) return true;
  const code = readByCode[lexicon];
  if (!code || rule === 'overload') return false;
  const source = readText(code);
  const { category } = JSON.parse(readText(ruleFile(rule))) as Raw;
  return source.includes(`lexicons.get('${lexicon}')`) && POLICY[category as Category].habit;
}

const mine = (text: string, rule: string, options?: Parameters<typeof lint>[1]) =>
  lint(text, options).findings.filter((f) => f.ruleId === rule);

/**
 * How a rule uses a lexicon: its words make a hit (`trigger`: in `match`, or negated in a notIf*
 * pattern, as in “!{lex:complaint-verbs}”) or keep a text clean (`suppressor`: in a notIf* pattern).
 */
function roleIn(raw: Raw, lexicon: string): 'trigger' | 'suppressor' | undefined {
  const roles = new Set<string>();
  for (const key of ['match', 'notIf', 'notIfSentence', 'notIfPrecededBy']) {
    const value = raw[key] as string | string[] | undefined;
    for (const pattern of value === undefined ? [] : [value].flat()) {
      for (const m of pattern.matchAll(new RegExp(`(!?)\\{lex:${lexicon}\\}`, 'g'))) {
        roles.add((key === 'match') === (m[1] === '') ? 'trigger' : 'suppressor');
      }
    }
  }
  return roles.size === 1 ? ([...roles][0] as 'trigger' | 'suppressor') : undefined;
}

const KNOCKED_OUT = 'zzlexiconknockedoutzz';

/**
 * The rule with the lexicon's words replaced by a word no text holds, as a user rule. Built-in
 * safety rules keep running as guards beside it, so its other patterns are made distinct from
 * theirs (an optional word that never matches) — the engine refuses a pattern two rules share.
 */
function knockout(raw: Raw, lexicon: string): Raw {
  const rule = JSON.parse(JSON.stringify(raw).replaceAll(`{lex:${lexicon}}`, KNOCKED_OUT)) as Raw;
  rule.id = `${raw.id}-without-${lexicon}`;
  if (rule.category === 'safety') {
    rule.match = [rule.match].flat().map((p) => (p.includes(KNOCKED_OUT) ? p : `zzdistinctzz? ${p}`));
  }
  return rule;
}
const withoutLexicon = (text: string, raw: Raw, lexicon: string) => {
  const rule = knockout(raw, lexicon);
  return mine(text, rule.id, { rules: [rule], only: [rule.id] });
};

describe('lexicon files', () => {
  it('the generated catalog carries words only, no examples', () => {
    const catalog = JSON.parse(readText('src/generated/catalog.json')) as { lexicons: Record<string, unknown> };
    for (const [id, entry] of Object.entries(catalog.lexicons)) {
      expect(Array.isArray(entry) || Object.keys(entry as object).sort().join() === 'inflect,words', id).toBe(true);
    }
  });

  describe.each(files)('$file', ({ id, raw }) => {
    it('is schema-valid, named by its id, and has examples', () => {
      const parsed = lexiconSchema.safeParse(raw);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(raw.id).toBe(id);
      expect(raw.examples?.invalid.length).toBeGreaterThan(0);
      expect(raw.examples?.valid.length).toBeGreaterThan(0);
    });

    const { invalid = [], valid = [] } = raw.examples ?? {};
    const rules = [...new Set([...invalid, ...valid].map((e) => e.rule))];

    it.each(rules)(`%s refers to {lex:${id}}`, (rule) => {
      expect(refersTo(rule, id), `${ruleFile(rule)} does not use {lex:${id}}`).toBe(true);
    });

    it.each(invalid)('$rule flags “$flag” in “$text”', ({ text, flag, rule }) => {
      const found = mine(text, rule);
      expect(found.map((f) => f.text)).toContain(flag);
      for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
      // A hit made by the lexicon's words is gone without them (not made by another pattern).
      if (rule === 'overload' || readByCode[id]) return;
      const raw = JSON.parse(readText(ruleFile(rule))) as Raw;
      if (roleIn(raw, id) === 'trigger') expect(withoutLexicon(text, raw, id)).toEqual([]);
    });

    it.each(valid)('$rule leaves “$text” alone', ({ text, rule }) => {
      expect(mine(text, rule)).toEqual([]);
      if (rule === 'overload' || readByCode[id]) return;
      // Not even when it runs alone (a finding of another rule cannot hide one of this rule's).
      expect(mine(text, rule, { only: [rule] })).toEqual([]);
      // A text kept clean by the lexicon's words is flagged without them.
      const raw = JSON.parse(readText(ruleFile(rule))) as Raw;
      if (roleIn(raw, id) === 'suppressor') expect(withoutLexicon(text, raw, id).length).toBeGreaterThan(0);
    });
  });
});
