// Keeping a view of the whole workspace current (the cascade dashboard, the Plancode view): after
// an edit, a save or a `.plan` file changed on disk, ask the server again — once the changes have
// paused, and at least three times as long after as the last answer took (a nationwide cascade
// takes the server seconds, which it must not spend after every pause in typing). A hidden view
// is only marked stale, and refreshed when shown again.
import * as vscode from "vscode";

/** The least wait after a change before asking again. */
const REFRESH_MS = 1500;

export class RefreshOnPlanChanges implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stale = false;
  private lastLoad = 0;

  constructor(
    private readonly refresh: () => void,
    private readonly visible: () => boolean,
  ) {
    const later = () => this.schedule();
    const watcher = vscode.workspace.createFileSystemWatcher("**/*.plan");
    this.disposables.push(
      watcher,
      watcher.onDidChange(later),
      watcher.onDidCreate(later),
      watcher.onDidDelete(later),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === "plan" && e.contentChanges.length) later();
      }),
      vscode.workspace.onDidSaveTextDocument((d) => d.languageId === "plan" && later()),
    );
  }

  /** How long the last refresh took to answer (ms). */
  took(ms: number): void {
    this.lastLoad = ms;
  }

  /** The view was shown: refreshes it if a change came while it was hidden. */
  shown(): void {
    if (!this.stale) return;
    this.stale = false;
    this.refresh();
  }

  /** A refresh happened for another reason: nothing is stale any more. */
  refreshed(): void {
    this.stale = false;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        if (this.visible()) this.refresh();
        else this.stale = true;
      },
      Math.max(REFRESH_MS, 3 * this.lastLoad),
    );
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
