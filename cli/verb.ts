// What every verb does first and last: read its flags (with `--help`, print its usage in the
// user's locale instead), and after its output report the files the parser choked on (exit 2).
import type { Locale } from "../language/index.js";
import { parseArgs, type FlagSpecs, type ParseOptions, type ParsedArgs } from "./args.js";
import { errorLine, resolveLocale, type CliError } from "./errors.js";
import type { CliIO } from "./io.js";
import { verbUsage, type Verb } from "./usage.js";

/** The verb's flags and paths; undefined when `--help` was given (its usage is printed: exit 0). */
export function verbArgs<const S extends FlagSpecs>(
  verb: Verb,
  argv: readonly string[],
  spec: S,
  io: CliIO,
  details?: Partial<Record<Locale, string>>,
  options?: ParseOptions,
): ParsedArgs<S> | undefined {
  const parsed = parseArgs(argv, spec, options);
  const { help, locale } = parsed.flags as { help?: boolean; locale?: string };
  if (!help) return parsed;
  io.stdout(verbUsage(verb, resolveLocale(locale, undefined, io.env), spec, details));
  return undefined;
}

/** Prints the internal failures of loading (a file the parser choked on); the exit code: 2 if any, else 0. */
export function reportFailures(loaded: { failures: readonly CliError[]; locale: Locale }, io: CliIO): number {
  for (const failure of loaded.failures) io.stderr(errorLine(failure.render(loaded.locale)));
  return loaded.failures.length ? 2 : 0;
}
