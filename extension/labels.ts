// Display labels for lifecycle states and deadlines, in the UI language (vscode.l10n).
import * as vscode from "vscode";

/** `approval:appraise` → "In approval: appraise" / "Đang trình: appraise". */
export function stateLabel(state: string): string {
  const [phase, step] = state.split(":");
  switch (phase) {
    case "drafting":
      return vscode.l10n.t("Drafting");
    case "approval":
      return vscode.l10n.t("In approval: {0}", step ?? "");
    case "approved":
      return vscode.l10n.t("Approved");
    case "issued":
      return vscode.l10n.t("Issued");
    case "disseminated":
      return vscode.l10n.t("Disseminated");
    case "implementing":
      return vscode.l10n.t("Implementing");
    case "closed":
      return vscode.l10n.t("Closed");
    default:
      return state;
  }
}

/** `report` → "report" / "báo cáo"; `approval:appraise` (the server's name of a step) → "step appraise". */
export function deadlineLabel(what: string): string {
  if (what.startsWith("approval:")) return vscode.l10n.t("step {0}", what.slice("approval:".length));
  switch (what) {
    case "report":
      return vscode.l10n.t("report");
    case "review preliminary":
      return vscode.l10n.t("preliminary review");
    case "review final":
      return vscode.l10n.t("final review");
    default:
      return what;
  }
}
