#!/usr/bin/env node
// Where the bytes of the browser bundle of `lint` are: the marginal gzipped cost of each part,
// measured by bundling src/ again without it (a catalog section emptied, a module stubbed) and
// taking the difference. gzip is not additive, so the rows need not sum to the total; each one
// says what leaving that part out would save. `npm run size` is the budget; this is the why.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const catalog = JSON.parse(readFileSync(join(root, 'src/generated/catalog.json'), 'utf8'));

/** Gzipped KiB of the bundle with `edit` applied to a copy of the catalog and `stubs` replacing modules. */
async function kib(edit = () => {}, stubs = {}, entry = "import { lint } from './src/index.ts'; globalThis.__lint = lint;") {
  const data = JSON.parse(JSON.stringify(catalog));
  edit(data);
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    plugins: [
      {
        name: 'parts',
        setup(b) {
          b.onLoad({ filter: /generated[/\\]catalog\.json$/ }, () => ({ contents: JSON.stringify(data), loader: 'json' }));
          for (const [suffix, contents] of Object.entries(stubs)) {
            const filter = new RegExp(`${suffix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
            b.onLoad({ filter }, () => ({ contents, loader: 'ts' }));
          }
        },
      },
    ],
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length / 1024;
}

const total = await kib();
const rows = [];
const without = async (name, edit, stubs) => rows.push([name, total - (await kib(edit, stubs))]);

const compromise = await kib(undefined, undefined, "export { default } from './src/generated/compromise.js';");
rows.push(["reveal-lint's compromise (alone)", compromise]);
rows.push(['compromise/two, for comparison', await kib(undefined, undefined, "export { default } from 'compromise/two';")]);
for (const key of Object.keys(catalog.rules)) await without(`catalog rules.${key}`, (c) => delete c.rules[key]);
for (const key of Object.keys(catalog).filter((k) => k !== 'rules')) await without(`catalog ${key}`, (c) => delete c[key]);
await without('catalog, all of it', (c) => Object.keys(c).forEach((k) => delete c[k]));
await without('rewrite engine code (suggestions)', undefined, {
  'suggest/suggest.ts': 'export const suggestionsFor = (_t: unknown, _s: unknown, _p: unknown, m: unknown[]) => m.map(() => []); export const carriesRequest = () => false;',
});
await without('options validation (validate.ts + validators.json)', undefined, {
  'validate.ts':
    'export const validate = (_d: unknown, value: unknown) => ({ ok: true, value }); export const validationIssues = () => []; export const keysAt = () => [];',
  'generated/validators.json': '{}',
});
rows.push(["reveal-lint code and data (total - its compromise)", total - compromise]);

if (process.argv.includes('--json')) console.log(JSON.stringify({ totalKiB: total, parts: Object.fromEntries(rows) }));
else {
  console.log(`browser bundle of lint: ${total.toFixed(1)} KiB gzipped; what each part costs (KiB gzipped):`);
  for (const [name, size] of rows) console.log(`${size.toFixed(1).padStart(7)}  ${name}`);
}
