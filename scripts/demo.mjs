#!/usr/bin/env node
// Lints a sample message with the built package, as a new user would: `npm run demo [-- "text"]`.
import { lint } from '../dist/index.js';

const text = process.argv[2] ?? "You never talk to me about anything. Why can't you just open up?";
const { findings } = lint(text);
console.log(text);
for (const f of findings) {
  console.log(`${' '.repeat(f.start)}${'~'.repeat(f.end - f.start)} ${f.category} ${f.ruleId}: ${f.message}`);
  for (const s of f.suggestions) console.log(`    → ${s.replacement === '' ? '(leave it out)' : s.replacement}`);
}
if (findings.length === 0) console.log('(no findings)');
