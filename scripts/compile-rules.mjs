#!/usr/bin/env node
// Gathers rules/*.json, rules/lexicons/*.json, rules/scripts/*.json, rules/vocab/*.json and
// rules/message-level/*.json into one file the library imports, so the bundle carries data, not a file-system walk. Everything is validated
// here, at build time, with the zod schemas of src/schema/rule.ts (errors name the file and the
// key); the library then trusts the catalog and ships no schema library. Rule and lexicon
// `examples` are for the tests (which read rules/ directly) and are left out of the catalog.
// Also writes src/generated/validators.json: the options and rule schemas as descriptors for
// src/schema/validate.ts, which checks user options at run time without zod.
// `--check` exits 1 when a generated file is stale (used by the test suite).
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeSchema, loadSchemas } from './describe-schema.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src', 'generated', 'catalog.json');
const validatorsOut = join(root, 'src', 'generated', 'validators.json');

function readDir(dir, schema, z) {
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
      if (schema) {
        const result = schema.safeParse(data);
        if (!result.success) throw new Error(`${file}:\n${z.prettifyError(result.error)}`);
        data = result.data;
      }
      delete data.$schema;
      return data;
    });
}

/** Examples are executed by the tests, which read rules/ directly: the library need not carry them. */
const withoutExamples = ({ examples: _examples, ...rest }) => rest;

/**
 * Scripts and vocabularies carry prose for the people who edit them (a table's `title` and
 * `description`, a vocabulary's `description`, `id` and `source`) that no code reads at run time:
 * ~1.7 KiB of the gzipped browser bundle. Left out of the catalog, except the feelings
 * vocabulary's `source`, which suggestions cite (src/suggest/suggest.ts).
 */
const scriptForRuntime = ({ title: _title, description: _description, examples: _examples, ...rest }) => rest;
const vocabForRuntime = (vocab) =>
  Object.fromEntries(
    Object.entries(vocab).map(([id, { id: _id, description: _description, examples: _examples, source, ...rest }]) => [
      id,
      id === 'feelings' ? { source, ...rest } : rest,
    ]),
  );

/**
 * Rules stored by field (`{ id: [...], match: [...] }`) rather than by rule: like strings sit
 * together (all patterns, then all notes), which gzip compresses better (~0.6 KiB on 50 rules).
 * src/catalog.ts turns the columns back into rule objects.
 */
function columns(rules) {
  const keys = [...new Set(rules.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(keys.map((k) => [k, rules.map((r) => r[k] ?? null)]));
}

/** The generated files, as { path: text }. Throws (naming file and key) on an invalid rule. */
export async function buildGenerated() {
  const schemas = await loadSchemas(root);
  const { z } = schemas;
  const rules = readDir('rules', schemas.ruleSchema, z).map(withoutExamples);
  const catalog = {
    rules: columns(rules),
    lexicons: Object.fromEntries(
      readDir('rules/lexicons', schemas.lexiconSchema, z)
        .map(withoutExamples)
        .map((l) => [l.id, l.inflect ? { inflect: l.inflect, words: l.words } : l.words]),
    ),
  };
  if (existsSync(join(root, 'rules', 'scripts'))) {
    catalog.scripts = readDir('rules/scripts', schemas.rewrite.scriptSchema, z).map(scriptForRuntime);
  }
  // Feelings, needs and wording the rewrite engine reads (src/suggest/), validated as one object.
  if (existsSync(join(root, 'rules', 'vocab'))) {
    const vocab = Object.fromEntries(readDir('rules/vocab').map((v) => [v.id, v]));
    const result = schemas.rewrite.vocabSchema.safeParse(vocab);
    if (!result.success) throw new Error(`rules/vocab:\n${z.prettifyError(result.error)}`);
    catalog.vocab = vocabForRuntime(result.data);
  }
  // Message-level checks (overload) are data too, but not sweep rules: kept apart by id, each
  // validated by the schema named after it (`overloadSchema` for overload.json).
  if (existsSync(join(root, 'rules', 'message-level'))) {
    const checks = readdirSync(join(root, 'rules', 'message-level'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    catalog.messageLevel = Object.fromEntries(
      checks.map((id) => {
        const schema = schemas[`${id}Schema`];
        if (!schema) throw new Error(`rules/message-level/${id}.json: no \`${id}Schema\` in src/schema/rule.ts to validate it`);
        const [check] = readDir('rules/message-level', schema, z).filter((c) => c.id === id);
        return [id, withoutExamples(check)];
      }),
    );
  }
  const validators = {
    options: describeSchema(schemas.optionsSchema, 'optionsSchema'),
    rule: describeSchema(schemas.ruleSchema, 'ruleSchema'),
  };
  return {
    [out]: JSON.stringify(catalog) + '\n',
    [validatorsOut]: JSON.stringify(validators) + '\n',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let files;
  try {
    files = await buildGenerated();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  for (const [file, text] of Object.entries(files)) {
    const name = file.slice(root.length + 1);
    if (process.argv.includes('--check')) {
      const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (current !== text) {
        console.error(`${name} is stale: run \`npm run rules\``);
        process.exitCode = 1;
      }
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote ${name}`);
    }
  }
}
