import type { Finding } from './browser-linter.js';

/**
 * How findings are drawn on one kind of editor. A textarea cannot style its own text, so it
 * gets a mirror overlay; a contenteditable element gets CSS Custom Highlights on live ranges.
 */
export interface Surface {
  /** The editor's current plain text: what gets linted and what offsets refer to. */
  read(): string;
  /** Draw `findings`, computed on `text` (equal to the last `read()`). */
  render(text: string, findings: readonly Finding[]): void;
  /** The finding drawn under the viewport point (x, y), if any. */
  findingAt(x: number, y: number): Finding | undefined;
  /** The finding the caret is in, if any (keyboard access to the card). */
  findingAtCaret(): Finding | undefined;
  /** Where a finding is drawn, in viewport coordinates, to place the card beside it. */
  rectOf(finding: Finding): DOMRect | undefined;
  /** Mark one finding as the one the card talks about (or none). */
  setActive(finding: Finding | undefined): void;
  /** Replace `read().slice(start, end)` the way typing would. Returns whether it changed. */
  replace(start: number, end: number, replacement: string): boolean;
  /** Follow the editor after scrolling, resizing or layout changes. */
  position(): void;
  destroy(): void;
}

/** The element every drawn finding uses: one underline, one category, per the page contract. */
export const MARK_TAG = 'reveal-lint-mark';
export const LAYER_TAG = 'reveal-lint-layer';

/** Create the element that stands for one finding, carrying the data-reveal-lint-* contract. */
export function createMark(doc: Document, finding: Finding): HTMLElement {
  const mark = doc.createElement(MARK_TAG);
  mark.dataset.revealLintCategory = finding.category;
  mark.dataset.revealLintRule = finding.ruleId;
  mark.dataset.revealLintSeverity = finding.severity;
  mark.dataset.revealLintStart = String(finding.start);
  mark.dataset.revealLintEnd = String(finding.end);
  mark.textContent = finding.text;
  return mark;
}

/** A fixed-position layer over the page that never takes the pointer from the page. */
export function createLayer(doc: Document): HTMLElement {
  const layer = doc.createElement(LAYER_TAG);
  layer.setAttribute('aria-hidden', 'true');
  setStyles(layer, {
    position: 'fixed',
    left: '0px',
    top: '0px',
    margin: '0px',
    'pointer-events': 'none',
    'z-index': '2147483646',
    display: 'block',
    overflow: 'hidden',
    background: 'transparent',
  });
  attachLayer(layer);
  return layer;
}

/** (Re-)insert a layer: single-page apps sometimes replace the whole body, our layer with it. */
export function attachLayer(layer: HTMLElement): void {
  if (layer.isConnected) return;
  const doc = layer.ownerDocument;
  (doc.body ?? doc.documentElement).append(layer);
}

/**
 * Inline styles through the CSSOM, marked important so page stylesheets cannot move our layer.
 * (CSSOM writes are allowed under a strict style-src, unlike style attributes in markup.)
 */
export function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

export const contains = (r: DOMRect, x: number, y: number): boolean =>
  x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/** Of overlapping findings under the pointer, the phrase rather than the message-wide hint. */
export const narrowest = (findings: readonly Finding[]): Finding | undefined =>
  findings.reduce<Finding | undefined>((best, f) => (!best || f.end - f.start < best.end - best.start ? f : best), undefined);
