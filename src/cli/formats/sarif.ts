import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../../schema.js';
import type { Finding } from '../../types.js';
import { LineIndex } from '../positions.js';
import type { FileResult } from '../results.js';

/** The tool's identity in the log. */
export interface SarifTool {
  version: string;
  /** The rules that ran: every one is described in `tool.driver.rules`. */
  rules: readonly Rule[];
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

function describeRule(rule: Rule) {
  return {
    id: rule.id,
    // The message template with its slots shown as "…": a one-line summary of what the rule flags.
    shortDescription: { text: rule.message.replace(PLACEHOLDER, '…') },
    fullDescription: { text: rule.note },
    help: { text: `${rule.note} (Source: ${rule.source}.)` },
    defaultConfiguration: { level: level(rule.severity) },
    properties: { category: rule.category, source: rule.source, tags: [rule.category] },
  };
}

/**
 * A SARIF 2.1.0 log with one run: every rule described, one result per finding with its region
 * in lines/columns and in UTF-16 `charOffset`/`charLength`, and each suggestion as a fix.
 * `results` pairs each FileResult with its absolute path (undefined for stdin and --text).
 */
export function formatSarif(results: readonly (FileResult & { path?: string })[], tool: SarifTool): string {
  const ruleIndex = new Map(tool.rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) => {
    const index = new LineIndex(r.text);
    const location = artifactLocation(r.filePath, r.path, tool.cwd);
    return r.findings.map((f) => {
      const start = index.position(f.start);
      const end = index.position(f.end);
      const i = ruleIndex.get(f.ruleId);
      return {
        ruleId: f.ruleId,
        ...(i === undefined ? {} : { ruleIndex: i }),
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
            rules: tool.rules.map(describeRule),
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
