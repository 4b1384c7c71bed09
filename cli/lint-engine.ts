// What `plancode lint` (and the API's `lint`) does between loading the workspace and printing:
// check the targets; with `fix`, apply their safe fixes (`Fix.safe`) and check again, up to ten
// passes as ESLint does, since one fix may enable another and a fix in a parent plan changes its
// children's findings; with `quiet`, keep errors only. Nothing is written here: the caller writes
// the fixed texts (`fixed`), or with --fix-dry-run only shows them (`LintResult.output`).
//
// A file is never fixed into one with syntax errors: a file that has some is not fixed at all
// (its fixes were computed on a tree the parser recovered), and fixes whose result would not parse
// cleanly are dropped for that file.
import { applyFixes, checkFile, parse, safeFix, type Finding, type Fix, type Locale, type SeveritySetting, type Workspace } from "../language/index.js";
import { displayPath } from "../host/index.js";
import { CliError, errorDetail } from "./errors.js";
import type { LintResult } from "./formatters/types.js";
import type { CliIO } from "./io.js";
import { toLintResult } from "./lint-results.js";
import type { LoadedWorkspace } from "./workspace.js";

export interface LintOptions {
  /** Apply the safe fixes (in memory: the caller writes `fixed`). */
  fix?: boolean;
  /** Report errors only (warnings and info are neither shown, counted nor fixed). */
  quiet?: boolean;
}

export interface LintRun {
  results: LintResult[];
  /** Internal failures (a rule that crashed): print them, exit 2. */
  failures: CliError[];
  /** The new text of every target the fixes changed, by URI. */
  fixed: Map<string, string>;
}

/** ESLint's limit: fixes that keep enabling others stop after this many passes. */
const MAX_FIX_PASSES = 10;

/** Runs the rules on files of a workspace; a rule that crashes on a file is reported once, the rest still run. */
export class Checker {
  readonly failures: CliError[] = [];
  private readonly crashed = new Set<string>();

  constructor(
    private readonly rulesFor: (uri: string) => Record<string, SeveritySetting>,
    private readonly io: Pick<CliIO, "cwd">,
  ) {}

  check(workspace: Workspace, uri: string): Finding[] {
    return checkFile(workspace, uri, {
      rules: this.rulesFor(uri),
      onRuleError: (rule, error) => {
        if (this.crashed.has(`${rule}\n${uri}`)) return;
        this.crashed.add(`${rule}\n${uri}`);
        this.failures.push(new CliError("ruleCrashed", { rule, path: displayPath(this.io, uri), detail: errorDetail(error) }));
      },
    });
  }
}

/** --quiet: errors only. As in ESLint, what is not reported is not fixed either. */
export function reported(options: LintOptions): (f: Finding) => boolean {
  return options.quiet ? (f) => f.severity === "error" : () => true;
}

export function lintWorkspace(loaded: LoadedWorkspace, io: Pick<CliIO, "cwd">, options: LintOptions = {}): LintRun {
  const { workspace } = loaded;
  const checker = new Checker(loaded.rulesFor, io);
  const checkTargets = () => new Map(loaded.targets.map((uri) => [uri, checker.check(workspace, uri)]));
  const textOf = (uri: string): string => loaded.texts.get(uri) ?? "";
  const keep = reported(options);
  const fixed = new Map<string, string>();
  let findings = checkTargets();

  if (options.fix) {
    const fixable = new Set(loaded.targets.filter((uri) => !workspace.getFile(uri)?.problems.length));
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      let changed = false;
      for (const uri of fixable) {
        const fixes = findings.get(uri)!.filter(keep).map(safeFix).filter((f): f is Fix => f !== undefined);
        if (!fixes.length) continue;
        const text = fixed.get(uri) ?? textOf(uri);
        const next = applyFixes(text, fixes).text;
        if (next === text) continue;
        if (parse(uri, next).problems.length) {
          fixable.delete(uri);
          continue;
        }
        workspace.setFile(uri, next);
        fixed.set(uri, next);
        changed = true;
      }
      if (!changed) break;
      // A fix can change other files' findings (a parent's cadence, its children's): check all again.
      findings = checkTargets();
    }
  }

  const results = lintResults(loaded.targets, findings, (uri) => fixed.get(uri) ?? textOf(uri), loaded.locale, io, options);
  for (const result of results) if (fixed.has(result.uri)) result.output = fixed.get(result.uri);
  return { results, failures: checker.failures, fixed };
}

/** The targets' findings as the formatters' results (only the reported ones: `--quiet`). */
export function lintResults(
  targets: readonly string[],
  findings: ReadonlyMap<string, readonly Finding[]>,
  textOf: (uri: string) => string,
  locale: Locale,
  io: Pick<CliIO, "cwd">,
  options: LintOptions,
): LintResult[] {
  const keep = reported(options);
  return targets.map((uri) => {
    const kept = (findings.get(uri) ?? []).filter(keep);
    // Positions need the text only where there is something to place.
    return toLintResult(uri, kept.length ? textOf(uri) : "", kept, locale, io.cwd);
  });
}
