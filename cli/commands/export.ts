// `plancode export <name> [paths...] [--format docx|html|pdf] [-o FILE] [--report K] [--locale vi|en]`
// The document a plan's (or directive's) issuer signs, in the official Party or State layout
// (document/build.ts words it; the renderers in dist/export.cjs lay it out; LibreOffice turns the
// .docx into PDF). Nothing lost:
// - the file is written whole or not at all (temporary file + rename), over nothing the user
//   cannot write (a read-only target is exit 2 and stays as it was);
// - a document whose file has syntax errors is not exported: exit 1, the errors on stderr,
//   nothing written; other findings of its file are listed on stderr and the document is written;
// - an unknown name (with did-you-mean), an unwritable path or a missing converter: exit 2, one line.
// Default file: `<name>.<format>` in the current folder; a report template `<name>-bao-cao-<K>.<format>`.
import { resolve } from "node:path";
import { RULES } from "../../language/index.js";
import { displayPath, writeFileWhole } from "../../host/index.js";
import { COLOR_FLAGS, colorFlag, useColor } from "../color.js";
import { CliError, errorLine } from "../errors.js";
import { FORMATTERS } from "../formatters/index.js";
import type { CliIO } from "../io.js";
import { renderIssuedDocument } from "../issued-document.js";
import { TOOL } from "../meta.js";
import { writeError } from "../plan-writer.js";
import { verbArgs } from "../verb.js";
import { loadWorkspace } from "../workspace.js";

export const FLAGS = {
  format: { type: "string", short: "f", choices: ["docx", "html", "pdf"] },
  output: { type: "string", short: "o", valueName: "FILE" },
  report: { type: "integer", min: 1, valueName: "K" },
  ...COLOR_FLAGS,
  locale: { type: "string", choices: ["vi", "en"] },
  help: { type: "boolean", short: "h" },
} as const;

const DETAILS = {
  en: `The plan or directive <name> as the document its issuer signs: the Party layout for a Party
number (123-KH/TU), the State layout for a State number (139/KH-UBND).
--format  docx (default), html (for preview and printing) or pdf (needs LibreOffice)
-o        the file to write (default: <name>.<format> in the current folder)
--report  the template of the K-th periodic report instead (1-based, as status and simulate count)
--locale  language of messages: vi or en (the document itself is in Vietnamese)
A file with syntax errors is not exported (exit 1); other findings are listed and the document
is written.`,
  vi: `Kế hoạch hoặc chỉ thị <name> thành văn bản ban hành để ký: thể thức văn bản của Đảng với số
hiệu của Đảng (123-KH/TU), thể thức văn bản hành chính với số hiệu Nhà nước (139/KH-UBND).
--format  docx (mặc định), html (xem trước, in) hoặc pdf (cần LibreOffice)
-o        tệp cần ghi (mặc định: <name>.<format> trong thư mục hiện tại)
--report  thay vào đó, mẫu báo cáo định kỳ kỳ thứ K (đánh số từ 1, như 'status' và 'simulate')
--locale  ngôn ngữ thông báo: vi hoặc en (văn bản luôn bằng tiếng Việt)
Tệp còn lỗi cú pháp thì không xuất (mã thoát 1); các vấn đề khác được liệt kê, văn bản vẫn được ghi.`,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = verbArgs("export", argv, FLAGS, io, DETAILS);
  if (!args) return 0;
  const { flags, positionals } = args;
  const [name, ...paths] = positionals;
  if (name === undefined) throw new CliError("missingArgument", { what: "<name>" });
  const format = flags.format ?? "docx";
  const loaded = await loadWorkspace(paths, io, { locale: flags.locale });
  const { locale } = loaded;
  for (const failure of loaded.failures) io.stderr(errorLine(failure.render(locale)));

  const rendered = await renderIssuedDocument(loaded, name, { format, report: flags.report }, io);
  if (rendered.findings?.messages.length) {
    const shown = FORMATTERS.stylish([rendered.findings], { locale, cwd: io.cwd, color: useColor(io, colorFlag(flags, argv)), rules: RULES, tool: TOOL });
    io.stderr(shown.replace(/^\n/, ""));
  }
  if (!rendered.ok) {
    io.stderr(errorLine(rendered.message[locale]));
    return rendered.exitCode;
  }
  const target = resolve(io.cwd, flags.output ?? rendered.fileName);
  try {
    await writeFileWhole(target, rendered.bytes);
  } catch (error) {
    // The same words as `fmt` for a file it may not write.
    const refusal = writeError(error, displayPath(io, target));
    refusal.locale = locale;
    throw refusal;
  }
  io.stdout(`${displayPath(io, target)}\n`);
  return 0;
}
