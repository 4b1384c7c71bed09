// `plancode status [paths...] [--as-of DATE] [--format text|json] [--locale vi|en]`
// Where each plan and directive of the given files stands on a date (default: today): state,
// since when, what is overdue, what comes next. `--format json` prints LANGUAGE.md's array; the
// text table is in the user's locale, most urgent first. Exit 0 (overdue items are not errors),
// 2 on a usage or I/O error.
import type { Locale } from "../../language/index.js";
import { byUrgency, stateLabel, whatLabel, WORDS, workspaceStatus, type PlanStatus, type StatusItem } from "../../workflows/index.js";
import { COLOR_FLAGS, colorFlag, paint, useColor, type Paint } from "../color.js";
import type { CliIO } from "../io.js";
import { displayPath } from "../../host/index.js";
import { loadWorkspace } from "../workspace.js";
import { reportFailures, verbArgs } from "../verb.js";
import { asOfDay, showDate, showIso, table } from "./workflow-shared.js";

export const FLAGS = {
  "as-of": { type: "string", valueName: "DATE" },
  format: { type: "string", short: "f", choices: ["text", "json"] },
  ...COLOR_FLAGS,
  locale: { type: "string", choices: ["vi", "en"] },
  help: { type: "boolean", short: "h" },
} as const;

const DETAILS = {
  en: `--as-of   the date to report on: YYYY-MM-DD or D/M/YYYY (default: today)
--format  text (default: a table, most urgent first) or json (one entry per plan and directive)
--locale  language of the table: vi or en (default: plancode.json, then LANG)
Overdue: an approval step past its 'within', a report past its due date and not reported, a
review past its 'by' date and not held.`,
  vi: `--as-of   ngày cần xem: YYYY-MM-DD hoặc D/M/YYYY (mặc định: hôm nay)
--format  text (mặc định: bảng, việc gấp nhất lên trước) hoặc json (mỗi kế hoạch, chỉ thị một mục)
--locale  ngôn ngữ của bảng: vi hoặc en (mặc định: plancode.json, rồi LANG)
Quá hạn: bước duyệt quá thời hạn 'within', báo cáo quá hạn chưa nộp, sơ kết/tổng kết quá hạn 'by'
chưa tổ chức.`,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = verbArgs("status", argv, FLAGS, io, DETAILS);
  if (!args) return 0;
  const { flags, positionals } = args;
  const asOf = asOfDay(flags["as-of"], io);
  const loaded = await loadWorkspace(positionals, io, { locale: flags.locale });
  const { workspace, locale } = loaded;
  const statuses = workspaceStatus(workspace, asOf, { uris: loaded.targets }).map((s) => ({ ...s, file: displayPath(io, s.file) }));
  if ((flags.format ?? "text") === "json") io.stdout(`${JSON.stringify(statuses, null, 2)}\n`);
  else io.stdout(statusText(statuses, asOf, locale, paint(useColor(io, colorFlag(flags, argv)))));
  return reportFailures(loaded, io);
}

const HEAD = {
  vi: ["Văn bản", "Trạng thái", "Từ ngày", "Quá hạn", "Tiếp theo"],
  en: ["Document", "State", "Since", "Overdue", "Next"],
};

function item(i: StatusItem, locale: Locale): string {
  return `${whatLabel(i.what, locale)} ${showIso(i.due, locale)}`;
}

export function statusText(statuses: readonly PlanStatus[], asOf: number, locale: Locale, p: Paint): string {
  const title = locale === "vi" ? `Tình trạng ngày ${showDate(asOf, locale)}` : `Status on ${showDate(asOf, locale)}`;
  if (!statuses.length) return `${title}: ${locale === "vi" ? "không có kế hoạch nào" : "no plans"}\n`;
  const rows = [...statuses].sort(byUrgency).map((s) => [
    s.name,
    stateLabel(s.state, locale),
    showIso(s.since, locale),
    s.overdue.length ? p.red(s.overdue.map((o) => item(o, locale)).join(", ")) : "",
    s.next ? item(s.next, locale) : "",
  ]);
  const late = statuses.filter((s) => s.overdue.length).length;
  const summary =
    locale === "vi"
      ? `${statuses.length} văn bản; ${late} có việc ${WORDS.overdue.vi.toLowerCase()}`
      : `${statuses.length} document${statuses.length === 1 ? "" : "s"}; ${late} with something ${WORDS.overdue.en.toLowerCase()}`;
  return `${p.bold(title)}\n\n${table(HEAD[locale], rows)}\n${late ? p.red(summary) : summary}\n`;
}
