// A document's tasks as the issued document shows them: numbered (`1.`, then `a)`, then `-`),
// each with what it says to do, who leads and supports it (full names), its deadline in words and
// its indicators; who does what, body by body (section III); and the appendix table.
import type { DocumentDecl, IndicatorItem, TaskDecl, Workspace } from "../language/index.js";
import { bodyName } from "./cite.js";
import type { Block, Run, Table, TableRow } from "./model.js";
import { deadlineCell, deadlineWords, quantityWords, runningText, sentence, upperFirst } from "./words.js";

/** A task with its number in the document: `1`, `1a` (a subtask), `1a-2` (deeper). */
export interface NumberedTask {
  task: TaskDecl;
  /** The label printed before it: `1.`, `a)`, `-`. */
  label: string;
  /** How other parts of the document refer to it: `1`, `1a`, `1a-2`. */
  ref: string;
  depth: number;
}

const LETTERS = "abcdđeghiklmnopqrstuvxy";

/** Every task of `doc` in reading order, numbered as the document numbers them. */
export function numberTasks(doc: DocumentDecl): NumberedTask[] {
  const out: NumberedTask[] = [];
  const visit = (task: TaskDecl, index: number, depth: number, parentRef: string): void => {
    const label = depth === 0 ? `${index + 1}.` : depth === 1 ? `${LETTERS[index] ?? index + 1})` : "-";
    const ref = depth === 0 ? String(index + 1) : depth === 1 ? `${parentRef}${LETTERS[index] ?? index + 1}` : `${parentRef}-${index + 1}`;
    out.push({ task, label, ref, depth });
    task.subtasks.forEach((sub, i) => visit(sub, i, depth + 1, ref));
  };
  doc.tasks.forEach((task, i) => visit(task, i, 0, ""));
  return out;
}

const leadOf = (task: TaskDecl): string | undefined => task.leads[0]?.units[0]?.text;
const supportsOf = (task: TaskDecl): string[] => task.supports.flatMap((s) => s.units.map((u) => u.text));

/** `Tỷ lệ tổ chức đảng quán triệt: 100%`. */
function indicatorText(indicator: IndicatorItem): string {
  const what = indicator.text ? runningText(indicator.text.value) : "";
  const target = indicator.target && quantityWords(indicator.target.raw, indicator.target.value, indicator.target.kind === "percent");
  return target ? (what ? `${what}: ${target}` : target) : what;
}

/** Section II's blocks: each task's line, its details, then who, when and what is measured. */
export function taskBlocks(ws: Workspace, doc: DocumentDecl, numbered: readonly NumberedTask[]): Block[] {
  const blocks: Block[] = [];
  for (const { task, label, depth } of numbered) {
    const title = task.title ? sentence(upperFirst(runningText(task.title.value))) : `(Nhiệm vụ ${task.name.text})`;
    // A task's line reads as the heading of what follows it; a subtask's as an item.
    blocks.push({ kind: "paragraph", runs: [{ text: `${label} `, bold: true }, { text: title, bold: depth === 0 }] });
    for (const detail of task.details) for (const value of detail.values) blocks.push({ kind: "paragraph", runs: [{ text: sentence(value.value) }] });
    if (doc.docKind === "directive") continue;
    // One short sentence per fact: body names hold commas (`Sở Văn hóa, Thể thao và Du lịch`).
    const facts: string[] = [];
    const lead = leadOf(task);
    if (lead) facts.push(`Cơ quan chủ trì: ${bodyName(ws, lead)}`);
    const supports = supportsOf(task);
    if (supports.length) facts.push(`Cơ quan phối hợp: ${supports.map((s) => bodyName(ws, s)).join(", ")}`);
    const when = deadlineWords(task.dues[0]?.value);
    if (when) facts.push(`Thời gian: ${when}`);
    const indicators = task.indicators.map(indicatorText).filter((t) => t !== "");
    if (indicators.length) facts.push(`Chỉ tiêu: ${indicators.join("; ")}`);
    if (facts.length) blocks.push({ kind: "paragraph", runs: [{ text: facts.map(sentence).join(" ") }] });
  }
  return blocks;
}

/** A list of task references in words: `1`, `1 và 3`, `1, 2a và 4`. */
function refList(refs: readonly string[]): string {
  if (refs.length <= 1) return refs.join("");
  return `${refs.slice(0, -1).join(", ")} và ${refs[refs.length - 1]}`;
}

/**
 * Who does what (section III): one paragraph per body, in the order bodies first appear as leads,
 * then the bodies that only support: `Chủ trì thực hiện nhiệm vụ 1 và 4; phối hợp thực hiện nhiệm vụ 2.`
 */
export function assignmentBlocks(ws: Workspace, numbered: readonly NumberedTask[], firstNumber: number): Block[] {
  const duties = new Map<string, { lead: string[]; support: string[] }>();
  const dutiesOf = (body: string) => {
    let d = duties.get(body);
    if (!d) duties.set(body, (d = { lead: [], support: [] }));
    return d;
  };
  for (const { task, ref } of numbered) {
    const lead = leadOf(task);
    if (lead) dutiesOf(lead).lead.push(ref);
  }
  for (const { task, ref } of numbered) for (const support of supportsOf(task)) if (!dutiesOf(support).support.includes(ref)) dutiesOf(support).support.push(ref);
  const blocks: Block[] = [];
  let n = firstNumber;
  for (const [body, { lead, support }] of duties) {
    const parts: string[] = [];
    if (lead.length) parts.push(`chủ trì thực hiện nhiệm vụ ${refList(lead)}`);
    if (support.length) parts.push(`phối hợp thực hiện nhiệm vụ ${refList(support)}`);
    blocks.push({ kind: "subheading", text: `${n++}. ${bodyName(ws, body)}` });
    blocks.push({ kind: "paragraph", runs: [{ text: sentence(upperFirst(`${parts.join("; ")} tại mục II của Kế hoạch`)) }] });
  }
  return blocks;
}

/** The appendix table: one row per task (subtasks included), bodies by full name. */
export function assignmentTable(ws: Workspace, numbered: readonly NumberedTask[]): Table {
  const rows: TableRow[] = numbered.map(({ task, ref }) => {
    const cell = (text: string): Run[] => (text ? [{ text }] : []);
    const lead = leadOf(task);
    return {
      cells: [
        cell(ref),
        cell(task.title ? runningText(task.title.value) : task.name.text),
        cell(lead ? bodyName(ws, lead) : ""),
        cell(supportsOf(task).map((s) => bodyName(ws, s)).join("; ")),
        cell(deadlineCell(task.dues[0]?.value)),
        cell(task.indicators.map(indicatorText).filter((t) => t !== "").join("; ")),
      ],
      ...(task.subtasks.length > 0 ? { group: true } : {}),
    };
  });
  return {
    columns: ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm / chỉ tiêu"],
    widths: [6, 34, 16, 18, 11, 19],
    rows,
  };
}
