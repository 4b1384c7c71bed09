// plancode's programmatic API, ESLint-style: `import { lint, format, status, simulate,
// exportDocument } from "plancode"` (or `require`). A thin layer over what the CLI runs — the same
// workspace loading (host/), checks and fixes (cli/lint-engine.ts, the cache), status and
// simulation (workflows/), issued documents (cli/issued-document.ts) — returning plain data in the
// shapes of the CLI's JSON outputs (api/types.ts), never printing, never exiting: a failure the
// CLI reports in one line is thrown as a `PlancodeError`.
import { resolve } from "node:path";
import { formatText } from "../language/format/index.js";
import { LineIndex, RULES, ruleDocsUrl, syntaxMessage, type Locale as CoreLocale } from "../language/index.js";
import { pathToUri, uriToPath, writeFileWhole } from "../host/index.js";
import { workspaceStatus, simulateDocument } from "../workflows/index.js";
import { CliError, resolveLocale } from "../cli/errors.js";
import type { LintResult as CliLintResult } from "../cli/formatters/types.js";
import { STDIN_NAME, type CliIO } from "../cli/io.js";
import { renderIssuedDocument } from "../cli/issued-document.js";
import { cachedLint, cacheFileOf } from "../cli/lint-cache/cached-lint.js";
import { lintWorkspace } from "../cli/lint-engine.js";
import { TOOL } from "../cli/meta.js";
import { writeError, writeFixedFiles } from "../cli/plan-writer.js";
import { simulationConfig } from "../cli/commands/simulate.js";
import { asOfDay, unknownDocument, WorkflowCliError } from "../cli/commands/workflow-shared.js";
import { loadWorkspace, type LoadedWorkspace } from "../cli/workspace.js";
import { PlancodeError } from "./errors.js";
import type {
  ExportOptions,
  ExportResult,
  FormatOptions,
  FormatResult,
  LintOptions,
  LintResult,
  RuleInfo,
  SimulateOptions,
  SimulationResult,
  StatusEntry,
  StatusOptions,
  WorkspaceOptions,
} from "./types.js";

export type * from "./types.js";
export { PlancodeError };

/** The version of plancode. */
export const version: string = TOOL.version;

/** Every rule, in the order of the language's table. */
export const rules: readonly RuleInfo[] = RULES.map((r) => ({
  id: r.id,
  defaultSeverity: r.defaultSeverity,
  description: r.description,
  docsUrl: ruleDocsUrl(r.id),
  fixable: Boolean(r.fixable),
}));

/**
 * Lints the `.plan` files of `paths` (default: the current folder) against their whole workspace,
 * as `plancode lint` does; with `text`, that text as the file `filePath`.
 */
export async function lint(paths: string | readonly string[] = [], options: LintOptions = {}): Promise<LintResult[]> {
  const io = apiIO(options);
  const list = typeof paths === "string" ? [paths] : [...paths];
  return guard(io, options, async () => {
    const settings = { fix: Boolean(options.fix), quiet: options.quiet, locale: options.locale };
    if (options.cache && !options.fix && options.text === undefined) {
      const run = await cachedLint(list, io, settings, cacheFileOf(io, typeof options.cache === "string" ? options.cache : undefined));
      if (run.failures.length) throw run.failures[0];
      return run.results.map(publicResult);
    }
    const unsaved = options.text === undefined ? undefined : { path: options.filePath ?? STDIN_NAME, bytes: new TextEncoder().encode(options.text) };
    const loaded = await loadWorkspace(list, io, { locale: options.locale, unsaved });
    const run = lintWorkspace(loaded, io, settings);
    const failures = [...loaded.failures, ...run.failures];
    if (options.fix === true && !unsaved) failures.push(...(await writeFixedFiles(loaded, run.fixed, list, io)));
    if (failures.length) throw failures[0];
    return run.results.map(publicResult);
  });
}

/** The text in canonical layout (what `plancode fmt` writes), or where its syntax errors are. */
export function format(text: string, options: FormatOptions = {}): FormatResult {
  // A byte-order mark is kept, as `fmt` keeps it.
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const body = text.slice(bom.length);
  const outcome = formatText(pathToUri(resolve(options.filePath ?? STDIN_NAME)), body);
  if (outcome.ok) return { ok: true, text: bom + outcome.text, changed: outcome.text !== body };
  const lines = new LineIndex(body);
  return {
    ok: false,
    problems: outcome.problems.map((p) => {
      const at = lines.positionAt(p.span.start);
      return { line: at.line + 1, column: at.character + 1, message: { vi: syntaxMessage(p.messageId, p.data, "vi"), en: syntaxMessage(p.messageId, p.data, "en") } };
    }),
  };
}

/** Where each plan and directive of `paths` stands on `asOf` (default: today), as `plancode status --format json`. */
export async function status(paths: string | readonly string[] = [], options: StatusOptions = {}): Promise<StatusEntry[]> {
  const io = apiIO(options);
  return guard(io, options, async () => {
    const asOf = asOfDay(options.asOf, io);
    const loaded = await loaded$(paths, io, options);
    return workspaceStatus(loaded.workspace, asOf, { uris: loaded.targets }).map((s) => ({ ...s, file: uriToPath(s.file) ?? s.file }));
  });
}

/** Simulates a plan, or a directive with its whole cascade, as `plancode simulate --format json`. */
export async function simulate(name: string, paths: string | readonly string[] = [], options: SimulateOptions = {}): Promise<SimulationResult> {
  const io = apiIO(options);
  return guard(io, options, async () => {
    const asOf = asOfDay(options.asOf, io);
    const until = options.until === undefined ? undefined : asOfDay(options.until, io, "until");
    const loaded = await loaded$(paths, io, options);
    const settings = simulationConfig(loaded, io);
    const doc = loaded.workspace.lookupDocument(name);
    if (!doc) throw unknownDocument(name, loaded.workspace.namesOfKind("document"));
    const simulation = simulateDocument(doc, loaded.workspace, {
      asOf,
      until,
      seed: options.seed ?? settings.seed,
      runs: options.runs ?? settings.runs,
      delays: settings.delays,
    });
    if (simulation.kind === "plan") {
      const { traces: _traces, ...plan } = simulation.result;
      return { kind: "plan", ...plan };
    }
    const { directive, asOf: from, until: to, seed, runs, documents, state, reports, reviews, culprits } = simulation.result;
    return { kind: "cascade", directive, asOf: from, until: to, seed, runs, documents, state, reports, reviews, culprits };
  });
}

/**
 * A plan's or directive's issued document (Word, HTML or PDF), as `plancode export`: its bytes,
 * and with `outputFile` written there (whole or not at all).
 */
export async function exportDocument(name: string, paths: string | readonly string[] = [], options: ExportOptions = {}): Promise<ExportResult> {
  const io = apiIO(options);
  return guard(io, options, async () => {
    const loaded = await loaded$(paths, io, options);
    const rendered = await renderIssuedDocument(loaded, name, { format: options.format ?? "docx", report: options.report }, io);
    if (!rendered.ok) throw new PlancodeError(rendered.exitCode === 1 ? "syntaxErrors" : "notExported", rendered.message, rendered.exitCode);
    const result: ExportResult = { bytes: rendered.bytes, fileName: rendered.fileName, findings: publicResult(rendered.findings) };
    if (options.outputFile === undefined) return result;
    const path = resolve(io.cwd, options.outputFile);
    try {
      await writeFileWhole(path, rendered.bytes);
    } catch (error) {
      throw writeError(error, path);
    }
    return { ...result, path };
  });
}

/** The CLI's window on the world, silent: nothing is printed, the process's environment is read. */
function apiIO(options: WorkspaceOptions): CliIO {
  return { cwd: resolve(options.cwd ?? process.cwd()), env: process.env, isTTY: false, stdout: () => undefined, stderr: () => undefined };
}

async function loaded$(paths: string | readonly string[], io: CliIO, options: WorkspaceOptions): Promise<LoadedWorkspace> {
  const loaded = await loadWorkspace(typeof paths === "string" ? [paths] : [...paths], io, { locale: options.locale });
  if (loaded.failures.length) throw loaded.failures[0];
  return loaded;
}

/** Runs `body`, turning the CLI's errors into PlancodeErrors (in both languages). */
async function guard<T>(io: CliIO, options: WorkspaceOptions, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const preferred: CoreLocale = resolveLocale(options.locale, error.locale, io.env);
    const messages = { vi: error.lines("vi").join("\n"), en: error.lines("en").join("\n") };
    const code = error instanceof WorkflowCliError ? error.id : error.messageId;
    const thrown = new PlancodeError(code, messages, error.exitCode === 1 ? 1 : 2);
    thrown.message = messages[preferred];
    throw thrown;
  }
}

function publicResult(r: CliLintResult): LintResult {
  return {
    filePath: r.filePath,
    messages: r.messages,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    ...(r.output !== undefined ? { output: r.output } : {}),
  };
}
