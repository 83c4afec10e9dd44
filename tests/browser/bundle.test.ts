import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, dist, extensionDir, playgroundDir } from './chromium.js';

/** What must never reach a browser bundle: Node built-ins, and code built from strings. */
function forbidden(code: string): string[] {
  const found: string[] = [];
  const checks: [string, RegExp][] = [
    ['node: import', /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']node:/],
    ['eval', /(?<![\w$.])eval\s*\(/],
    ['new Function', /\bnew\s+Function\s*\(/],
    ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
  ];
  for (const [name, re] of checks) {
    const m = re.exec(code);
    if (m) found.push(`${name}: …${code.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
  }
  return found;
}

describe('browser bundles', () => {
  assertBuilt();

  it('the library bundles for platform "browser" with no Node built-in, eval or new Function', async () => {
    const result = await build({
      entryPoints: [join(dist, 'index.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles.map((f) => f.text).join('\n');
    expect(code.length).toBeGreaterThan(100_000); // compromise and zod really are inside
    expect(forbidden(code)).toEqual([]);
  });

  it.each([
    ['extension', extensionDir],
    ['playground', playgroundDir],
  ])('every %s script is clean', (_name, dir) => {
    const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) expect(forbidden(readFileSync(join(dir, f), 'utf8')), f).toEqual([]);
  });

  it('the scan itself catches what it looks for', () => {
    expect(forbidden('import x from "node:fs"')).toHaveLength(1);
    expect(forbidden('const r = require("node:path")')).toHaveLength(1);
    expect(forbidden('a=eval("1")')).toHaveLength(1);
    expect(forbidden('f=new Function("a","return a")')).toHaveLength(1);
    expect(forbidden('setTimeout("alert(1)", 0)')).toHaveLength(1);
    expect(forbidden('x={node:1}; y.evaluate(1); retrieval(2)')).toEqual([]);
  });

  it('the manifest is MV3 with the narrowest permissions and no remote code', () => {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    const pkg = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as { version: string };
    expect(manifest).toMatchObject({ manifest_version: 3, version: pkg.version, permissions: ['storage'] });
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('background');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toBe("script-src 'self'; object-src 'none'; base-uri 'none'");
    // Every file the manifest names was built.
    const files = readdirSync(extensionDir);
    const [content] = manifest.content_scripts as { js: string[]; css: string[]; matches: string[] }[];
    expect(content?.matches).toEqual(['<all_urls>']);
    for (const f of [...(content?.js ?? []), ...(content?.css ?? []), 'popup.html', 'options.html']) {
      expect(files, f).toContain(f);
    }
    for (const icon of Object.values(manifest.icons as Record<string, string>)) {
      const png = readFileSync(join(extensionDir, icon));
      expect(png.subarray(1, 4).toString('latin1'), icon).toBe('PNG');
    }
        // Pages load only their own files: no remote scripts or styles.
    for (const page of ['popup.html', 'options.html']) {
      expect(readFileSync(join(extensionDir, page), 'utf8')).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    }
  });

  it('no bundle reaches for the network', () => {
    for (const dir of [extensionDir, playgroundDir]) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
        const code = readFileSync(join(dir, f), 'utf8');
        expect(code, f).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket\s*\(|sendBeacon|EventSource\s*\(/);
      }
    }
  });
});
