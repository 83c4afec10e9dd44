/**
 * Pages "of our own" for the extension to work on: a small chat app with a textarea composer
 * and a contenteditable note, which records the input events it sees (as a real app's code
 * would) and any Content-Security-Policy violation.
 */
import type { Route } from './chromium.js';

export const NONCE = 'r3v3al-l1nt-t3st';
/** The suggestion tests/browser/harness.ts offers for every finding. */
export const HARNESS_REPLACEMENT = 'I miss talking with you';

/** CSP that allows only this page's own nonce'd script and same-origin styles, with Trusted Types. */
export const STRICT_CSP = [
  "default-src 'none'",
  `script-src 'nonce-${NONCE}'`,
  "style-src 'self'",
  "img-src 'none'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

const CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #eef1f5; }
.app { max-width: 760px; margin: 24px auto; background: #fff; border-radius: 14px; box-shadow: 0 6px 24px rgba(20, 30, 50, .10); overflow: hidden; }
.top { display: flex; gap: 12px; align-items: center; padding: 14px 18px; border-bottom: 1px solid #e6e9ee; }
.avatar { width: 36px; height: 36px; border-radius: 50%; background: #c9d8f0; display: grid; place-items: center; font-weight: 700; color: #33507a; }
.name { font-weight: 600; }
.status { font-size: 13px; color: #6b7480; }
.thread { padding: 18px; display: flex; flex-direction: column; gap: 8px; background: #f8fafc; }
.bubble { max-width: 70%; padding: 8px 12px; border-radius: 14px; background: #fff; border: 1px solid #e6e9ee; }
.bubble.me { align-self: flex-end; background: #dcf3e5; border-color: #c5e8d2; }
.compose { padding: 14px 18px 18px; border-top: 1px solid #e6e9ee; }
label { display: block; font-size: 13px; font-weight: 600; color: #6b7480; margin: 0 0 6px; }
textarea, [contenteditable] { width: 100%; padding: 10px 12px; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; border: 1px solid #cfd6df; border-radius: 10px; background: #fff; color: #1f2328; }
textarea { height: 96px; resize: none; display: block; }
[contenteditable] { min-height: 64px; margin-top: 14px; outline: none; }
[contenteditable]:focus, textarea:focus { border-color: #6a9be0; box-shadow: 0 0 0 3px rgba(106, 155, 224, .2); outline: none; }
`;

const SCRIPT = `
window.inputs = [];
window.violations = [];
for (const id of ['ta', 'ce']) {
  document.getElementById(id).addEventListener('input', (e) => window.inputs.push({ id, type: e.inputType }));
}
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
`;

export function chatPage(extraHead = '', extraBody = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Messages</title>
<link rel="stylesheet" href="/chat.css">${extraHead}</head>
<body>
<div class="app">
  <div class="top"><div class="avatar">S</div><div><div class="name">Sam</div><div class="status">online</div></div></div>
  <div class="thread">
    <div class="bubble">hey, are we still on for tonight?</div>
    <div class="bubble me">I guess. I'm tired of always being the one who plans.</div>
    <div class="bubble">ok…</div>
  </div>
  <div class="compose">
    <label for="ta">Message</label>
    <textarea id="ta" placeholder="Write a message"></textarea>
    <div id="ce" contenteditable="true" aria-label="Note to self"></div>
  </div>
</div>
<script nonce="${NONCE}">${SCRIPT}</script>${extraBody}
</body></html>`;
}

/** `/` a plain page, `/strict` the same under a strict CSP with Trusted Types, and their CSS. */
export function chatRoutes(extra: Record<string, Route> = {}): Record<string, Route> {
  return {
    '/': { body: chatPage() },
    '/strict': { body: chatPage(), headers: { 'content-security-policy': STRICT_CSP } },
    '/chat.css': { body: CSS, headers: { 'content-type': 'text/css' } },
    ...extra,
  };
}
