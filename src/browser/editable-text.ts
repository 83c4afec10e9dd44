/**
 * The plain text of a contenteditable element, with a map from text offsets back to DOM
 * positions, so a finding's `start`/`end` become a `Range` over the exact words.
 */

/** Elements that start a new line of text: the engine splits sentences at newlines. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
/** Never text a person wrote. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS']);

interface Segment {
  node: Text;
  /** Offset of the node's first character in `text`. */
  start: number;
}

export interface EditableText {
  readonly text: string;
  /** The DOM range over `text.slice(start, end)`, or null when it cannot be placed. */
  rangeOf(start: number, end: number): Range | null;
}

/** Read `root`'s text the way a person sees its lines: blocks and `<br>` become newlines. */
export function readEditable(root: HTMLElement): EditableText {
  const segments: Segment[] = [];
  let text = '';
  const newline = () => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const node = child as Text;
        if (node.data === '') continue;
        segments.push({ node, start: text.length });
        text += node.data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (SKIP.has(el.tagName)) continue;
        if (el.tagName === 'BR') {
          text += '\n';
        } else if (BLOCK.has(el.tagName)) {
          newline();
          walk(el);
          newline();
        } else {
          walk(el);
        }
      }
    }
  };
  walk(root);

  /** The text node holding the character at `at` (a range start) or just before it (an end). */
  const locate = (at: number, isEnd: boolean): { node: Text; offset: number } | null => {
    for (const s of segments) {
      const end = s.start + s.node.data.length;
      if (isEnd ? at > s.start && at <= end : at >= s.start && at < end) return { node: s.node, offset: at - s.start };
    }
    return null;
  };

  return {
    text,
    rangeOf(start, end) {
      const from = locate(start, false);
      const to = locate(end, true);
      if (!from || !to) return null;
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range.toString() === text.slice(start, end) ? range : null;
    },
  };
}
