#!/usr/bin/env node
// Gathers rules/*.json, rules/lexicons/*.json, rules/scripts/*.json and rules/vocab/*.json into one file the library imports, so the
// bundle carries data, not a file-system walk. Validation with the zod schema happens in the
// tests (tests/rules.test.ts) and when the library first loads the catalog.
// `--check` exits 1 when the generated file is stale (used by the test suite).
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src', 'generated', 'catalog.json');

function readDir(dir) {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      let data;
      try {
        data = JSON.parse(readFileSync(join(root, file), 'utf8'));
      } catch (e) {
        throw new Error(`${file}: not valid JSON: ${e.message}`);
      }
      const id = f.replace(/\.json$/, '');
      if (data.id !== id) throw new Error(`${file}: id "${data.id}" must equal the file name "${id}"`);
      delete data.$schema;
      return data;
    });
}

export function buildCatalog() {
  const catalog = {
    rules: readDir('rules'),
    lexicons: Object.fromEntries(readDir('rules/lexicons').map((l) => [l.id, l.words])),
  };
  if (existsSync(join(root, 'rules', 'scripts'))) catalog.scripts = readDir('rules/scripts');
  // Feelings, needs and wording the rewrite engine reads (src/rewrite/); validated in src/rewrite/data.ts.
  if (existsSync(join(root, 'rules', 'vocab'))) catalog.vocab = Object.fromEntries(readDir('rules/vocab').map((v) => [v.id, v]));
  // Message-level checks (overload) are data too, but not sweep rules: kept apart by id.
  if (existsSync(join(root, 'rules', 'message-level'))) {
    catalog.messageLevel = Object.fromEntries(readDir('rules/message-level').map((m) => [m.id, m]));
  }
  return JSON.stringify(catalog) + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = buildCatalog();
  if (process.argv.includes('--check')) {
    const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
    if (current !== text) {
      console.error('src/generated/catalog.json is stale: run `npm run rules`');
      process.exit(1);
    }
  } else {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
    console.log(`wrote ${out}`);
  }
}
