#!/usr/bin/env node
// Checks that src/ has no import circle (docs/architecture.md says so). Every relative import and
// re-export of every src/**/*.ts file, dynamic ones included, is read from TypeScript's own syntax
// tree (no regex over source text), and the graph's strongly connected components are listed.
//
//  - Between files, counting type-only imports too: no circle allowed (exit 1).
//  - Between folders of src/ (a root file counts as its own folder), counting only the imports
//    that are still there at run time (`import type` is erased): no circle allowed (exit 1).
//    `--folders` prints every import that crosses folders, type-only ones marked, to check the
//    layout against.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) files.push(path);
  }
};
walk(src);

/** `./x.js` as the file it names: x.ts (TypeScript's `.js` specifiers), or the file itself. */
function resolveSpec(from, spec) {
  const base = join(dirname(from), spec);
  return [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')].find(
    (c) => c.endsWith('.ts') && existsSync(c) && statSync(c).isFile(),
  );
}

/** Is this import or re-export erased at compile time (`import type`, or every name `type`)? */
function typeOnly(node) {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause) return false; // import './x.js': a side effect
    if (clause.isTypeOnly) return true;
    const named = clause.namedBindings;
    return !clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
  }
  if (node.isTypeOnly) return true;
  const named = node.exportClause;
  return !!named && ts.isNamedExports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

/** file → [{ to, type }] */
const graph = new Map();
for (const file of files) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const edges = [];
  const add = (spec, type) => {
    if (!spec.startsWith('.')) return;
    const to = resolveSpec(file, spec);
    if (to) edges.push({ to, type });
  };
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, typeOnly(node));
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) add(arg.text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  graph.set(file, edges);
}

/** Tarjan's strongly connected components of `nodes` under `next`; only the ones that are circles. */
function circles(nodes, next) {
  let count = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const out = [];
  const visit = (v) => {
    index.set(v, count);
    low.set(v, count++);
    stack.push(v);
    onStack.add(v);
    for (const w of next(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || next(v).includes(v)) out.push(component.sort());
    }
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return out;
}

const name = (f) => relative(root, f);
const folder = (f) => relative(src, f).split('/')[0].replace(/\.ts$/, '');

const fileCircles = circles([...graph.keys()], (f) => [...new Set(graph.get(f).map((e) => e.to))]);
const folderEdges = new Map();
for (const [file, edges] of graph) {
  for (const { to, type } of edges) {
    if (type || folder(file) === folder(to)) continue;
    const set = folderEdges.get(folder(file)) ?? new Set();
    folderEdges.set(folder(file), set.add(folder(to)));
  }
}
const folders = [...new Set(files.map(folder))];
const folderCircles = circles(folders, (d) => [...(folderEdges.get(d) ?? [])]);

const imports = [...graph.values()].reduce((n, edges) => n + edges.length, 0);
const typeImports = [...graph.values()].reduce((n, edges) => n + edges.filter((e) => e.type).length, 0);
console.log(`src/: ${graph.size} modules, ${imports} imports (${typeImports} type-only), ${folders.length} folders and root files`);
console.log(`import circles between files: ${fileCircles.length}; between folders, at run time: ${folderCircles.length}`);
for (const c of fileCircles) console.log(`  files in a circle: ${c.map(name).join(', ')}`);
for (const c of folderCircles) console.log(`  folders in a circle: ${c.join(', ')}`);

if (process.argv.includes('--folders')) {
  const crossing = new Map();
  for (const [file, edges] of graph) {
    for (const { to, type } of edges) {
      if (folder(file) === folder(to)) continue;
      const key = `${folder(file)} → ${folder(to)}`;
      crossing.set(key, [...(crossing.get(key) ?? []), `${name(file)} → ${name(to)}${type ? ' (type)' : ''}`]);
    }
  }
  for (const [key, list] of [...crossing].sort()) console.log(`${key}\n  ${list.join('\n  ')}`);
}
process.exitCode = fileCircles.length + folderCircles.length > 0 ? 1 : 0;
