/**
 * The library as the browser bundles load it. (No zod switch is needed: the schemas use zod's v3
 * API, which has no JIT and never calls the Function constructor.) The content script imports this
 * lazily, so compromise is only evaluated on pages where someone actually focuses an editor.
 */

export { createLinter, rewrite } from '../index.js';
export type { Finding, LintOptions, LintResult, Suggestion, Category } from '../index.js';
