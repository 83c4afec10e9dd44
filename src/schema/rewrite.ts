import { z } from 'zod';
import { nonEmpty, seedFile } from './helpers.js';

const key = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case');
const seed = seedFile();

import { SLOTS, slotsOf } from '../suggest/slot-names.js';
export { SLOTS, slotsOf, type Slot } from '../suggest/slot-names.js';

/**
 * Executed examples of a script or vocabulary at work, like a rule's (tests/rewrite-examples.test.ts):
 * `invalid` are drafts whose suggestions must hold `suggests`, `valid` the near-misses whose
 * suggestions must not hold `notSuggests` (the verdict kept, a row offered where it does not fit).
 */
export const rewriteExamples = z.strictObject({
  invalid: z.array(z.strictObject({ text: nonEmpty, suggests: nonEmpty })),
  valid: z.array(z.strictObject({ text: nonEmpty, notSuggests: nonEmpty })).min(1),
});

/** rules/scripts/<id>.json: a table of lines to say instead, every row traced to its seed file. */
export const scriptSchema = z.strictObject({
  $schema: z.string().optional(),
  id: key,
  title: nonEmpty,
  description: nonEmpty,
  rows: z
    .array(
      z.strictObject({
        key,
        /** The blaming line of the table, where the seed gives one. */
        instead: nonEmpty.optional(),
        /** The line to say; may hold `{slots}` the engine fills from the flagged sentence. */
        try: nonEmpty.refine((t) => slotsOf(t).every((s) => (SLOTS as readonly string[]).includes(s)), {
          message: `uses an unknown {slot}; known: ${SLOTS.join(', ')}`,
        }),
        why: nonEmpty,
        source: seed,
        /** The line restates its seed's advice rather than quoting it (a test holds quoted rows to the seed's words). */
        derived: z.boolean().optional(),
        /** The line already asks for the behaviour (“it would mean a lot to me if you…”): no request is added to it. */
        asks: z.boolean().optional(),
      }),
    )
    .min(1),
  /** Required of every file in rules/ by tests/rewrite-examples.test.ts; the catalog leaves them out. */
  examples: rewriteExamples.optional(),
});
export type Script = z.output<typeof scriptSchema>;
export type ScriptRow = Script['rows'][number];

const words = z.array(nonEmpty).min(1);

export const feelingsSchema = z.strictObject({
  examples: rewriteExamples.optional(),
  id: z.literal('feelings'),
  source: seed,
  description: nonEmpty,
  /** Core feeling → precise feelings (the feelings wheel of 001). */
  wheel: z.record(nonEmpty, words),
  /** A loose feeling word → precise ones to offer instead. */
  vague: z.record(nonEmpty, words),
  defaults: z.strictObject({
    'want-more': nonEmpty,
    'want-less': nonEmpty,
    label: nonEmpty,
    attitude: nonEmpty,
    reveal: nonEmpty,
    /** A task the sender says falls to them alone (“why am I the one who has to…”). */
    burden: nonEmpty,
  }),
});

export const needsSchema = z.strictObject({
  examples: rewriteExamples.optional(),
  id: z.literal('needs'),
  source: seed,
  description: nonEmpty,
  /** Need key → the words after “I need …”. */
  needs: z.record(key, nonEmpty),
});

export const actionsSchema = z.strictObject({
  examples: rewriteExamples.optional(),
  id: z.literal('actions'),
  source: seed,
  description: nonEmpty,
  classes: z.array(
    z.strictObject({
      key,
      verbs: words,
      /** Verbs “we” can share without changing the meaning: “we don't talk much”. */
      we: words.optional(),
      /** What the behaviour is done to, when the sentence names nothing: “plans get canceled”. */
      patient: nonEmpty.optional(),
      feeling: nonEmpty,
      need: key,
      request: nonEmpty.optional(),
      /** Verb → script row key, used as it is when the sentence adds nothing to the verb. */
      lines: z.record(nonEmpty, key).optional(),
    }),
  ),
  /** Verbs of attitude (“you don't care”): verb → the need under it and the feeling it leaves. */
  stative: z.record(nonEmpty, z.strictObject({ need: key, feeling: nonEmpty })),
});

export const labelsSchema = z.strictObject({
  examples: rewriteExamples.optional(),
  id: z.literal('labels'),
  source: seed,
  description: nonEmpty,
  groups: z.array(
    z.strictObject({
      key,
      words,
      feeling: nonEmpty,
      need: key.optional(),
      /** A script row key to use instead of feeling + need. */
      script: key.optional(),
      request: nonEmpty.optional(),
    }),
  ),
});

export const conductSchema = z.strictObject({
  examples: rewriteExamples.optional(),
  id: z.literal('conduct'),
  source: seed,
  description: nonEmpty,
  groups: z.array(
    z.strictObject({
      key,
      /** The verdict words, base forms (infinitive, singular): the engine reads each term's root. */
      diagnoses: words.optional(),
      /** Plain words for the same behaviour: they may stay inside what the sender saw. */
      behaviours: words.optional(),
      /** The plain behaviour under the word, as a clause with “you” or “things”: “you go quiet”. */
      observation: nonEmpty.optional(),
      feeling: nonEmpty,
      need: key,
      request: nonEmpty.optional(),
    }),
  ),
});

export const topicsSchema = z.strictObject({
  examples: rewriteExamples.optional(),
  id: z.literal('topics'),
  source: seed,
  description: nonEmpty,
  topics: z.array(
    z.strictObject({
      key,
      /** Base forms that name the topic (“phone”, “late”). */
      words,
      /** Used only where one of these is named too (the phone at dinner). */
      when: words.optional(),
      feeling: nonEmpty,
      need: key,
      request: nonEmpty,
    }),
  ),
});

export const thoughtFeelingsSchema = z.strictObject({
  examples: rewriteExamples.optional(),
  id: z.literal('thought-feelings'),
  source: seed,
  description: nonEmpty,
  words: z.record(nonEmpty, z.strictObject({ feeling: nonEmpty, need: key })),
});

export const wordingSchema = z.strictObject({
  examples: rewriteExamples.optional(),
  id: z.literal('wording'),
  source: seed,
  description: nonEmpty,
  subjects: words,
  absolutes: words,
  fillers: words,
  negativeOnly: z.record(nonEmpty, z.string()),
  objectToSubject: z.record(nonEmpty, nonEmpty),
  clauseBreaks: words,
  weClause: z.strictObject({ drop: words, replace: z.record(nonEmpty, z.string()) }),
  spelling: z.record(nonEmpty, nonEmpty),
  invitation: nonEmpty,
  lightVerbs: words,
  opposites: z.record(nonEmpty, nonEmpty),
  texting: z.record(nonEmpty, nonEmpty),
  /** When the sender wants to talk (“tonight”, “this weekend”), as a low-pressure opener says it (“now” → “as soon as you can”). */
  talkTimes: z.record(nonEmpty, nonEmpty),
  feelingVerbs: z.record(nonEmpty, nonEmpty),
  participles: z.record(nonEmpty, nonEmpty),
  invitationTopic: nonEmpty.refine((t) => t.includes('{topic}'), 'must hold {topic}'),
});

/** Words compared with one term each (src/suggest/clause.ts reads terms lowercased, one at a time). */
const termWords = z
  .array(nonEmpty.refine((w) => !/\s/.test(w) && w === w.toLowerCase(), 'must be one lowercase word: it is compared with a single term'))
  .min(1);
/** Phrases matched term by term from where they start (“need to”, “as if”). */
const phrases = z.array(nonEmpty.refine((w) => w === w.toLowerCase(), 'must be lowercase')).min(1);

/**
 * rules/vocab/clause-words.json: the words src/suggest/clause.ts reads to find the behaviour in a
 * blaming sentence. The auxiliaries do/does/did and have/has/had stay in clause.ts (see there).
 */
export const clauseWordsSchema = z.strictObject({
  examples: rewriteExamples.optional(),
  id: z.literal('clause-words'),
  source: seed,
  description: nonEmpty,
  /** Words that negate the behaviour (“you never call”), with texting spellings (“nvr”). */
  negatives: termWords,
  /** Present negatives texted without the apostrophe (“dont”), which compromise reads as nouns. */
  bareNegatives: termWords,
  /** The same in the past (“didnt”): they also make the sentence past. */
  bareNegativesPast: termWords,
  /** Time words after “you hurt me” that place the feeling in the past (“last night”). */
  pastTime: termWords,
  /** Modal verbs, skipped between the person and the behaviour (“you could call”). */
  modals: termWords,
  /** Modals that ask for more of the behaviour (“you should call”), outside a why/how complaint. */
  wantModals: termWords,
  /** Phrases of obligation before the verb (“you need to open up”): a demand for more of it. */
  obligations: phrases,
  /** Forms of “be”, with texting “r”: what follows is a label or an -ing behaviour. */
  copulas: termWords,
  /** Subject words with the copula inside them (“ur so selfish”, “youre late”). */
  copulaSubjects: termWords,
  /** Feel-words: “I feel ignored” pins a feeling, “I feel like you …” holds a thought about them. */
  feel: termWords,
  /** Words after a feel-word that open a clause about them (“I feel like you don't care”). */
  feelThat: phrases,
  /** Intensifiers skipped before a feeling (“I feel so alone”). */
  intensifiers: termWords,
  /** Verbs that pin a feeling on them before “me” (“you make me feel small”, “you drive me crazy”). */
  make: termWords,
  /** Verbs that, before an -ing form, ask for less of it (“you never stop complaining”). */
  stop: termWords,
  /** An order to stop, with no subject (“Stop ignoring me.”): the behaviour after it is wanted less. */
  imperativeStop: phrases,
  /** An order not to, with no subject (“Don't shut me out.”): the same. */
  imperativeDont: phrases,
  /**
   * Orders that are themselves the verdict (“grow up”, “get a grip”) or that steer (“think about it”,
   * “admit it”) rather than name a behaviour: a positive order starting with one is not read as
   * something the sender wants more of (“it would mean a lot to me if you grew up” keeps the verdict).
   */
  imperativeVerdicts: phrases,
  /** Pronouns the tagger may guess a verb from their position (“…never yours”): never a verb. */
  notVerbs: termWords,
  /** A second accusation ends the first (“you never call you never write”): the person addressed as it starts one (also skipped after do/does/did). */
  againSubjects: termWords,
  /** Words right after that person that make it a new accusation (“you never”, “you always”). */
  againStarts: termWords,
  /** Words before the person that keep it inside the first clause (“tell me when you travel”). */
  subordinators: termWords,
  /** Words skipped after “you're” before the label (“you're so cold”, “you're being the most selfish”). */
  labelSkip: termWords,
  /** Words after “you're” that say where or when they are, not what they are (“never home”, “always late”). */
  places: termWords,
  /**
   * Verbs and words that doubt what the reader saw or remembers (“you're imagining things”,
   * “you remember it wrong”): a clause holding one is a verdict on their perception, not a
   * behaviour, so it is never kept as the observation.
   */
  doubting: termWords,
});

export const vocabSchema = z.strictObject({
  feelings: feelingsSchema,
  needs: needsSchema,
  actions: actionsSchema,
  labels: labelsSchema,
  conduct: conductSchema,
  topics: topicsSchema,
  'thought-feelings': thoughtFeelingsSchema,
  wording: wordingSchema,
  'clause-words': clauseWordsSchema,
});
export type Vocab = z.output<typeof vocabSchema>;
