/**
 * Underlines for a contenteditable element: CSS Custom Highlights (`CSS.highlights`, styled by
 * `::highlight(reveal-lint-warning)` in reveal-lint.css) over live DOM ranges, so the page's
 * own markup is never touched. Highlights take no pointer events, so hovering is hit-tested
 * against the ranges' rectangles. Each finding also gets an invisible `reveal-lint-mark` over
 * its words, carrying the same data-reveal-lint-* contract as a textarea's underlines.
 */
import { replaceInEditable } from './apply-edit.js';
import type { Finding } from './browser-linter.js';
import { readEditable } from './editable-text.js';
import { attachLayer, contains, createLayer, createMark, narrowest, setStyles, type Surface } from './surface.js';

/** Highlight names are per document; every editor adds its ranges to the same few. */
export const HIGHLIGHT_NAMES = {
  warning: 'reveal-lint-warning',
  info: 'reveal-lint-info',
  active: 'reveal-lint-active',
} as const;

const registry = (): HighlightRegistry | undefined =>
  typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;

function highlight(name: string): Highlight | undefined {
  const reg = registry();
  if (!reg) return undefined;
  let h = reg.get(name);
  if (!h) {
    h = new Highlight();
    reg.set(name, h);
  }
  return h;
}

export function editableSurface(root: HTMLElement): Surface {
  const doc = root.ownerDocument;
  const layer = createLayer(doc);
  setStyles(layer, { width: '100vw', height: '100vh', visibility: 'hidden' });
  let drawn: { finding: Finding; range: Range; mark: HTMLElement }[] = [];
  let active: Range | undefined;

  const clear = () => {
    for (const { finding, range } of drawn) highlight(HIGHLIGHT_NAMES[finding.severity])?.delete(range);
    if (active) highlight(HIGHLIGHT_NAMES.active)?.delete(active);
    active = undefined;
    drawn = [];
  };

  const position = () => {
    attachLayer(layer);
    for (const { range, mark } of drawn) {
      const r = range.getBoundingClientRect();
      setStyles(mark, {
        position: 'absolute',
        display: 'block',
        overflow: 'hidden',
        'white-space': 'nowrap',
        left: `${r.left}px`,
        top: `${r.top}px`,
        width: `${r.width}px`,
        height: `${r.height}px`,
        color: 'transparent',
        visibility: 'hidden',
      });
    }
  };

  return {
    read: () => readEditable(root).text,
    render(text, findings) {
      clear();
      const map = readEditable(root);
      // The text changed between read() and now: draw nothing rather than the wrong words.
      if (map.text !== text) return;
      const marks: HTMLElement[] = [];
      for (const finding of findings) {
        const range = map.rangeOf(finding.start, finding.end);
        if (!range) continue;
        highlight(HIGHLIGHT_NAMES[finding.severity])?.add(range);
        const mark = createMark(doc, finding);
        marks.push(mark);
        drawn.push({ finding, range, mark });
      }
      layer.replaceChildren(...marks);
      position();
    },
    findingAt(x, y) {
      if (!contains(root.getBoundingClientRect(), x, y)) return undefined;
      const hits = drawn.filter(({ range }) => [...range.getClientRects()].some((r) => contains(r, x, y)));
      return narrowest(hits.map((d) => d.finding));
    },
    findingAtCaret() {
      const selection = doc.getSelection();
      const node = selection?.focusNode;
      if (!selection || !node || !root.contains(node)) return undefined;
      return narrowest(drawn.filter((d) => d.range.isPointInRange(node, selection.focusOffset)).map((d) => d.finding));
    },
    rectOf: (finding) => drawn.find((d) => d.finding === finding)?.range.getClientRects()[0],
    setActive(finding) {
      const h = highlight(HIGHLIGHT_NAMES.active);
      if (active) h?.delete(active);
      active = drawn.find((d) => d.finding === finding)?.range;
      if (active) h?.add(active);
    },
    replace: (start, end, replacement) => replaceInEditable(root, start, end, replacement),
    position,
    destroy() {
      clear();
      layer.remove();
    },
  };
}
