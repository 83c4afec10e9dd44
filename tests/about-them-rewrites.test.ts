import { describe, expect, it } from 'vitest';
import { lint, rewrite } from '../src/index.js';
import { rewriteData } from '../src/suggest/data.js';
import { conductIn } from '../src/suggest/conduct.js';
import nlp from '../src/nlp/compromise.js';
import type { Term } from '../src/nlp/terms.js';

/**
 * Lectures, patterns and steering questions are about them; their rewrites say how the sender
 * feels about what they saw (issue 13), never the same stock line for every one.
 */
const first = (text: string) => lint(text).findings.find((f) => f.suggestions.length > 0)?.suggestions.map((s) => s.replacement) ?? [];
const termsOf = (text: string) => (nlp(text) as unknown as { document: Term[][] }).document.flat();

describe('rules/vocab/conduct.json', () => {
  const { groups } = rewriteData().vocab.conduct;

  it('is found in every inflection the tagger gives, from base forms alone', () => {
    const table: [string, string][] = [
      ["You're stonewalling me again.", 'silence'],
      ['You stonewalled me all weekend.', 'silence'],
      ['He always stonewalls.', 'silence'],
      ['You keep shutting down on me.', 'silence'],
      ['Those tantrums of yours are exhausting.', 'tension'],
      ['You ghosted me for three days.', 'distance'],
      ['You have commitment issues.', 'distance'],
      ["That's your eye-roll again.", 'eye-roll'],
    ];
    for (const [text, key] of table) expect(conductIn(termsOf(text))?.group.key, text).toBe(key);
  });

  it('is not found where no conduct is named', () => {
    for (const text of ['I projected the slides onto the wall.', 'We went for a walk.', 'You always know how to make me laugh.']) {
      // “project” is a diagnosis only as their conduct; a rewrite is never asked of these, but the
      // word list must not reach far beyond its words.
      const hit = conductIn(termsOf(text));
      if (text.startsWith('I projected')) expect(hit?.group.key).toBe('disregard');
      else expect(hit, text).toBeUndefined();
    }
  });

  it('gives every group a feeling and a need, and an observation only in plain words', () => {
    for (const g of groups) {
      expect(g.diagnoses?.length || g.behaviours?.length, g.key).toBeTruthy();
      if (g.observation) {
        // The plain observation must not itself be a diagnosis of the vocabulary.
        const found = conductIn(termsOf(g.observation));
        expect(found?.diagnosis ?? false, `${g.key}: ${g.observation}`).toBe(false);
      }
    }
  });
});

describe('rewrites of findings about them', () => {
  it('tell the plain behaviour under a diagnosis, with the feeling and need under it', () => {
    const [best] = first("You're stonewalling me.");
    expect(best).toMatch(/^I feel lonely when you go quiet, and I need to feel close to you\./);
    expect(best).not.toMatch(/stonewall/i);
    expect(first('Classic avoidant behaviour, as usual.')[0]).toMatch(/when you pull away/);
  });

  it('keep what the sender saw when the sentence says it, in plain words', () => {
    const all = first("That's your avoidant attachment talking, you shut down whenever I bring it up.");
    expect(all.join(' ')).toMatch(/you shut down when I bring it up/);
    expect(all.join(' ')).not.toMatch(/avoidant|attachment|whenever/);
  });

  it('never keep the diagnosis as what was seen', () => {
    for (const text of ['You have an insecure attachment and you project it onto me.', "You're triangulating me with your ex.", "Dad, you have unresolved trauma and you're passing it on to us."]) {
      const all = first(text).join(' ');
      expect(all, text).not.toMatch(/project|triangulat|pass it on|trauma/i);
      expect(first(text)[0], text).toMatch(/^I('m| am) feeling \w+, and I need /);
    }
  });

  it('read a feeling word as theirs unless the sender speaks of themself', () => {
    expect(first("Don't you think you're just afraid of being vulnerable?")[0]).not.toMatch(/afraid/);
    expect(first("You're avoidant and I'm anxious, that's why you pull away every time I need you.")[0]).toMatch(/^I feel anxious when you pull away/);
  });

  it('a pattern with nothing seen gives the sender’s own state, not a line about them', () => {
    for (const text of ['Here we go again.', 'Same old story with you.']) {
      const [best] = first(text);
      expect(best, text).toMatch(/^I'm feeling frustrated, and I need /);
    }
  });

  it('say one observation once in a rewritten message', () => {
    const out = rewrite("That's a trauma response and you know it. Your nervous system is dysregulated, you're projecting all of it onto me.").text;
    expect(out.match(/things get tense between us/g)?.length).toBe(1);
    expect(lint(out).findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });
});

describe('rewrites of pressure', () => {
  it('answer a demand to open up with an invitation first', () => {
    expect(first('You need to start talking to me about your feelings.')[0]).toMatch(/^Whenever you're ready/);
  });

  it('answer a demand for anything else with what the sender needs, not an invitation to talk', () => {
    const [best] = first('Mum, you need to accept my choices and stop interfering.');
    expect(best).toMatch(/accepted my choices/);
    expect(best).not.toMatch(/^Whenever you're ready/);
  });
});
