import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Both configs build in parallel into dist/: this one's clean must spare the CLI's files.
    clean: ['!cli.js', '!cli.js.map'],
    target: 'es2022',
    // zod stays external (users' bundlers dedupe it; it is off the lint path). compromise is not
    // imported: src/nlp/compromise.ts bundles reveal-lint's own reduced copy (scripts/build-compromise.mjs).
    external: ['zod'],
  },
  {
    // The `reveal-lint` bin: ESM only (Node ≥ 20), shebang kept from src/cli/index.ts.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    external: ['zod'],
  },
]);
