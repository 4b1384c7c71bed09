// Work-done progress for the long jobs of the server: reading the workspace at start, applying a
// mass edit (a rename across the nation) and checking many files (after either, or a changed
// plancode.json). One progress runs from the reading or the applying through the checking that
// follows, so the editor shows when the diagnostics are complete, not only when the files are
// read; reports are throttled (a pass over 10,000 files would otherwise send thousands). No
// progress for the few files a keystroke affects.
import type { WorkDoneProgressReporter } from "vscode-languageserver/node.js";
import type { Locale } from "../language/index.js";
import { t } from "./messages.js";

/** Dirty files from which a check shows progress. */
export const PROGRESS_FROM = 200;

const REPORT_EVERY_MS = 250;

export class CheckProgress {
  private lastReport = 0;
  private total = 0;
  private done = 0;

  constructor(
    private readonly reporter: WorkDoneProgressReporter | undefined,
    private readonly locale: () => Locale,
  ) {}

  /** Starts the editor's progress bar (a reporter the client created; none: nothing is shown). */
  static begin(reporter: WorkDoneProgressReporter | undefined, locale: () => Locale, first: { indexing: true } | { updating: number } | { checking: number }): CheckProgress {
    const progress = new CheckProgress(reporter, locale);
    const message =
      "checking" in first
        ? t(locale(), "checking", { done: 0, total: progress.count(first.checking) })
        : "updating" in first
          ? t(locale(), "updating", { done: 0, total: progress.count(first.updating) })
          : t(locale(), "indexing");
    reporter?.begin("Plancode", 0, message, false);
    if ("checking" in first) progress.expect(first.checking);
    return progress;
  }

  /** Indexing: `read` of `files` read. */
  indexed(read: number, files: number): void {
    this.throttled(() => this.reporter?.report(Math.round((read / Math.max(1, files)) * 100), `${t(this.locale(), "indexing")} ${read}/${files}`));
  }

  /** A mass edit being applied: `done` of `total` files put in the workspace. */
  updated(done: number, total: number): void {
    this.throttled(() => this.reporter?.report(Math.round((done / Math.max(1, total)) * 100), t(this.locale(), "updating", { done: this.count(done), total: this.count(total) })));
  }

  /** More files to check (a new pass, or edits during one). */
  expect(files: number): void {
    this.total = this.done + files;
  }

  /** One more file checked. */
  checked(): void {
    this.done++;
    this.throttled(() => {
      const message = t(this.locale(), "checking", { done: this.count(this.done), total: this.count(this.total) });
      this.reporter?.report(Math.min(100, Math.round((this.done / Math.max(1, this.total)) * 100)), message);
    });
  }

  /** A count as the workspace's language groups digits (10.830, 10,830). */
  private count(n: number): string {
    return new Intl.NumberFormat(this.locale()).format(n);
  }

  end(): void {
    this.reporter?.done();
  }

  private throttled(report: () => void): void {
    const now = Date.now();
    if (now - this.lastReport < REPORT_EVERY_MS) return;
    this.lastReport = now;
    report();
  }
}
