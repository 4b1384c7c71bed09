// `plancode fmt [paths...] [--check] [--locale vi|en]` — rewrites files in the canonical layout
// (language/format), or with --check only lists the files that would change. See cli/fmt-core.ts.
import { formatText } from "../../language/format/index.js";
import { runFmt } from "../fmt-core.js";
import type { CliIO } from "../io.js";
import { verbArgs } from "../verb.js";

const FLAGS = {
  check: { type: "boolean" },
  locale: { type: "string", choices: ["vi", "en"] },
  help: { type: "boolean", short: "h" },
} as const;

const DETAILS = {
  en: `Rewrites each file in place (atomically) and prints the paths it changed. A file with syntax
errors is left as it is (exit 1). --check writes nothing: it lists the files that would change
and exits 1 if there are any.`,
  vi: `Ghi lại từng tệp (an toàn, nguyên khối) và in đường dẫn các tệp đã đổi. Tệp có lỗi cú pháp được
giữ nguyên (mã thoát 1). --check không ghi gì: chỉ liệt kê các tệp sẽ thay đổi, mã thoát 1 nếu có.`,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = verbArgs("fmt", argv, FLAGS, io, DETAILS);
  if (!args) return 0;
  const { flags, positionals } = args;
  return runFmt(io, { paths: positionals, check: flags.check ?? false, locale: flags.locale }, formatText);
}
