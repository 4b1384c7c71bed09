// The edge between the core's plain data (UTF-16 offsets, findings, offset edits) and LSP shapes
// (positions, diagnostics, workspace edits). The only place that builds LSP ranges.
import {
  DiagnosticSeverity,
  type Diagnostic,
  type Position,
  type Range,
  type TextEdit as LspTextEdit,
} from "vscode-languageserver/node.js";
import { lineIndexOf, ruleDocsUrl, type Finding, type Locale, type SourceFile, type Span, type TextEdit } from "../language/index.js";

export function rangeOf(file: { text: string }, span: Span): Range {
  const lines = lineIndexOf(file);
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function offsetOf(file: { text: string }, position: Position): number {
  return lineIndexOf(file).offsetAt(position);
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

export function toDiagnostic(file: SourceFile, finding: Finding, locale: Locale): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(file, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    // The rule's page (docs/rules/<id>.md): editors link the code to it.
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: "plancode",
    message: finding.message[locale],
    data: { ruleId: finding.ruleId, messageId: finding.messageId },
  };
  return diagnostic;
}

export function toTextEdit(file: { text: string }, edit: TextEdit): LspTextEdit {
  return { range: rangeOf(file, edit.span), newText: edit.newText };
}

export function rangesOverlap(a: Range, b: Range): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** One edit replacing only what differs between two texts (keeps cursors and undo small). */
export function minimalEdit(file: { text: string }, newText: string): LspTextEdit | undefined {
  const old = file.text;
  if (old === newText) return undefined;
  let start = 0;
  const max = Math.min(old.length, newText.length);
  while (start < max && old.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let endOld = old.length;
  let endNew = newText.length;
  while (endOld > start && endNew > start && old.charCodeAt(endOld - 1) === newText.charCodeAt(endNew - 1)) {
    endOld--;
    endNew--;
  }
  // Never split a surrogate pair or a CRLF.
  while (start > 0 && isLowSurrogateOrLf(old, start)) start--;
  while (endOld < old.length && isLowSurrogateOrLf(old, endOld)) {
    endOld++;
    endNew++;
  }
  return { range: rangeOf(file, { start, end: endOld }), newText: newText.slice(start, endNew) };
}

function isLowSurrogateOrLf(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0xdc00 && c <= 0xdfff) || (c === 10 && text.charCodeAt(i - 1) === 13);
}
