const PLACEHOLDER = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;

/** A rule's message with its `{{capture}}` placeholders filled; an uncaptured one gets `fallback` (the matched text). */
export function fillMessage(template: string, captures: Readonly<Record<string, string>>, fallback: string): string {
  return template.replace(PLACEHOLDER, (_m, name: string) => captures[name] ?? fallback);
}
