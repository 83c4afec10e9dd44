/**
 * Real Chromium for the browser suites: Debian's `chromium` driven by playwright-core (test
 * tools cannot download browsers here), pages served from 127.0.0.1 by a tiny node:http server.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { root } from '../helpers/rules.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const inCI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';

/**
 * Skip only on a developer machine without Chromium; in CI a missing browser must fail the run
 * (`.ci/run` installs it), never pass silently.
 */
export const SKIP_BROWSER = !existsSync(CHROMIUM) && !inCI;
if (SKIP_BROWSER) {
  console.warn(
    `reveal-lint browser tests SKIPPED: no Chromium at ${CHROMIUM}. ` +
      'Install it with `apt-get install -y chromium` (or set CHROMIUM_PATH); in CI they always run.',
  );
}

export const dist = join(root, 'dist');
export const extensionDir = join(dist, 'extension');
export const playgroundDir = join(dist, 'playground');

/** Screenshots are artifacts for people; `SCREENSHOTS_DIR=docs/screenshots` refreshes the README's. */
export function screenshotPath(name: string): string {
  const dir = join(root, process.env.SCREENSHOTS_DIR ?? '.artifacts/screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

export function assertBuilt(): void {
  for (const f of [join(extensionDir, 'manifest.json'), join(playgroundDir, 'index.html')]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` first (npm test does).`);
  }
}

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
  '--force-device-scale-factor=1',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile each time; with `extension`, that unpacked extension loaded. */
export async function launch(extension?: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'reveal-lint-chromium-'));
  const extensionArgs = extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    // Extensions need the new headless mode, asked for in args; playwright's own flag would
    // also add --disable-extensions.
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...ARGS, ...extensionArgs],
    viewport: { width: 1100, height: 700 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Chromium names an unpacked extension after the SHA-256 of its absolute path, in letters a–p. */
export function extensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export interface Route {
  body: string;
  headers?: Record<string, string>;
}
export interface Server {
  url(path?: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** Serve `routes` by path, and anything else from `staticDir` (a plain static file server). */
export async function serve(routes: Record<string, Route>, staticDir?: string): Promise<Server> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes[path];
    if (route) {
      res.writeHead(200, { 'content-type': TYPES['.html'] as string, ...route.headers });
      res.end(route.body);
      return;
    }
    const file = staticDir && normalize(join(staticDir, path.endsWith('/') ? `${path}index.html` : path));
    if (file && file.startsWith(staticDir) && existsSync(file)) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = '/') => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Text of every underline carrying the category contract, in the order of the findings (start, end). */
export const markedTexts = (page: Page): Promise<string[]> =>
  page.$$eval('reveal-lint-mark[data-reveal-lint-category]', (els) =>
    els
      .map((e) => ({ start: Number(e.getAttribute('data-reveal-lint-start')), end: Number(e.getAttribute('data-reveal-lint-end')), text: e.textContent ?? '' }))
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((m) => m.text),
  );

/** The texts of the ranges in our CSS Custom Highlights, read back from the page's registry, in text order. */
export const highlightedTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const ranges: Range[] = [];
    for (const name of ['reveal-lint-warning', 'reveal-lint-info']) {
      const h = CSS.highlights.get(name);
      if (h) for (const r of h) ranges.push(r as Range);
    }
    ranges.sort(
      (a, b) => a.compareBoundaryPoints(Range.START_TO_START, b) || a.compareBoundaryPoints(Range.END_TO_END, b),
    );
    return ranges.map((r) => r.toString());
  });

/** Wait until the editor reports `n` findings through the data-reveal-lint-findings contract. */
export async function waitForFindings(page: Page, selector: string, n: number): Promise<void> {
  await page.waitForSelector(`${selector}[data-reveal-lint-findings="${n}"]`, { state: 'attached', timeout: 5000 });
}
