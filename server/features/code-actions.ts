// textDocument/codeAction — needs: checked. Quick fixes are the `fixes` the rules attach to their
// findings (did-you-mean, stub tasks for uncovered tasks, a likely `lead`, the issuer code…),
// plus `// plancode-disable-next-line RULE` above the finding's line.
//
// One entry per fix: several findings often carry the same fix (each uncovered task of a plan
// offers "add tasks covering all of them"), and the editor lists an action once per diagnostic it
// is attached to. Actions with the same title and the same edits are merged into one, which
// names every diagnostic it resolves.
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
} from "vscode-languageserver/node.js";
import { lineIndexOf, type Finding, type SourceFile } from "../../language/index.js";
import { rangeOf, rangesOverlap, toDiagnostic, toTextEdit } from "../convert.js";
import { t } from "../messages.js";
import type { Services } from "../services.js";

export function codeActions(services: Services, params: CodeActionParams): CodeAction[] {
  const file = services.file(params.textDocument.uri);
  if (!file) return [];
  const only = params.context?.only;
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || k.startsWith(`${CodeActionKind.QuickFix}.`) || k === CodeActionKind.Empty)) {
    return [];
  }
  const locale = services.locale(file.uri);
  const findings = services.pipeline.findingsOf(file.uri).filter((f) => rangesOverlap(rangeOf(file, f.span), params.range));
  const actions = new UniqueActions();
  for (const finding of findings) {
    const diagnostic = toDiagnostic(file, finding, locale);
    const fixes = finding.fixes ?? [];
    for (const fix of fixes) {
      actions.add({
        title: fix.title[locale],
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fixes.length === 1,
        edit: { changes: { [file.uri]: fix.edits.map((e) => toTextEdit(file, e)) } },
      });
    }
    if (finding.ruleId !== "syntax") {
      const line = lineIndexOf(file).positionAt(finding.span.start).line;
      actions.add(disableAction(file, finding, diagnostic, line, t(locale, "disableRule", { rule: finding.ruleId })));
    }
  }
  return actions.list();
}

/** Code actions in order of arrival, one per (title, edit): a repeat only adds its diagnostics. */
class UniqueActions {
  private readonly byKey = new Map<string, CodeAction>();

  add(action: CodeAction): void {
    const key = JSON.stringify([action.title, action.edit]);
    const seen = this.byKey.get(key);
    if (!seen) {
      this.byKey.set(key, action);
      return;
    }
    seen.diagnostics = [...(seen.diagnostics ?? []), ...(action.diagnostics ?? [])];
    // Preferred when it is the only fix of any finding it resolves.
    seen.isPreferred = seen.isPreferred || action.isPreferred;
  }

  list(): CodeAction[] {
    return [...this.byKey.values()];
  }
}

function disableAction(file: SourceFile, finding: Finding, diagnostic: Diagnostic, line: number, title: string): CodeAction {
  const lines = lineIndexOf(file);
  const start = lines.lineStart(line);
  const indent = /^[ \t]*/.exec(file.text.slice(start))?.[0] ?? "";
  const eol = file.text.includes("\r\n") ? "\r\n" : "\n";
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      changes: {
        [file.uri]: [{ range: rangeOf(file, { start, end: start }), newText: `${indent}// plancode-disable-next-line ${finding.ruleId}${eol}` }],
      },
    },
  };
}
