// The body of a plan (or directive) as issued: the opening paragraph, then the sections
// DOCUMENT-FORMAT.md lists — I. MỤC ĐÍCH, YÊU CẦU; II. NHIỆM VỤ, GIẢI PHÁP; III. TỔ CHỨC THỰC
// HIỆN — then the plan's own free sections; and the appendix table. A directive has its
// viewpoints and objectives where a plan has its purposes. What the plan does not say is either
// derived (who does what, the reporting duty) or a marked sentence for the drafter to complete.
import type { DocumentDecl, TextKey, Workspace } from "../language/index.js";
import { planSpec, reportInstances } from "../workflows/index.js";
import { bodyName, citation, typeWord } from "./cite.js";
import { placeholder } from "./header.js";
import type { Appendix, Block } from "./model.js";
import { assignmentBlocks, assignmentTable, numberTasks, taskBlocks } from "./tasks.js";
import { cadenceWords, lowerFirst, runningText, sentence, shortDate, upperFirst } from "./words.js";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

const paragraph = (text: string): Block => ({ kind: "paragraph", runs: [{ text: sentence(text) }] });
const marked = (text: string): Block => ({ kind: "paragraph", runs: [placeholder(sentence(text))] });

/** The strings of a document's prose statements of `key`, in order. */
function prose(doc: DocumentDecl, key: TextKey): string[] {
  return doc.prose.filter((p) => p.key === key).flatMap((p) => p.values.map((v) => runningText(v.value))).filter((v) => v !== "");
}

/** Sections numbered I, II, … in the order they are added. */
class Sections {
  readonly blocks: Block[] = [];
  private count = 0;
  add(title: string, blocks: Block[]): void {
    this.blocks.push({ kind: "heading", text: `${ROMAN[this.count] ?? this.count + 1}. ${title.toLocaleUpperCase("vi")}` }, ...blocks);
    this.count++;
  }
}

/** `Thực hiện Kết luận số 57-KL/TW … về …, Tỉnh ủy Bình Dương ban hành Kế hoạch thực hiện như sau:`. */
function derivedPreamble(ws: Workspace, doc: DocumentDecl): string | undefined {
  const directive = doc.implements && ws.lookupDocument(doc.implements.text);
  if (doc.docKind !== "plan" || !directive || directive === doc) return undefined;
  const about = directive.title ? ` ${lowerFirst(runningText(directive.title.value))}` : "";
  const parent = doc.parent && ws.lookupDocument(doc.parent.text);
  const alsoParent = parent && parent !== directive && parent !== doc ? ` và ${citation(ws, parent)}` : "";
  const issuer = doc.issuer ? bodyName(ws, doc.issuer) : "";
  return `Thực hiện ${citation(ws, directive)}${about}${alsoParent}, ${issuer} ban hành ${upperFirst(typeWord(doc))} thực hiện như sau:`;
}

function purposes(ws: Workspace, doc: DocumentDecl): Block[] {
  const directive = (doc.implements && ws.lookupDocument(doc.implements.text)) ?? doc;
  const cited = citation(ws, directive);
  const given = (key: TextKey, missing: string): Block[] => {
    const texts = prose(doc, key);
    return texts.length ? texts.map(paragraph) : [marked(missing)];
  };
  return [
    { kind: "subheading", text: "1. Mục đích" },
    ...given(
      "purpose",
      `Quán triệt sâu sắc, tổ chức thực hiện nghiêm túc, hiệu quả ${cited}; nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, cơ quan, đơn vị, cán bộ, đảng viên và nhân dân (cơ quan soạn thảo hoàn chỉnh mục đích)`,
    ),
    { kind: "subheading", text: "2. Yêu cầu" },
    ...given(
      "requirement",
      "Cụ thể hóa nhiệm vụ, giải pháp phù hợp với tình hình thực tế; phân công rõ cơ quan chủ trì, phối hợp, thời gian hoàn thành và chỉ tiêu đo lường kết quả (cơ quan soạn thảo hoàn chỉnh yêu cầu)",
    ),
  ];
}

/** The reporting duty and the reviews, from `reporting` (full names, first due date when issued). */
function reportingBlocks(ws: Workspace, doc: DocumentDecl): Block[] {
  const reporting = doc.reporting;
  if (!reporting) return [];
  const blocks: Block[] = [];
  const advisor = doc.approval?.steps[0]?.by ?? doc.issuer;
  const who = advisor ? bodyName(ws, advisor) : "Cơ quan tham mưu";
  const spec = planSpec(doc);
  // The first report of each series, when the plan is issued (its dates follow from issuance).
  const first = spec.issued ? reportInstances(spec.reports, spec.issued.first, spec.horizon ?? spec.issued.first + 20 * 366) : [];
  reporting.reports.forEach((report, series) => {
    const how = cadenceWords(report.every) ?? "định kỳ";
    const to = report.to ? ` về ${bodyName(ws, report.to)}` : "";
    const day = report.dueDay ? `, hạn gửi trước ngày ${report.dueDay.value} của tháng đến hạn` : "";
    const firstDue = first.find((r) => r.series === series);
    const opening = firstDue ? ` (kỳ đầu: trước ngày ${shortDate(firstDue.due)})` : "";
    const what = report.title ? ` (${runningText(report.title.value)})` : "";
    blocks.push(paragraph(`${who} theo dõi, đôn đốc, kiểm tra việc thực hiện ${upperFirst(typeWord(doc))}; ${how} tổng hợp, tham mưu báo cáo kết quả thực hiện${what}${to}${day}${opening}`));
  });
  const reviews = reporting.reviews
    .filter((r) => r.by?.last !== undefined)
    .map((r) => `${r.which === "final" ? "tổng kết" : "sơ kết"} việc thực hiện trước ngày ${shortDate(r.by!.last!)}`);
  if (reviews.length) blocks.push(paragraph(upperFirst(reviews.join("; "))));
  return blocks;
}

export interface Body {
  body: Block[];
  appendix?: Appendix;
}

export function planBody(ws: Workspace, doc: DocumentDecl): Body {
  const body: Block[] = [];
  const opening = prose(doc, "preamble");
  const preamble = opening.length ? opening : [derivedPreamble(ws, doc)].filter((p): p is string => p !== undefined);
  body.push(...preamble.map(paragraph));

  const sections = new Sections();
  if (doc.docKind === "plan") sections.add("Mục đích, yêu cầu", purposes(ws, doc));
  if (doc.viewpoints.length) sections.add("Quan điểm", doc.viewpoints.map((v, i) => paragraph(`${i + 1}. ${runningText(v.text?.value ?? "")}`)));
  if (doc.objectives.length) sections.add("Mục tiêu", doc.objectives.map((o, i) => paragraph(`${i + 1}. ${runningText(o.text?.value ?? "")}`)));
  const numbered = numberTasks(doc);
  if (numbered.length) sections.add("Nhiệm vụ, giải pháp", taskBlocks(ws, doc, numbered));
  const organization = prose(doc, "organization").map(paragraph);
  const assignments = doc.docKind === "plan" ? assignmentBlocks(ws, numbered, 1) : [];
  const reporting = reportingBlocks(ws, doc);
  if (organization.length || assignments.length || reporting.length) {
    const next = assignments.filter((b) => b.kind === "subheading").length + 1;
    const duties: Block[] = reporting.length ? [{ kind: "subheading", text: `${next}. Chế độ báo cáo, sơ kết, tổng kết` }, ...reporting] : [];
    sections.add("Tổ chức thực hiện", [...organization, ...assignments, ...duties]);
  }
  for (const section of doc.sections) {
    const paragraphs = section.paragraphs.flatMap((p) => p.values.map((v) => paragraph(v.value)));
    const title = runningText(section.title?.value ?? "");
    // A section without a title continues the one before it (no bare "IV." heading).
    if (title) sections.add(title, paragraphs);
    else sections.blocks.push(...paragraphs);
  }
  body.push(...sections.blocks);

  if (doc.docKind !== "plan" || numbered.length === 0) return { body };
  return {
    body,
    appendix: {
      title: "PHỤ LỤC",
      subtitle: [`PHÂN CÔNG NHIỆM VỤ THỰC HIỆN ${typeWord(doc).toLocaleUpperCase("vi")}`, `(Kèm theo ${citation(ws, doc)})`],
      table: assignmentTable(ws, numbered),
    },
  };
}
