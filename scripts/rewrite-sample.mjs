#!/usr/bin/env node
// The sendability check of docs/rewrite-rubric.md: over the blaming messages of the development
// set (tests/data/devset.jsonl) it measures how many get a rewrite, how many rewrites re-lint
// clean, and prints a seeded random sample of (draft → rewrite) pairs to rate with the rubric.
// Reads the built package (dist/): run `npm run build` first.
//
//   node scripts/rewrite-sample.mjs [--n 100] [--seed 7] [--split tune|holdout|all] [--set devset] [--json]
// `--set` reads another development set of tests/data (fresh-seven: written after the rewrite engine).
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { lint, rewrite } = await import(join(root, 'dist', 'index.js'));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const n = Number(arg('n', 100));
const seed = Number(arg('seed', 7));
const split = arg('split', 'all');
const asJson = process.argv.includes('--json');
const set = arg('set', 'devset');
if (!/^[a-z][a-z0-9-]*$/.test(set)) throw new Error(`--set: expected a set name like "devset", got "${set}"`);

const rows = readFileSync(join(root, 'tests/data', `${set}.jsonl`), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
  .filter((r) => r.label === 'blaming' && (split === 'all' || r.split === split));

// Only what a rewrite is for: messages with a warning finding (info hints such as overload and
// vague feelings are advice about the whole message, not a sentence to replace).
const flagged = rows.filter((r) => lint(r.text).findings.some((f) => f.severity === 'warning'));
const pairs = flagged.map((r) => {
  const out = rewrite(r.text);
  const relint = out.applied.length > 0 ? lint(out.text).findings.filter((f) => f.severity === 'warning') : [];
  return { id: r.id, category: r.category, draft: r.text, rewrite: out.text, changed: out.applied.length > 0, clean: relint.length === 0 };
});
const changed = pairs.filter((p) => p.changed);
const pct = (a, b) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);

// mulberry32: a small seeded generator, so the sample a rater reads can be printed again.
let state = seed >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pool = [...changed];
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [pool[i], pool[j]] = [pool[j], pool[i]];
}
const sample = pool.slice(0, n);

if (asJson) {
  console.log(JSON.stringify({ blaming: rows.length, flagged: flagged.length, rewritten: changed.length, clean: changed.filter((p) => p.clean).length, sample }, null, 2));
} else {
  console.log(`blaming messages (${split}): ${rows.length}; with a warning: ${flagged.length}`);
  console.log(`rewritten: ${changed.length} (${pct(changed.length, flagged.length)}); re-lint clean: ${pct(changed.filter((p) => p.clean).length, changed.length)}`);
  console.log(`\n# sample of ${sample.length} (seed ${seed})\n`);
  sample.forEach((p, i) => console.log(`${i + 1}. [${p.category}] ${p.draft}\n   → ${p.rewrite}\n`));
}
