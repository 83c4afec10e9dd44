import { POLICY } from '../categories.js';
import type { Finding } from '../types.js';

/**
 * Overlapping findings underline the same words twice and count twice against precision.
 * Keep one: the more specific category first (its rank in the policy table of src/categories.ts:
 * a lecture beats a plain absolute), then the longer span.
 */
export function dedupe<F extends Omit<Finding, 'suggestions'>>(findings: readonly F[]): F[] {
  const byPreference = [...findings].sort(
    // Ties fall to the rule id, so the result never depends on the order the sweep found hits in.
    (a, b) =>
      POLICY[a.category].rank - POLICY[b.category].rank ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      a.ruleId.localeCompare(b.ruleId),
  );
  const kept: F[] = [];
  for (const f of byPreference) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}
