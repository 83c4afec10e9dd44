import { isHarm } from '../categories.js';
import type { Finding } from '../types.js';

/**
 * A message describing violence, threats or fear for one's safety is not a communication problem
 * to polish (000: “Understanding capacity is about clarity, not excusing harm”). It gets exactly one
 * `safety` finding, the first, and no finding in it offers a softer wording.
 */
export function collapseSafety(findings: readonly Finding[]): Finding[] {
  let seen = false;
  const out: Finding[] = [];
  for (const f of findings) {
    if (isHarm(f.category)) {
      if (seen) continue;
      seen = true;
    }
    out.push(f.suggestions.length ? { ...f, suggestions: [] } : f);
  }
  return out;
}
