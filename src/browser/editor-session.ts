/**
 * One editor being linted as the person types: debounced linting of that editor only (and
 * only when its text changed), drawing, the `data-reveal-lint-findings` count, the card on
 * hover or click, and applying a chosen suggestion. Shared by the content script and the
 * playground.
 */
import type { Finding, LintResult, Suggestion } from './browser-linter.js';
import type { Card } from './card.js';
import { editableSurface } from './editable-highlights.js';
import type { Surface } from './surface.js';
import { textareaSurface } from './textarea-overlay.js';

export const DEBOUNCE_MS = 150;
const POLL_MS = 400;
export const FINDINGS_ATTRIBUTE = 'data-reveal-lint-findings';

export interface SessionOptions {
  lint(text: string): LintResult;
  card: Card;
  debounceMs?: number;
  /** Called after every lint that changed what is drawn. */
  onResult?(text: string, findings: readonly Finding[]): void;
}

export interface EditorSession {
  readonly element: HTMLElement;
  /** The text the current findings were computed on. */
  readonly text: string;
  readonly findings: readonly Finding[];
  /** Lint after the debounce delay (the text is only linted if it changed). */
  schedule(): void;
  /** Lint now; `force` re-lints unchanged text (the rules changed). */
  refresh(force?: boolean): void;
  /** Apply a suggestion of a current finding. Returns whether the text changed. */
  apply(finding: Finding, suggestion: Suggestion): boolean;
  /** Replace the whole text in one undoable edit ("Rewrite all"). */
  replaceText(text: string): boolean;
  position(): void;
  destroy(): void;
}

/** The editor an event happened in: a writable textarea, or the host of a contenteditable region. */
export function editorOf(target: EventTarget | null): HTMLElement | undefined {
  if (!(target instanceof Element)) return undefined;
  if (target instanceof HTMLTextAreaElement) return target.readOnly || target.disabled ? undefined : target;
  if (!(target instanceof HTMLElement) || !target.isContentEditable) return undefined;
  let host: HTMLElement = target;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

const sessions = new Set<EditorSession>();
let frame = 0;
/** Layers are fixed-position: follow every editor after any scroll or resize, once per frame. */
function schedulePositions() {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    for (const s of sessions) {
      if (s.element.isConnected) s.position();
      else s.destroy();
    }
  });
}
let listening = false;
function listenForLayout() {
  if (listening) return;
  listening = true;
  addEventListener('scroll', schedulePositions, { capture: true, passive: true });
  addEventListener('resize', schedulePositions, { passive: true });
}

export function attachEditor(element: HTMLElement, options: SessionOptions): EditorSession {
  const { card } = options;
  const surface: Surface =
    element instanceof HTMLTextAreaElement ? textareaSurface(element) : editableSurface(element);
  let text = '';
  let findings: readonly Finding[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let linted = false;

  const lint = (force: boolean) => {
    clearTimeout(timer);
    const now = surface.read();
    if (linted && !force && now === text) return;
    let result: LintResult;
    try {
      result = options.lint(now);
    } catch (error) {
      // A bug in a rule must not break the page the person is writing in.
      console.error('reveal-lint:', error);
      result = { findings: [] };
    }
    if (owned()) card.hide(); // its finding is about to be replaced
    linted = true;
    text = now;
    findings = result.findings;
    surface.render(text, findings);
    element.setAttribute(FINDINGS_ATTRIBUTE, String(findings.length));
    options.onResult?.(text, findings);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => lint(false), options.debounceMs ?? DEBOUNCE_MS);
  };

  const showAt = (x: number, y: number): boolean => {
    const finding = surface.findingAt(x, y);
    if (!finding) return false;
    if (card.finding === finding) {
      card.keep();
      return true;
    }
    const anchor = surface.rectOf(finding);
    if (!anchor) return false;
    surface.setActive(finding);
    card.show(finding, anchor, {
      onApply: (f, s) => session.apply(f, s),
      onHide: () => surface.setActive(undefined),
    });
    return true;
  };
  /** Alt+Enter with the caret on an underline opens its card and moves focus into it. */
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || !e.altKey || e.isComposing) return;
    const finding = surface.findingAtCaret();
    const anchor = finding && surface.rectOf(finding);
    if (!finding || !anchor) return;
    e.preventDefault();
    surface.setActive(finding);
    card.show(finding, anchor, {
      onApply: (f, s) => session.apply(f, s),
      onHide: () => surface.setActive(undefined),
      returnFocus: element,
    });
  };
  const owned = () => card.finding !== undefined && findings.includes(card.finding);

  const onInput = () => {
    if (owned()) card.hide();
    schedule();
  };
  const onMove = (e: MouseEvent) => {
    if (!showAt(e.clientX, e.clientY) && owned()) card.hideSoon();
  };
  const onLeave = () => {
    if (owned()) card.hideSoon();
  };
  const onClick = (e: MouseEvent) => void showAt(e.clientX, e.clientY);
  // Text can change without an input event (the page clears the box after sending).
  const onMaybeChanged = () => {
    if (surface.read() !== text) schedule();
  };

  element.addEventListener('input', onInput);
  element.addEventListener('mousemove', onMove, { passive: true });
  element.addEventListener('mouseleave', onLeave, { passive: true });
  element.addEventListener('click', onClick);
  element.addEventListener('keyup', onMaybeChanged);
  element.addEventListener('keydown', onKeyDown);
  element.addEventListener('focus', onMaybeChanged);
  const resize = new ResizeObserver(schedulePositions);
  resize.observe(element);
  // A page that empties the box after "Send" sets `value` without any event: a textarea is
  // polled (one string comparison), a contenteditable element observed.
  const isTextarea = element instanceof HTMLTextAreaElement;
  const poll = isTextarea ? setInterval(onMaybeChanged, POLL_MS) : undefined;
  const mutations = isTextarea ? undefined : new MutationObserver(onMaybeChanged);
  mutations?.observe(element, { subtree: true, childList: true, characterData: true });

  const session: EditorSession = {
    element,
    get text() {
      return text;
    },
    get findings() {
      return findings;
    },
    schedule,
    refresh: (force = false) => lint(force),
    apply(finding, suggestion) {
      if (!findings.includes(finding) || surface.read() !== text) {
        lint(false); // stale: the person typed since; show what is true now instead
        return false;
      }
      const changed = surface.replace(suggestion.start, suggestion.end, suggestion.replacement);
      lint(false);
      return changed;
    },
    replaceText(next) {
      const changed = surface.replace(0, surface.read().length, next);
      lint(false);
      return changed;
    },
    position: () => surface.position(),
    destroy() {
      clearTimeout(timer);
      clearInterval(poll);
      if (owned()) card.hide();
      element.removeEventListener('input', onInput);
      element.removeEventListener('mousemove', onMove);
      element.removeEventListener('mouseleave', onLeave);
      element.removeEventListener('click', onClick);
      element.removeEventListener('keyup', onMaybeChanged);
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('focus', onMaybeChanged);
      resize.disconnect();
      mutations?.disconnect();
      surface.destroy();
      element.removeAttribute(FINDINGS_ATTRIBUTE);
      sessions.delete(session);
    },
  };
  sessions.add(session);
  listenForLayout();
  lint(true);
  return session;
}
