import { CATEGORIES, type Category } from '../categories.js';
import { getBuiltinRules, lexicons } from '../catalog.js';
import { RevealLintError } from '../errors.js';
import validators from '../generated/validators.json';
import { checkRulePatterns } from '../schema/pattern-checks.js';
import { parseOrThrow } from '../schema/parse-or-throw.js';
import type { Rule, SeverityOverride } from '../schema/rule.js';

const isCategory = (s: string): s is Category => (CATEGORIES as readonly string[]).includes(s);

/** Options after validation (what `optionsSchema` outputs). */
export interface ParsedOptions {
  only?: string[];
  disable?: string[];
  severity?: Record<string, SeverityOverride>;
  rules?: unknown[];
  quoted?: boolean;
  ignore?: string[];
  maxLength?: number;
}


/** Resolve user rules, only/disable and severity overrides into the list of rules to run. */
export function selectRules(options: ParsedOptions): Rule[] {
  const builtin = getBuiltinRules();
  const known = new Set(builtin.map((r) => r.id));
  const builtinIds = new Set(known);
  const userIds = new Map<string, string>();
  const extra = (options.rules ?? []).map((raw, i) => {
    const id = (raw as { id?: unknown } | null)?.id;
    const where = `options.rules[${i}]${typeof id === 'string' ? ` (rule "${id}")` : ''}`;
    const rule = parseOrThrow<Rule>(validators.rule, raw, where);
    checkRulePatterns(rule, where, lexicons);
    const owner = builtinIds.has(rule.id) ? 'a built-in rule' : userIds.get(rule.id);
    if (owner) throw new RevealLintError(`${where} → id`, `duplicate rule id "${rule.id}" (${owner} has it); expected an id no other rule uses`);
    known.add(rule.id);
    userIds.set(rule.id, `options.rules[${i}]`);
    return rule;
  });
  const all = [...builtin, ...extra];

  const checkNames = (list: readonly string[] | undefined, field: string) =>
    list?.forEach((name, i) => {
      if (!known.has(name) && !isCategory(name)) {
        throw new RevealLintError(`options.${field}[${i}]`, `"${name}" is neither a rule id nor a category`);
      }
    });
  checkNames(options.only, 'only');
  checkNames(options.disable, 'disable');
  checkNames(Object.keys(options.severity ?? {}), 'severity');

  const named = (rule: Rule, list: readonly string[] | undefined) =>
    list?.some((n) => n === rule.id || n === rule.category) ?? false;
  const out: Rule[] = [];
  for (const rule of all) {
    if (options.only && !named(rule, options.only)) continue;
    if (named(rule, options.disable)) continue;
    // A rule id's override beats its category's.
    const override = options.severity?.[rule.id] ?? options.severity?.[rule.category];
    if (override === 'off') continue;
    out.push(override ? { ...rule, severity: override } : rule);
  }
  return out;
}

