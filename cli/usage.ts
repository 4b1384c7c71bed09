// Help texts (`plancode --help`, `plancode <verb> --help`) in both locales.
import type { Locale } from "../language/index.js";
import type { FlagSpec, FlagSpecs } from "./args.js";

export const VERBS = ["lint", "fmt", "status", "simulate", "graph", "export", "site", "lsp"] as const;
export type Verb = (typeof VERBS)[number];

/** What each verb takes before its flags (the flags come from the verb's own spec: `synopsis`). */
const OPERANDS: Record<Verb, string> = {
  lint: "[paths...]",
  fmt: "[paths...]",
  status: "[paths...]",
  simulate: "<plan-name> [paths...]",
  graph: "[paths...]",
  export: "<name> [paths...]",
  lsp: "",
  site: "[paths...]",
};

const SUMMARY: Record<Locale, Record<Verb, string>> = {
  en: {
    lint: "check plans and report findings",
    fmt: "rewrite files in canonical layout (--check only reports)",
    status: "where each plan stands in its lifecycle",
    simulate: "simulate a plan's lifecycle",
    graph: "draw the cascade of directives and plans",
    export: "write a plan as the document its issuer signs (Word, HTML, PDF)",
    lsp: "the language server on stdio, for any LSP editor",
    site: "write the cascade dashboard as a static site",
  },
  vi: {
    lint: "kiểm tra kế hoạch và báo cáo các vấn đề",
    fmt: "định dạng lại tệp theo bố cục chuẩn (--check chỉ báo cáo)",
    status: "tình trạng của từng kế hoạch trong vòng đời",
    simulate: "mô phỏng vòng đời của một kế hoạch",
    graph: "vẽ sơ đồ chỉ thị và kế hoạch các cấp",
    export: "xuất kế hoạch thành văn bản ban hành để ký (Word, HTML, PDF)",
    lsp: "máy chủ ngôn ngữ qua stdio, cho mọi trình soạn thảo hỗ trợ LSP",
    site: "ghi bảng theo dõi chuỗi kế hoạch thành một trang web tĩnh",
  },
};

const GENERAL: Record<Locale, string> = {
  en: `Paths default to "."; a folder means every .plan file below it. The workspace is the nearest
folder above the first path holding plancode.json (rules, locale, ignore).
Exit codes: 0 clean, 1 errors (or too many warnings), 2 usage or I/O error.
Options: -h, --help   show help      --version   show the version
'plancode help <command>' or 'plancode <command> --help' describes a command and all its options.`,
  vi: `Đường dẫn mặc định là "."; một thư mục nghĩa là mọi tệp .plan bên trong. Không gian làm việc là
thư mục gần nhất phía trên đường dẫn đầu tiên có plancode.json ('rules', 'locale', 'ignore').
Mã thoát: 0 không có lỗi, 1 có lỗi (hoặc quá nhiều cảnh báo), 2 lỗi cách dùng hoặc vào/ra.
Tùy chọn: -h, --help   trợ giúp      --version   phiên bản
'plancode help <lệnh>' hoặc 'plancode <lệnh> --help' mô tả một lệnh và mọi tùy chọn của nó.`,
};

export function mainUsage(locale: Locale, version: string): string {
  const title = locale === "vi" ? "Kế hoạch dưới dạng mã" : "Plans as code";
  const usage = locale === "vi" ? "Cách dùng" : "Usage";
  const commands = locale === "vi" ? "Các lệnh" : "Commands";
  const rows = VERBS.map((v) => `  ${v.padEnd(9)} ${SUMMARY[locale][v]}`).join("\n");
  return `plancode ${version} — ${title}\n\n${usage}: plancode <command> [options] [paths...]\n\n${commands}:\n${rows}\n\n${GENERAL[locale]}\n`;
}

export function verbUsage(verb: Verb, locale: Locale, flags: FlagSpecs, details: Partial<Record<Locale, string>> = {}): string {
  const usage = locale === "vi" ? "Cách dùng" : "Usage";
  const extra = details[locale] ? `\n\n${details[locale]}` : "";
  return `${usage}: ${synopsis(verb, flags)}\n\n${SUMMARY[locale][verb]}${extra}\n`;
}

/**
 * `plancode lint [paths...] [--format stylish|json|…] [--max-warnings N] …`: every flag the verb's
 * parser accepts, so the help can never leave one out; wrapped under the verb at 100 columns.
 */
export function synopsis(verb: Verb, flags: FlagSpecs): string {
  const head = ["plancode", verb, OPERANDS[verb]].filter(Boolean).join(" ");
  const parts = Object.entries(flags)
    .filter(([name]) => name !== "help")
    .map(([name, spec]) => `[${flagText(name, spec)}]`);
  const lines = [head];
  const indent = " ".repeat(`plancode ${verb} `.length);
  for (const part of parts) {
    const last = lines[lines.length - 1];
    if (last.length + 1 + part.length > 100) lines.push(`${indent}${part}`);
    else lines[lines.length - 1] = `${last} ${part}`;
  }
  return lines.join("\n");
}

function flagText(name: string, spec: FlagSpec): string {
  const long = spec.short ? `-${spec.short}|--${name}` : `--${name}`;
  if (spec.type === "boolean") return long;
  const value = spec.type === "string" && spec.choices ? spec.choices.join("|") : (spec.valueName ?? "N");
  return `${long}${spec.equals ? "=" : " "}${value}`;
}
