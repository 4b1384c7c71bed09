// `plancode lint [paths...] [--format F] [--max-warnings N] [--quiet] [--fix | --fix-dry-run]
//                [--stdin [--stdin-filename PATH]] [-o FILE] [--cache [--cache-location PATH]]
//                [--color | --no-color] [--locale vi|en]`
// Exit 0 when clean (warnings within --max-warnings), 1 on any error-severity finding or too
// many warnings, 2 on a usage or I/O error (and on an internal error in a rule or the parser,
// after printing everything else: the results are then incomplete).
// The checking itself is cli/lint-engine.ts (fix passes, --quiet), or with --cache
// cli/lint-cache/ (only what changed since the last run is checked again).
import { resolve } from "node:path";
import { RULES } from "../../language/index.js";
import { displayPath, writeFileWhole } from "../../host/index.js";
import { COLOR_FLAGS, colorFlag, useColor } from "../color.js";
import { CliError, cliMessage, errorLine } from "../errors.js";
import { FORMAT_NAMES, FORMATTERS } from "../formatters/index.js";
import { totals } from "../formatters/types.js";
import { STDIN_NAME, type CliIO } from "../io.js";
import { lintWorkspace, type LintOptions } from "../lint-engine.js";
import { cachedLint, cacheFileOf, type CachedLint } from "../lint-cache/cached-lint.js";
import { TOOL } from "../meta.js";
import { writeError, writeFixedFiles } from "../plan-writer.js";
import { verbArgs } from "../verb.js";
import { loadWorkspace, type LoadedWorkspace } from "../workspace.js";

export const FLAGS = {
  format: { type: "string", short: "f", choices: FORMAT_NAMES },
  "max-warnings": { type: "integer", min: -1 },
  quiet: { type: "boolean" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string", valueName: "PATH" },
  "output-file": { type: "string", short: "o", valueName: "FILE" },
  cache: { type: "boolean" },
  "cache-location": { type: "string", valueName: "PATH" },
  ...COLOR_FLAGS,
  locale: { type: "string", choices: ["vi", "en"] },
  help: { type: "boolean", short: "h" },
} as const;

const DETAILS = {
  en: `--format          stylish (default), json (ESLint's shape), json-with-metadata (ESLint's, with each
                  rule's page), sarif (2.1.0), github (Actions annotations), junit, compact (one line
                  per finding, English frame: for problem matchers)
--max-warnings    exit 1 when there are more warnings than N (default -1: no limit); info never counts
--quiet           report errors only (warnings and info are not shown, counted or fixed)
--fix             apply the safe fixes and write the files (atomically; never a file with syntax errors)
--fix-dry-run     compute the fixes without writing; --format json shows each fixed text as "output"
--stdin           lint the text on standard input, resolved in the workspace of --stdin-filename
--stdin-filename  the path the text stands for (default: <stdin> in the current folder)
-o, --output-file write the report to FILE instead of standard output (its folder is made)
--cache           check again only what changed since the last run: the files changed and those that
                  depend on them (same output as without; .plancodecache in the current folder)
--cache-location  the cache file, or a folder to hold .plancodecache
--color, --no-color  colours in stylish output (default: when the terminal has them)
--locale          language of messages: vi or en (default: plancode.json, then LANG)
Every rule's page: ${TOOL.informationUri.replace(/#.*$/, "")}/blob/main/docs/rules/README.md`,
  vi: `--format          stylish (mặc định), json (dạng của ESLint), json-with-metadata (của ESLint, kèm trang
                  của từng quy tắc), sarif (2.1.0), github (chú thích trên GitHub), junit, compact (mỗi vấn đề
                  một dòng, khung tiếng Anh: để trình soạn thảo đọc)
--max-warnings    thoát với mã 1 khi có nhiều hơn N cảnh báo (mặc định -1: không giới hạn); mức info không tính
--quiet           chỉ báo lỗi (cảnh báo và thông tin không hiện, không tính, không sửa)
--fix             áp dụng các sửa an toàn và ghi tệp (nguyên khối; không bao giờ ghi tệp có lỗi cú pháp)
--fix-dry-run     tính các sửa mà không ghi; --format json cho văn bản đã sửa ở "output"
--stdin           kiểm tra văn bản từ đầu vào chuẩn, trong không gian làm việc của --stdin-filename
--stdin-filename  đường dẫn mà văn bản đó thay cho (mặc định: <stdin> trong thư mục hiện tại)
-o, --output-file ghi báo cáo vào FILE thay vì đầu ra chuẩn (tạo thư mục nếu chưa có)
--cache           chỉ kiểm tra lại phần đã đổi từ lần chạy trước: tệp đã sửa và các tệp phụ thuộc
                  (kết quả như khi không dùng; tệp .plancodecache trong thư mục hiện tại)
--cache-location  tệp bộ nhớ đệm, hoặc thư mục chứa .plancodecache
--color, --no-color  tô màu kết quả stylish (mặc định: khi màn hình hỗ trợ)
--locale          ngôn ngữ thông báo: vi hoặc en (mặc định: plancode.json, rồi LANG)
Trang của từng quy tắc: ${TOOL.informationUri.replace(/#.*$/, "")}/blob/main/docs/rules/README.md`,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = verbArgs("lint", argv, FLAGS, io, DETAILS);
  if (!args) return 0;
  const { flags, positionals } = args;
  if (flags["stdin-filename"] !== undefined && !flags.stdin) throw new CliError("needsFlag", { flag: "--stdin-filename", other: "--stdin" });
  if (flags.stdin && positionals.length) throw new CliError("unexpectedArgument", { arg: positionals[0] });
  if (flags.fix && flags.stdin) throw new CliError("conflictingFlags", { flag: "--fix", other: "--stdin", guess: "--fix-dry-run" });
  if (flags.fix && flags["fix-dry-run"]) throw new CliError("conflictingFlags", { flag: "--fix", other: "--fix-dry-run" });
  if (flags["cache-location"] !== undefined && !flags.cache) throw new CliError("needsFlag", { flag: "--cache-location", other: "--cache" });

  const fix = flags.fix || flags["fix-dry-run"];
  const options = { fix, quiet: flags.quiet, locale: flags.locale };
  // --fix and --stdin check as they change: the cache serves the plain check of files on disk.
  const run: Awaited<ReturnType<typeof uncached>> & { stats?: CachedLint["stats"] } =
    flags.cache && !fix && !flags.stdin ? await cachedLint(positionals, io, options, cacheFileOf(io, flags["cache-location"])) : await uncached(positionals, flags, io, options);
  const { locale } = run;
  const failures = run.failures;
  if (io.env.PLANCODE_DEBUG && run.stats) {
    // For the benchmark and whoever wonders what the cache saved (a developer's line, in English).
    const { parsed, checked, full } = run.stats;
    io.stderr(errorLine(`cache: ${full ? "full run" : "incremental"}, ${parsed} files parsed, ${checked} checked`));
  }

  const format = flags.format ?? "stylish";
  const color = format === "stylish" && useColor(io, colorFlag(flags, argv));
  const report = FORMATTERS[format](run.results, { locale, cwd: io.cwd, color, rules: RULES, tool: TOOL });
  if (flags["output-file"] === undefined) io.stdout(report);
  else await writeReport(resolve(io.cwd, flags["output-file"]), report, io, locale);

  for (const failure of failures) io.stderr(errorLine(failure.render(locale)));
  const t = totals(run.results);
  const max = flags["max-warnings"] ?? -1;
  let code = t.errors > 0 ? 1 : 0;
  if (max >= 0 && t.warnings > max) {
    io.stderr(errorLine(cliMessage("tooManyWarnings", { count: t.warnings, max }, locale)));
    code = 1;
  }
  return failures.length ? 2 : code;
}

/** The run without the cache: the whole workspace loaded (standard input in place of its file), checked, fixed. */
async function uncached(paths: readonly string[], flags: { stdin?: boolean; "stdin-filename"?: string; fix?: boolean }, io: CliIO, options: LintOptions & { locale?: string }) {
  const unsaved = flags.stdin ? { path: flags["stdin-filename"] ?? STDIN_NAME, bytes: (await io.readStdin?.()) ?? new Uint8Array() } : undefined;
  const loaded = await loadWorkspace(paths, io, { locale: options.locale, unsaved });
  const run = lintWorkspace(loaded, io, options);
  const failures = [...loaded.failures, ...run.failures];
  if (flags.fix) failures.push(...(await writeFixedFiles(loaded, run.fixed, paths, io)));
  return { ...run, failures, locale: loaded.locale };
}

async function writeReport(path: string, report: string, io: CliIO, locale: LoadedWorkspace["locale"]): Promise<void> {
  try {
    await writeFileWhole(path, new TextEncoder().encode(report), { makeFolder: true });
  } catch (error) {
    const failure = writeError(error, displayPath(io, path));
    failure.locale = locale;
    throw failure;
  }
}
