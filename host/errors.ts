// Why a workspace could not be loaded, as data: the CLI words it (one line, exit 2; cli/workspace.ts),
// the language server carries on without the file. `path` is absolute; `given` is the path as the
// user typed it, for the paths of a command line (shown as typed).
import type { ConfigProblem, Locale } from "../language/index.js";

export type LoadProblem =
  /** A path given by the user does not exist. */
  | { kind: "missingPath"; path: string; given: string }
  /** A file or folder could not be read (`cause`: the fs error, or `{code: "NOTREGULAR"}`). */
  | { kind: "unreadable"; path: string; given?: string; cause: unknown }
  /** A `plancode.json` with problems; `locale`: its own `locale`, which its messages prefer. */
  | { kind: "invalidConfig"; path: string; problems: ConfigProblem[]; locale?: Locale };

export class LoadError extends Error {
  constructor(readonly problem: LoadProblem) {
    super(`${problem.kind}: ${problem.path}`);
    this.name = "LoadError";
  }
}
