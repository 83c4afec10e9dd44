import type { Span } from '../types.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One case-insensitive regular expression per phrase. Spaces match any run of whitespace and
 * straight and curly apostrophes match each other, so `ignore: ["you're doing it again"]` also
 * covers “You’re  doing it again”. The phrase must stand as whole words: “never” does not match
 * inside “nevertheless”.
 */
function phrasePattern(phrase: string): RegExp {
  const body = phrase
    .trim()
    .split(/\s+/)
    .map((word) => escape(word).replace(/['’‘]/g, "['’‘]"))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/** A compiled `ignore` option: the spans of `text` where the user's phrases occur. */
export type IgnoreMatcher = (text: string) => Span[];

/** Compile the phrases once per linter; `undefined` when there is nothing to ignore. */
export function compileIgnore(phrases: readonly string[] | undefined): IgnoreMatcher | undefined {
  if (!phrases || phrases.length === 0) return undefined;
  const patterns = phrases.map(phrasePattern);
  return (text) => patterns.flatMap((re) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
}

/**
 * A finding is ignored when one of the phrases occurs inside it (`"never"` ignores “You never
 * talk”) or around it (`"here we go again, love"` ignores “here we go again” within it).
 * A phrase that merely overlaps a finding's edge does not.
 */
export function isIgnored(occurrences: readonly Span[], span: Span): boolean {
  return occurrences.some(
    (o) => (o.start >= span.start && o.end <= span.end) || (o.start <= span.start && o.end >= span.end),
  );
}
