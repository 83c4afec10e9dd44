import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint, rewrite } from '../../src/index.js';
import {
  SKIP_BROWSER,
  assertBuilt,
  launch,
  markedTexts,
  playgroundDir,
  screenshotPath,
  serve,
  waitForFindings,
  type Browser,
  type Server,
} from './chromium.js';

const BLAMING = 'You never talk to me about anything.';
const KIND = 'Thank you for dinner last night, you always know how to make me laugh.';
const expected = lint(BLAMING).findings;

async function typeDraft(page: Page, text: string) {
  await page.fill('#draft', '');
  await page.click('#draft');
  await page.keyboard.type(text);
}

describe.skipIf(SKIP_BROWSER)('playground in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;

  beforeAll(async () => {
    assertBuilt();
    server = await serve({}, playgroundDir); // a plain static file server
    browser = await launch();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    // Record CSP violations from the first script on: the page ships a strict CSP with Trusted Types.
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(server.url('/'));
    // Everything it loads comes from the server it was served from.
    expect(requests.every((u) => u.startsWith(server.url('/')))).toBe(true);
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('underlines the exact words as you type, and lists each finding with its message and note', async () => {
    await typeDraft(page, BLAMING);
    await waitForFindings(page, '#draft', expected.length);
    expect(expected.length).toBeGreaterThan(0);
    expect(await markedTexts(page)).toEqual(expected.map((f) => f.text));
    const entries = page.locator('#findings li[data-reveal-lint-category]');
    expect(await entries.count()).toBe(expected.length);
    for (const [i, f] of expected.entries()) {
      const entry = entries.nth(i);
      expect(await entry.getAttribute('data-reveal-lint-category')).toBe(f.category);
      expect(await entry.locator('.message').textContent()).toBe(f.message);
      expect(await entry.locator('.note').textContent()).toBe(f.note);
      expect(await entry.locator('[data-reveal-lint-suggestion]').allTextContents()).toEqual(
        f.suggestions.slice(0, 3).map((s) => s.replacement),
      );
    }
  });

  it('shows the card on hover', async () => {
    const box = await page.locator('reveal-lint-mark').first().boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    const message = page.locator('reveal-lint-card [data-reveal-lint-message]');
    await message.waitFor({ timeout: 3000 });
    expect(await message.textContent()).toBe(expected[0]!.message);
    await page.mouse.move(5, 5);
    await message.waitFor({ state: 'detached', timeout: 3000 });
  });

  const withSuggestion = expected.find((f) => f.suggestions.length > 0);
  it.runIf(withSuggestion)('clicking a suggestion in the list applies it', async () => {
    await typeDraft(page, BLAMING);
    await waitForFindings(page, '#draft', expected.length);
    const i = expected.indexOf(withSuggestion!);
    const s = withSuggestion!.suggestions[0]!;
    await page.locator('#findings li').nth(i).locator('[data-reveal-lint-suggestion="0"]').click();
    await expect
      .poll(() => page.inputValue('#draft'))
      .toBe(BLAMING.slice(0, s.start) + s.replacement + BLAMING.slice(s.end));
  });

  it('"Rewrite all" applies the library\'s rewrite(), and is off when there is nothing to apply', async () => {
    await typeDraft(page, BLAMING);
    await waitForFindings(page, '#draft', expected.length);
    const button = page.locator('#rewrite-all');
    if (!expected.some((f) => f.suggestions.length > 0)) {
      expect(await button.isDisabled()).toBe(true);
      return;
    }
    await button.click();
    const rewritten = rewrite(BLAMING).text;
    expect(rewritten).not.toBe(BLAMING);
    await expect.poll(() => page.inputValue('#draft')).toBe(rewritten);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.inputValue('#draft')).toBe(BLAMING);
  });

  it('leaves a kind message alone', async () => {
    await typeDraft(page, KIND);
    await waitForFindings(page, '#draft', 0);
    expect(await page.locator('[data-reveal-lint-category]').count()).toBe(0);
    expect(await page.locator('#summary').textContent()).toMatch(/^Nothing here pushes them away/);
  });

  it('runs under its own strict CSP and Trusted Types without a violation', async () => {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).toContain("script-src 'self'");
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });

  it('draws every finding of a many-sided message, overlapping ones included, and keeps a screenshot', async () => {
    const draft = 'We need to talk. Here we go again: you never tell me what is going on. You need to open up.';
    await typeDraft(page, draft);
    const many = lint(draft).findings;
    expect(many.length).toBeGreaterThanOrEqual(3);
    await waitForFindings(page, '#draft', many.length);
    expect(await markedTexts(page)).toEqual(many.map((f) => f.text));
    expect(await page.locator('#findings li').count()).toBe(many.length);
    const box = await page.locator('reveal-lint-mark').first().boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.locator('reveal-lint-card [data-reveal-lint-message]').waitFor({ timeout: 3000 });
    await page.setViewportSize({ width: 1100, height: 860 });
    await page.screenshot({ path: screenshotPath('playground.png') });
    await page.setViewportSize({ width: 1100, height: 700 });
  });
});
