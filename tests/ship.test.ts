/**
 * Safe to ship: no dynamic code, no network in anything we publish or bundle, and no regular
 * expression of ours that can backtrack catastrophically.
 */
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { globToRegExp } from '../src/cli/glob.js';
import { readRuleFiles, root } from './helpers/rules.js';

const sourceOf = (re: RegExp) => ({ source: re.source, flags: re.flags });

/** Every ['regex', source, flags] check in the generated validators. */
function schemaRegexes(): { where: string; source: string; flags: string }[] {
  const out: { where: string; source: string; flags: string }[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) {
      if (v[0] === 'regex' && typeof v[1] === 'string') out.push({ where: 'src/generated/validators.json', source: v[1], flags: String(v[2] ?? '') });
      else v.forEach(visit);
    } else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(JSON.parse(readFileSync(join(root, 'src', 'generated', 'validators.json'), 'utf8')));
  return out;
}

/** Every file under `dir` whose name ends with one of `exts`, skipping node_modules and test folders. */
function walk(dir: string, exts: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'tests' && name !== 'test') out.push(...walk(path, exts));
    } else if (exts.some((e) => name.endsWith(e)) && !name.endsWith('.d.ts')) {
      out.push(path);
    }
  }
  return out;
}

/**
 * What a browser extension's CSP or a reviewer rejects: evaluating strings as code (eval, the Function
 * constructor, also when aliased as zod 4 does with `const F = Function; new F(…)`), and network access.
 */
const FORBIDDEN: readonly [string, RegExp][] = [
  ['eval', /\beval\b/],
  ['new Function', /\bnew\s+Function\b/],
  ['the Function constructor called or aliased', /\bFunction\s*\(|[=(,:]\s*Function\s*[;,)\n]/],
  ['fetch', /\bfetch\b/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['importScripts', /\bimportScripts\b/],
];

function offences(files: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const [what, re] of FORBIDDEN) {
      const m = re.exec(code);
      if (m) found.push(`${relative(root, file)}: ${what} at …${code.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ')}…`);
    }
  }
  return found;
}

describe('what we ship', () => {
  it('dist/ holds no eval, Function constructor, fetch, XMLHttpRequest, WebSocket or importScripts', () => {
    const files = walk(join(root, 'dist'), ['.js', '.cjs', '.mjs']);
    expect(files.length).toBeGreaterThan(0);
    expect(offences(files)).toEqual([]);
  });

  it('neither does a browser bundle of the library with its runtime dependencies', async () => {
    // Bundle src/index.ts as an extension would (compromise and zod included), with the esbuild tsup uses.
    const require = createRequire(join(root, 'node_modules', 'tsup', 'package.json'));
    const esbuild = require('esbuild') as typeof import('esbuild');
    const out = await esbuild.build({
      entryPoints: [join(root, 'src', 'index.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      outfile: join(root, 'scratch', 'browser-scan.js'),
      logLevel: 'silent',
    });
    const file = out.outputFiles.find((f) => f.path.endsWith('.js'));
    expect(file?.text).toMatch(/compromise|nlp/);
    const dir = mkdtempSync(join(tmpdir(), 'reveal-lint-scan-'));
    writeFileSync(join(dir, 'bundle.js'), file?.text ?? '');
    expect(offences([join(dir, 'bundle.js')])).toEqual([]);
  }, 30_000);

  it('the scan does catch what it looks for', () => {
    const sample = ['x = eval("1")', 'new Function("a", "b")', 'const F = Function;', 'await fetch(url)', 'new XMLHttpRequest()', 'new WebSocket(u)', 'importScripts("a.js")'];
    for (const line of sample) expect(FORBIDDEN.some(([, re]) => re.test(line)), line).toBe(true);
    for (const line of ['evaluate()', 'typeof f === "function"', 'Function.prototype.call', 'fetcher', 'prefetch']) {
      expect(FORBIDDEN.some(([, re]) => re.test(line)), line).toBe(false);
    }
  });
});

// --- ReDoS ------------------------------------------------------------------------------------

interface Found {
  where: string;
  source: string;
  flags: string;
}

/**
 * Every regular expression written in src/ and scripts/ (literals and `new RegExp('literal')`), and
 * every /regex/ term in a rule pattern. A `RegExp` built from a non-literal must be listed in
 * DYNAMIC with the reason it is safe.
 */
const DYNAMIC: Record<string, { why: string; samples: Found[] }> = {
  // Compiles a /regex/ term of a user's rule only to report a syntax error; it never runs on text.
  'src/schema/pattern-checks.ts': { why: 'validation of user-supplied rule regexes', samples: [] },
  // The schema's string patterns, interpreted at run time from src/generated/validators.json: the
  // same literals as in src/schema/rule.ts, checked here as they are generated.
  'src/schema/validate.ts': { why: 'schema regexes from validators.json', samples: schemaRegexes() },
  // Build-time esbuild stub filters: an escaped literal file suffix and $.
  'scripts/size-parts.mjs': { why: 'escaped literal suffixes', samples: [] },
  // options.ignore phrases: escaped literal words joined by \s+ between two lookarounds; checked on a
  // phrase built the same way.
  // --files globs: literal segments escaped, * and ? within a segment, ** across segments.
  'src/cli/glob.ts': {
    why: 'CLI file globs, escaped',
    samples: ['src/**/*.txt', 'fixtures/*/input.txt', '**/draft-?.md'].map((g) => ({ where: `src/cli/glob.ts (${g})`, ...sourceOf(globToRegExp(g)) })),
  },
  'src/message/ignore.ts': {
    why: 'ignore phrases, escaped',
    samples: [{ where: 'src/message/ignore.ts (sample)', source: "(?<![\\p{L}\\p{N}])you['’‘]re\\s+doing\\s+it\\s+again(?![\\p{L}\\p{N}])", flags: 'giu' }],
  },
};

function regexesIn(file: string): { found: Found[]; dynamic: string[] } {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const dynamic: string[] = [];
  const where = (node: ts.Node) => `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(source);
      const end = lit.lastIndexOf('/');
      found.push({ where: where(node), source: lit.slice(1, end), flags: lit.slice(end + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
        found.push({ where: where(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
      } else {
        dynamic.push(where(node));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { found, dynamic };
}

function ruleRegexes(): Found[] {
  const out: Found[] = [];
  for (const { file, raw } of readRuleFiles()) {
    for (const key of ['match', 'notIf', 'notIfSentence', 'notIfPrecededBy']) {
      const value = raw[key];
      const list = value === undefined ? [] : Array.isArray(value) ? (value as string[]) : [value as string];
      for (const pattern of list) {
        for (const m of pattern.matchAll(/(?:^|[\s(|])\/((?:\\.|[^/\\])+)\//g)) out.push({ where: `${file} ${key}`, source: m[1] ?? '', flags: '' });
      }
    }
  }
  return out;
}

describe('regular expressions', () => {
  const files = [...walk(join(root, 'src'), ['.ts']), ...walk(join(root, 'scripts'), ['.mjs', '.js', '.ts'])];
  const scanned = files.map(regexesIn);
  const all = [...scanned.flatMap((s) => s.found), ...ruleRegexes(), ...Object.values(DYNAMIC).flatMap((d) => d.samples)];

  it('are found where they are written', () => {
    expect(all.length).toBeGreaterThan(5);
    expect(all.some((r) => r.where.startsWith('src/nlp/offsets.ts'))).toBe(true);
  });

  it('are built from literals, or listed with a reason', () => {
    const unlisted = scanned.flatMap((s) => s.dynamic).filter((w) => !Object.keys(DYNAMIC).some((f) => w.startsWith(`${f}:`)));
    expect(unlisted).toEqual([]);
  });

  it('none can backtrack catastrophically (recheck)', async () => {
    // The pure-JS checker: no native binary, no Java, no network.
    process.env.RECHECK_BACKEND = 'pure';
    const { check } = await import('recheck');
    const vulnerable: string[] = [];
    for (const r of all) {
      const d = await check(r.source, r.flags, { timeout: 5_000 });
      if (d.status !== 'safe') vulnerable.push(`${r.where} /${r.source}/${r.flags}: ${d.status}${d.status === 'vulnerable' ? ` (${d.complexity.type}, attack ${d.attack.pattern})` : ''}`);
    }
    expect(vulnerable).toEqual([]);
  }, 60_000);

  it('the checker does flag a catastrophic pattern', async () => {
    process.env.RECHECK_BACKEND = 'pure';
    const { check } = await import('recheck');
    expect((await check('^(a+)+$', '')).status).toBe('vulnerable');
    expect((await check('^(\\w+\\s?)*$', '')).status).toBe('vulnerable');
  }, 30_000);
});
