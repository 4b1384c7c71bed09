// textDocument/formatting — needs: the text. The canonical layout of `language/format` (the same
// as `plancode fmt`), sent as one edit covering only what changed. A file the formatter refuses
// (syntax errors) gets no edits.
import type { DocumentFormattingParams, TextEdit } from "vscode-languageserver/node.js";
import { minimalEdit } from "../convert.js";
import type { Services } from "../services.js";

export function formatting(services: Services, params: DocumentFormattingParams): TextEdit[] | null {
  const file = services.file(params.textDocument.uri);
  if (!file || !services.formatter) return null;
  const result = services.formatter(file.uri, file.text);
  if (!result.ok) return null;
  const edit = minimalEdit(file, result.text);
  return edit ? [edit] : [];
}
