import type { Hit, Regs } from '../nlp/compromise.js';
import { spanOf } from '../nlp/offsets.js';
import type { Captures, Span } from '../types.js';

/**
 * The one place named captures are recovered. compromise's sweep drops named groups, so the
 * rule's pattern is re-matched on the few terms of the hit (no new parse), once, at match time:
 * as text for the finding's message, and as term indices for the rewrite engine.
 */
export function recoverCaptures(
  text: string,
  hit: Hit,
  pattern: Regs,
  spans: readonly (Span | null)[],
): { text: Record<string, string>; terms: Captures } {
  const out: Record<string, string> = {};
  const terms: Captures = {};
  const groups = hit.view.match(pattern).groups();
  for (const [name, view] of Object.entries(groups)) {
    const ts = view.docs[0];
    const first = ts?.[0]?.index;
    const last = ts?.[ts.length - 1]?.index;
    if (!first || !last) continue;
    terms[name] = [first[1], last[1]];
    const span = spanOf(spans, first[1], last[1]);
    if (span) out[name] = text.slice(span.start, span.end);
  }
  return { text: out, terms };
}
