// The `plancode` command: `main(argv)` dispatches a verb to `cli/commands/<verb>.ts` (loaded
// lazily) and turns every failure into one line on stderr and an exit code. The bundle
// (dist/cli.cjs, built by build.mjs) exports `main`; bin/plancode.cjs calls it.
import { findWorkspaceRoot, loadConfig } from "../host/index.js";
import { closest, type Locale } from "../language/index.js";
import { CliError, cliMessage, envLocale, errorDetail, errorLine } from "./errors.js";
import { processIO, type CliIO } from "./io.js";
import { TOOL } from "./meta.js";
import { mainUsage, VERBS, type Verb } from "./usage.js";

export type { CliIO } from "./io.js";

interface Command {
  run(argv: string[], io: CliIO): Promise<number>;
}

const COMMANDS: Record<Verb, () => Promise<Command>> = {
  lint: () => import("./commands/lint.js"),
  fmt: () => import("./commands/fmt.js"),
  status: () => import("./commands/status.js"),
  simulate: () => import("./commands/simulate.js"),
  graph: () => import("./commands/graph.js"),
  export: () => import("./commands/export.js"),
  lsp: () => import("./commands/lsp.js"),
  site: () => import("./commands/site.js"),
};

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return report(error, argv, io);
  }
}

async function dispatch(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new CliError("missingVerb", { verbs: VERBS.join(", ") });
  // `plancode help lint` is `plancode lint --help` (as git and cargo read it); `--locale` may follow.
  const [topic, ...helpFlags] = rest;
  // `plancode help help` is the main usage, as `git help help` shows git's help.
  if (first === "help" && topic !== undefined && topic !== "help" && !topic.startsWith("-")) return run(topic, ["--help", ...helpFlags], io);
  if (first === "--help" || first === "-h" || first === "help") {
    io.stdout(mainUsage(quietLocale(argv, io), TOOL.version));
    return 0;
  }
  if (first === "--version" || first === "-V") {
    io.stdout(`${TOOL.version}\n`);
    return 0;
  }
  if (first.startsWith("-")) {
    const guess = closest(first, ["--help", "--version"]);
    throw new CliError("unknownFlag", guess ? { flag: first, guess } : { flag: first });
  }
  return run(first, rest, io);
}

async function run(verb: string, argv: string[], io: CliIO): Promise<number> {
  if (!(VERBS as readonly string[]).includes(verb)) {
    const guess = closest(verb, VERBS);
    throw new CliError("unknownVerb", { verb, verbs: VERBS.join(", "), ...(guess ? { guess } : {}) });
  }
  const command = await COMMANDS[verb as Verb]();
  return command.run(argv, io);
}

function report(error: unknown, argv: string[], io: CliIO): number {
  if (error instanceof CliError) {
    const locale = flagLocale(argv) ?? error.locale ?? quietLocale(argv, io);
    for (const line of error.lines(locale)) io.stderr(errorLine(line));
    return error.exitCode;
  }
  io.stderr(errorLine(cliMessage("internalError", { detail: errorDetail(error) }, quietLocale(argv, io))));
  if (io.env.PLANCODE_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return 2;
}

/** The `--locale` value on the command line, if it is a valid one. */
function flagLocale(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") break;
    const value = argv[i] === "--locale" ? argv[i + 1] : argv[i].startsWith("--locale=") ? argv[i].slice(9) : undefined;
    if (value === "vi" || value === "en") return value;
  }
  return undefined;
}

/**
 * The locale for messages printed before (or without) a workspace: --locale, else the nearest
 * plancode.json above the cwd (read quietly: its problems are reported elsewhere), else the
 * environment.
 */
function quietLocale(argv: readonly string[], io: CliIO): Locale {
  const flag = flagLocale(argv);
  if (flag) return flag;
  try {
    const root = findWorkspaceRoot(io.cwd);
    const locale = root === undefined ? undefined : loadConfig(root)?.config.locale;
    if (locale) return locale;
  } catch {
    // unreadable: fall through to the environment
  }
  return envLocale(io.env);
}
