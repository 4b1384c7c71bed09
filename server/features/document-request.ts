// The issued document in the editor — needs: indexed.
//   plancode/document {uri?, name?, report?} → DocumentResult
//       the preview beside the plan: HTML parts of document/html.ts (escaped, no scripts)
//   plancode/exportDocument {uri?, name?, report?, format} → ExportDocumentResult
//       the .docx (or the PDF through LibreOffice) as base64, for the editor to save where the
//       drafter chooses; the renderers' bundle (dist/export.cjs) is loaded on the first export only
// A file with syntax errors is exported nowhere (as `plancode export`); the preview still shows
// what parses, since it follows the drafter's typing.
import { RequestType } from "vscode-languageserver/node.js";
import { issuedDocument, type ExportResult } from "../../document/build.js";
import { renderHtmlParts } from "../../document/html.js";
import { convertDocxToPdf, ConverterError } from "../../host/libreoffice.js";
import { loadRenderers } from "../../host/renderers.js";
import type { DocumentDecl } from "../../language/index.js";
import {
  DOCUMENT_METHOD,
  EXPORT_DOCUMENT_METHOD,
  type DocumentParams,
  type DocumentResult,
  type ExportDocumentParams,
  type ExportDocumentResult,
} from "../protocol.js";
import type { Services } from "../services.js";

export const DOCUMENT_REQUEST = new RequestType<DocumentParams, DocumentResult, void>(DOCUMENT_METHOD);
export const EXPORT_DOCUMENT_REQUEST = new RequestType<ExportDocumentParams, ExportDocumentResult, void>(EXPORT_DOCUMENT_METHOD);

const NO_DOCUMENT = { vi: "Tệp này không có kế hoạch hay chỉ thị nào", en: "No plan or directive in this file" };
const SYNTAX_ERRORS = {
  vi: "'{name}' chưa xuất được: tệp còn lỗi cú pháp",
  en: "'{name}' is not exported: its file has syntax errors",
};

/** The document asked for: by name, else the file's first plan, else its first directive. */
function chosen(services: Services, params: DocumentParams | undefined): string | undefined {
  if (typeof params?.name === "string" && params.name) return params.name;
  const file = params?.uri ? services.file(params.uri) : undefined;
  const docs = file?.decls.filter((d): d is DocumentDecl => d.kind === "document") ?? [];
  return (docs.find((d) => d.docKind === "plan") ?? docs[0])?.name.text;
}

function build(services: Services, params: DocumentParams | undefined): { name?: string; result?: ExportResult; locale: "vi" | "en" } {
  services.sync();
  const locale = services.locale(params?.uri ?? "");
  const name = chosen(services, params);
  if (!name) return { locale };
  const report = typeof params?.report === "number" && Number.isInteger(params.report) ? { report: params.report } : {};
  return { name, result: issuedDocument(services.workspace, name, report), locale };
}

export function documentPreview(services: Services, params: DocumentParams | undefined): DocumentResult {
  const { name, result, locale } = build(services, params);
  if (!name || !result) return { ok: false, message: NO_DOCUMENT[locale] };
  if (!result.ok) return { ok: false, name, message: result.message[locale] };
  return { ok: true, name, ...renderHtmlParts(result.document) };
}

export async function exportDocument(services: Services, params: ExportDocumentParams | undefined): Promise<ExportDocumentResult> {
  const { name, result, locale } = build(services, params);
  if (!name || !result) return { ok: false, message: NO_DOCUMENT[locale] };
  if (!result.ok) return { ok: false, name, message: result.message[locale] };
  const ws = services.workspace;
  const decl = ws.lookupDocument(result.document.name);
  const file = decl && services.file(ws.uriOf(decl) ?? "");
  if (file && file.problems.length > 0) return { ok: false, name, message: SYNTAX_ERRORS[locale].replace("{name}", name) };
  const { renderDocx } = await loadRenderers();
  const format = params?.format === "pdf" ? "pdf" : "docx";
  try {
    const docx = await renderDocx(result.document);
    const bytes = format === "pdf" ? await convertDocxToPdf(docx) : docx;
    const base = params?.report === undefined ? name : `${name}-bao-cao-${params.report}`;
    return { ok: true, name, fileName: `${base}.${format}`, base64: Buffer.from(bytes).toString("base64") };
  } catch (error) {
    if (error instanceof ConverterError) return { ok: false, name, message: error.text[locale] };
    throw error;
  }
}
