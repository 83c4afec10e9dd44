#!/usr/bin/env node
// Builds the browser faces of reveal-lint after the library build (`npm run build`):
//   dist/playground/  a static page: index.html + playground.js + CSS
//   dist/extension/   an unpacked Manifest V3 extension, manifest.json at its root
// Each script is one self-contained IIFE (content scripts cannot be modules) with compromise
// and zod bundled in. The library entry and its tsup build are untouched.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iconPng } from './extension-icons.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src/browser');
const out = join(root, 'dist');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

/** Shared esbuild options: browser platform, no Node built-ins can resolve. */
const common = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome121'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
};

async function bundle(entry, outfile) {
  await build({ ...common, entryPoints: [join(src, entry)], outfile: join(out, outfile) });
}

async function copy(from, to) {
  await mkdir(dirname(join(out, to)), { recursive: true });
  await copyFile(join(src, from), join(out, to));
}

await rm(join(out, 'extension'), { recursive: true, force: true });
await rm(join(out, 'playground'), { recursive: true, force: true });

const manifest = JSON.parse(await readFile(join(src, 'manifest.json'), 'utf8'));
manifest.version = pkg.version;
const ICON_SIZES = [16, 32, 48, 128];
manifest.icons = Object.fromEntries(ICON_SIZES.map((n) => [String(n), `icons/${n}.png`]));
manifest.action.default_icon = manifest.icons;
await mkdir(join(out, 'extension/icons'), { recursive: true });
await Promise.all(ICON_SIZES.map((n) => writeFile(join(out, `extension/icons/${n}.png`), iconPng(n))));

await Promise.all([
  bundle('content.ts', 'extension/content.js'),
  bundle('popup.ts', 'extension/popup.js'),
  bundle('options.ts', 'extension/options.js'),
  bundle('playground/main.ts', 'playground/playground.js'),
  copy('reveal-lint.css', 'extension/reveal-lint.css'),
  copy('extension-pages.css', 'extension/extension-pages.css'),
  copy('popup.html', 'extension/popup.html'),
  copy('options.html', 'extension/options.html'),
  copy('reveal-lint.css', 'playground/reveal-lint.css'),
  copy('playground/index.html', 'playground/index.html'),
  copy('playground/playground.css', 'playground/playground.css'),
]);
await writeFile(join(out, 'extension/manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`browser: dist/extension (manifest v${manifest.version}) and dist/playground built`);
