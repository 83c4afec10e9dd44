import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint, type Finding } from '../../src/index.js';
import {
  SKIP_BROWSER,
  assertBuilt,
  extensionDir,
  extensionId,
  highlightedTexts,
  launch,
  markedTexts,
  screenshotPath,
  serve,
  waitForFindings,
  type Browser,
  type Server,
} from './chromium.js';
import { chatRoutes } from './pages.js';

// What the extension must show is what the library finds: the expectations follow the rules.
const BLAMING = 'You never talk to me about anything.';
const KIND = 'Thank you for dinner last night, you always know how to make me laugh.';
const MANY = 'We need to talk. Here we go again: you never tell me what is going on. You need to open up.';
const expected = lint(BLAMING).findings;

interface PageState {
  inputs: { id: string; type: string }[];
  violations: string[];
}
const pageState = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as PageState;
    return { inputs: w.inputs, violations: w.violations };
  });

async function typeInto(page: Page, selector: string, text: string) {
  await page.click(selector);
  await page.keyboard.type(text);
}

/** Hover the middle of the first drawn finding and wait for the card. */
async function hoverFirstFinding(page: Page, editor: '#ta' | '#ce') {
  const box = await page.evaluate((sel) => {
    const r =
      sel === '#ta'
        ? document.querySelector(`reveal-lint-mark[data-reveal-lint-category]`)?.getClientRects()[0]
        : ([...(CSS.highlights.get('reveal-lint-warning') ?? CSS.highlights.get('reveal-lint-info') ?? [])][0] as Range | undefined)?.getClientRects()[0];
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, editor);
  expect(box, 'a drawn finding to hover').not.toBeNull();
  await page.mouse.move(box!.x - 3, box!.y);
  await page.mouse.move(box!.x, box!.y);
  await page.locator('reveal-lint-card [data-reveal-lint-message]').waitFor({ timeout: 3000 });
}

describe.skipIf(SKIP_BROWSER)('extension in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  let id: string;

  beforeAll(async () => {
    assertBuilt();
    server = await serve(
      chatRoutes({
        '/prefilled': { body: `<!doctype html><textarea id="ta" autofocus>${BLAMING}</textarea>` },
        '/frames': { body: '<!doctype html><iframe id="doc" srcdoc="<textarea id=ta></textarea>"></iframe><iframe id="src" src="/editable"></iframe>' },
        '/editable': { body: '<!doctype html><div id="ce" contenteditable="true"></div>' },
      }),
    );
    browser = await launch(extensionDir);
    id = extensionId(extensionDir);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the library finds something in the blaming message (else these tests prove nothing)', () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.map((f) => f.text)).toContain('You never talk');
  });

  it('underlines the exact words typed into a textarea', async () => {
    await page.goto(server.url('/'));
    await typeInto(page, '#ta', BLAMING);
    await waitForFindings(page, '#ta', expected.length);
    expect(await markedTexts(page)).toEqual(expected.map((f) => f.text));
    const categories = await page.$$eval('reveal-lint-mark', (els) => els.map((e) => e.getAttribute('data-reveal-lint-category')));
    expect(categories).toEqual(expected.map((f) => f.category));
    // The underline sits on the textarea's first line, where the words are.
    const [mark, ta] = await Promise.all([
      page.locator('reveal-lint-mark').first().boundingBox(),
      page.locator('#ta').boundingBox(),
    ]);
    expect(mark!.x).toBeGreaterThanOrEqual(ta!.x);
    expect(mark!.x + mark!.width).toBeLessThanOrEqual(ta!.x + ta!.width);
    expect(mark!.y).toBeGreaterThanOrEqual(ta!.y);
    expect(mark!.y + mark!.height).toBeLessThan(ta!.y + ta!.height / 2);
  });

  it('shows the message and the note on hover', async () => {
    await hoverFirstFinding(page, '#ta');
    const card = page.locator('reveal-lint-card');
    expect(await card.getAttribute('data-reveal-lint-card')).toBe(expected[0]!.category);
    expect(await card.locator('[data-reveal-lint-message]').textContent()).toBe(expected[0]!.message);
    expect(await card.locator('[data-reveal-lint-note]').textContent()).toBe(expected[0]!.note);
    const shown = await card.locator('[data-reveal-lint-suggestion]').allTextContents();
    expect(shown).toEqual(expected[0]!.suggestions.slice(0, 3).map((s) => s.replacement));
    await page.mouse.move(5, 5);
    await card.locator('[data-reveal-lint-message]').waitFor({ state: 'detached', timeout: 3000 });
  });

  it('underlines the exact words typed into a contenteditable, with CSS highlights', async () => {
    await page.goto(server.url('/'));
    await typeInto(page, '#ce', BLAMING);
    await waitForFindings(page, '#ce', expected.length);
    expect(await highlightedTexts(page)).toEqual(expected.map((f) => f.text));
    expect(await markedTexts(page)).toEqual(expected.map((f) => f.text));
    await hoverFirstFinding(page, '#ce');
    expect(await page.locator('reveal-lint-card [data-reveal-lint-message]').textContent()).toBe(expected[0]!.message);
  });

  const withSuggestion = expected.find((f) => f.suggestions.length > 0);
  it.runIf(withSuggestion)('applies a suggestion from the card: the text changes, the page sees input, undo works', async () => {
    const finding = withSuggestion as Finding;
    const suggestion = finding.suggestions[0]!;
    await page.goto(server.url('/'));
    await typeInto(page, '#ta', BLAMING);
    await waitForFindings(page, '#ta', expected.length);
    const before = (await pageState(page)).inputs.length;
    await hoverFirstFinding(page, '#ta');
    await page.locator('reveal-lint-card [data-reveal-lint-suggestion="0"]').click();
    const applied = BLAMING.slice(0, suggestion.start) + suggestion.replacement + BLAMING.slice(suggestion.end);
    await expect.poll(() => page.inputValue('#ta')).toBe(applied);
    const after = (await pageState(page)).inputs.slice(before);
    expect(after.map((e) => e.id)).toContain('ta');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.inputValue('#ta')).toBe(BLAMING);
  });

  it('places contenteditable underlines across inline markup and paragraphs', async () => {
    await page.goto(server.url('/'));
    // Rich text as an editor holds it: blocks, a line break, a bold run inside the phrase.
    await page.evaluate(() => {
      const ce = document.getElementById('ce')!;
      const p1 = document.createElement('p');
      p1.textContent = 'Long day.';
      const p2 = document.createElement('p');
      const bold = document.createElement('b');
      bold.textContent = 'you never';
      p2.append('Honestly ', bold, ' talk to me', document.createElement('br'), 'about anything.');
      ce.replaceChildren(p1, p2);
    });
    await page.click('#ce');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ok');
    const text = 'Long day.\nHonestly you never talk to me\nabout anything. ok';
    const found = lint(text).findings;
    expect(found.map((f) => f.text)).toContain('you never talk');
    await waitForFindings(page, '#ce', found.length);
    expect(await highlightedTexts(page)).toEqual(found.map((f) => f.text));
  });

  it('follows a page that empties its editors without an input event (after "Send")', async () => {
    await page.goto(server.url('/'));
    await typeInto(page, '#ta', BLAMING);
    await typeInto(page, '#ce', BLAMING);
    await waitForFindings(page, '#ta', expected.length);
    await waitForFindings(page, '#ce', expected.length);
    await page.evaluate(() => {
      (document.getElementById('ta') as HTMLTextAreaElement).value = '';
      document.getElementById('ce')!.replaceChildren();
    });
    await waitForFindings(page, '#ta', 0);
    await waitForFindings(page, '#ce', 0);
    expect(await page.locator('[data-reveal-lint-category]').count()).toBe(0);
    expect(await highlightedTexts(page)).toEqual([]);
  });

  it('lints an editor that was focused and filled before the script arrived', async () => {
    await page.goto(server.url('/prefilled'));
    await waitForFindings(page, '#ta', expected.length);
    expect(await markedTexts(page)).toEqual(expected.map((f) => f.text));
  });

  it('lints editors inside iframes (srcdoc and same-site)', async () => {
    await page.goto(server.url('/frames'));
    const srcdoc = page.frameLocator('#doc');
    await srcdoc.locator('#ta').click();
    await page.keyboard.type(BLAMING);
    const framed = page.frameLocator('#src');
    await framed.locator('#ce').click();
    await page.keyboard.type(BLAMING);
    await srcdoc.locator(`#ta[data-reveal-lint-findings="${expected.length}"]`).waitFor({ state: 'attached', timeout: 5000 });
    await framed.locator(`#ce[data-reveal-lint-findings="${expected.length}"]`).waitFor({ state: 'attached', timeout: 5000 });
  });

  it('leaves a kind message alone', async () => {
    await page.goto(server.url('/'));
    await typeInto(page, '#ta', KIND);
    await typeInto(page, '#ce', KIND);
    await waitForFindings(page, '#ta', 0);
    await waitForFindings(page, '#ce', 0);
    expect(await page.locator('[data-reveal-lint-category]').count()).toBe(0);
    expect(await highlightedTexts(page)).toEqual([]);
  });

  it('works under a strict Content-Security-Policy with Trusted Types', async () => {
    const response = await page.goto(server.url('/strict'));
    expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
    await typeInto(page, '#ta', BLAMING);
    await typeInto(page, '#ce', BLAMING);
    await waitForFindings(page, '#ta', expected.length);
    await waitForFindings(page, '#ce', expected.length);
    expect(await highlightedTexts(page)).toEqual(expected.map((f) => f.text));
    await hoverFirstFinding(page, '#ta');
    // The card's constructed stylesheet applied: it is not an unstyled box.
    const background = await page
      .locator('reveal-lint-card .card')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(255, 253, 248)');
    expect((await pageState(page)).violations).toEqual([]);
  });

  it('draws every finding of a many-sided message, overlapping ones included, and keeps a screenshot', async () => {
    await page.setViewportSize({ width: 1000, height: 820 }); // room for the card below the words
    await page.goto(server.url('/'));
    const many = lint(MANY).findings;
    expect(many.length).toBeGreaterThanOrEqual(3);
    await typeInto(page, '#ta', MANY);
    await typeInto(page, '#ce', MANY);
    await waitForFindings(page, '#ta', many.length);
    await waitForFindings(page, '#ce', many.length);
    expect(await markedTexts(page)).toEqual(
      many.flatMap((f) => [f.text, f.text]), // once over the textarea, once over the contenteditable
    );
    expect(await highlightedTexts(page)).toEqual(many.map((f) => f.text));
    await hoverFirstFinding(page, '#ce'); // the card opens below both editors
    await page.screenshot({ path: screenshotPath('extension.png') });
    await page.setViewportSize({ width: 1100, height: 700 });
  });

  it('the options page turns a category off and on', async () => {
    const text = BLAMING;
    const without = lint(text, { disable: [expected[0]!.category] }).findings;
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const box = options.locator(`input[name="${expected[0]!.category}"]`);
    await box.uncheck();
    await page.bringToFront();
    await page.goto(server.url('/'));
    await typeInto(page, '#ta', text);
    await waitForFindings(page, '#ta', without.length);
    await box.check();
    await waitForFindings(page, '#ta', expected.length); // re-linted live when the setting changed
    await options.close();
  });

  it('the popup turns it off for the current site, and back on', async () => {
    await page.goto(server.url('/'));
    await typeInto(page, '#ta', BLAMING);
    await waitForFindings(page, '#ta', expected.length);
    await page.bringToFront();

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect.poll(() => popup.locator('#site-name').textContent()).toBe('127.0.0.1');
    const toggle = popup.locator('#site-enabled');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();

    // Off: the underlines and the count go away, and typing more draws nothing.
    await page.waitForSelector('#ta:not([data-reveal-lint-findings])', { state: 'attached' });
    expect(await page.locator('[data-reveal-lint-category]').count()).toBe(0);
    await typeInto(page, '#ce', BLAMING);
    await page.waitForTimeout(400); // longer than the debounce and a lint: nothing may appear
    expect(await page.locator('#ce').getAttribute('data-reveal-lint-findings')).toBeNull();
    expect(await highlightedTexts(page)).toEqual([]);

    // The switch is remembered for the site, and turning it back on lints again.
    await page.reload();
    await typeInto(page, '#ta', BLAMING);
    await page.waitForTimeout(1200); // a fresh page would have built its linter and drawn by now
    expect(await page.locator('#ta').getAttribute('data-reveal-lint-findings')).toBeNull();
    await toggle.check();
    await waitForFindings(page, '#ta', expected.length);
    await popup.close();
  });
});
