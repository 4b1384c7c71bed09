// textDocument/documentSymbol (outline) and workspace/symbol — needs: parsed / indexed.
// Outline: hierarchy › levels; units › nested units; documents › tasks › subtasks, approval,
// reporting, history. Workspace symbols: units, documents and tasks (as `DOC.TASK`), matched by
// a subsequence of the query without diacritics.
import {
  SymbolKind,
  type CancellationToken,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type SymbolInformation,
  type WorkspaceSymbolParams,
} from "vscode-languageserver/node.js";
import { allTasks, foldName, type DocumentDecl, type SourceFile, type Span, type TaskDecl, type UnitDecl } from "../../language/index.js";
import { rangeOf } from "../convert.js";
import { yielder } from "../safe.js";
import type { Services } from "../services.js";

export function documentSymbols(services: Services, params: DocumentSymbolParams): DocumentSymbol[] {
  const file = services.file(params.textDocument.uri);
  if (!file) return [];
  const sym = (name: string, detail: string | undefined, kind: SymbolKind, span: Span, selection: Span, children?: DocumentSymbol[]): DocumentSymbol => {
    // The selection range must lie inside the full range, even in a half-parsed file.
    const start = Math.max(span.start, Math.min(selection.start, span.end));
    const end = Math.max(start, Math.min(selection.end, span.end));
    return {
      name: name || "?",
      detail,
      kind,
      range: rangeOf(file, span),
      selectionRange: rangeOf(file, { start, end }),
      children,
    };
  };
  const unit = (u: UnitDecl): DocumentSymbol =>
    sym(u.name.text, u.title?.value, SymbolKind.Class, u.span, u.name.span, u.children.map(unit));
  const task = (tk: TaskDecl): DocumentSymbol =>
    sym(tk.name.text, tk.title?.value, SymbolKind.Function, tk.span, tk.name.span, tk.subtasks.map(task));
  const document = (d: DocumentDecl): DocumentSymbol => {
    const children = d.tasks.map(task);
    if (d.approval) children.push(sym("approval", d.approval.steps.map((s) => s.name.text).join(" → "), SymbolKind.Object, d.approval.span, d.approval.keySpan));
    if (d.reporting) children.push(sym("reporting", undefined, SymbolKind.Object, d.reporting.span, d.reporting.keySpan));
    if (d.history) children.push(sym("history", undefined, SymbolKind.Event, d.history.span, d.history.keySpan));
    return sym(d.name.text, d.title?.value, d.docKind === "directive" ? SymbolKind.Namespace : SymbolKind.Module, d.span, d.name.span, children);
  };
  return file.decls.map((decl) => {
    if (decl.kind === "hierarchy") {
      const levels = decl.levels.map((l) => sym(l.name.text, l.title?.value, SymbolKind.EnumMember, l.span, l.name.span));
      return sym("hierarchy", undefined, SymbolKind.Enum, decl.span, decl.keyword, levels);
    }
    return decl.kind === "unit" ? unit(decl) : document(decl);
  });
}

export async function workspaceSymbols(
  services: Services,
  params: WorkspaceSymbolParams,
  token?: CancellationToken,
): Promise<SymbolInformation[]> {
  services.sync();
  const pause = yielder();
  const ws = services.workspace;
  const query = foldName(params.query ?? "");
  const out: SymbolInformation[] = [];
  const limit = 500;
  const add = (file: SourceFile, name: string, kind: SymbolKind, span: Span, container?: string): void => {
    if (out.length < limit && matches(foldName(name), query)) {
      out.push({ name, kind, location: { uri: file.uri, range: rangeOf(file, span) }, containerName: container });
    }
  };
  for (const uri of ws.uris()) {
    await pause();
    if (token?.isCancellationRequested || out.length >= limit) break;
    const file = ws.getFile(uri);
    if (!file) continue;
    for (const g of ws.fileSymbols(uri)?.globals ?? []) {
      if (g.kind === "unit") add(file, g.name.text, SymbolKind.Class, g.name.span, g.title?.value);
      else {
        add(file, g.name.text, g.docKind === "directive" ? SymbolKind.Namespace : SymbolKind.Module, g.name.span, g.title?.value);
        for (const tk of allTasks(g)) add(file, `${g.name.text}.${tk.name.text}`, SymbolKind.Function, tk.name.span, tk.title?.value);
      }
    }
  }
  return out;
}

/** Whether the query's characters appear in order in the name. */
function matches(name: string, query: string): boolean {
  let i = 0;
  for (const c of name) if (i < query.length && c === query[i]) i++;
  return i === query.length;
}
