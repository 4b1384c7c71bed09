// The template of a plan's K-th periodic report (`plancode export <plan> --report K`): a BÁO CÁO
// of the same issuer and layout, the period in the summary, and for each task a table of its
// indicators with the target and empty columns for the result and the assessment. K counts the
// reports of every series in due order, as `status` and `simulate` number them (schedule.ts).
import { toYMD, type DocumentDecl, type Workspace } from "../language/index.js";
import { addSpan, planSpec, reportInstances, type ReportInstance } from "../workflows/index.js";
import { bodyName, citation } from "./cite.js";
import { placeholder } from "./header.js";
import type { Block, Run, TableRow } from "./model.js";
import { numberTasks } from "./tasks.js";
import { quantityWords, runningText, sentence, shortDate, upperFirst } from "./words.js";

export interface ReportPeriod {
  /** 1-based, all series in due order. */
  k: number;
  instance: ReportInstance;
  /** First and last day the report covers: from issuance + (k − 1) periods to the day before issuance + k periods. */
  from: number;
  to: number;
}

/** The plan's periodic reports up to its horizon (none before it is issued: their dates follow from issuance). */
export function reportPeriods(doc: DocumentDecl): ReportPeriod[] {
  const spec = planSpec(doc);
  if (!spec.issued) return [];
  const issued = spec.issued.first;
  const until = spec.horizon ?? issued + 20 * 366;
  const counts = new Map<number, number>();
  return reportInstances(spec.reports, issued, until).map((instance, i) => {
    const every = spec.reports[instance.series].every;
    const nth = (counts.get(instance.series) ?? 0) + 1;
    counts.set(instance.series, nth);
    return { k: i + 1, instance, from: addSpan(issued, every, nth - 1), to: addSpan(issued, every, nth) - 1 };
  });
}

const paragraph = (text: string): Block => ({ kind: "paragraph", runs: [{ text: sentence(text) }] });
const marked = (text: string): Block => ({ kind: "paragraph", runs: [placeholder(text)] });

/** The summary: what is reported on, then the period. */
export function reportSummary(ws: Workspace, doc: DocumentDecl, period: ReportPeriod): Run[][] {
  return [
    [{ text: `kết quả thực hiện ${citation(ws, doc)}`, bold: true }],
    [{ text: `(kỳ báo cáo thứ ${period.k}: từ ngày ${shortDate(period.from)} đến ngày ${shortDate(period.to)})`, bold: true }],
  ];
}

export function reportBody(ws: Workspace, doc: DocumentDecl, period: ReportPeriod): Block[] {
  const report = doc.reporting?.reports[period.instance.series];
  const to = report?.to ? bodyName(ws, report.to) : "cơ quan cấp trên";
  const issuer = doc.issuer ? bodyName(ws, doc.issuer) : "";
  const body: Block[] = [
    paragraph(`Thực hiện ${citation(ws, doc, { issuer: false })}, ${issuer} báo cáo ${to} kết quả thực hiện kỳ ${period.k} (hạn gửi: trước ngày ${shortDate(period.instance.due)}) như sau:`),
    { kind: "heading", text: "I. KẾT QUẢ THỰC HIỆN" },
    { kind: "subheading", text: "1. Công tác lãnh đạo, chỉ đạo, quán triệt, tuyên truyền" },
    marked("(Nêu việc quán triệt, cụ thể hóa, ban hành văn bản chỉ đạo trong kỳ.)"),
    { kind: "subheading", text: "2. Kết quả thực hiện các nhiệm vụ" },
  ];
  for (const { task, label, depth } of numberTasks(doc)) {
    if (depth > 0) continue;
    const title = task.title ? sentence(upperFirst(runningText(task.title.value))) : task.name.text;
    body.push({ kind: "paragraph", runs: [{ text: `${label} `, bold: true }, { text: title, bold: true }] });
    body.push(marked("(Kết quả thực hiện trong kỳ.)"));
    const rows = indicatorRows(task);
    if (rows.length) {
      body.push({
        kind: "table",
        table: { columns: ["Chỉ tiêu", "Mục tiêu", "Kết quả thực hiện", "Đánh giá"], widths: [40, 14, 24, 22], rows },
      });
    }
  }
  body.push(
    { kind: "heading", text: "II. ĐÁNH GIÁ CHUNG" },
    marked("(Ưu điểm; hạn chế, khó khăn và nguyên nhân.)"),
    { kind: "heading", text: "III. NHIỆM VỤ TRỌNG TÂM KỲ TỚI" },
    marked("(Các nhiệm vụ, giải pháp trọng tâm trong kỳ tới.)"),
    { kind: "heading", text: "IV. ĐỀ XUẤT, KIẾN NGHỊ" },
    marked("(Đề xuất, kiến nghị với cấp trên, nếu có.)"),
  );
  return body;
}

/** The indicators of a task and of its subtasks (a subtask with indicators is a group row above them). */
function indicatorRows(task: DocumentDecl["tasks"][number]): TableRow[] {
  const rows: TableRow[] = [];
  const visit = (t: typeof task, group: boolean): void => {
    if (group && (t.indicators.length || t.subtasks.length)) rows.push({ cells: [[{ text: runningText(t.title?.value ?? t.name.text) }], [], [], []], group: true });
    for (const indicator of t.indicators) {
      const target = indicator.target ? quantityWords(indicator.target.raw, indicator.target.value, indicator.target.kind === "percent") : "";
      rows.push({ cells: [[{ text: runningText(indicator.text?.value ?? "") }], target ? [{ text: target }] : [], [], []] });
    }
    for (const sub of t.subtasks) visit(sub, true);
  };
  visit(task, false);
  return rows;
}

/** The year a report is due in (printed in its blank date line). */
export function dueYear(period: ReportPeriod): number {
  return toYMD(period.instance.due).year;
}
