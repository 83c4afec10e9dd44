/**
 * The longest text `lint` accepts by default, in UTF-16 units: about 40 pages of prose.
 * A message is far shorter; a paste past this is most likely a mistake (a log file, a whole book),
 * and linting it would hold a browser page for seconds. Raise it with the `maxLength` option.
 */
export const DEFAULT_MAX_LENGTH = 100_000;

/** Throws a RangeError saying the limit and how to raise it when `text` is longer than `maxLength`. */
export function assertWithinLimit(text: string, maxLength: number): void {
  if (text.length > maxLength) {
    throw new RangeError(
      `text: ${text.length} characters is over the limit of ${maxLength}; ` +
        `pass { maxLength: ${text.length} } (or more) in the options to lint it, or lint it in parts`,
    );
  }
}
