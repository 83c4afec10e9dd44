#!/usr/bin/env node
// Derives vocabularies from a rated lexicon (AFINN-165) at `npm run rules` time, so a rule
// knows "an act done to someone that hurts" as a class of words, not as a hand-typed list.
//
// Each spec in rules/lexicons/derive/<id>.json (schema: lexiconDeriveSchema in src/schema/rule.ts)
// names a score threshold and a part of speech; every AFINN word rated at or below it is read by
// compromise in a probe sentence ("you ___ me", "you are so ___", "you are such a ___") and kept
// when compromise tags it that way there. Verbs are brought back to their root and expanded to
// every form by compromise's own conjugation; the spec's `deny` (words the lexicon rates negative
// that are kind or neutral between close people: "you killed it", "you spoiled me") and `add`
// (roots it lacks: "ghost", "stand up") are roots too. The result is written to
// rules/lexicons/<id>.json: a generated, reviewable file, one word per entry, that patterns use
// as {lex:<id>} like any other lexicon.
//
// `--check` exits 1 when a generated lexicon is stale (used by the test suite).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { afinn165 } from 'afinn-165';
import { loadSchemas } from './describe-schema.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const specDir = join(root, 'rules', 'lexicons', 'derive');
const model = nlp.model();
const { toInfinitive } = nlp.world().methods.two.transform.verb;

/** The tags compromise gives `word` inside `probe` (`_` marks its place). */
function tagsIn(probe, word) {
  const doc = nlp(probe.replace('_', word));
  const at = probe.split(' ').indexOf('_');
  const terms = doc.json()[0]?.terms ?? [];
  return new Set(terms[at]?.tags ?? []);
}

/** Which AFINN words qualify for a spec's `as`, each mapped to the root to keep (or null). */
const qualifiers = (verbForms) => ({
  // A probe sentence alone would call any word a verb ("you accusation me"): the word must also be
  // read as one on its own, where compromise has only its lexicon and suffix rules to go on.
  'transitive-verb': (w) => {
    const tags = tagsIn('you _ me', w);
    if (!tags.has('Verb') || tags.has('Adjective') || !tagsIn('_', w).has('Verb')) return null;
    const tense = ['PastTense', 'Gerund', 'PresentTense', 'Infinitive'].find((t) => tags.has(t));
    const r = toInfinitive(w, model, tense === 'Infinitive' ? undefined : tense) || w;
    // AFINN rates a verb in several of its forms (abandon, abandoned, abandons); a word it rates
    // in one form only is an adjective or a noun that merely fits the probe ("ashamed", "pain").
    return verbForms(r).filter((f) => f in afinn165).length >= 2 ? r : null;
  },
  // A participle says what was done to someone ("abandoned") or what a thing does to them
  // ("disappointing"), not what they are; a comparative is not said of a person's character. The
  // -ing words that do label ("annoying", "exhausting") are the spec's additions.
  adjective: (w) => {
    if (/(ed|ing|er|est)$/.test(w)) return null;
    const tags = tagsIn('you are so _', w);
    return tags.has('Adjective') && !tags.has('Verb') && tagsIn('_', w).has('Adjective') ? w : null;
  },
  'person-noun': (w) => {
    const tags = tagsIn('you are such a _', w);
    return tags.has('Singular') && !tags.has('Adjective') ? w : null;
  },
});


function feelingWords() {
  const feelings = JSON.parse(readFileSync(join(root, 'rules', 'vocab', 'feelings.json'), 'utf8'));
  return [...Object.keys(feelings.wheel), ...Object.values(feelings.wheel).flat(), ...Object.keys(feelings.vague ?? {})];
}

function wordsOf(id) {
  const file = join(root, 'rules', 'lexicons', `${id}.json`);
  if (!existsSync(file)) throw new Error(`rules/lexicons/derive: denyLexicons names "${id}", but rules/lexicons/${id}.json does not exist`);
  return JSON.parse(readFileSync(file, 'utf8')).words;
}

/**
 * The lexicon a spec derives, as the JSON object to write. Verbs are written as roots with
 * `inflect: "verb"`: the library expands them with `verbForms` (src/nlp/inflect.ts, passed in here
 * so build and run time inflect alike), which keeps the shipped catalog small.
 */
export function derive(spec, verbForms) {
  const verbs = spec.as === 'transitive-verb';
  const qualifies = qualifiers(verbForms)[spec.as];
  const roots = new Set();
  for (const [word, score] of Object.entries(afinn165)) {
    if (score > spec.from.maxScore || /[^a-z'-]/.test(word)) continue;
    const r = qualifies(word);
    if (r) roots.add(r);
  }
  for (const d of spec.deny) roots.delete(d);
  for (const a of spec.add) roots.add(a);
  // A denied lexicon is another rule's business (harm-acts: safety): a root with any form in it goes.
  const denied = new Set([...(spec.denyLexicons ?? []).flatMap(wordsOf), ...(spec.denyFeelings ? feelingWords() : [])]);
  const forms = (r) => (verbs ? verbForms(r) : [r]);
  const words = [...roots].filter((r) => !forms(r).some((f) => denied.has(f))).sort();
  return {
    id: spec.id,
    description: `${spec.description} Generated by scripts/derive-lexicons.mjs from rules/lexicons/derive/${spec.id}.json (AFINN-165 words rated ${spec.from.maxScore} or lower, read by compromise as ${spec.as.replace('-', ' ')}s, plus its additions, minus its denials); edit that file, not this one.`,
    source: 'afinn-165',
    ...(verbs ? { inflect: 'verb' } : {}),
    words,
    // Examples are the spec's, kept with the generated words so every lexicon file carries them.
    ...(spec.examples ? { examples: spec.examples } : {}),
  };
}

/** Generated lexicons as { path: text }. */
export async function buildDerived() {
  if (!existsSync(specDir)) return {};
  const { lexiconDeriveSchema, verbForms, z } = await loadSchemas(root);
  const out = {};
  for (const f of readdirSync(specDir).filter((x) => x.endsWith('.json')).sort()) {
    const where = `rules/lexicons/derive/${f}`;
    const result = lexiconDeriveSchema.safeParse(JSON.parse(readFileSync(join(specDir, f), 'utf8')));
    if (!result.success) throw new Error(`${where}:\n${z.prettifyError(result.error)}`);
    if (`${result.data.id}.json` !== f) throw new Error(`${where}: id "${result.data.id}" must equal the file name`);
    out[join(root, 'rules', 'lexicons', f)] = `${JSON.stringify(derive(result.data, verbForms), null, 2)}\n`;
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let files;
  try {
    files = await buildDerived();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  for (const [file, text] of Object.entries(files)) {
    const name = file.slice(root.length + 1);
    if (process.argv.includes('--check')) {
      if ((existsSync(file) ? readFileSync(file, 'utf8') : '') !== text) {
        console.error(`${name} is stale: run \`npm run rules\``);
        process.exitCode = 1;
      }
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${name} (${JSON.parse(text).words.length} words)`);
    }
  }
}
