import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LintOptions } from '../../src/index.js';
import { readRuleFiles, root } from './rules.js';
import { sampleRules, sampleTexts } from './sample-rules.js';

export interface Case {
  /** Where the text comes from: `fixtures/<case>`, `rules/<id>.json`, or `sample`. */
  from: string;
  text: string;
  options: LintOptions | undefined;
}

export const fixtureDir = join(root, 'fixtures');
export const fixtureNames = readdirSync(fixtureDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/**
 * Every text the rewrite tests run on: each fixture, each example of each rule file (so rules
 * that land later are covered without touching these tests), and the stand-in rules' examples
 * linted with the stand-in rules added.
 */
export function corpus(): Case[] {
  const cases: Case[] = [];
  for (const name of fixtureNames) {
    cases.push({ from: `fixtures/${name}`, text: readFileSync(join(fixtureDir, name, 'input.txt'), 'utf8'), options: undefined });
  }
  for (const { file, raw } of readRuleFiles()) {
    for (const ex of raw.examples.invalid) cases.push({ from: file, text: ex.text, options: undefined });
    for (const text of raw.examples.valid) cases.push({ from: file, text, options: undefined });
  }
  for (const text of sampleTexts) cases.push({ from: 'sample', text, options: { rules: sampleRules } });
  return cases;
}
