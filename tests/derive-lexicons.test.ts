import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript
import { derive, verbForms } from '../scripts/derive-lexicons.mjs';

const root = join(import.meta.dirname, '..');
type Spec = { id: string; as: string; deny: string[]; add: string[] };
const specs: Spec[] = readdirSync(join(root, 'rules/lexicons/derive'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(root, 'rules/lexicons/derive', f), 'utf8')) as Spec);
const lexicon = (id: string): string[] => (JSON.parse(readFileSync(join(root, 'rules/lexicons', `${id}.json`), 'utf8')) as { words: string[] }).words;

describe('vocabularies derived from AFINN-165', () => {
  it('conjugates with compromise, phrasal verbs on their first word, doubled consonants kept', () => {
    expect(verbForms('embarrass')).toEqual(expect.arrayContaining(['embarrass', 'embarrassed', 'embarrasses', 'embarrassing']));
    expect(verbForms('snap at')).toEqual(expect.arrayContaining(['snap at', 'snapped at', 'snaps at', 'snapping at']));
    expect(verbForms('stand up')).toContain('stood up');
  });

  it('keeps only the part of speech asked for: a noun AFINN rates is not a verb because a probe fits it', () => {
    const verbs = derive({ id: 'x', description: 'x', from: { lexicon: 'afinn-165', maxScore: -2 }, as: 'transitive-verb', deny: [], add: [] }).words;
    expect(verbs).toEqual(expect.arrayContaining(['ignored', 'betrays', 'belittling', 'abandoned']));
    for (const noun of ['accusation', 'disaster', 'ashamed', 'heartbroken']) expect(verbs).not.toContain(noun);
    const adjectives = derive({ id: 'x', description: 'x', from: { lexicon: 'afinn-165', maxScore: -2 }, as: 'adjective', deny: [], add: [] }).words;
    expect(adjectives).toEqual(expect.arrayContaining(['selfish', 'inconsiderate', 'arrogant']));
    expect(adjectives).not.toContain('humiliate');
  });

  it('a word rated better than the threshold stays out', () => {
    const words = derive({ id: 'x', description: 'x', from: { lexicon: 'afinn-165', maxScore: -3 }, as: 'adjective', deny: [], add: [] }).words;
    expect(words).toContain('selfish'); // AFINN: -3
    expect(words).not.toContain('arrogant'); // AFINN: -2
    expect(words.length).toBeLessThan(derive({ id: 'x', description: 'x', from: { lexicon: 'afinn-165', maxScore: -2 }, as: 'adjective', deny: [], add: [] }).words.length);
  });

  describe.each(specs)('$id', (spec) => {
    const words = lexicon(spec.id);
    it('holds every form of every addition and no form of a denial', () => {
      const forms = (root: string): string[] => (spec.as === 'transitive-verb' ? verbForms(root) : [root]);
      for (const a of spec.add) for (const f of forms(a)) expect(words, `${a} → ${f}`).toContain(f);
      for (const d of spec.deny) for (const f of forms(d)) expect(words, `${d} → ${f}`).not.toContain(f);
    });
  });
});
