#!/usr/bin/env node
// Detection on the development set (tests/data/devset.jsonl), with the built package.
// The set was written by someone who had not read rules/, half of it (`split: "holdout"`) is
// never looked at while tuning: this script prints its figures, never its messages.
//
//   node scripts/devset-eval.mjs            per-category table for both halves
//   node scripts/devset-eval.mjs --misses   also the tune half's misses and false alarms
//   node scripts/devset-eval.mjs --markdown the table as the README shows it
//
// A blaming message counts as caught when any finding is reported on it (a blaming line caught
// by another category's rule is still caught); a kind message counts as flagged the same way.
// Precision of a category: of the messages where it fired, the share that are blaming.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { lint } = await import(join(root, 'dist', 'index.js'));
// `--set web-quoted` reads tests/data/web-quoted.jsonl instead: lines quoted on relationship-advice
// pages (collected by a helper who had not read rules/), split the same way. `--set fresh-weak`:
// 320 messages for the four weakest categories (and kind near-misses) a helper wrote on
// 2026-12-07 without reading rules/; even lines tune, odd lines held out. `--set fresh-six` and
// `--set fresh-seven`: two more sets of 480 and 660 messages written the same day (fourth session)
// by helpers that had read neither rules/ nor the other sets (tests/data/README.md).
const setArg = process.argv.indexOf('--set');
const setName = setArg > 0 ? process.argv[setArg + 1] : 'devset';
const rows = readFileSync(join(root, 'tests', 'data', `${setName}.jsonl`), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const args = new Set(process.argv.slice(2));
const CATEGORIES = [
  'blame', 'absolute', 'demand-question', 'attachment-lecture', 'pattern-pointing', 'insight-steering',
  'pressure', 'pseudo-feeling', 'vague-feeling', 'big-talk', 'overload',
];

function evaluate(split) {
  const set = rows.filter((r) => r.split === split);
  const perCat = Object.fromEntries(CATEGORIES.map((c) => [c, { n: 0, caught: 0, fired: 0, firedKind: 0 }]));
  let kind = 0;
  let kindFlagged = 0;
  const misses = [];
  const falseAlarms = [];
  for (const r of set) {
    const { findings } = lint(r.text);
    const fired = new Set(findings.map((f) => f.category));
    for (const c of fired) {
      if (!perCat[c]) continue;
      perCat[c].fired++;
      if (r.label === 'kind') perCat[c].firedKind++;
    }
    if (r.label === 'kind') {
      kind++;
      if (findings.length) {
        kindFlagged++;
        falseAlarms.push({ ...r, findings });
      }
    } else {
      const c = perCat[r.category];
      c.n++;
      if (findings.length) c.caught++;
      else misses.push(r);
    }
  }
  return { set, perCat, kind, kindFlagged, misses, falseAlarms };
}

const fmt = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const results = { tune: evaluate('tune'), holdout: evaluate('holdout') };

if (args.has('--markdown')) {
  console.log('| category | tune: recall | tune: precision | held out: recall | held out: precision |');
  console.log('| --- | --- | --- | --- | --- |');
} else {
  console.log('category              tune: n  recall  prec   | holdout: n  recall  prec');
}
for (const c of CATEGORIES) {
  const t = results.tune.perCat[c];
  const h = results.holdout.perCat[c];
  const p = (x) => (x.fired ? (x.fired - x.firedKind) / x.fired : NaN);
  if (args.has('--markdown')) {
    console.log(`| \`${c}\` | ${fmt(t.caught / t.n)} (${t.caught}/${t.n}) | ${fmt(p(t))} | ${fmt(h.caught / h.n)} (${h.caught}/${h.n}) | ${fmt(p(h))} |`);
  } else {
    console.log(
      `${c.padEnd(20)} ${String(t.n).padStart(8)}  ${fmt(t.caught / t.n).padStart(6)}  ${fmt(p(t)).padStart(5)}  | ${String(h.n).padStart(10)}  ${fmt(h.caught / h.n).padStart(6)}  ${fmt(p(h)).padStart(5)}`,
    );
  }
}
for (const [name, r] of Object.entries(results)) {
  const blaming = r.set.filter((x) => x.label === 'blaming').length;
  const caught = blaming - r.misses.length;
  console.log(
    `${args.has('--markdown') ? '\n' : ''}${name}: blaming caught ${caught}/${blaming} (${fmt(caught / blaming)}), kind flagged ${r.kindFlagged}/${r.kind} (${((100 * r.kindFlagged) / r.kind).toFixed(1)}%)`,
  );
}
if (args.has('--misses')) {
  const { misses, falseAlarms } = results.tune;
  console.log('\n# tune misses');
  for (const m of misses) console.log(`${m.id} [${m.category}] ${JSON.stringify(m.text)}`);
  console.log('\n# tune kind messages flagged');
  for (const m of falseAlarms) {
    console.log(`${m.id} ${JSON.stringify(m.text)}\n    ${m.findings.map((f) => `${f.ruleId}: ${JSON.stringify(f.text)}`).join('; ')}`);
  }
}
