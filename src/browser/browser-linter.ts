/**
 * The library as the browser bundles load it. (zod is not on the lint path any more: options and
 * rules are checked against build-time descriptors, so no zod switch, global or Function-built
 * parser reaches the page.) The content script imports this lazily, so compromise is only
 * evaluated on pages where someone actually focuses an editor.
 */

export { createLinter, rewrite } from '../index.js';
export type { Finding, LintOptions, LintResult, Suggestion, Category } from '../index.js';
