import { CATEGORIES, POLICY, type Category } from '../categories.js';
import type { Clause } from './clause.js';
import { memo } from './data.js';
import type { Vocab } from '../schema/rewrite.js';
import { classOf, labelGroup, render } from './slots.js';
import { hasTag, infinitiveOf, wordOf } from '../nlp/terms.js';

/** The categories whose findings get sentence rewrites (the policy table's `suggests: 'sentence'`). */
export const SOFTENED: ReadonlySet<Category> = new Set(CATEGORIES.filter((c) => POLICY[c].suggests === 'sentence'));

/** The policy table's fallback rows of the softened categories, by category. */
export const FALLBACK: Readonly<Partial<Record<Category, readonly string[]>>> = Object.fromEntries(
  [...SOFTENED].map((c) => [c, POLICY[c].fallback]),
);
const APOLOGY: ReadonlySet<string> = new Set(['apologize', 'apologise']);
/** Behaviour classes of rules/vocab/actions.json that are about opening up: a demand for them is answered with an invitation. */
const OPENING: ReadonlySet<string> = new Set(['connection', 'distance']);

/** Does the sentence say no more than the verb (“You never share anything with me”)? Then the table row fits as it is. */
function bare(c: Clause, vocab: Vocab): boolean {
  const dropAll = memo('bare-drop', () => {
    const { drop, replace } = vocab.wording.weClause;
    const words = [...drop, ...Object.keys(replace), ...Object.keys(vocab.wording.negativeOnly)];
    return Object.fromEntries(words.map((w) => [w, ''])) as Record<string, string>;
  });
  return render(c.rest, dropAll) === '';
}

function clauseRows(c: Clause, vocab: Vocab): string[] {
  const rows: string[] = [];
  if (c.kind === 'action') {
    const line = c.verb ? classOf(c.verb, vocab, c.rest)?.lines?.[c.verb] : undefined;
    // A verb that judges (“you ruined our anniversary”) is told as what it was about; any other
    // behaviour as the sender saw it (“when you leave your bowls in the sink”).
    if (c.polarity === 'want-more' && c.past) rows.push('felt-when-we', 'would-have-meant-a-lot', 'felt-when-you-need', 'felt-and-need');
    else if (c.polarity === 'want-more') {
      // The table line as it is only where the sentence adds nothing it would drop (a topic, a time).
      if (line && bare(c, vocab)) rows.push(line);
      rows.push('feel-when-we', 'would-mean-a-lot', 'feel-when-you-need', 'feeling-and-need');
    } else if (c.past) rows.push('felt-about', 'felt-about-plain', 'felt-when-you-need', 'felt-when-you', 'felt-and-need');
    else rows.push('felt-about', 'felt-about-plain', 'feel-when-you-need', 'feel-when-you', 'feeling-and-need');
  } else if (c.kind === 'stative') {
    if (c.polarity === 'want-more') {
      rows.push('need-matters');
      if (c.verb === 'care') rows.push('care');
    }
    rows.push(c.past ? 'felt-and-need' : 'feeling-and-need');
  } else if (c.kind === 'label') {
    const group = labelGroup(c.label, vocab);
    // Where they are (“on your phone at dinner”) is kept; a character word never is.
    // A denied state (“you're never there when it matters”) is not where they are: the rows would drop the “never”.
    if (c.state && c.polarity === 'want-less') rows.push(c.past ? 'felt-when-you-need' : 'feel-when-you-need', c.past ? 'felt-when-you' : 'feel-when-you');
    rows.push(group?.script ?? 'feeling-and-need');
  } else {
    // A feeling pinned on them, with where it came about: told where it happened first.
    if (c.kind === 'feeling' && c.rest.length > 0) rows.push(c.past ? 'felt-where' : 'feel-where');
    rows.push(c.past ? 'felt-and-need' : 'feeling-and-need');
  }
  return rows;
}

/** Verbs that only say when a behaviour begins or goes on: “start talking to me” is about talking. */
const ASPECT: ReadonlySet<string> = new Set(['start', 'begin', 'keep', 'try', 'learn', 'continue']);

/** “Tell me when you're going out”, “let me know if…”: a demand for news, not for feelings. */
const NEWS: ReadonlySet<string> = new Set(['when', 'where', 'if', 'whether', 'before', 'after']);

/** The class of the behaviour a demand asks for, looking through an aspect verb to the one it carries. */
function demandedClass(c: Clause, vocab: Vocab): string | undefined {
  const [object, word] = c.rest;
  if (c.verb === 'tell' && object && wordOf(object) === 'me' && word && NEWS.has(wordOf(word))) return undefined;
  const own = classOf(c.verb, vocab, c.rest)?.key;
  const [next, ...rest] = c.rest;
  if (own || !ASPECT.has(c.verb ?? '') || !next || !hasTag(next, 'Verb')) return own;
  return classOf(infinitiveOf(next), vocab, rest)?.key;
}

/** Script row keys to try for a finding, best first; rows whose slots cannot be filled are skipped later. */
export function rowsFor(category: Category, clause: Clause | undefined, vocab: Vocab): string[] {
  const policy = POLICY[category];
  const fallback = policy.fallback.length ? policy.fallback : ['reveal-far'];
  // A lecture, a pattern or a steering question is about them: what the sender saw (read from the
  // sentence, or the plain behaviour under a diagnosis, rules/vocab/conduct.json) comes first, told
  // with the sender's feeling; then the feeling and the need alone; the table's lines last.
  if (policy.aboutThem) {
    const seen = policy.noticedFirst ? ['noticed', 'feel-when-you-need'] : ['feel-when-you-need', 'noticed'];
    return [...seen, 'feeling-and-need', ...fallback];
  }
  if (policy.fallbackOnly) return [...fallback];
  if (!clause) return policy.plain ? ['feeling-and-need', ...fallback] : [...fallback];
  const rows = clauseRows(clause, vocab);
  // A demand to open up is answered by an invitation; a demand to be warmer (“be more
  // affectionate”) or to stop something (“stop ignoring me”) names what the sender misses.
  // A demand for an apology is a behaviour too: “it would mean a lot to me if you apologized to my mother”.
  const concrete =
    clause.kind === 'label' ||
    (clause.kind === 'action' && (clause.polarity === 'want-less' || APOLOGY.has(clause.verb ?? '')));
  // The invitation answers a demand to open up (“you need to talk to me”), or one the reader cannot
  // follow; a demand for anything else (“accept my choices”, “pay your share of the rent”) is
  // answered by what the sender needs, and the invitation comes after.
  const opening = clause.kind !== 'action' || OPENING.has(demandedClass(clause, vocab) ?? '');
  if (policy.invitationFirst && !concrete && opening) return [...fallback, ...rows];
  // Where no row of the clause can be filled, the sender's feeling and need still come before the table's lines.
  const plain = policy.plain && !rows.includes('feeling-and-need') && !rows.includes('felt-and-need') ? ['feeling-and-need'] : [];
  return [...rows, ...plain, ...fallback];
}
