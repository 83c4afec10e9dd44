import { CATEGORIES, POLICY, type Category } from '../categories.js';
import type { Clause } from './clause.js';
import { memo } from './data.js';
import type { Vocab } from '../schema/rewrite.js';
import { classOf, labelGroup, render } from './slots.js';

/** The categories whose findings get sentence rewrites (the policy table's `suggests: 'sentence'`). */
export const SOFTENED: ReadonlySet<Category> = new Set(CATEGORIES.filter((c) => POLICY[c].suggests === 'sentence'));

/** The policy table's fallback rows of the softened categories, by category. */
export const FALLBACK: Readonly<Partial<Record<Category, readonly string[]>>> = Object.fromEntries(
  [...SOFTENED].map((c) => [c, POLICY[c].fallback]),
);
const APOLOGY: ReadonlySet<string> = new Set(['apologize', 'apologise']);

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
    if (c.state) rows.push(c.past ? 'felt-when-you-need' : 'feel-when-you-need', c.past ? 'felt-when-you' : 'feel-when-you');
    rows.push(group?.script ?? 'feeling-and-need');
  } else {
    rows.push(c.past ? 'felt-and-need' : 'feeling-and-need');
  }
  return rows;
}

/** Script row keys to try for a finding, best first; rows whose slots cannot be filled are skipped later. */
export function rowsFor(category: Category, clause: Clause | undefined, vocab: Vocab): string[] {
  const policy = POLICY[category];
  const fallback = policy.fallback.length ? policy.fallback : ['reveal-far'];
  // What the sender saw in a pattern or a steering question comes first, when there is one.
  if (policy.aboutThem) return ['noticed', ...fallback];
  if (!clause || policy.fallbackOnly) return [...fallback];
  const rows = clauseRows(clause, vocab);
  // A demand to open up is answered by an invitation; a demand to be warmer (“be more
  // affectionate”) or to stop something (“stop ignoring me”) names what the sender misses.
  // A demand for an apology is a behaviour too: “it would mean a lot to me if you apologized to my mother”.
  const concrete =
    clause.kind === 'label' ||
    (clause.kind === 'action' && (clause.polarity === 'want-less' || APOLOGY.has(clause.verb ?? '')));
  if (policy.invitationFirst && !concrete) return [...fallback, ...rows];
  return [...rows, ...fallback];
}
