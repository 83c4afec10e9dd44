#!/usr/bin/env node
// Cold start: a fresh Node process imports the built package and lints one message, against
// a fresh process importing compromise and parsing the same message. Each child times itself
// from just before its import, so Node's own start-up is left out of both. Interleaved runs,
// medians, and the ratio.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const message = 'You never talk to me about anything. Why do I always have to ask?';
const child = {
  'reveal-lint: import + first lint()': `const t=performance.now(); const m=await import(${JSON.stringify(dist)}); m.lint(${JSON.stringify(message)}); console.log(performance.now()-t)`,
  'compromise: import + first nlp()': `const t=performance.now(); const m=await import('compromise'); m.default(${JSON.stringify(message)}); console.log(performance.now()-t)`,
};
const runs = Number(process.argv[2] ?? 9);
const times = Object.fromEntries(Object.keys(child).map((k) => [k, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, code] of Object.entries(child)) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    times[name].push(Number(out.trim()));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [ours, theirs] = Object.keys(child).map((k) => median(times[k]));
console.log(`\ncold start (median of ${runs} fresh processes)`);
for (const k of Object.keys(child)) console.log(`  ${k.padEnd(38)} ${median(times[k]).toFixed(1)} ms`);
console.log(`  ratio                                  ${(ours / theirs).toFixed(2)}×`);
