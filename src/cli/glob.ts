/**
 * Just enough globbing for quoted patterns such as "copy/**\/*.txt" (shells expand unquoted ones).
 * Node 20 has no fs.glob, and a dependency for this would be the CLI's only one beyond the
 * library's: `*`, `?`, `[…]`, `{a,b}` and `**` cover what CI configs write.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const MAGIC = /[*?[{]/;

export const hasMagic = (pattern: string): boolean => MAGIC.test(pattern);

/** Directories never worth walking into. */
const SKIP_DIRS = new Set(['node_modules', '.git']);

/** "a/{b,c}/*.{txt,md}" → ["a/b/*.txt", "a/b/*.md", "a/c/*.txt", "a/c/*.md"]. */
export function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{' && depth++ === 0) open = i;
    else if (c === '}' && depth > 0 && --depth === 0) {
      const body = pattern.slice(open + 1, i);
      const parts: string[] = [];
      let d = 0;
      let from = 0;
      for (let j = 0; j < body.length; j++) {
        if (body[j] === '{') d++;
        else if (body[j] === '}') d--;
        else if (body[j] === ',' && d === 0) {
          parts.push(body.slice(from, j));
          from = j + 1;
        }
      }
      parts.push(body.slice(from));
      if (parts.length === 1) continue; // "{x}" is literal, as in bash
      const head = pattern.slice(0, open);
      const tail = pattern.slice(i + 1);
      return parts.flatMap((p) => expandBraces(head + p + tail));
    }
  }
  return [pattern];
}

const escapeRe = (s: string) => s.replace(/[.+^$()|\\/{}[\]*?]/g, '\\$&');

/** One path segment (no "/") to a regular expression source. */
function segmentSource(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === '\\' && i + 1 < segment.length) out += escapeRe(segment[++i] as string);
    else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^/' : ''}${body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]')}]`;
      i = close;
    } else out += escapeRe(c);
  }
  // As in shells, a wildcard does not match a leading dot: "*.txt" skips ".hidden.txt".
  return /^[*?[]/.test(segment) ? `(?!\\.)${out}` : out;
}

/** A brace-free glob to a RegExp over "/"-separated relative paths. `**` spans directories. */
export function globToRegExp(pattern: string): RegExp {
  const segments = pattern.split('/');
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') source += last ? '(?:(?!\\.)[^/]+/)*(?!\\.)[^/]+' : '(?:(?!\\.)[^/]+/)*';
    else source += segmentSource(segment) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}

/**
 * Every file under `dir`, as "/"-separated paths relative to `dir`, sorted; at most `depth`
 * segments deep ("a.txt" is 1), so "*.txt" does not walk the whole tree.
 */
export function walk(dir: string, depth = Infinity): string[] {
  const out: string[] = [];
  const visit = (rel: string, level: number) => {
    const entries = readdirSync(join(dir, rel), { withFileTypes: true });
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      // Symlinked directories are not followed: no cycles, no walking out of the tree.
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && level < depth) visit(path, level + 1);
      } else if (entry.isFile() || entry.isSymbolicLink()) out.push(path);
    }
  };
  visit('', 1);
  return out.sort();
}

/**
 * The files matching `pattern`, relative to `cwd` (or absolute when the pattern is), sorted.
 * Only the directory before the first wildcard is walked.
 */
export function glob(pattern: string, cwd: string): string[] {
  const found = new Set<string>();
  for (const expanded of expandBraces(pattern)) {
    const segments = expanded.split('/');
    const firstMagic = segments.findIndex((s) => hasMagic(s));
    const baseSegments = firstMagic === -1 ? segments.slice(0, -1) : segments.slice(0, firstMagic);
    const base = baseSegments.join('/');
    const rest = segments.slice(baseSegments.length).join('/');
    const re = globToRegExp(rest);
    const depth = rest.split('/').includes('**') ? Infinity : rest.split('/').length;
    let files: string[];
    try {
      files = walk(resolve(cwd, base), depth);
    } catch {
      continue; // no such directory: the pattern matches nothing
    }
    for (const f of files) if (re.test(f)) found.add(base === '' ? f : `${base}/${f}`);
  }
  return [...found].sort();
}
