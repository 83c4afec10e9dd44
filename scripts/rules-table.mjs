#!/usr/bin/env node
// Writes the README's rule table from rules/*.json and rules/message-level/*.json, between the
// `<!-- rules:start -->` and `<!-- rules:end -->` markers, so the docs cannot drift from the data.
// `--check` exits 1 when README.md is stale (run by tests/readme.test.ts).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSchemas } from './describe-schema.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = join(root, 'README.md');
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

// The order of DESIGN.md's category table, as src/categories.ts keeps it (the public contract
// reads best in that order): loaded from the source, so the table cannot drift from it.
const { CATEGORIES: CATEGORY_ORDER } = await loadSchemas(root);

const readJsonDir = (dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(root, dir, f), 'utf8')))
    : [];

/**
 * Each line break with the whitespace around it becomes one space, as a regex of optional spaces, a
 * line break and optional spaces did, without its quadratic backtracking on long runs of spaces (the
 * ReDoS check in tests/ship.test.ts flags it).
 */
const joinLines = (s) => {
  const parts = s.split('\n');
  return parts
    .map((p, i) => (i > 0 ? p.trimStart() : p))
    .map((p, i) => (i < parts.length - 1 ? p.trimEnd() : p))
    .filter((p, i) => p !== '' || i === 0 || i === parts.length - 1)
    .join(' ');
};

/** Markdown table cells: no pipes or newlines may break the row. */
const cell = (s) => joinLines(s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).replace(/([*_`])/g, '\\$1');

/** The rule's first example, its flagged words in bold. */
function example(rule) {
  const shortest = (list) => [...list].sort((a, b) => a.length - b.length)[0];
  if (rule.examples.invalid.every((e) => typeof e === 'string')) return cell(shortest(rule.examples.invalid));
  const { text, flag } = rule.examples.invalid[0];
  const at = text.indexOf(flag);
  if (at === -1) return cell(text);
  return `${cell(text.slice(0, at))}**${cell(flag)}**${cell(text.slice(at + flag.length))}`;
}

export function buildTable() {
  const rules = [...readJsonDir('rules'), ...readJsonDir('rules/message-level')];
  rules.sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || a.id.localeCompare(b.id));
  const rows = rules.map((r) => `| \`${r.id}\` | ${r.category} | ${r.severity ?? 'warning'} | ${example(r)} |`);
  return [START, '', '| rule | category | severity | example it flags |', '| --- | --- | --- | --- |', ...rows, '', END].join('\n');
}

export function updateReadme(text) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md: add the ${START} and ${END} markers`);
  return text.slice(0, start) + buildTable() + text.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = readFileSync(readme, 'utf8');
  const next = updateReadme(current);
  if (process.argv.includes('--check')) {
    if (current !== next) {
      console.error('README.md rule table is stale: run `npm run rules:table`');
      process.exit(1);
    }
  } else {
    writeFileSync(readme, next);
    console.log('README.md rule table updated');
  }
}
