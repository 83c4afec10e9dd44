#!/usr/bin/env node
// Builds reveal-lint's own copy of compromise into src/generated/compromise.js (git-ignored;
// `npm run build` and the test setup make it). It is compromise/two — tokenizer, lexicon, tagger,
// contractions, match and sweep, the very plugins and hooks `compromise/two` installs — minus what
// the lint path never runs, because compromise's builds cannot be trimmed by a bundler (each
// plugin registers itself on import, so nothing tree-shakes):
//
//  - View methods no rule or engine step calls: change (replace/insert/remove/case…), output
//    (text/json/html/debug), lookup, typeahead, lazy, swap, and the API halves of the
//    contraction-two and post-tagger plugins. Their compute steps and hooks stay, so tagging runs
//    the same steps in the same order.
//  - Lexicon tables of places, companies, sports teams, celebrities, people's names (and the words
//    that are also names: Person|Noun, Person|Verb), other proper nouns, nationalities,
//    currencies and units (DROPPED_LEXICON). No rule reads those tags: such a word is still a noun
//    (a capitalised one a #ProperNoun), it is just not known as #City or #FirstName. A name can
//    sway the word next to it (“tell john i said hi” tags “tell” a noun without “john” known);
//    tests/compromise-build.test.ts proves that every lint result on the repository's texts is
//    the same as with compromise/two, and that tags differ only on words of those tables and
//    their neighbours. Measured on 1,736 texts (fixtures, rule examples, six message sets, name
//    probes): the same findings and suggestions with and without the name tables.
//
//  - The post-tagger's place, organisation and ambiguous-name match lists (DROPPED_POST_TAGGER),
//    and the Greek and Cyrillic rows of the look-alike table (latinUnicode), on the same proof.
//
//  - Code and data nothing in the copy can reach, so they change no tag at all: the match
//    plugin's lookaround, split and join View methods (MATCH_API), the adjective-to-noun model
//    (DROPPED_MODELS: only compromise/three reads it) and the switch clues of the name and unit
//    tables already dropped (DROPPED_CLUES). 2.5 KiB gzipped together. Likewise the tag plugin's
//    View methods and nlp.addWords (STUBBED), 0.4 KiB.
//
// Issue 7's size budget is why: compromise/two is 120.5 KiB of the 150 KiB bundle; this copy is
// 83.3 KiB. Tried and left in: the post-tagger's money, number, date, imperative and verb-noun
// lists pass the tests but retag plain messages (“ten pounds”, “stop leaving…”, “call in may”
// loses #Modal), and the person phrases change an overload finding. Being a private copy, it also
// shares no world with a host's own compromise.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compromiseDir = join(root, 'node_modules/compromise');
export const outFile = join(root, 'src/generated/compromise.js');

/** Lexicon tables (compromise's tag names) left out of the private copy. */
export const DROPPED_LEXICON = ['City', 'Country', 'Region', 'Place', 'Organization', 'SportsTeam', 'Person', 'LastName', 'Person|Place', 'Demonym', 'Currency', 'Unit', 'Unit|Noun', 'FemaleName', 'MaleName', 'FirstName', 'Person|Noun', 'Person|Verb', 'ProperNoun'];

// The plugins of compromise/src/one.js and two.js, in their order, each reduced to the parts the
// lint path runs. `extend` appends hooks in this order, so `world.hooks` is the same list minus
// 'typeahead' (a no-op without a typeahead lexicon).
const entry = `
import nlp from 'compromise/src/nlp.js';
import changeCompute from 'compromise/src/1-one/change/compute/index.js';
import match from 'compromise/src/1-one/match/plugin.js';
import pointers from 'compromise/src/1-one/pointers/plugin.js';
import tag from 'compromise/src/1-one/tag/plugin.js';
import contractions from 'compromise/src/1-one/contraction-one/plugin.js';
import tokenize from 'compromise/src/1-one/tokenize/plugin.js';
import freeze from 'compromise/src/1-one/freeze/plugin.js';
import cache from 'compromise/src/1-one/cache/plugin.js';
import lexicon from 'compromise/src/1-one/lexicon/plugin.js';
import sweep from 'compromise/src/1-one/sweep/plugin.js';
import preTag from 'compromise/src/2-two/preTagger/plugin.js';
import contractionTwoCompute from 'compromise/src/2-two/contraction-two/compute/index.js';
import postTagCompute from 'compromise/src/2-two/postTagger/compute/index.js';
import postTagModel from 'compromise/src/2-two/postTagger/model/index.js';

nlp.extend({ compute: changeCompute }); // the 'id' step every parse runs
nlp.extend({ methods: { one: { debug: {} } } }); // freeze registers its debug printer here
nlp.extend(match);
nlp.extend(pointers);
nlp.extend(tag);
nlp.plugin(contractions);
nlp.extend(tokenize);
nlp.extend(freeze);
nlp.plugin(cache);
nlp.extend(lexicon);
nlp.extend(sweep);
nlp.plugin(preTag);
nlp.plugin({ compute: contractionTwoCompute, hooks: ['contractionTwo'] });
nlp.plugin({ compute: postTagCompute, model: postTagModel, hooks: ['postTagger'] });
export default nlp;
export const droppedLexicon = ${JSON.stringify(DROPPED_LEXICON)};
`;

/**
 * Post-tagger match lists that only name places and organisations, or tell a name from a word
 * (“#Place #Noun” → city, “Co.”, “may” the name): with the name tables gone they have little left
 * to find, and no rule reads those tags. The person phrases stay: overload's list clauses read
 * #Person (“you told Aunt Sue about…”). Left out like the tables, on the same proof
 * (tests/compromise-build.test.ts).
 */
export const DROPPED_POST_TAGGER = ['person/ambig-name.js', 'nouns/places.js', 'nouns/organizations.js'];
/**
 * The pre-tagger's word lists that mark an unknown capitalised phrase as an organisation
 * (“… Airlines”, “… Academy”) or a place (“… Creek”, “… Canyon”): the third pass reads them only to
 * tag #Organization and #Place, which no rule reads. Left out on the same proof (3.7 KB minified).
 */
export const DROPPED_PRE_TAGGER = ['orgWords.js', 'placeWords.js'];
const isDroppedPreTagger = (path) => DROPPED_PRE_TAGGER.some((f) => path.replaceAll('\\', '/').endsWith(`preTagger/model/${f}`));
const isDroppedPostTagger = (path) => DROPPED_POST_TAGGER.some((f) => path.replaceAll('\\', '/').endsWith(`postTagger/model/${f}`));

/**
 * compromise folds look-alike characters to ASCII for a term's normal form. The punctuation rows
 * (curly quotes, dashes) and the Latin letters (“café”, “naïve”) stay; Greek and Cyrillic look-alikes
 * go: an English message to someone close does not spell “you” in Cyrillic, and nothing here
 * would read such a word differently.
 */
async function latinUnicode() {
  const full = (await import(pathToFileURL(join(compromiseDir, 'src/1-one/tokenize/model/unicode.js')).href)).default;
  const code = (ch) => ch.codePointAt(0) ?? 0;
  const kept = Object.fromEntries(Object.entries(full).filter(([ch, ascii]) => code(ch) < 0xff00 && (!/[a-z]/i.test(ascii) || code(ch) < 0x370)));
  // Fullwidth ASCII (“Ｈｅｌｌｏ”) is made by compromise's own loop rather than listed.
  return `const u = ${JSON.stringify(kept)};
for (let i = 0x21; i <= 0x7e; i += 1) u[String.fromCharCode(i + 0xfee0)] = String.fromCharCode(i);
export default u;`;
}

/**
 * compromise's sweep finds the candidate matches of each sentence by walking every hook word of
 * the net (thousands: the post-tagger's and the rules') and asking the sentence's cache for each.
 * Profiled on the bench's 800 messages that walk was a fifth of lint()'s time. This version asks
 * the other way round — each word of the sentence's cache is looked up in the hooks — and puts
 * the hits back in the hooks' own key order, so the candidates, their order and the de-duplication
 * are exactly compromise's. The key order is read once per hooks object: nets are built whole and
 * not changed after their first sweep (src/compile/compile.ts edits a net before it is used).
 */
const GET_HOOKS = `const orders = new WeakMap()
const orderOf = function (hooks) {
  let order = orders.get(hooks)
  if (!order) {
    order = new Map(Object.keys(hooks).map((k, i) => [k, i]))
    orders.set(hooks, order)
  }
  return order
}
const getHooks = function (docCaches, hooks) {
  const order = orderOf(hooks)
  return docCaches.map(set => {
    const present = []
    set.forEach(k => {
      const at = order.get(k)
      if (at !== undefined) present.push(at)
    })
    present.sort((a, b) => a - b)
    const maybe = []
    const already = new Set()
    const names = orderKeys(hooks, order)
    present.forEach(at => {
      hooks[names[at]].forEach(m => {
        if (already.has(m.match)) return
        already.add(m.match)
        maybe.push(m)
      })
    })
    return maybe
  })
}
const names = new WeakMap()
const orderKeys = function (hooks, order) {
  let list = names.get(hooks)
  if (!list) {
    list = [...order.keys()]
    names.set(hooks, list)
  }
  return list
}
export default getHooks
`;

/**
 * The match plugin's View methods, without lookaround.js (before/after, lookBehind/lookAhead,
 * grow/growLeft/growRight), split.js (splitOn/splitBefore/splitAfter) and join.js (join/joinIf):
 * the engine calls only match, has and groups on a View (src/nlp/compromise.ts), and no compute
 * step calls those three files' methods (match.js, kept whole, calls none of them). 1.4 KiB
 * gzipped. match.js still hands a View or net argument to pointers' intersection and settle.
 */
const MATCH_API = `import match from './match.js'
const methods = Object.assign({}, match)
methods.notIf = methods.ifNo
const matchAPI = function (View) {
  Object.assign(View.prototype, methods)
}
export default matchAPI
`;

/**
 * Plugin halves the lint path never calls, loaded as nothing: the tag plugin's View methods
 * (tag, tagSafe, unTag, canBe: compute steps tag through methods.one.setTag, never a View) and the
 * lexicon plugin's nlp.addWords (reveal-lint adds no words, and none of the copy's plugins brings
 * any). Their methods, models and compute steps stay. Changes no tag at all.
 */
export const STUBBED = { 'tag/api/index.js': 'export default function () {}', 'lexicon/lib.js': 'export default {}' };
const stubOf = (path) => Object.entries(STUBBED).find(([f]) => path.replaceAll('\\', '/').endsWith(`1-one/${f}`))?.[1];

/**
 * Pre-tagger models no code of the copy reads: AdjToNoun feeds only
 * methods.two.transform.adjective.toNoun, which compromise/three's adjective methods call and
 * compromise/two never does (nor the engine: it conjugates verbs only, src/nlp/inflect.ts). Each
 * is kept as an empty suffix-thumb model, so world.model.two.models has the same keys. Changes
 * no tag at all.
 */
export const DROPPED_MODELS = ['AdjToNoun'];

/**
 * The pre-tagger's clues for switch words (“is 'hope' a name or a noun?”) of the lexicon tables
 * DROPPED_LEXICON leaves out: with no word in those tables, no term ever carries those switches,
 * so their clues are never looked up (3rd-pass/06-switches.js reads clues[term.switch]). Changes
 * no tag at all. Keyed by the switch, checked against DROPPED_LEXICON when building.
 */
export const DROPPED_CLUES = { 'Person|Noun': 'person-noun.js', 'Person|Verb': 'person-verb.js', 'Person|Place': 'person-place.js', 'Unit|Noun': 'unit-noun.js' };
const isDroppedClue = (path) => Object.values(DROPPED_CLUES).some((f) => path.replaceAll('\\', '/').endsWith(`preTagger/model/clues/${f}`));

/** Resolves compromise's source files (its package exports do not list them). */
const compromiseSource = (lexiconData, unicode, modelData) => ({
  name: 'compromise-source',
  setup(b) {
    b.onResolve({ filter: /^compromise\/src\// }, (args) => ({ path: join(root, 'node_modules', args.path) }));
    b.onLoad({ filter: /preTagger[/\\]model[/\\]lexicon[/\\]_data\.js$/ }, () => ({
      contents: `export default ${JSON.stringify(lexiconData)};`,
      loader: 'js',
    }));
    b.onLoad({ filter: /tokenize[/\\]model[/\\]unicode\.js$/ }, () => ({ contents: unicode, loader: 'js' }));
    // Returning undefined lets esbuild load every other post-tagger file as usual.
    b.onLoad({ filter: /sweep[/\\]methods[/\\]sweep[/\\]01-getHooks\.js$/ }, () => ({ contents: GET_HOOKS, loader: 'js' }));
    b.onLoad({ filter: /preTagger[/\\]model[/\\]models[/\\]_data\.js$/ }, () => ({ contents: `export default ${JSON.stringify(modelData)};`, loader: 'js' }));
    b.onLoad({ filter: /match[/\\]api[/\\]index\.js$/ }, () => ({ contents: MATCH_API, loader: 'js' }));
    b.onLoad({ filter: /1-one[/\\](tag[/\\]api[/\\]index|lexicon[/\\]lib)\.js$/ }, (args) => ({ contents: stubOf(args.path), loader: 'js' }));
    b.onLoad({ filter: /preTagger[/\\]model[/\\]clues[/\\][a-z-]+\.js$/ }, (args) =>
      isDroppedClue(args.path) ? { contents: 'export default {};', loader: 'js' } : undefined,
    );
    b.onLoad({ filter: /preTagger[/\\]model[/\\](orgWords|placeWords)\.js$/ }, (args) =>
      isDroppedPreTagger(args.path) ? { contents: 'export default [];', loader: 'js' } : undefined,
    );
    b.onLoad({ filter: /postTagger[/\\]model[/\\][a-z]+[/\\][a-z-]+\.js$/ }, (args) =>
      isDroppedPostTagger(args.path) ? { contents: 'export default [];', loader: 'js' } : undefined,
    );
  },
});

export async function buildCompromise() {
  const { version, license } = JSON.parse(readFileSync(join(compromiseDir, 'package.json'), 'utf8'));
  const data = (await import(pathToFileURL(join(compromiseDir, 'src/2-two/preTagger/model/lexicon/_data.js')).href)).default;
  const missing = DROPPED_LEXICON.filter((tag) => !(tag in data));
  if (missing.length) throw new Error(`compromise ${version} has no lexicon table ${missing.join(', ')}: review DROPPED_LEXICON`);
  const kept = Object.fromEntries(Object.entries(data).filter(([tag]) => !DROPPED_LEXICON.includes(tag)));
  const unswitched = Object.keys(DROPPED_CLUES).filter((tag) => !DROPPED_LEXICON.includes(tag));
  if (unswitched.length) throw new Error(`DROPPED_CLUES drops the clues of ${unswitched.join(', ')}, whose words the copy keeps`);
  const models = (await import(pathToFileURL(join(compromiseDir, 'src/2-two/preTagger/model/models/_data.js')).href)).default;
  const unknownModels = DROPPED_MODELS.filter((name) => !(name in models));
  if (unknownModels.length) throw new Error(`compromise ${version} has no model ${unknownModels.join(', ')}: review DROPPED_MODELS`);
  const keptModels = Object.fromEntries(Object.entries(models).map(([name, m]) => [name, DROPPED_MODELS.includes(name) ? { fwd: '', both: '', rev: '', ex: '' } : m]));
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    legalComments: 'inline',
    plugins: [compromiseSource(kept, await latinUnicode(), keptModels)],
  });
  const banner =
    `/*! compromise ${version} (${license}, (c) Spencer Kelly, https://github.com/spencermountain/compromise),\n` +
    ` * reduced for reveal-lint by scripts/build-compromise.mjs. Generated: do not edit. */\n`;
  const code = banner + result.outputFiles[0].text;
  // Written only when it changes, and by rename: a test run may be reading it.
  if (existsSync(outFile) && readFileSync(outFile, 'utf8') === code) return outFile;
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(`${outFile}.${process.pid}.tmp`, code);
  renameSync(`${outFile}.${process.pid}.tmp`, outFile);
  return outFile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCompromise();
