// reveal-lint's own copy of compromise: compromise/two (tokenizer, lexicon, tagger, contractions,
// match and sweep) without the View methods the lint path never calls and without the lexicon's
// tables of places, companies, teams, people's names, nationalities and units. Built by
// scripts/build-compromise.mjs, which says why; bundled into dist/, so it shares no world with a
// host application's compromise. tests/compromise-build.test.ts proves lint results match
// compromise/two's on every text in the repository.
//
// This is also the one file that knows compromise's internals: its published types lag behind
// what the engine calls (sweep, parsed matches, the tokenizer, the verb transforms), so the
// slices of them the engine reads are typed here, once. An upgrade of compromise that moves one
// of them breaks here and nowhere else.
import type Two from 'compromise/two';
import compromise from '../generated/compromise.js';

const nlp = compromise as typeof Two;
export default nlp;

/** A term of compromise's parsed document (`doc.document`). */
export interface Term {
  text: string;
  normal?: string;
  /** The expanded word of a contraction: “can't” → “can”, its silent half → “not”. */
  machine?: string;
  pre?: string;
  post?: string;
  tags?: Set<string>;
  /** [sentence, term] in the document. */
  index?: [number, number];
}

/** The slice of compromise's View API the engine uses. */
export interface View {
  docs: Term[][];
  has(match: string | Regs): boolean;
  match(match: string | Regs): View;
  groups(): Record<string, View>;
  found: boolean;
  update(pointer: number[][]): View;
}

/** One hit of a sweep: the id of the net entry that matched, and the matched terms. */
export interface Hit {
  id: string;
  view: View;
}

export interface Doc extends View {
  document: Term[][];
  sweep(net: unknown, opts?: { tagger?: boolean }): { found: Hit[] };
}

/** A match pattern parsed once by `nlp.parseMatch`; compromise's match methods accept it as is. */
export type Regs = unknown[];

/** A token of compromise's parsed match syntax (`nlp.parseMatch`), the fields the engine reads. */
export interface MatchToken {
  word?: string;
  tag?: string;
  /** A term method (`@hasComma` → `hasComma`). */
  method?: string;
  regex?: unknown;
  use?: string;
  fastOr?: Set<string>;
  choices?: MatchToken[][];
  operator?: 'or' | 'and';
  optional?: boolean;
  negative?: boolean;
  fuzzy?: boolean;
  min?: number;
}

/** compromise's compiled net: match objects hooked by the words and tags they need. */
export interface Net {
  hooks: Record<string, { id: string }[]>;
  always: { id: string }[];
  isNet: true;
}

type Conjugation = Partial<Record<'Infinitive' | 'PastTense' | 'PresentTense' | 'Gerund' | 'Participle', string>>;

interface World {
  hooks: string[];
  model: {
    one: {
      contractions: { word?: string; before?: string; after?: string; out: string[] }[];
      aliases: Record<string, string>;
      tagSet: Record<string, unknown>;
      /** Every word of the lexicon with its tag (or tags). */
      lexicon: Record<string, string | string[]>;
    };
  };
  methods: {
    one: {
      tokenize: {
        fromString: (text: string, world: World) => Term[][];
        splitSentences: (text: string, world: World) => string[];
      };
      killUnicode: (s: string, world: World) => string;
      termMethods: Record<string, unknown>;
    };
    two: {
      transform: {
        verb: {
          toInfinitive(str: string, model: unknown, tense?: string): string;
          conjugate(inf: string, model: unknown): Conjugation;
        };
      };
    };
  };
}

/** compromise's world: its model (lexicon, contractions, tag set) and its methods. Read only. */
export const world = nlp.world() as unknown as World;

// Methods of nlp (they read `this.world()`): called on nlp, never detached.
/** `nlp.parseMatch`: a pattern string to match tokens. */
export const parseMatch = (pattern: string): Regs => (nlp as unknown as { parseMatch: (p: string) => Regs }).parseMatch(pattern);
/** `nlp.buildNet`. It writes fields onto the objects it is given: hand it copies. */
export const buildNet = (entries: { match: string; id: string }[]): Net => nlp.buildNet(entries) as unknown as Net;

type DocClass = new (document: Term[][]) => Doc & { compute(steps: string[]): void };
/** compromise's View class, to make a document from terms tokenized apart (src/nlp/parse.ts). */
export const DocOf = (nlp('') as unknown as { constructor: DocClass }).constructor;

/** compromise's own conjugation, called on one word: no parse, no global state touched. */
export const verbTransforms = world.methods.two.transform.verb;
