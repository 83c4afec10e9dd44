/// <reference types="chrome" />
/**
 * The extension's content script: lints the textarea or contenteditable editor a person
 * focuses or types in, on every page, unless the site or a category is turned off.
 *
 * The engine (compromise + rules) is imported lazily: esbuild turns the dynamic import into a
 * module that is only evaluated on first use, so pages where nobody writes pay for parsing the
 * script but not for building the linter.
 */
import type { LintResult } from './browser-linter.js';
import { createCard, type Card } from './card.js';
import { attachEditor, editorOf, type EditorSession } from './editor-session.js';
import { SITE_QUERY, loadSettings, onSettingsChanged, siteOf, type Settings, type SiteReply } from './settings.js';

type Lint = (text: string) => LintResult;

const site = siteOf(location);
const sessions = new Map<HTMLElement, EditorSession>();
let settings: Settings | undefined;
/** The linter for the current settings, and the one being built for them. */
let lintFn: Lint | undefined;
let building: Promise<Lint> | undefined;
let card: Card | undefined;

const enabled = () => settings !== undefined && !settings.disabledSites.includes(site);

async function buildLinter(current: Settings): Promise<Lint> {
  const { createLinter } = await import('./browser-linter.js');
  const linter = createLinter(current.disabledCategories.length ? { disable: current.disabledCategories } : {});
  return (text) => linter.lint(text);
}

function rebuildLinter(current: Settings): Promise<Lint> {
  building = buildLinter(current).then((fn) => (lintFn = fn));
  return building;
}

async function attach(target: EventTarget | null) {
  const element = editorOf(target);
  if (!element || sessions.has(element) || !enabled() || !settings) return;
  await (building ?? rebuildLinter(settings));
  if (sessions.has(element) || !enabled()) return; // attached, or turned off, while loading
  card ??= createCard(document);
  sessions.set(element, attachEditor(element, { lint: (text) => (lintFn as Lint)(text), card }));
}

function detachAll() {
  for (const s of sessions.values()) s.destroy();
  sessions.clear();
}

// Events from inside open shadow roots are retargeted to the host: the first entry of the
// composed path is the real editor.
const onEvent = (e: Event) => void attach(e.composedPath()[0] ?? e.target);
document.addEventListener('focusin', onEvent, true);
document.addEventListener('input', onEvent, true);

chrome.runtime.onMessage.addListener((message: unknown, _sender, reply: (r: SiteReply) => void) => {
  if ((message as { type?: unknown } | null)?.type === SITE_QUERY && window === window.top) reply({ site });
});

onSettingsChanged((next) => {
  const categoriesChanged = settings?.disabledCategories.join() !== next.disabledCategories.join();
  settings = next;
  if (!enabled()) {
    detachAll();
    return;
  }
  if (categoriesChanged && building) {
    void rebuildLinter(next).then(() => {
      for (const s of sessions.values()) s.refresh(true);
    });
  }
  void attach(document.activeElement);
});

void loadSettings().then((loaded) => {
  settings = loaded;
  // The person may already be in an editor when the script arrives (autofocus, or a fast typist).
  void attach(document.activeElement);
});
