// The generator's models of units and documents, and their rendering as `.plan` text in the
// layout of LANGUAGE.md and the samples (two-space indent, one statement per line, blank lines
// between sections). Rendering is pure: the same model always gives the same text.

export interface UnitModel {
  name: string;
  title: string;
  level?: string;
  code?: string;
  placedIn?: string;
  children: UnitModel[];
  /** A `// ...` comment put on the line above the unit. */
  comment?: string;
}

export interface IndicatorModel {
  text: string;
  /** `100%` or `500`. */
  target: string;
}

export interface TaskModel {
  name: string;
  title: string;
  covers: string[];
  /** Each entry is one `lead` line naming its bodies (a correct task has exactly one line with one body). */
  leads: string[][];
  supports: string[];
  /** The deadline as written (`Q4/2023`, `30/9/2023`, `ongoing`); omitted when undefined. */
  due?: string;
  indicators: IndicatorModel[];
  subtasks: TaskModel[];
  /** Not rendered: the directive's theme (1-5) the task belongs to, which shapes its children's wording. */
  theme?: number;
}

export interface StepModel {
  name: string;
  by: string;
  /** `30 days`. */
  within: string;
}

export interface ReportModel {
  title: string;
  /** `6 months`. */
  every: string;
  dueDay: number;
  to: string;
}

export interface ReviewModel {
  which: "preliminary" | "final";
  by: string;
}

export interface EventModel {
  date: string;
  word: string;
  which?: "preliminary" | "final";
  note?: string;
  comment?: string;
}

export interface LabelledModel {
  name: string;
  text: string;
}

export interface DocumentModel {
  kind: "directive" | "plan";
  name: string;
  number?: string;
  /** A comment after the number line (`// số hiệu minh họa`). */
  numberComment?: string;
  title?: string;
  issuer?: string;
  issued?: string;
  implements?: string;
  parent?: string;
  continues?: string;
  horizon?: string;
  objectives: LabelledModel[];
  viewpoints: LabelledModel[];
  tasks: TaskModel[];
  approval?: StepModel[];
  reports: ReportModel[];
  reviews: ReviewModel[];
  history?: EventModel[];
  /** Comment lines put before the task list. */
  taskComment?: string;
}

export interface FileModel {
  /** Comment lines at the top of the file (without `// `). */
  header: string[];
  /** Levels of a `hierarchy` block (name, title), when the file declares one. */
  hierarchy?: [string, string][];
  units: UnitModel[];
  documents: DocumentModel[];
}

/** A string literal: quotes around, `"` and `\` escaped. */
export function quote(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

const pad = (s: string, width: number): string => (s.length >= width ? s : s + " ".repeat(width - s.length));

/** A `unit` declaration; children aligned like the samples when `align` is set. */
export function unitBlock(unit: UnitModel, indent = "", align = true): string {
  const lines: string[] = [];
  writeUnit(unit, indent, align ? 0 : -1, lines);
  return lines.join("\n") + "\n";
}

function writeUnit(unit: UnitModel, indent: string, nameWidth: number, out: string[]): void {
  if (unit.comment) out.push(`${indent}// ${unit.comment}`);
  let head = `${indent}unit ${nameWidth > 0 ? pad(unit.name, nameWidth) : unit.name} ${quote(unit.title)}`;
  if (unit.level) head += ` level ${unit.level}`;
  if (unit.code) head += ` code ${quote(unit.code)}`;
  if (unit.placedIn) head += ` in ${unit.placedIn}`;
  if (!unit.children.length) {
    out.push(head);
    return;
  }
  out.push(`${head} {`);
  const width = nameWidth < 0 ? -1 : Math.max(...unit.children.map((c) => c.name.length));
  for (const child of unit.children) writeUnit(child, indent + "  ", width, out);
  out.push(`${indent}}`);
}

/** A task and its subtasks. */
export function taskBlock(task: TaskModel, indent = "  "): string {
  const lines: string[] = [];
  writeTask(task, indent, lines);
  return lines.join("\n") + "\n";
}

function writeTask(task: TaskModel, indent: string, out: string[]): void {
  let head = `${indent}task ${task.name} ${quote(task.title)}`;
  if (task.covers.length) head += ` covers ${task.covers.join(", ")}`;
  const body: string[] = [];
  const inner = indent + "  ";
  for (const lead of task.leads) body.push(`${inner}lead ${lead.join(", ")}`);
  if (task.supports.length) body.push(`${inner}support ${task.supports.join(", ")}`);
  if (task.due !== undefined) body.push(`${inner}due ${task.due}`);
  for (const ind of task.indicators) body.push(`${inner}indicator ${quote(ind.text)} target ${ind.target}`);
  if (!body.length && !task.subtasks.length) {
    out.push(head);
    return;
  }
  out.push(`${head} {`);
  out.push(...body);
  for (const sub of task.subtasks) writeTask(sub, inner, out);
  out.push(`${indent}}`);
}

/** A whole `directive` or `plan` declaration. */
export function planText(doc: DocumentModel): string {
  const out: string[] = [`${doc.kind} ${doc.name} {`];
  const field = (key: string, value: string | undefined, comment?: string): void => {
    if (value === undefined) return;
    const line = `  ${key} ${value}`;
    out.push(comment ? `${pad(line, 38)} // ${comment}` : line);
  };
  field("number", doc.number && quote(doc.number), doc.numberComment);
  field("title", doc.title && quote(doc.title));
  field("issuer", doc.issuer);
  field("issued", doc.issued);
  field("continues", doc.continues);
  field("implements", doc.implements);
  field("parent", doc.parent);
  field("horizon", doc.horizon);
  if (doc.objectives.length) {
    out.push("");
    for (const o of doc.objectives) out.push(`  objective ${o.name} ${quote(o.text)}`);
  }
  if (doc.viewpoints.length) {
    out.push("");
    for (const v of doc.viewpoints) out.push(`  viewpoint ${v.name} ${quote(v.text)}`);
  }
  if (doc.tasks.length) {
    out.push("");
    if (doc.taskComment) out.push(`  // ${doc.taskComment}`);
    for (const t of doc.tasks) writeTask(t, "  ", out);
  }
  if (doc.approval || doc.reports.length || doc.reviews.length || doc.history) out.push("");
  if (doc.approval) {
    const w = Math.max(...doc.approval.map((s) => s.name.length));
    const wb = Math.max(...doc.approval.map((s) => s.by.length));
    out.push("  approval {");
    for (const s of doc.approval) out.push(`    step ${pad(s.name, w)} by ${pad(s.by, wb)} within ${s.within}`);
    out.push("  }");
  }
  if (doc.reports.length || doc.reviews.length) {
    out.push("  reporting {");
    for (const r of doc.reports) out.push(`    report ${quote(r.title)} every ${r.every} due day ${r.dueDay} to ${r.to}`);
    for (const r of doc.reviews) out.push(`    review ${r.which} by ${r.by}`);
    out.push("  }");
  }
  if (doc.history) {
    out.push("  history {");
    for (const e of doc.history) {
      let line = `    ${e.date} ${e.word}`;
      if (e.which) line += ` ${e.which}`;
      if (e.note !== undefined) line += ` ${quote(e.note)}`;
      out.push(e.comment ? `${pad(line, 40)}// ${e.comment}` : line);
    }
    out.push("  }");
  }
  out.push("}");
  return out.join("\n") + "\n";
}

/** A whole file: header comments, hierarchy, units, then documents, separated by blank lines. */
export function fileText(file: FileModel): string {
  const parts: string[] = [];
  if (file.header.length) parts.push(file.header.map((h) => `// ${h}`).join("\n") + "\n");
  if (file.hierarchy) {
    const w = Math.max(...file.hierarchy.map(([n]) => n.length));
    parts.push(`hierarchy {\n${file.hierarchy.map(([n, t]) => `  level ${pad(n, w)} ${quote(t)}`).join("\n")}\n}\n`);
  }
  for (const u of file.units) parts.push(unitBlock(u));
  for (const d of file.documents) parts.push(planText(d));
  return parts.join("\n");
}
