import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../../types.js';
import { LineIndex } from '../positions.js';
import type { FileResult } from '../results.js';

/** What a rule descriptor is built from: a rule file, or a message-level check such as overload. */
export interface RuleInfo {
  id: string;
  category: string;
  severity: Finding['severity'];
  message: string;
  note: string;
  source: string;
}

/** The tool's identity in the log. */
export interface SarifTool {
  version: string;
  /** The rules and checks that ran: every one is described in `tool.driver.rules`. */
  rules: readonly RuleInfo[];
  cwd: string;
}

const SRCROOT = '%SRCROOT%';
const PLACEHOLDER = /\{\{\s*[A-Za-z][\w-]*\s*\}\}/g;

const level = (severity: Finding['severity']) => (severity === 'warning' ? 'warning' : 'note');

/** Where a result lives: a file relative to the source root, or a described pseudo-file (stdin, --text). */
function artifactLocation(filePath: string, path: string | undefined, cwd: string) {
  if (path === undefined) return { description: { text: filePath } };
  const rel = relative(cwd, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(path).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function describeRule(rule: RuleInfo) {
  return {
    id: rule.id,
    // The message template with its slots shown as "…": a one-line summary of what the rule flags.
    shortDescription: { text: rule.message.replace(PLACEHOLDER, '…') },
    fullDescription: { text: rule.note },
    help: { text: rule.source ? `${rule.note} (Source: ${rule.source}.)` : rule.note },
    defaultConfiguration: { level: level(rule.severity) },
    properties: { category: rule.category, ...(rule.source ? { source: rule.source } : {}), tags: [rule.category] },
  };
}

/**
 * A SARIF 2.1.0 log with one run: every rule described, one result per finding with its region
 * in lines/columns and in UTF-16 `charOffset`/`charLength`, and each suggestion as a fix.
 * `results` pairs each FileResult with its absolute path (undefined for stdin and --text).
 */
export function formatSarif(results: readonly (FileResult & { path?: string })[], tool: SarifTool): string {
  const rules = [...tool.rules];
  // A finding from a check the caller did not list still gets a descriptor, so every result has one.
  for (const f of results.flatMap((r) => r.findings)) {
    if (!rules.some((r) => r.id === f.ruleId)) {
      rules.push({ id: f.ruleId, category: f.category, severity: f.severity, message: f.message, note: f.note, source: '' });
    }
  }
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) => {
    const index = new LineIndex(r.text);
    const location = artifactLocation(r.filePath, r.path, tool.cwd);
    return r.findings.map((f) => {
      const start = index.position(f.start);
      const end = index.position(f.end);
      return {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: level(f.severity),
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: start.line,
                startColumn: start.column,
                endLine: end.line,
                endColumn: end.column,
                charOffset: f.start,
                charLength: f.end - f.start,
                snippet: { text: f.text },
              },
            },
          },
        ],
        ...(f.suggestions.length
          ? {
              fixes: f.suggestions.map((s) => ({
                description: { text: s.message },
                artifactChanges: [
                  {
                    artifactLocation: location,
                    replacements: [
                      {
                        deletedRegion: { charOffset: s.start, charLength: s.end - s.start },
                        insertedContent: { text: s.replacement },
                      },
                    ],
                  },
                ],
              })),
            }
          : {}),
        properties: { category: f.category },
      };
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'reveal-lint',
            version: tool.version,
            semanticVersion: tool.version,
            rules: rules.map(describeRule),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(tool.cwd.endsWith(sep) ? tool.cwd : tool.cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true }],
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
