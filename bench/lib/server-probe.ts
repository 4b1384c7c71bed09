// The soak benchmark's view of the server process from outside: its RSS and CPU time from /proc
// (Linux), when it is idle, and the heap reports of the hook preloaded in it (soak-hook.cjs).
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Editor } from "./lsp-editor.js";

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const TICKS = 100;

export interface HookReply {
  id: number;
  memory: NodeJS.MemoryUsage;
  snapshot?: string;
}

export class ServerProbe {
  private id = 0;

  constructor(
    private readonly editor: Editor,
    private readonly control: string,
  ) {}

  private get pid(): number {
    return this.editor.child.pid!;
  }

  rssMB(): number {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : NaN;
  }

  /** User + system CPU of the whole process (GC and compiler threads too). */
  cpuSeconds(): number {
    const stat = readFileSync(`/proc/${this.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS; // utime, stime (fields 14 and 15)
  }

  /**
   * Resolves once the server is idle: no work-done progress open, no diagnostics for `quietMs`,
   * and at most 2% of a core used over the last `quietMs` (checking that changes no diagnostics
   * publishes nothing, so silence alone is not idleness). Gives up after `maxMs`.
   */
  async settle(quietMs = 300, maxMs = 120_000): Promise<void> {
    const start = performance.now();
    let cpu = this.cpuSeconds();
    let cpuAt = performance.now();
    for (;;) {
      await new Promise((r) => setTimeout(r, quietMs / 3));
      const now = performance.now();
      const published = this.editor.published;
      const lastPublish = published.length ? published[published.length - 1].at : 0;
      const progress = this.editor.progress;
      const open = progress.length > 0 && progress[progress.length - 1].kind !== "end";
      if (now - cpuAt >= quietMs) {
        const c = this.cpuSeconds();
        const busy = (c - cpu) / ((now - cpuAt) / 1000);
        cpu = c;
        cpuAt = now;
        if (!open && now - lastPublish >= quietMs && busy <= 0.02) break;
      }
      if (now - start > maxMs) break;
    }
    // The editor's records are only needed for the last moments: dropping them keeps this
    // process's own memory flat over 100,000 edits.
    this.editor.published.splice(0, this.editor.published.length - 1);
    this.editor.progress.splice(0, this.editor.progress.length - 1);
  }

  /** Asks the hook to collect garbage (and write a heap snapshot to `snapshot`); resolves with its report. */
  async collect(snapshot?: string, timeoutMs = 600_000): Promise<HookReply> {
    const id = ++this.id;
    const reply = `${this.control}.reply`;
    rmSync(reply, { force: true });
    writeFileSync(this.control, JSON.stringify({ id, snapshot }));
    process.kill(this.pid, "SIGUSR2");
    const start = performance.now();
    for (;;) {
      await new Promise((r) => setTimeout(r, 200));
      if (existsSync(reply)) {
        const answer = JSON.parse(readFileSync(reply, "utf8")) as HookReply;
        if (answer.id === id) return answer;
      }
      if (performance.now() - start > timeoutMs) throw new Error("the server's heap hook did not answer");
    }
  }
}
