import { build } from 'esbuild';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { SKIP_BROWSER, launch, serve, waitForFindings, type Browser, type Server } from './chromium.js';
import { HARNESS_REPLACEMENT, chatPage, chatRoutes } from './pages.js';

// Applying a suggestion through the card, in real Chromium, with the extension's own session,
// card and edit code (tests/browser/harness.ts gives every finding one suggestion).
const BLAMING = 'You never talk to me about anything.';
const [first] = lint(BLAMING).findings;
// The rule's own first suggestion once the rules ship rewrites; the harness's until then.
const suggestion = first?.suggestions[0] ?? { start: first?.start ?? 0, end: first?.end ?? 0, replacement: HARNESS_REPLACEMENT };

async function harnessScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'harness.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const inputs = (page: Page) =>
  page.evaluate(() => (window as unknown as { inputs: { id: string; type: string }[] }).inputs);

async function applyFirst(page: Page, editor: '#ta' | '#ce') {
  await page.click(editor);
  await page.keyboard.type(BLAMING);
  await waitForFindings(page, editor, lint(BLAMING).findings.length);
  const box = await page.evaluate((sel) => {
    const r =
      sel === '#ta'
        ? document.querySelector('reveal-lint-mark')?.getClientRects()[0]
        : ([...(CSS.highlights.get('reveal-lint-warning') ?? [])][0] as Range | undefined)?.getClientRects()[0];
    return r && { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, editor);
  await page.mouse.move(box!.x, box!.y);
  const button = page.locator('reveal-lint-card [data-reveal-lint-suggestion="0"]');
  expect(await button.textContent()).toBe(suggestion.replacement);
  const before = (await inputs(page)).length;
  await button.click();
  return (await inputs(page)).slice(before);
}

describe.skipIf(SKIP_BROWSER)('applying a suggestion in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  const applied = BLAMING.slice(0, suggestion.start) + suggestion.replacement + BLAMING.slice(suggestion.end);

  beforeAll(async () => {
    const script = await harnessScript();
    server = await serve(
      chatRoutes({
        '/harness': { body: chatPage('', '<script src="/harness.js"></script>') },
        '/harness.js': { body: script, headers: { 'content-type': 'text/javascript' } },
      }),
    );
    browser = await launch();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('in a textarea: the text changes, the page sees an input event, undo restores it', async () => {
    expect(first?.text).toBe('You never talk');
    await page.goto(server.url('/harness'));
    const events = await applyFirst(page, '#ta');
    expect(await page.inputValue('#ta')).toBe(applied);
    expect(events).toContainEqual({ id: 'ta', type: 'insertText' });
    // The underline went with the words it was about.
    await waitForFindings(page, '#ta', lint(applied).findings.length);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.inputValue('#ta')).toBe(BLAMING);
  });

  it('in a contenteditable: the text changes, the page sees an input event, undo restores it', async () => {
    await page.goto(server.url('/harness'));
    const events = await applyFirst(page, '#ce');
    expect(await page.locator('#ce').textContent()).toBe(applied);
    expect(events).toContainEqual({ id: 'ce', type: 'insertText' });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#ce').textContent()).toBe(BLAMING);
  });

  it('from the keyboard: Alt+Enter on an underline focuses its first suggestion, Enter applies it', async () => {
    await page.goto(server.url('/harness'));
    await page.click('#ce');
    await page.keyboard.type(BLAMING);
    await waitForFindings(page, '#ce', lint(BLAMING).findings.length);
    await page.keyboard.press('Control+Home'); // the caret into "You never talk"
    await page.keyboard.press('Alt+Enter');
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active?.shadowRoot?.activeElement?.getAttribute('data-reveal-lint-suggestion') ?? active?.id ?? null;
      });
    await expect.poll(focused).toBe('0');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#ce').textContent()).toBe(applied);
    expect(await focused()).toBe('ce'); // back in the editor, ready to type on
  });

  it('from the keyboard: Escape closes the card and gives focus back to the editor', async () => {
    await page.goto(server.url('/harness'));
    await page.click('#ta');
    await page.keyboard.type(BLAMING);
    await waitForFindings(page, '#ta', lint(BLAMING).findings.length);
    await page.keyboard.press('Home');
    await page.keyboard.press('Alt+Enter');
    const message = page.locator('reveal-lint-card [data-reveal-lint-message]');
    await message.waitFor({ timeout: 3000 });
    await page.keyboard.press('Escape');
    await message.waitFor({ state: 'detached', timeout: 3000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ta');
    expect(await page.inputValue('#ta')).toBe(BLAMING);
  });
});
