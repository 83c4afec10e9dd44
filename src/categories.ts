/**
 * The closed set of finding categories: the public contract of DESIGN.md.
 * Rule ids are finer and may change; these names may not.
 */
export const CATEGORIES = [
  'blame',
  'absolute',
  'demand-question',
  'attachment-lecture',
  'pattern-pointing',
  'insight-steering',
  'pressure',
  'pseudo-feeling',
  'vague-feeling',
  'big-talk',
  'overload',
  'safety',
] as const;

export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Everything a category decides, in one row, so that no other file spells a category's behaviour. */
export interface CategoryPolicy {
  /**
   * Overlapping findings underline the same words twice: the lower rank is kept, the more
   * specific category first (a lecture beats a plain absolute). Ranks are 0…n-1, each used once.
   */
  rank: number;
  /**
   * What its findings are offered: a rewrite of the sentence as an I-statement, more precise words
   * for a loose one, or nothing (a whole-message hint, or harm, which is never softened).
   */
  suggests: 'sentence' | 'precise-words' | 'none';
  /**
   * A lecture, a pattern or an insight is about them, not about a behaviour: no clause is read
   * from it, and what the sender saw (“you keep cancelling”) is offered first, as `noticed`.
   */
  aboutThem: boolean;
  /** An about-them category whose sentence may name what the sender saw: kept as the observation slot. */
  keepsObservation: boolean;
  /**
   * An about-them category asks about what the sender saw (“I've noticed you go quiet, and I'd love
   * to hear what's going on for you”) before it says how the sender feels about it: a steering
   * question wanted them to look inward, so the invitation is what it meant.
   */
  noticedFirst: boolean;
  /**
   * The feeling and the need (a key of rules/vocab/needs.json) a finding reveals when its sentence
   * gives no behaviour to read them from: an about-them finding that names no conduct of
   * rules/vocab/conduct.json (“Here we go again”), a blame or an absolute the clause reader cannot
   * follow (“Your phone gets more attention than me”, “You always have to have the last word”).
   * The sender's own state, offered before the table's general lines.
   */
  plain?: { feeling: string; need: string };
  /**
   * Its question asks for a behaviour by its infinitive (“How hard is it to put your shoes away?”):
   * where no clause with “you” says what they do, that behaviour is read instead (src/suggest/asked.ts).
   */
  asksFor: boolean;
  /**
   * A heavy opener is not a behaviour to reword: its plain rows are offered whatever the sentence says.
   */
  fallbackOnly: boolean;
  /**
   * Pressure is answered with an invitation first: the plain rows before the ones read from the
   * sentence, unless the sentence names something concrete (a label, a behaviour to stop, an apology).
   */
  invitationFirst: boolean;
  /**
   * Plain script rows (rules/scripts/) to fall back on, best first. They need no slot from the
   * sentence beyond a feeling, so a sentence the clause reader cannot follow still gets a line a
   * person would send: reveal your state (000) or name what you notice (002).
   */
  fallback: readonly string[];
  /**
   * May its rewrite carry the one do-able request of the 000 practice? Pressure and demand
   * questions already ask: they are answered with an invitation, not one more request.
   */
  asksRequest: boolean;
  /**
   * A habit named, not a verdict given, when the next sentence on the line is warm
   * (rules/lexicons/warm-follow-ups.json): “Why do you always have snacks? Never change.”
   */
  habit: boolean;
  /**
   * Its findings mean the message describes violence, threats or fear for one's safety: the
   * message gets `safety`, one such finding, no softening and no rewrite, and such a finding is
   * kept even inside quotation marks (a quoted threat is still one).
   */
  harm: boolean;
}

const rewritten = { suggests: 'sentence', keepsObservation: false, noticedFirst: false, asksFor: false, aboutThem: false, fallbackOnly: false, invitationFirst: false, asksRequest: true, habit: false, harm: false } as const;
const aboutThem = { ...rewritten, aboutThem: true } as const;
const noRewrite = { ...rewritten, suggests: 'none', asksRequest: false, fallback: [] } as const;

/** TypeScript demands a row for every category: a new category cannot be added without deciding each of these. */
export const POLICY: Readonly<Record<Category, CategoryPolicy>> = {
  safety: { ...noRewrite, rank: 0, harm: true },
  'attachment-lecture': { ...aboutThem, rank: 1, keepsObservation: true, plain: { feeling: 'sad', need: 'understood' }, fallback: ['reveal-far', 'name-noticing', 'reveal-parts'] },
  'insight-steering': { ...aboutThem, rank: 2, keepsObservation: true, noticedFirst: true, plain: { feeling: 'worried', need: 'together' }, fallback: ['name-noticing', 'open-up', 'reveal-far'] },
  'pattern-pointing': { ...aboutThem, rank: 3, keepsObservation: true, habit: true, plain: { feeling: 'frustrated', need: 'together' }, fallback: ['reveal-far', 'reveal-presence', 'name-noticing'] },
  pressure: { ...rewritten, rank: 4, invitationFirst: true, asksRequest: false, fallback: ['when-ready', 'here-to-listen', 'open-up'] },
  'demand-question': { ...rewritten, rank: 5, asksRequest: false, habit: true, asksFor: true, plain: { feeling: 'frustrated', need: 'heard' }, fallback: ['reveal-far', 'open-up', 'here-to-listen'] },
  'pseudo-feeling': { ...rewritten, rank: 6, fallback: ['reveal-far', 'close'] },
  blame: { ...rewritten, rank: 7, plain: { feeling: 'hurt', need: 'mattering' }, fallback: ['reveal-far', 'close'] },
  absolute: { ...rewritten, rank: 8, habit: true, plain: { feeling: 'frustrated', need: 'heard' }, fallback: ['reveal-far', 'close'] },
  // Not a blaming family, but a warning all the same: a heavy opener gets a lighter one (003).
  'big-talk': { ...rewritten, rank: 9, fallbackOnly: true, fallback: ['chat-about-when', 'heads-up-when', 'chat-about', 'heads-up', 'walk-and-talk'] },
  'vague-feeling': { ...noRewrite, rank: 10, suggests: 'precise-words' },
  overload: { ...noRewrite, rank: 11 },
};

/** Does a finding of this category mean the message describes harm? */
export const isHarm = (category: Category): boolean => POLICY[category].harm;
