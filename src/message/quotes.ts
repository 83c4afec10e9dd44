/**
 * Quoted and reported speech: “You said ‘I never listen’” quotes them, it is not the sender's
 * blame. These are the spans of the input that sit inside quotation marks, so findings that start
 * there can be left out (the default) or kept (`quoted: true`).
 */
import type { Span } from '../types.js';

/** Opening mark → the closing marks that end it. Curly and guillemet pairs are unambiguous. */
const PAIRED: Readonly<Record<string, string>> = { '“': '”', '„': '“”', '«': '»', '‘': '’', '‚': '‘’' };

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);

/**
 * Words that start with an apostrophe ('cause, 'em, '90s): a straight single quote before them
 * is an elision, not the start of a quotation.
 */
const ELISION = /^(?:cause|cos|coz|em|til|till|tis|twas|n|round|bout|kay|sup|\d\ds?)(?![\p{L}\p{N}])/iu;

/** A straight or curly apostrophe inside a word (don't, it’s) is never a closing mark. */
function closesSingle(text: string, i: number): boolean {
  return !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);
}

/** A quote never runs past a blank line: an unmatched mark must not swallow the rest of the draft. */
function paragraphEnd(text: string, from: number): number {
  const m = /\n[ \t]*\r?\n/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

function findClose(text: string, from: number, limit: number, isClose: (i: number) => boolean): number {
  for (let i = from; i < limit; i++) if (isClose(i)) return i;
  return -1;
}

/**
 * The quoted spans of `text`, in order and non-overlapping:
 * - double quotes, straight (`"…"`) or curly (`“…”`, `„…“`, `«…»`);
 * - single quotes only when clearly quoting: curly `‘…’`, or a straight `'` at the start of a
 *   word (not an elision like 'cause) closed by a `'` at the end of a word on the same line, so
 *   apostrophes in don't, it's or the kids' toys never open or close a quote;
 * - lines starting with `>`, the way mail and chat apps quote a message inside a reply.
 * An opening mark without its closing mark (within the paragraph) quotes nothing.
 * Each span runs from the first offset inside the quote (after the opening mark) to the offset
 * of the closing mark (or the end of a `>` quoted line).
 */
export function quotedRanges(text: string): Span[] {
  const ranges: Span[] = [];
  // The paragraph end found from an earlier position holds until `i` passes it: searching anew at
  // every character made this quadratic (a 50,000-character paste took seconds).
  let paragraph = -1;
  let nextLine = -1;
  // An opening mark whose search for a closing mark failed up to `limit`: the same search from a
  // later position before that limit fails too. Without this, a paste full of unmatched “ was quadratic.
  const failed = new Map<string, number>();
  const search = (ch: string, from: number, limit: number, isClose: (j: number) => boolean): number => {
    if ((failed.get(ch) ?? -1) >= limit) return -1;
    const close = findClose(text, from, limit, isClose);
    if (close < 0) failed.set(ch, limit);
    return close;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const lineStart = i === 0 || text[i - 1] === '\n';
    let close = -1;
    if (lineStart && /^[ \t]*>/.test(text.slice(i, i + 8))) {
      const nl = text.indexOf('\n', i);
      close = nl === -1 ? text.length : nl;
      ranges.push({ start: i, end: close });
      i = close + 1;
      continue;
    }
    if (paragraph < i) paragraph = paragraphEnd(text, i);
    const limit = paragraph;
    if (ch === '"') {
      close = search(ch, i + 1, limit, (j) => text[j] === '"');
    } else if (PAIRED[ch] !== undefined) {
      const closers = PAIRED[ch];
      const single = ch === '‘' || ch === '‚';
      close = search(ch, i + 1, limit, (j) => closers.includes(text[j] as string) && (!single || closesSingle(text, j)));
    } else if (ch === "'" && !isWordChar(text[i - 1]) && isWordChar(text[i + 1]) && !ELISION.test(text.slice(i + 1))) {
      if (nextLine < i) {
        const nl = text.indexOf('\n', i);
        nextLine = nl === -1 ? text.length : nl;
      }
      close = search(ch, i + 1, Math.min(nextLine, limit), (j) => text[j] === "'" && closesSingle(text, j));
    }
    if (close > i + 1) {
      ranges.push({ start: i + 1, end: close });
      i = close + 1;
    } else {
      i++;
    }
  }
  return ranges;
}

/** Does the span starting at `start` begin inside one of the (sorted) quoted ranges? */
export function startsInside(ranges: readonly Span[], start: number): boolean {
  return ranges.some((r) => start >= r.start && start < r.end);
}
