/**
 * Fingerprints of what a host application shares with reveal-lint: compromise's one global world
 * (lexicon, tag set, methods, hooks) and the global object.
 */
import { createHash } from 'node:crypto';

/** A stable rendering of an object graph: keys, primitives, Set and Map contents, function names. */
function render(v: unknown, seen: WeakSet<object>, depth: number, out: string[]): void {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
    out.push(typeof v === 'string' ? JSON.stringify(v) : String(v));
    return;
  }
  if (typeof v === 'function') {
    out.push(`fn:${v.name}`);
    return;
  }
  if (seen.has(v) || depth > 12) {
    out.push('<seen>');
    return;
  }
  seen.add(v);
  if (v instanceof Set) {
    out.push('Set{');
    for (const x of v) render(x, seen, depth + 1, out);
    out.push('}');
  } else if (v instanceof Map) {
    out.push('Map{');
    for (const [k, x] of v) {
      render(k, seen, depth + 1, out);
      render(x, seen, depth + 1, out);
    }
    out.push('}');
  } else {
    out.push('{');
    for (const k of Object.keys(v)) {
      out.push(`${k}:`);
      render((v as Record<string, unknown>)[k], seen, depth + 1, out);
    }
    out.push('}');
  }
}

/** A hash of an object graph: equal hashes mean nothing was added, removed or changed in it. */
export function fingerprint(value: unknown): string {
  const out: string[] = [];
  render(value, new WeakSet(), 0, out);
  return createHash('sha256').update(out.join('\u0001')).digest('hex');
}

/** Sentences a host application might tag, touching the words reveal-lint's rules are about. */
export const HOST_SENTENCES = [
  'You never listen to me.',
  'u never reply lol',
  "Why can't you just open up?",
  "You're so cold and distant.",
  "That's your avoidant attachment talking.",
  'Here we go again.',
  'I feel like you don’t care.',
  'We need to talk to the landlord.',
  'The quick brown fox jumps over the lazy dog in Toronto on Tuesday.',
  'ur so selfish smh 😡 <3',
  'youre impossible',
  'She gaslit him, classic narcissist.',
];
