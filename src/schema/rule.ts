import { z } from 'zod';
import { nonEmpty, seedFile } from './helpers.js';
import { CATEGORIES, SEVERITIES } from '../categories.js';

const patternList = z.union([nonEmpty, z.array(nonEmpty).min(1, 'must list at least one pattern')]);

/** A rule is data: one JSON file in rules/, or an entry of `options.rules`. */
export const ruleSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z
    .string()
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case, like "you-never-always"'),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES).default('warning'),
  /** compromise match syntax; several patterns are alternatives. Named groups become {{placeholders}}. */
  match: patternList,
  /** Patterns tested on the hit and the rest of its sentence: if any matches, the hit is dropped. */
  notIf: patternList.optional(),
  /** Patterns tested on the whole sentence of the hit (warmth anywhere in it, say). */
  notIfSentence: patternList.optional(),
  /** Patterns tested on the words before the hit in its sentence, anchored at the hit. */
  notIfPrecededBy: patternList.optional(),
  /**
   * Lexicon ids: the hit is kept only when a phrase of one of them is in its sentence or in the
   * sentence just before or after it on the same line. For openers that are heavy only with a
   * marker nearby (“Can we talk? It's serious.”), a context no single pattern can span.
   */
  onlyNear: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lexicon id, like "gravity"')).min(1).optional(),
  /** Lexicon ids: the hit is dropped when a phrase of one of them is that near (warmth said just after). */
  notNear: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lexicon id, like "warmth"')).min(1).optional(),
  /**
   * An emphatic tail of a complaint (“Always.”, “Not once.”): the hit counts only where the message
   * holds another warning, and its one suggestion is to drop it (after the complaint it only
   * repeats the verdict).
   */
  tail: z.boolean().optional(),
  /**
   * The hit counts only where it is all the message says (“I'm fed up.”, “I'm just sad, Dan.”):
   * the rest of the message holds no more than a few words (a greeting, a sign-off, “That's it.”).
   * For a feeling named with nothing about what it is about; the same words before or after what
   * happened (“I'm sad. You forgot my birthday.”) already say it.
   */
  alone: z.boolean().optional(),
  message: nonEmpty,
  note: nonEmpty,
  source: seedFile(),
  examples: z.strictObject({
    invalid: z
      .array(z.strictObject({ text: nonEmpty, flag: nonEmpty }))
      .min(1, 'a rule must show at least one text it flags'),
    valid: z.array(nonEmpty).min(1, 'a rule must show at least one near-miss it leaves alone'),
  }),
});

export type RuleInput = z.input<typeof ruleSchema>;
/** A rule as the engine runs it. `examples` are for the tests: the built-in catalog leaves them out. */
export type Rule = Omit<z.output<typeof ruleSchema>, 'examples'> & Partial<Pick<z.output<typeof ruleSchema>, 'examples'>>;

const severityOverride = z.enum([...SEVERITIES, 'off']);

/** Options of `lint()` and `createLinter()`. Unknown keys are errors, not silently ignored. */
export const optionsSchema = z.strictObject({
  /** Run only these rule ids or categories. */
  only: z.array(nonEmpty).optional(),
  /** Skip these rule ids or categories. */
  disable: z.array(nonEmpty).optional(),
  /** Per rule id or category: a new severity, or "off". */
  severity: z.record(nonEmpty, severityOverride).optional(),
  /** Extra rules, in the same shape as the files in rules/. */
  rules: z.array(z.unknown()).optional(),
  /** Flag text inside quotation marks too (default false: quoted speech is not the sender's blame). */
  quoted: z.boolean().optional(),
  /** Phrases to leave alone, case-insensitive: a finding containing one, or inside one, is dropped. */
  ignore: z.array(nonEmpty).optional(),
  /** Longest text (in UTF-16 units) `lint` accepts before throwing a RangeError; default 100,000. */
  maxLength: z.number().int().positive().optional(),
});

export type LintOptions = z.input<typeof optionsSchema>;
export type SeverityOverride = z.infer<typeof severityOverride>;

/**
 * Every rules/ file shows what it flags and the near-misses it leaves alone (run by
 * tests/lexicons.test.ts): `rule` names the rule, or `overload`, whose use of the lexicon an
 * example exercises. For the tests only: the catalog leaves them out.
 */
const lexiconExamples = z.strictObject({
  invalid: z
    .array(z.strictObject({ text: nonEmpty, flag: nonEmpty, rule: nonEmpty }))
    .min(1, 'a lexicon must show at least one text a rule flags through it'),
  valid: z
    .array(z.strictObject({ text: nonEmpty, rule: nonEmpty }))
    .min(1, 'a lexicon must show at least one near-miss a rule leaves alone'),
});

export const lexiconSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  description: nonEmpty,
  source: z.string().optional(),
  /** `verb`: `words` are roots, expanded to every form by compromise's conjugation (src/nlp/inflect.ts). */
  inflect: z.literal('verb').optional(),
  words: z.array(nonEmpty).min(1),
  /** Executed examples of the words at work, like a rule's. */
  examples: lexiconExamples,
});
export type Lexicon = z.output<typeof lexiconSchema>;

/**
 * How a lexicon is derived from a rated word list at `npm run rules` time
 * (rules/lexicons/derive/*.json → rules/lexicons/<id>.json, by scripts/derive-lexicons.mjs).
 * `as` says which words of the source qualify and how they are inflected: compromise reads each
 * rated word in a probe sentence and keeps it when it is tagged as that part of speech; verbs are
 * expanded to every form by compromise's own conjugation. `deny` holds the roots the source
 * rates negative that are kind or neutral in a message to someone close; `add` the roots it lacks.
 */
export const lexiconDeriveSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  description: nonEmpty,
  from: z.strictObject({
    lexicon: z.literal('afinn-165'),
    /** Keep words rated at or below this (AFINN runs from -5 to +5). */
    maxScore: z.number().int().min(-5).max(0),
  }),
  as: z.enum(['transitive-verb', 'adjective', 'person-noun']),
  /** Leave out every word of these lexicons too (another rule's business, or a feeling word). */
  denyLexicons: z.array(nonEmpty).optional(),
  /** Also leave out the feelings of rules/vocab/feelings.json: a feeling is a state, not a label. */
  denyFeelings: z.boolean().optional(),
  deny: z.array(nonEmpty),
  add: z.array(nonEmpty),
  /** The derived lexicon's examples (see `lexiconSchema`), copied into it as they are. */
  examples: lexiconExamples,
});

/**
 * The message-level `overload` check (rules/message-level/overload.json): several complaints or
 * requests piled into one message. Thresholds are data so they can be tuned without code.
 */
export const overloadSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.literal('overload'),
  category: z.literal('overload'),
  severity: z.enum(SEVERITIES).default('info'),
  message: nonEmpty,
  note: nonEmpty,
  source: seedFile('000_d692bea7f24f1e4e.txt'),
  /** Findings of these categories count as complaints. */
  complaintCategories: z.array(z.enum(CATEGORIES)).min(1),
  /** This many complaints in one message is overload on its own. */
  minComplaints: z.int().min(2),
  /** Or: at least one complaint, and this many complaints + extra signals together. */
  minItems: z.int().min(2),
  /**
   * Or, with no complaint: this many items when at least two of them are demands (“you need to
   * stop X, stop Y, and please Z”). One demand among requests is a to-do list (“you need to rest;
   * can you grab milk? could you call the vet?”), two are a pile. Defaults to minItems.
   */
  minItemsWithDemands: z.int().min(2).optional(),
  /**
   * compromise patterns for what no rule flags on its own: complaints ("you forgot"), requests
   * ("can you"), demands (“you need to”, a list item after a comma: requests that do not ask) and
   * warmth (“thank you”, ❤️: a warm list of what they did is not a pile of complaints).
   */
  signals: z.strictObject({
    complaint: z.array(nonEmpty),
    request: z.array(nonEmpty),
    demand: z.array(nonEmpty).default([]),
    warm: z.array(nonEmpty).default([]),
  }),
  examples: z.strictObject({
    invalid: z.array(nonEmpty).min(1, 'show at least one message that is overload'),
    valid: z.array(nonEmpty).min(1, 'show at least one message that is not'),
  }),
});
export type OverloadConfig = z.output<typeof overloadSchema>;
