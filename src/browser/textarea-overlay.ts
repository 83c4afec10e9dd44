/**
 * Underlines for a textarea: a mirror element laid over it with the same box and font, holding
 * the same text in transparent ink, where each finding is a `reveal-lint-mark` that draws a
 * wavy underline. The mirror scrolls with the textarea and never takes the pointer.
 *
 * Findings may overlap (a message-level hint spans phrases that are findings themselves), and
 * marks cannot nest without splitting one of them, so overlapping findings go to further
 * mirrors ("lanes") stacked over the same text: every finding keeps one whole mark.
 */
import { replaceInTextarea } from './apply-edit.js';
import type { Finding } from './browser-linter.js';
import { attachLayer, contains, createLayer, createMark, narrowest, setStyles, type Surface } from './surface.js';

/** Everything that decides where a character lands inside a textarea. */
const COPIED = [
  'box-sizing', 'direction', 'writing-mode',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'padding-top', 'padding-bottom', 'padding-left',
  'font-family', 'font-size', 'font-style', 'font-weight', 'font-stretch', 'font-variant',
  'font-feature-settings', 'font-variation-settings', 'font-kerning', 'font-optical-sizing',
  'line-height', 'letter-spacing', 'word-spacing', 'text-align', 'text-indent', 'text-transform',
  'text-rendering', 'tab-size', 'white-space', 'word-break', 'overflow-wrap', 'hyphens',
] as const;

export function textareaSurface(ta: HTMLTextAreaElement): Surface {
  const doc = ta.ownerDocument;
  const layer = createLayer(doc);
  const mirrors: HTMLElement[] = [];
  let marks: { el: HTMLElement; finding: Finding }[] = [];
  let mirrorStyles: Record<string, string> = {};

  const syncScroll = (mirror: HTMLElement) => {
    mirror.scrollTop = ta.scrollTop;
    mirror.scrollLeft = ta.scrollLeft;
  };

  const position = () => {
    attachLayer(layer);
    const rect = ta.getBoundingClientRect();
    const css = getComputedStyle(ta);
    const hidden = rect.width === 0 || rect.height === 0 || css.visibility === 'hidden';
    setStyles(layer, {
      display: hidden ? 'none' : 'block',
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
    if (hidden) return;
    const styles: Record<string, string> = {};
    for (const name of COPIED) styles[name] = css.getPropertyValue(name);
    // The textarea's scrollbar narrows its text; pad the mirror by the same amount.
    const border = parseFloat(css.borderLeftWidth) + parseFloat(css.borderRightWidth);
    const scrollbar = Math.max(0, ta.offsetWidth - ta.clientWidth - border);
    Object.assign(styles, {
      display: 'block',
      position: 'absolute',
      left: '0px',
      top: '0px',
      margin: '0px',
      'box-sizing': 'border-box',
      width: `${rect.width}px`,
      height: `${rect.height}px`,
      'padding-right': `${parseFloat(css.paddingRight) + scrollbar}px`,
      'border-style': 'solid',
      'border-color': 'transparent',
      overflow: 'hidden',
      color: 'transparent',
      background: 'transparent',
      // Only the marks are drawn: the mirror's own copy of the text stays invisible and out of find-in-page.
      visibility: 'hidden',
    });
    mirrorStyles = styles;
    for (const mirror of mirrors) {
      setStyles(mirror, styles);
      syncScroll(mirror);
    }
  };

  /** Findings sorted by start, split into lanes in which none overlap. */
  const lanesOf = (findings: readonly Finding[]): Finding[][] => {
    const lanes: Finding[][] = [];
    for (const f of findings) {
      const lane = lanes.find((l) => (l[l.length - 1]?.end ?? 0) <= f.start);
      if (lane) lane.push(f);
      else lanes.push([f]);
    }
    return lanes;
  };

  const render = (text: string, findings: readonly Finding[]) => {
    const lanes = lanesOf(findings);
    if (lanes.length === 0) lanes.push([]);
    const next: typeof marks = [];
    lanes.forEach((lane, i) => {
      const parts: Node[] = [];
      let at = 0;
      for (const finding of lane) {
        if (finding.start > at) parts.push(doc.createTextNode(text.slice(at, finding.start)));
        const el = createMark(doc, finding);
        setStyles(el, { visibility: 'visible', color: 'transparent', display: 'inline' });
        parts.push(el);
        next.push({ el, finding });
        at = finding.end;
      }
      // A trailing newline makes the textarea one line taller; give the mirror that line too.
      parts.push(doc.createTextNode(text.slice(at) + (text.endsWith('\n') ? '\u200b' : '')));
      let mirror = mirrors[i];
      if (!mirror) {
        mirror = doc.createElement('reveal-lint-mirror');
        setStyles(mirror, mirrorStyles);
        layer.append(mirror);
        mirrors.push(mirror);
      }
      mirror.replaceChildren(...parts);
    });
    for (const extra of mirrors.splice(lanes.length)) extra.remove();
    marks = next;
    position();
  };

  const onScroll = () => mirrors.forEach(syncScroll);
  ta.addEventListener('scroll', onScroll, { passive: true });

  return {
    read: () => ta.value,
    render,
    findingAt(x, y) {
      if (!contains(ta.getBoundingClientRect(), x, y)) return undefined;
      const hits = marks.filter(({ el }) => [...el.getClientRects()].some((r) => contains(r, x, y)));
      return narrowest(hits.map((m) => m.finding));
    },
    findingAtCaret() {
      const at = ta.selectionStart;
      return narrowest(marks.map((m) => m.finding).filter((f) => f.start <= at && at <= f.end));
    },
    rectOf: (finding) => marks.find((m) => m.finding === finding)?.el.getClientRects()[0],
    setActive(finding) {
      for (const m of marks) m.el.toggleAttribute('data-reveal-lint-active', m.finding === finding);
    },
    replace: (start, end, replacement) => replaceInTextarea(ta, start, end, replacement),
    position,
    destroy() {
      ta.removeEventListener('scroll', onScroll);
      layer.remove();
      marks = [];
    },
  };
}
