/**
 * The library as the browser bundles load it: zod's JIT off first, then the engine.
 * The content script imports this lazily, so compromise is only evaluated on pages where
 * someone actually focuses an editor.
 */
import './zod-jitless.js';

export { createLinter, rewrite } from '../index.js';
export type { Finding, LintOptions, LintResult, Suggestion, Category } from '../index.js';
