// The issued document of a plan or directive of a workspace (`plancode export`): the model of
// document/model.ts, worded in Vietnamese, every body by its full name, laid out by the renderers.
// Pure: reads the Workspace, returns data or a reason in both locales.
import { documentLayout } from "../language/document/letterhead.js";
import { closest, format, toYMD, type DocumentDecl, type Localized, type Workspace } from "../language/index.js";
import { bodyName, typeWord } from "./cite.js";
import { recipientLines, recipientsOf, signatureOf } from "./closing.js";
import { headerOf, summaryOf } from "./header.js";
import type { IssuedDocument } from "./model.js";
import { planBody } from "./plan-body.js";
import { dueYear, reportBody, reportPeriods, reportSummary } from "./report.js";

export interface ExportOptions {
  /** The K-th periodic report's template instead of the document itself (1-based). */
  report?: number;
}

export type ExportResult = { ok: true; document: IssuedDocument } | { ok: false; message: Localized };

const MESSAGES = {
  unknown: { vi: "Không có văn bản '{name}' trong không gian làm việc", en: "No document '{name}' in the workspace" },
  unknownSuggest: {
    vi: "Không có văn bản '{name}' trong không gian làm việc. Có phải là '{suggestion}'?",
    en: "No document '{name}' in the workspace. Did you mean '{suggestion}'?",
  },
  unit: { vi: "'{name}' là một đơn vị, không phải văn bản: xuất một kế hoạch hoặc nghị quyết, kết luận", en: "'{name}' is a unit, not a document: export a plan or directive" },
  noReporting: { vi: "'{name}' không quy định báo cáo định kỳ ('reporting' … 'report')", en: "'{name}' declares no periodic report ('reporting' … 'report')" },
  notIssued: {
    vi: "'{name}' chưa có ngày ban hành ('issued'): chưa xác định được các kỳ báo cáo",
    en: "'{name}' has no issuance date ('issued'): its report periods are not known yet",
  },
  reportRange: {
    vi: "'{name}' có {count} kỳ báo cáo đến hết thời hạn; --report nhận số từ 1 đến {count}",
    en: "'{name}' has {count} periodic reports up to its horizon; --report takes 1 to {count}",
  },
} satisfies Record<string, Localized>;

function fail(id: keyof typeof MESSAGES, data: Record<string, string | number>): ExportResult {
  const m = MESSAGES[id];
  return { ok: false, message: { vi: format(m.vi, data), en: format(m.en, data) } };
}

/** The issued document of `name`, or why there is none. */
export function issuedDocument(ws: Workspace, name: string, options: ExportOptions = {}): ExportResult {
  const found = ws.lookup(name.normalize("NFC"));
  if (!found) {
    const suggestion = closest(name, ws.namesOfKind("document"));
    return suggestion ? fail("unknownSuggest", { name, suggestion }) : fail("unknown", { name });
  }
  if (found.decl.kind !== "document") return fail("unit", { name });
  const doc = found.decl;
  return options.report === undefined ? { ok: true, document: asIssued(ws, doc) } : reportTemplate(ws, doc, options.report);
}

function asIssued(ws: Workspace, doc: DocumentDecl): IssuedDocument {
  const layout = documentLayout(ws, doc);
  const issued = doc.issued?.kind === "date" ? doc.issued.first : undefined;
  const year = doc.issued?.last !== undefined ? toYMD(doc.issued.last).year : undefined;
  const { body, appendix } = planBody(ws, doc);
  return {
    layout,
    kind: "plan",
    name: doc.name.text,
    header: headerOf(ws, doc, layout, { date: issued, year }),
    type: typeWord(doc).toLocaleUpperCase("vi"),
    summary: [summaryOf(ws, doc)],
    body,
    signature: signatureOf(ws, doc),
    recipients: recipientsOf(ws, doc, layout),
    ...(appendix ? { appendix } : {}),
    lang: "vi",
  };
}

function reportTemplate(ws: Workspace, doc: DocumentDecl, k: number): ExportResult {
  const name = doc.name.text;
  if (!doc.reporting?.reports.length) return fail("noReporting", { name });
  const periods = reportPeriods(doc);
  if (doc.issued?.first === undefined) return fail("notIssued", { name });
  const period = periods[k - 1];
  if (!period || !Number.isInteger(k)) return fail("reportRange", { name, count: periods.length });
  const layout = documentLayout(ws, doc);
  const to = doc.reporting.reports[period.instance.series].to;
  return {
    ok: true,
    document: {
      layout,
      kind: "report",
      name,
      header: headerOf(ws, doc, layout, { type: "BC", year: dueYear(period) }),
      type: "BÁO CÁO",
      summary: reportSummary(ws, doc, period),
      body: reportBody(ws, doc, period),
      signature: signatureOf(ws, doc),
      recipients: recipientLines(to ? [{ text: `${bodyName(ws, to)} (để báo cáo)` }] : [], layout),
      lang: "vi",
    },
  };
}
