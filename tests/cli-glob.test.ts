import { describe, expect, it } from 'vitest';
import { expandBraces, glob, globToRegExp } from '../src/cli/glob.js';
import { tempDir, writeTree } from './helpers/cli.js';

describe('expandBraces', () => {
  it.each([
    ['a/*.txt', ['a/*.txt']],
    ['*.{txt,md}', ['*.txt', '*.md']],
    ['{a,b}/{c,d}', ['a/c', 'a/d', 'b/c', 'b/d']],
    ['x{a,{b,c}}y', ['xay', 'xby', 'xcy']],
    ['{solo}.txt', ['{solo}.txt']],
  ])('%s', (pattern, expected) => expect(expandBraces(pattern)).toEqual(expected));
});

describe('globToRegExp', () => {
  it.each([
    ['*.txt', ['a.txt', 'b c.txt'], ['a.md', 'd/a.txt', '.a.txt']],
    ['**/*.txt', ['a.txt', 'd/a.txt', 'd/e/a.txt'], ['.d/a.txt', 'd/.a.txt', 'a.md']],
    ['d/**', ['d/a', 'd/e/f'], ['d', 'x/d/a']],
    ['msg-?.txt', ['msg-1.txt'], ['msg-10.txt', 'msg-/.txt']],
    ['msg-[0-9].txt', ['msg-3.txt'], ['msg-a.txt']],
    ['msg-[!0-9].txt', ['msg-a.txt'], ['msg-3.txt']],
    ['a+b(1).txt', ['a+b(1).txt'], ['aab1.txt']],
  ])('%s', (pattern, yes, no) => {
    const re = globToRegExp(pattern);
    for (const p of yes) expect(re.test(p), p).toBe(true);
    for (const p of no) expect(re.test(p), p).toBe(false);
  });
});

describe('glob', () => {
  it('walks only below the first wildcard, skips node_modules, and returns sorted paths', () => {
    const dir = writeTree(tempDir(), {
      'a/x.txt': '',
      'a/b/y.txt': '',
      'a/node_modules/z.txt': '',
      'c/x.txt': '',
    });
    expect(glob('a/**/*.txt', dir)).toEqual(['a/b/y.txt', 'a/x.txt']);
    expect(glob('*/x.txt', dir)).toEqual(['a/x.txt', 'c/x.txt']);
    expect(glob('{a,c}/*.txt', dir)).toEqual(['a/x.txt', 'c/x.txt']);
    expect(glob('missing/**/*.txt', dir)).toEqual([]);
    expect(glob(`${dir}/c/*.txt`, '/')).toEqual([`${dir}/c/x.txt`]);
  });
});
