import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexicons } from '../src/catalog.js';
import { verbForms } from '../src/nlp/inflect.js';
// @ts-expect-error: a build script, plain JavaScript
import { derive } from '../scripts/derive-lexicons.mjs';

const root = join(import.meta.dirname, '..');
type Spec = { id: string; as: string; deny: string[]; add: string[] };
const specs: Spec[] = readdirSync(join(root, 'rules/lexicons/derive'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(root, 'rules/lexicons/derive', f), 'utf8')) as Spec);
const spec = (as: string, maxScore = -2) => ({ id: 'x', description: 'x', from: { lexicon: 'afinn-165', maxScore }, as, deny: [], add: [] });
const derived = (s: ReturnType<typeof spec>): string[] => (derive(s, verbForms) as { words: string[] }).words;

describe('vocabularies derived from AFINN-165', () => {
  it('inflects with compromise, phrasal verbs on their first word, doubled consonants kept', () => {
    expect(verbForms('embarrass')).toEqual(expect.arrayContaining(['embarrass', 'embarrassed', 'embarrasses', 'embarrassing']));
    expect(verbForms('snap at')).toEqual(expect.arrayContaining(['snap at', 'snapped at', 'snaps at', 'snapping at']));
    expect(verbForms('shut me out')).toEqual(expect.arrayContaining(['shuts me out', 'shutting me out']));
    expect(verbForms('stand up')).toContain('stood up');
  });

  it('keeps only the part of speech asked for: a noun AFINN rates is not a verb because a probe fits it', () => {
    const verbs = derived(spec('transitive-verb'));
    expect(verbs).toEqual(expect.arrayContaining(['ignore', 'betray', 'belittle', 'abandon']));
    for (const noun of ['accusation', 'disaster', 'ashame', 'heartbroken']) expect(verbs).not.toContain(noun);
    const adjectives = derived(spec('adjective'));
    expect(adjectives).toEqual(expect.arrayContaining(['selfish', 'inconsiderate', 'arrogant']));
    expect(adjectives).not.toContain('humiliate');
    // A participle says what was done to someone, not what they are.
    expect(adjectives).not.toContain('abandoned');
  });

  it('a word rated better than the threshold stays out', () => {
    const words = derived(spec('adjective', -3));
    expect(words).toContain('selfish'); // AFINN: -3
    expect(words).not.toContain('arrogant'); // AFINN: -2
  });

  describe.each(specs)('$id', (s) => {
    const words = lexicons.get(s.id) ?? [];
    const forms = (r: string): string[] => (s.as === 'transitive-verb' ? verbForms(r) : [r]);
    it('the library sees every form of every addition and no form of a denial', () => {
      expect(words.length).toBeGreaterThan(s.add.length);
      for (const a of s.add) for (const f of forms(a)) expect(words, `${a} → ${f}`).toContain(f);
      for (const d of s.deny) expect(words, d).not.toContain(d);
    });
  });
});
