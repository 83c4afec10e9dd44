import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRuleFiles, root } from './helpers/rules.js';

const script = join(root, 'scripts/rules-table.mjs');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README rule table', () => {
  it('is current with rules/ (run `npm run rules:table`)', () => {
    expect(() => execFileSync('node', [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('has one row per rule and the overload check, with its flagged words in bold', () => {
    const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
    for (const { id, raw } of readRuleFiles()) {
      const row = table.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
      expect(row, id).toBeDefined();
      expect(row).toContain(`| ${raw.category} |`);
    }
    expect(table).toMatch(/^\| `overload` \| overload \| info \| /m);
    expect(table).toContain('**You never talk**');
  });

  it('fails the check when the table is edited by hand', async () => {
    const { updateReadme } = (await import(script)) as { updateReadme: (t: string) => string };
    const tampered = readme.replace(/\| `you-never` \|[^\n]*\n/, '');
    expect(tampered).not.toBe(readme);
    expect(updateReadme(tampered)).toBe(readme);
  });
});
