// `plancode lint [paths...] [--format stylish|json|sarif|github|junit] [--max-warnings N] [--locale vi|en]`
// Exit 0 when clean (warnings within --max-warnings), 1 on any error-severity finding or too
// many warnings, 2 on a usage or I/O error (and on an internal error in a rule or the parser,
// after printing everything else: the results are then incomplete).
import { checkFile, RULES, type Finding } from "../../language/index.js";
import { useColor } from "../color.js";
import { CliError, cliMessage, errorDetail, errorLine } from "../errors.js";
import { FORMAT_NAMES, FORMATTERS } from "../formatters/index.js";
import { totals, type LintResult } from "../formatters/types.js";
import type { CliIO } from "../io.js";
import { toLintResult } from "../lint-results.js";
import { displayPath } from "../../host/index.js";
import { loadWorkspace } from "../workspace.js";
import { TOOL } from "../meta.js";
import { verbArgs } from "../verb.js";

export const FLAGS = {
  format: { type: "string", short: "f", choices: FORMAT_NAMES },
  "max-warnings": { type: "integer", min: -1 },
  locale: { type: "string", choices: ["vi", "en"] },
  help: { type: "boolean", short: "h" },
} as const;

const DETAILS = {
  en: `--format        stylish (default), json (ESLint's shape), sarif (2.1.0), github (Actions annotations), junit
--max-warnings  exit 1 when there are more warnings than N (default -1: no limit); info findings never count
--locale        language of messages: vi or en (default: plancode.json, then LANG)`,
  vi: `--format        stylish (mặc định), json (dạng của ESLint), sarif (2.1.0), github (chú thích trên GitHub), junit
--max-warnings  thoát với mã 1 khi có nhiều hơn N cảnh báo (mặc định -1: không giới hạn); mức info không tính
--locale        ngôn ngữ thông báo: vi hoặc en (mặc định: plancode.json, rồi LANG)`,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = verbArgs("lint", argv, FLAGS, io, DETAILS);
  if (!args) return 0;
  const { flags, positionals } = args;
  const loaded = await loadWorkspace(positionals, io, { locale: flags.locale });
  const { workspace, locale } = loaded;
  const failures: CliError[] = [...loaded.failures];
  const results: LintResult[] = [];
  for (const uri of loaded.targets) {
    const findings: Finding[] = checkFile(workspace, uri, {
      rules: loaded.rulesFor(uri),
      onRuleError: (rule, error) => {
        failures.push(new CliError("ruleCrashed", { rule, path: displayPath(io, uri), detail: errorDetail(error) }));
      },
    });
    results.push(toLintResult(uri, loaded.texts.get(uri) ?? "", findings, locale, io.cwd));
  }

  const format = flags.format ?? "stylish";
  io.stdout(FORMATTERS[format](results, { locale, cwd: io.cwd, color: format === "stylish" && useColor(io), rules: RULES, tool: TOOL }));

  for (const failure of failures) io.stderr(errorLine(failure.render(locale)));
  const t = totals(results);
  const max = flags["max-warnings"] ?? -1;
  let code = t.errors > 0 ? 1 : 0;
  if (max >= 0 && t.warnings > max) {
    io.stderr(errorLine(cliMessage("tooManyWarnings", { count: t.warnings, max }, locale)));
    code = 1;
  }
  return failures.length ? 2 : code;
}
