// The one error the API throws: what the CLI says in its one line on stderr (exit 2, or 1 for a
// document whose file has syntax errors), as an exception carrying both languages.
import type { Localized } from "./types.js";

export class PlancodeError extends Error {
  constructor(
    /** What went wrong, as a stable word: `missingPath`, `unreadable`, `invalidConfig`, `unknownDocument`, `syntaxErrors`, `internalError` … */
    readonly code: string,
    /** The message in both languages (several lines for several problems, e.g. of plancode.json). */
    readonly messages: Localized,
    /** The exit code `plancode` gives the same failure. */
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(messages.en);
    this.name = "PlancodeError";
  }
}
