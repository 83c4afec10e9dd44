/**
 * Test page script: the extension's own editor sessions, card and edit path, driven by the real
 * linter, with one suggestion added to any finding that has none. The suite can then apply a
 * suggestion through the card whatever the rules offer, and drive it from the keyboard.
 */
import { createLinter } from '../../src/browser/browser-linter.js';
import { createCard } from '../../src/browser/card.js';
import { attachEditor, editorOf } from '../../src/browser/editor-session.js';
import { HARNESS_REPLACEMENT } from './pages.js';

const linter = createLinter();
const card = createCard(document);
const lint = (text: string) => ({
  findings: linter.lint(text).findings.map((f) =>
    f.suggestions.length > 0
      ? f
      : { ...f, suggestions: [{ start: f.start, end: f.end, replacement: HARNESS_REPLACEMENT, message: 'test suggestion' }] },
  ),
});
for (const id of ['ta', 'ce']) {
  const el = editorOf(document.getElementById(id));
  if (el) attachEditor(el, { lint, card });
}
