#!/usr/bin/env node
// Memory over 100,000 calls: heap in use after a full GC, every 10,000 calls, for lint() and
// for one createLinter() linter (whose sentence cache is bounded). Run with --expose-gc.
import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

if (typeof globalThis.gc !== 'function') {
  console.error('run with: node --expose-gc bench/heap.mjs');
  process.exit(2);
}
const { lint, createLinter } = await import(fileURLToPath(new URL('../dist/index.js', import.meta.url)));
// The benchmark corpus, built by esbuild on the fly from bench/corpus.ts (no TS loader needed).
const esbuild = createRequire(import.meta.url)('esbuild');
const built = esbuild.buildSync({
  entryPoints: [fileURLToPath(new URL('./corpus.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const { messages } = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);
const corpus = messages();
const calls = Number(process.argv[2] ?? 100_000);
const mib = () => {
  globalThis.gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

for (const [name, fn] of [
  ['lint()', (t) => lint(t)],
  ['createLinter().lint()', createLinter().lint],
]) {
  for (let i = 0; i < 2000; i++) fn(corpus[i % corpus.length]); // warm: rules compiled, caches full
  const start = mib();
  const samples = [];
  const t = performance.now();
  for (let i = 1; i <= calls; i++) {
    // Every message made unique, so a cache cannot hold the corpus: the worst case for memory.
    fn(`${corpus[i % corpus.length]} (${i})`);
    if (i % (calls / 10) === 0) samples.push(mib());
  }
  const secs = (performance.now() - t) / 1000;
  console.log(`\nheap, ${name}: ${calls.toLocaleString('en')} calls in ${secs.toFixed(1)} s`);
  console.log(`  after warm-up ${start.toFixed(1)} MiB; every 10%: ${samples.map((s) => s.toFixed(1)).join(' ')} MiB`);
  console.log(`  growth ${(samples[samples.length - 1] - start).toFixed(1)} MiB`);
}
