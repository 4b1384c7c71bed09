// A plan's (or directive's) issued document as bytes, for `plancode export` and the API's
// `exportDocument`: the document built from the workspace (document/build.ts), refused when its
// file has syntax errors, laid out by the renderers (dist/export.cjs) and, for PDF, converted by
// LibreOffice. The caller shows the findings and writes the bytes.
import { issuedDocument } from "../document/build.js";
import { checkFile, type Finding, type Localized } from "../language/index.js";
import { convertDocxToPdf, ConverterError } from "../host/libreoffice.js";
import { loadRenderers } from "../host/renderers.js";
import type { LintResult } from "./formatters/types.js";
import type { CliIO } from "./io.js";
import { toLintResult } from "./lint-results.js";
import type { LoadedWorkspace } from "./workspace.js";

export type DocumentFormat = "docx" | "html" | "pdf";

export type RenderedDocument =
  /** `findings`: those of the document's file (shown beside the document: it is written all the same). */
  | { ok: true; bytes: Uint8Array; fileName: string; findings: LintResult }
  /** Exit 1: its file has syntax errors (its findings say which); exit 2: an unknown name, a report it has not, no converter. */
  | { ok: false; exitCode: 1 | 2; message: Localized; findings?: LintResult };

export async function renderIssuedDocument(
  loaded: LoadedWorkspace,
  name: string,
  options: { format: DocumentFormat; report?: number },
  io: Pick<CliIO, "cwd" | "env">,
): Promise<RenderedDocument> {
  const { workspace } = loaded;
  const result = issuedDocument(workspace, name, options.report === undefined ? {} : { report: options.report });
  if (!result.ok) return { ok: false, exitCode: 2, message: result.message };
  // The findings of the document's own file: syntax errors stop the export, the rest are shown.
  const uri = workspace.uriOf(workspace.lookupDocument(result.document.name)!)!;
  const checked: Finding[] = checkFile(workspace, uri, { rules: loaded.rulesFor(uri) });
  const findings = toLintResult(uri, loaded.texts.get(uri) ?? workspace.getFile(uri)?.text ?? "", checked, loaded.locale, io.cwd);
  if (checked.some((f) => f.ruleId === "syntax")) {
    return {
      ok: false,
      exitCode: 1,
      findings,
      message: { vi: `không xuất ${name}: tệp còn lỗi cú pháp; không ghi tệp nào`, en: `${name} not exported: its file has syntax errors; nothing written` },
    };
  }
  const renderers = await loadRenderers();
  let bytes: Uint8Array;
  try {
    if (options.format === "html") bytes = new TextEncoder().encode(renderers.renderHtml(result.document));
    else {
      const docx = await renderers.renderDocx(result.document);
      bytes = options.format === "pdf" ? await convertDocxToPdf(docx, { env: io.env }) : docx;
    }
  } catch (error) {
    if (error instanceof ConverterError) return { ok: false, exitCode: 2, message: error.text, findings };
    throw error;
  }
  // A report's template never takes the plan's own file name.
  const base = options.report === undefined ? name : `${name}-bao-cao-${options.report}`;
  return { ok: true, bytes, fileName: `${base}.${options.format}`, findings };
}
