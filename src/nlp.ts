// reveal-lint's own copy of compromise: compromise/two (tokenizer, lexicon, tagger, contractions,
// match and sweep) without the View methods the lint path never calls and without the lexicon's
// tables of places, companies, teams, people's names, nationalities and units. Built by
// scripts/build-compromise.mjs, which says why; bundled into dist/, so it shares no world with a
// host application's compromise. tests/compromise-build.test.ts proves lint results match
// compromise/two's on every text in the repository.
import type Two from 'compromise/two';
import nlp from './generated/compromise.js';

export default nlp as typeof Two;
