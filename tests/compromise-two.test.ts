import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/rules.js';

/**
 * The lint path imports `compromise/two` (tagger and matcher without the full build's noun/verb
 * APIs and chunker: ~17 KiB less gzipped). Inside this test process the full build is loaded by
 * other imports and shares its world, so the two-only case runs in a child process: a bundle of
 * the library as a browser gets it, with only compromise/two, against one with the full build.
 */
const texts = [
  ...readdirSync(join(root, 'fixtures')).map((d) => readFileSync(join(root, 'fixtures', d, 'input.txt'), 'utf8')),
  ...readdirSync(join(root, 'rules'))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const rule = JSON.parse(readFileSync(join(root, 'rules', f), 'utf8')) as {
        examples: { invalid: { text: string }[]; valid: string[] };
      };
      return [...rule.examples.invalid.map((e) => e.text), ...rule.examples.valid];
    }),
];

async function lintAllWith(compromise: 'two' | 'full'): Promise<string> {
  const prelude = compromise === 'full' ? "import 'compromise';" : '';
  const result = await build({
    stdin: {
      contents: `${prelude} import { lint } from './src/index.ts';
        import { readFileSync } from 'node:fs';
        const texts = JSON.parse(readFileSync(0, 'utf8'));
        console.log(JSON.stringify(texts.map((t) => lint(t))));`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'reveal-lint-')), `lint-${compromise}.mjs`);
  writeFileSync(file, result.outputFiles[0]?.text ?? '');
  return execFileSync(process.execPath, [file], { encoding: 'utf8', input: JSON.stringify(texts), maxBuffer: 64 * 1024 * 1024 });
}

describe('compromise/two on the lint path', () => {
  it('finds exactly what the full build finds, on every fixture and rule example', { timeout: 120_000 }, async () => {
    const [two, full] = await Promise.all([lintAllWith('two'), lintAllWith('full')]);
    expect(JSON.parse(two)).toEqual(JSON.parse(full));
    expect(full).toMatch(/"ruleId"/); // findings exist: the comparison is not vacuous
  });
});
