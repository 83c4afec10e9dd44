/**
 * The card that explains one finding: its message, the longer note, and up to three
 * suggestions to apply. It lives in a shadow root so the page's CSS cannot restyle it, and is
 * styled by a constructed stylesheet (no <style> element, which a strict style-src would block).
 * Built with createElement/textContent only: nothing is parsed as HTML (Trusted Types).
 */
import type { Finding, Suggestion } from './browser-linter.js';
import { categoryLabel } from './category-labels.js';
import { shownAs } from '../types.js';
import { setStyles } from './surface.js';

export const CARD_TAG = 'reveal-lint-card';
export const MAX_SUGGESTIONS = 3;
/** Long enough to move the pointer from the words onto the card. */
const HIDE_DELAY_MS = 350;

const CSS_TEXT = `
:host { all: initial; }
.card {
  box-sizing: border-box; width: min(360px, calc(100vw - 16px)); padding: 12px 14px;
  background: #fffdf8; color: #1f2328; border: 1px solid #e3d9c6; border-radius: 10px;
  box-shadow: 0 8px 24px rgba(31, 35, 40, 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.tag {
  display: inline-block; margin-bottom: 6px; padding: 1px 8px; border-radius: 999px;
  font-size: 12px; font-weight: 600; background: #fde8dc; color: #9a3412;
}
.tag.info { background: #e0ecfb; color: #1e4f91; }
.message { margin: 0 0 6px; font-weight: 600; }
.note { margin: 0 0 8px; color: #57606a; font-size: 13px; }
.label { margin: 8px 0 4px; font-size: 12px; color: #57606a; text-transform: uppercase; letter-spacing: 0.04em; }
.suggestion {
  display: block; width: 100%; margin: 4px 0 0; padding: 6px 10px; text-align: left;
  font: inherit; color: #0b5d3b; background: #eaf7ef; border: 1px solid #b6e3c6; border-radius: 6px;
  cursor: pointer;
}
.suggestion:hover, .suggestion:focus-visible { background: #d4f0de; outline: 2px solid #2f9e62; outline-offset: 1px; }
`;

export interface CardOptions {
  /** Called when the person picks a suggestion. */
  onApply(finding: Finding, suggestion: Suggestion): void;
  /** Called when the card closes, so the editor can un-highlight the finding. */
  onHide?(): void;
  /**
   * Opened from the keyboard: the card takes focus (its first suggestion), and Escape gives
   * it back to this element.
   */
  returnFocus?: HTMLElement;
}

export interface Card {
  readonly finding: Finding | undefined;
  show(finding: Finding, anchor: DOMRect, options: CardOptions): void;
  hide(): void;
  /** Hide after a short grace period, unless the pointer reaches the card (or `show` is called) first. */
  hideSoon(): void;
  /** Cancel a pending `hideSoon`: the pointer is back on the words. */
  keep(): void;
}

/** One card per document, created on first use. */
export function createCard(doc: Document): Card {
  let host: HTMLElement | undefined;
  let root: ShadowRoot | undefined;
  let current: { finding: Finding; options: CardOptions } | undefined;
  let hovered = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancelHide = () => clearTimeout(timer);

  const ensure = () => {
    if (host?.isConnected && root) return { host, root };
    host = doc.createElement(CARD_TAG);
    setStyles(host, { position: 'fixed', 'z-index': '2147483647', display: 'none', margin: '0px' });
    root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
    root.adoptedStyleSheets = [sheet];
    // Keep focus (and the selection) in the editor when a suggestion is clicked.
    root.addEventListener('mousedown', (e) => e.preventDefault());
    host.addEventListener('mouseenter', () => {
      hovered = true;
      cancelHide();
    });
    host.addEventListener('mouseleave', () => {
      hovered = false;
      card.hideSoon();
    });
    (doc.body ?? doc.documentElement).append(host);
    return { host, root };
  };

  const card: Card = {
    get finding() {
      return current?.finding;
    },
    show(finding, anchor, options) {
      const { host, root } = ensure();
      cancelHide();
      current = { finding, options };
      // Which finding the card shows; not data-reveal-lint-category, which counts underlines and list entries.
      host.dataset.revealLintCard = finding.category;
      const box = doc.createElement('div');
      box.className = 'card';
      box.setAttribute('role', 'dialog');
      box.setAttribute('aria-label', `reveal-lint: ${categoryLabel(finding.category)}`);

      const tag = doc.createElement('span');
      tag.className = `tag ${finding.severity}`;
      tag.textContent = categoryLabel(finding.category);
      const message = doc.createElement('p');
      message.className = 'message';
      message.dataset.revealLintMessage = '';
      message.textContent = finding.message;
      const note = doc.createElement('p');
      note.className = 'note';
      note.dataset.revealLintNote = '';
      note.textContent = finding.note;
      box.append(tag, message, note);

      const suggestions = finding.suggestions.slice(0, MAX_SUGGESTIONS);
      if (suggestions.length > 0) {
        const label = doc.createElement('p');
        label.className = 'label';
        label.textContent = 'Try instead';
        box.append(label);
      }
      suggestions.forEach((suggestion, i) => {
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'suggestion';
        button.dataset.revealLintSuggestion = String(i);
        button.textContent = shownAs(suggestion);
        button.title = suggestion.message;
        button.addEventListener('click', () => {
          const chosen = current;
          card.hide();
          chosen?.options.onApply(chosen.finding, suggestion);
        });
        box.append(button);
      });
      root.replaceChildren(box);

      // Below the words when there is room, else above; never over the words themselves. When
      // neither side has room, the roomier one gets the card and the card scrolls.
      setStyles(host, { display: 'block', left: '0px', top: '0px', visibility: 'hidden' });
      const { width, height } = box.getBoundingClientRect();
      const view = doc.documentElement;
      const gap = 6;
      const margin = 8;
      const left = Math.max(margin, Math.min(anchor.left, view.clientWidth - width - margin));
      const below = view.clientHeight - anchor.bottom - gap - margin;
      const above = anchor.top - gap - margin;
      const placeBelow = height <= below || (height > above && below >= above);
      const room = placeBelow ? below : above;
      if (height > room) {
        box.style.setProperty('max-height', `${Math.max(80, room)}px`);
        box.style.setProperty('overflow-y', 'auto');
      }
      const shown = Math.min(height, Math.max(80, room));
      const top = placeBelow ? anchor.bottom + gap : anchor.top - gap - shown;
      setStyles(host, { left: `${left}px`, top: `${top}px`, visibility: 'visible' });
      if (options.returnFocus) {
        const first = root.querySelector<HTMLElement>('button') ?? box;
        if (first === box) box.tabIndex = -1;
        first.focus();
      }
    },
    keep: () => cancelHide(),
    hideSoon() {
      cancelHide();
      timer = setTimeout(() => {
        if (!hovered) card.hide();
      }, HIDE_DELAY_MS);
    },
    hide() {
      cancelHide();
      hovered = false;
      if (!current) return;
      const { options } = current;
      current = undefined;
      if (host) {
        setStyles(host, { display: 'none' });
        delete host.dataset.revealLintCard;
      }
      root?.replaceChildren();
      options.onHide?.();
    },
  };
  doc.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !current) return;
    const back = current.options.returnFocus;
    card.hide();
    back?.focus();
  });
  return card;
}
