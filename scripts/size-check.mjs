#!/usr/bin/env node
// Size budget of the browser bundle of `import { lint } from 'reveal-lint'`: the built package
// (dist/, as users import it) bundled for the browser by esbuild, minified and gzipped, with
// compromise and everything else it pulls in. Exits 1 above the budget. `npm test` runs it
// after the build; `--json` prints the numbers for tools.
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Issue 7 asks for 150 KiB. compromise/two alone is 120.4 KiB and the rules, scripts and
// vocabularies gzip to ~30 KiB near their compression floor (`npm run size:parts`), so 150 is not
// reachable without dropping rule content or moving suggestions off the lint path. This budget
// guards against regressions until that is decided; it includes 1.9 KiB for the checker
// of user rules' match patterns (src/patterns.ts, issue 8: a malformed pattern is an error, not a
// rule that silently never fires). Measured: 168.4 KiB.
export const BUDGET_KIB = 170;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function measure() {
  const result = await build({
    stdin: { contents: "import { lint } from './dist/index.js'; globalThis.__lint = lint;", resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const byPackage = {};
  for (const [file, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    const name = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? 'reveal-lint';
    byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
  }
  return { bytes: code.length, gzipKiB: gzipSync(code, { level: 9 }).length / 1024, byPackage };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bytes, gzipKiB, byPackage } = await measure();
  if (process.argv.includes('--json')) console.log(JSON.stringify({ bytes, gzipKiB, budgetKiB: BUDGET_KIB, byPackage }));
  else {
    const parts = Object.entries(byPackage)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KiB`)
      .join(', ');
    console.log(`browser bundle of lint: ${gzipKiB.toFixed(1)} KiB gzipped (budget ${BUDGET_KIB} KiB); minified ${(bytes / 1024).toFixed(1)} KiB: ${parts}`);
  }
  if (gzipKiB > BUDGET_KIB) {
    console.error(`size check failed: ${gzipKiB.toFixed(1)} KiB > ${BUDGET_KIB} KiB. Keep schema validation at build time and data compact.`);
    process.exit(1);
  }
}
