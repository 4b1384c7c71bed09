// `plancode fmt [paths...] [--check] [--stdin [--stdin-filename PATH]] [--locale vi|en]` — rewrites
// files in the canonical layout (language/format), or with --check only lists the files that
// would change; with --stdin formats standard input to standard output. See cli/fmt-core.ts.
import { formatText } from "../../language/format/index.js";
import { CliError } from "../errors.js";
import { runFmt, runFmtStdin } from "../fmt-core.js";
import { STDIN_NAME, type CliIO } from "../io.js";
import { verbArgs } from "../verb.js";

export const FLAGS = {
  check: { type: "boolean" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string", valueName: "PATH" },
  locale: { type: "string", choices: ["vi", "en"] },
  help: { type: "boolean", short: "h" },
} as const;

const DETAILS = {
  en: `Rewrites each file in place (atomically) and prints the paths it changed. A file with syntax
errors is left as it is (exit 1). --check writes nothing: it lists the files that would change
and exits 1 if there are any. --stdin formats standard input to standard output (for editors'
format-on-save); --stdin-filename names the file it stands for (its workspace gives the locale).`,
  vi: `Ghi lại từng tệp (an toàn, nguyên khối) và in đường dẫn các tệp đã đổi. Tệp có lỗi cú pháp được
giữ nguyên (mã thoát 1). --check không ghi gì: chỉ liệt kê các tệp sẽ thay đổi, mã thoát 1 nếu có.
--stdin định dạng đầu vào chuẩn ra đầu ra chuẩn (cho trình soạn thảo định dạng khi lưu);
--stdin-filename là tệp mà văn bản đó thay cho (không gian làm việc của nó cho biết ngôn ngữ).`,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = verbArgs("fmt", argv, FLAGS, io, DETAILS);
  if (!args) return 0;
  const { flags, positionals } = args;
  const options = { paths: positionals, check: flags.check ?? false, locale: flags.locale };
  if (flags["stdin-filename"] !== undefined && !flags.stdin) throw new CliError("needsFlag", { flag: "--stdin-filename", other: "--stdin" });
  if (!flags.stdin) return runFmt(io, options, formatText);
  if (positionals.length) throw new CliError("unexpectedArgument", { arg: positionals[0] });
  return runFmtStdin(io, { ...options, path: flags["stdin-filename"] ?? STDIN_NAME }, formatText);
}
