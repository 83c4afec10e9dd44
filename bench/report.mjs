#!/usr/bin/env node
// Reads the JSON that `vitest bench --outputJson` wrote and prints each task's median with its
// ratio to the first task of its group (the bare compromise parse, or the 2,000-word lint).
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.artifacts/bench.json';
const report = JSON.parse(readFileSync(file, 'utf8'));
const ms = (x) => (x >= 1 ? `${x.toFixed(2)} ms` : `${(x * 1000).toFixed(0)} µs`);
for (const f of report.files) {
  for (const group of f.groups) {
    const [base, ...rest] = group.benchmarks;
    if (!base) continue;
    console.log(`\n${group.fullName.replace(/^.*> /, '')}`);
    for (const b of [base, ...rest]) {
      const ratio = b.median / base.median;
      console.log(`  ${b.name.padEnd(34)} median ${ms(b.median).padStart(10)}   ${ratio.toFixed(2)}× ${base.name}`);
    }
  }
}
