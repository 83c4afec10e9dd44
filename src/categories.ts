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
