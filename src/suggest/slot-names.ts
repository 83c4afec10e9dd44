/**
 * The `{slots}` a script row may hold. Kept apart from src/schema/rewrite.ts (zod) because the
 * rewrite engine reads them at run time, and the lint path carries no schema library.
 */
export const SLOTS = [
  'feeling',
  'need',
  'we-action',
  'you-past',
  'you-participle',
  'observation',
  'observation-past',
  'about',
  'topic',
  'matters',
  'invitation',
  'truth',
  'request',
  /** A task the sender carries alone, as an infinitive phrase: “ring the plumber”. */
  'burden',
  /** Where or when a feeling pinned on them came about: “at the party”, “in front of your friends”. */
  'where',
  /** When the sender wants to talk, kept from a heavy opener: “tonight”, “this weekend”. */
  'when',
] as const;
export type Slot = (typeof SLOTS)[number];
const SLOT = /\{([a-z-]+)\}/g;
export const slotsOf = (text: string): string[] => [...text.matchAll(SLOT)].map((m) => m[1] ?? '');
