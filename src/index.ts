export { lint, rewrite, createLinter, type Linter } from './linter.js';
export { applySuggestion, type RewriteResult } from './rewrite.js';
export { CATEGORIES, SEVERITIES, type Category, type Severity } from './categories.js';
export type { Finding, Suggestion, LintResult } from './types.js';
export type { LintOptions, RuleInput as RuleDefinition } from './schema/rule.js';
export { RevealLintError } from './errors.js';
