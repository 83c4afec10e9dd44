import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/rules.js';

// The package users get: `npm test` builds dist/ first, and these import it as users would.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: { '.': { import: { types: string; default: string }; require: { types: string; default: string } } };
};
const blaming = 'You never talk to me about anything.';

describe('built package', () => {
  it('every file the exports map names exists', () => {
    const e = pkg.exports['.'];
    for (const f of [e.import.types, e.import.default, e.require.types, e.require.default]) {
      expect(existsSync(join(root, f)), f).toBe(true);
    }
  });

  it('imports as ESM', async () => {
    const mod = (await import(join(root, pkg.exports['.'].import.default))) as typeof import('../src/index.js');
    const { findings } = mod.lint(blaming);
    expect(findings[0]).toMatchObject({ ruleId: 'you-never', category: 'absolute', start: 0, text: 'You never talk' });
    expect(mod.lint('Thank you for dinner, it was lovely.').findings).toEqual([]);
  });

  it('requires as CJS', () => {
    const require = createRequire(import.meta.url);
    const mod = require(join(root, pkg.exports['.'].require.default)) as typeof import('../src/index.js');
    expect(mod.lint(blaming).findings.map((f) => f.text)).toContain('You never talk');
    expect(() => mod.lint(1 as never)).toThrow(mod.RevealLintError);
  });

  it('ships declarations for both entry points', () => {
    for (const f of [pkg.exports['.'].import.types, pkg.exports['.'].require.types]) {
      const dts = readFileSync(join(root, f), 'utf8');
      expect(dts).toMatch(/declare function lint\(/);
      expect(dts).toMatch(/interface Finding/);
    }
  });
});
