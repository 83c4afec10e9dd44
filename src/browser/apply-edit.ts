/**
 * Replacing words in someone else's editor so that the page notices and undo works.
 *
 * `execCommand('insertText')` is deprecated but is still the only call that goes through the
 * browser's own editing path: it records an undo step and fires `beforeinput`/`input` like
 * typing does, which frameworks (React, Vue, editors) rely on. When it does nothing (it returns
 * false where the browser will not edit, e.g. the window lost focus), a textarea falls back to
 * `setRangeText` plus a synthetic `input` event: the page still sees the change, only native
 * undo is lost.
 */
import { readEditable } from './editable-text.js';

/** Replace `ta.value.slice(start, end)` with `replacement`. Returns whether the text changed. */
export function replaceInTextarea(ta: HTMLTextAreaElement, start: number, end: number, replacement: string): boolean {
  const before = ta.value;
  const expected = before.slice(0, start) + replacement + before.slice(end);
  ta.focus();
  ta.setSelectionRange(start, end);
  insert(replacement);
  if (ta.value === expected) return true;
  // The page's own handler rewrote the edit: do not apply it a second time.
  if (ta.value !== before) return false;
  ta.setRangeText(replacement, start, end, 'end');
  ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
  return ta.value === expected;
}

/** Replace the words at text offsets `start`–`end` of a contenteditable element. */
export function replaceInEditable(root: HTMLElement, start: number, end: number, replacement: string): boolean {
  const range = readEditable(root).rangeOf(start, end);
  if (!range) return false;
  root.focus();
  const selection = root.ownerDocument.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return insert(replacement);
}

function insert(replacement: string): boolean {
  return replacement === ''
    ? document.execCommand('delete', false)
    : document.execCommand('insertText', false, replacement);
}
