// The "Plancode" view in the activity bar: every plan and directive of the workspace, grouped by
// the level of its issuer (the top first) and, within a level, most urgent first as the
// `plancode status` table sorts them. It is there whatever editor is active (the "Show status"
// picker needed a plan tab). The server words every entry in the workspace's language
// (`plancode/status` with `order: "urgency"`); this view only arranges them. Choosing a document
// opens its file at the declaration. Refreshed as plans change (extension/plan-changes.ts).
import * as vscode from "vscode";
import { RefreshOnPlanChanges } from "./plan-changes.js";
import type { StatusEntry, StatusParams } from "./protocol.js";
import { onDidChangeLocale, t } from "./words.js";

export const VIEW_ID = "plancode.documents";
export const OPEN_ENTRY_COMMAND = "plancode.openStatusEntry";

type Level = { kind: "level"; title: string; rank: number; entries: StatusEntry[] };
type Node = Level | { kind: "document"; entry: StatusEntry };

export type AskStatus = (params: StatusParams) => Promise<StatusEntry[] | undefined>;

export class PlancodeView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];
  private levels: Level[] | undefined;
  private readonly changes: RefreshOnPlanChanges;
  private loading: Promise<void> | undefined;

  constructor(private readonly ask: AskStatus) {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.changes = new RefreshOnPlanChanges(() => this.refresh(), () => this.view.visible);
    this.disposables.push(
      this.view,
      this.changes,
      this.view.onDidChangeVisibility(() => this.view.visible && this.changes.shown()),
      onDidChangeLocale(() => this.refresh()),
      vscode.commands.registerCommand(OPEN_ENTRY_COMMAND, (entry: StatusEntry) => openEntry(entry)),
    );
    this.retitle();
  }

  /** Asks the server again now (the view's refresh button, a restarted server). */
  refresh(): void {
    this.changes.refreshed();
    this.levels = undefined;
    this.changed.fire(undefined);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === "level") {
      const overdue = node.entries.filter((e) => e.overdue.length).length;
      // A level of thousands of communes opens on demand; the others open at once.
      const item = new vscode.TreeItem(node.title, node.entries.length > 200 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.description = overdue ? t("{0} documents · {1} overdue", node.entries.length, overdue) : t("{0} documents", node.entries.length);
      item.id = `level:${node.rank}:${node.title}`;
      return item;
    }
    const { entry } = node;
    const item = new vscode.TreeItem(entry.name, vscode.TreeItemCollapsibleState.None);
    item.id = `document:${entry.file}#${entry.name}`;
    item.description = entry.display.description;
    item.iconPath = new vscode.ThemeIcon(entry.overdue.length ? "warning" : entry.kind === "directive" ? "book" : "pass");
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${escapeMarkdown(entry.name)}** — ${escapeMarkdown(entry.title ?? "")}\n\n${escapeMarkdown(entry.display.description)}`);
    if (entry.display.detail) tooltip.appendMarkdown(`\n\n${escapeMarkdown(entry.display.detail)}`);
    item.tooltip = tooltip;
    item.command = { command: OPEN_ENTRY_COMMAND, title: t("Open"), arguments: [entry] };
    item.contextValue = "plancodeDocument";
    return item;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === "level") return node.entries.map((entry) => ({ kind: "document", entry }));
    if (node) return [];
    if (!this.levels) await this.load();
    return this.levels ?? [];
  }

  private load(): Promise<void> {
    this.loading ??= (async () => {
      const started = Date.now();
      const entries = (await this.ask({ order: "urgency" })) ?? [];
      this.changes.took(Date.now() - started);
      this.levels = groupByLevel(entries, t("Level not known"));
      this.view.message = entries.length ? undefined : t("No plan or directive in this workspace.");
      this.retitle();
    })().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private retitle(): void {
    this.view.title = t("Documents");
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}

/** Levels top first (by rank), each with its documents in the order the server gave (most urgent first). */
export function groupByLevel(entries: readonly StatusEntry[], unknown: string): Level[] {
  const byRank = new Map<number, Level>();
  for (const entry of entries) {
    const rank = entry.level?.rank ?? Number.MAX_SAFE_INTEGER;
    let level = byRank.get(rank);
    if (!level) byRank.set(rank, (level = { kind: "level", title: entry.level?.title ?? unknown, rank, entries: [] }));
    level.entries.push(entry);
  }
  return [...byRank.values()].sort((a, b) => a.rank - b.rank);
}

async function openEntry(entry: StatusEntry): Promise<void> {
  const { start, end } = entry.selection;
  const selection = new vscode.Range(start.line, start.character, end.line, end.character);
  await vscode.window.showTextDocument(vscode.Uri.parse(entry.file), { selection, preview: true });
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}
