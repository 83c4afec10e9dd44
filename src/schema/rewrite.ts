import { z } from 'zod';
import { nonEmpty, seedFile } from './helpers.js';

const key = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case');
const seed = seedFile();

import { SLOTS, slotsOf } from '../suggest/slot-names.js';
export { SLOTS, slotsOf, type Slot } from '../suggest/slot-names.js';

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
});
export type Script = z.output<typeof scriptSchema>;
export type ScriptRow = Script['rows'][number];

const words = z.array(nonEmpty).min(1);

export const feelingsSchema = z.strictObject({
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
  id: z.literal('needs'),
  source: seed,
  description: nonEmpty,
  /** Need key → the words after “I need …”. */
  needs: z.record(key, nonEmpty),
});

export const actionsSchema = z.strictObject({
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
  id: z.literal('thought-feelings'),
  source: seed,
  description: nonEmpty,
  words: z.record(nonEmpty, z.strictObject({ feeling: nonEmpty, need: key })),
});

export const wordingSchema = z.strictObject({
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
  feelingVerbs: z.record(nonEmpty, nonEmpty),
  participles: z.record(nonEmpty, nonEmpty),
  invitationTopic: nonEmpty.refine((t) => t.includes('{topic}'), 'must hold {topic}'),
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
});
export type Vocab = z.output<typeof vocabSchema>;
