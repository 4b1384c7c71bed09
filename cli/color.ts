// Terminal colours for human-readable output. `--color` / `--no-color` decide when given (the last
// one wins); else FORCE_COLOR set to anything but "0" or "false" turns them on even in a pipe
// (CI logs), and "0"/"false" off; else only a terminal is coloured, and only when Node would
// colour it (`hasColors()`: NO_COLOR, NODE_DISABLE_COLORS and TERM=dumb turn it off, as
// no-color.org asks); a test's in-memory terminal without that answer honours NO_COLOR.
import type { CliIO } from "./io.js";

export function useColor(io: Pick<CliIO, "isTTY" | "env" | "terminalColors">, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = io.env.FORCE_COLOR;
  if (force === "0" || force === "false") return false;
  if (force !== undefined && force !== "") return true;
  if (!io.isTTY) return false;
  return io.terminalColors ?? !(io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "");
}

/** The `--color` / `--no-color` flags' answer, undefined when neither was given. */
export function colorFlag(flags: { color?: boolean; "no-color"?: boolean }, argv: readonly string[]): boolean | undefined {
  if (!flags.color && !flags["no-color"]) return undefined;
  // Both given: the last on the command line (before a `--`) wins, as for every other flag.
  const end = argv.indexOf("--");
  const flagsPart = end < 0 ? argv : argv.slice(0, end);
  return flagsPart[flagsPart.findLastIndex((a) => a === "--color" || a === "--no-color")] === "--color";
}

/** The colour flags every verb with human-readable output accepts. */
export const COLOR_FLAGS = {
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
} as const;

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function paint(enabled: boolean): Paint {
  if (!enabled) {
    const id = (s: string): string => s;
    return { red: id, yellow: id, cyan: id, dim: id, bold: id, underline: id };
  }
  return { red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}
