// A small strict flag parser. `--name value`, `--name=value`, `-h`, `--` (the rest are
// positionals). An unknown flag, a missing value, a value on a boolean flag or a value outside
// the allowed set is a usage error (CliError, exit 2) — never silently ignored. A flag given
// twice takes its last value (so a script can append an override).
import { closest } from "../language/index.js";
import { CliError } from "./errors.js";

/** `valueName` names the value in the help; `equals` shows it as `--name=VALUE` (LSP clients' habit). */
export type FlagSpec =
  | { type: "boolean"; short?: string }
  | { type: "string"; short?: string; choices?: readonly string[]; valueName?: string; equals?: boolean }
  | { type: "integer"; short?: string; min?: number; valueName?: string; equals?: boolean };

export type FlagSpecs = Record<string, FlagSpec>;

type ValueOf<F extends FlagSpec> = F extends { type: "boolean" }
  ? boolean
  : F extends { type: "integer" }
    ? number
    : F extends { choices: readonly (infer C)[] }
      ? C
      : string;

export type FlagValues<S extends FlagSpecs> = { -readonly [K in keyof S]?: ValueOf<S[K]> };

export interface ParsedArgs<S extends FlagSpecs> {
  flags: FlagValues<S>;
  positionals: string[];
}

export interface ParseOptions {
  /** At most this many positionals (more is a usage error). */
  maxPositionals?: number;
}

export function parseArgs<const S extends FlagSpecs>(argv: readonly string[], spec: S, options: ParseOptions = {}): ParsedArgs<S> {
  const flags: Record<string, unknown> = {};
  const positionals: string[] = [];
  const shorts = new Map<string, string>();
  for (const [name, f] of Object.entries(spec)) if (f.short) shorts.set(f.short, name);

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      if (!Object.hasOwn(spec, name)) throw unknownFlag(arg.slice(0, eq < 0 ? undefined : eq), spec);
    } else {
      const long = shorts.get(arg.slice(1));
      if (!long) throw unknownFlag(arg, spec);
      name = long;
    }
    const f = spec[name];
    const shown = `--${name}`;
    if (f.type === "boolean") {
      if (inline !== undefined) throw new CliError("unexpectedValue", { flag: shown });
      flags[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) throw new CliError("missingValue", { flag: shown });
      value = next;
      i++;
    }
    flags[name] = convert(shown, f, value);
  }
  if (options.maxPositionals !== undefined && positionals.length > options.maxPositionals) {
    throw new CliError("unexpectedArgument", { arg: positionals[options.maxPositionals] });
  }
  return { flags: flags as FlagValues<S>, positionals };
}

function convert(flag: string, f: Exclude<FlagSpec, { type: "boolean" }>, value: string): string | number {
  if (f.type === "integer") {
    const min = f.min ?? Number.MIN_SAFE_INTEGER;
    if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min) {
      throw new CliError("badInteger", { flag, value, min });
    }
    return Number(value);
  }
  if (f.choices && !f.choices.includes(value)) {
    throw new CliError("badValue", { flag, value, allowed: f.choices.join(", ") });
  }
  if (value === "") throw new CliError("missingValue", { flag });
  return value;
}

function unknownFlag(flag: string, spec: FlagSpecs): CliError {
  const names = Object.keys(spec).map((n) => `--${n}`);
  const guess = flag.startsWith("--") ? closest(flag, names) : undefined;
  return new CliError("unknownFlag", guess ? { flag, guess } : { flag });
}
