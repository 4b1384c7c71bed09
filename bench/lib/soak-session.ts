// The drafter of the soak benchmark (bench/soak.ts): a seeded mix of what VS Code sends during a
// working day, with the server's copy of each open document mirrored here so every incremental
// range is right. One `step()` is one gesture (a word typed, a name broken and fixed, an undo, a
// paste, a file opened or closed, created or deleted, a request) and returns the edits it sent:
// each didChange, didOpen, didClose and watched-file event counts as one edit (requests do not).
//
// Every text change is recorded as an undo group, and undo pops the last group of a document:
// groups are undone in reverse order, so the offsets of the group undone are still right.
// Closing a file drops its edits (the server reads it back from disk, as VS Code's "don't save").
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Rng } from "../generator/rng.js";

/** How the session talks to the server (bench/soak.ts wires it to the JSON-RPC connection). */
export interface SoakDriver {
  notify(method: string, params: unknown): Promise<void>;
  request(method: string, params: unknown): Promise<unknown>;
  /** Lets the server's debounce fire (a drafter's pause between words). */
  pause(ms: number): Promise<void>;
}

interface Group {
  offset: number;
  removed: string;
  inserted: string;
}

interface Doc {
  uri: string;
  text: string;
  version: number;
  undo: Group[];
  /** A workspace file on disk (closing it reverts it), a new file not saved, or `untitled:`. */
  kind: "disk" | "draft" | "untitled";
}

/** What one gesture sent, by kind, for the report. */
export type EditKind = "typing" | "name" | "undo" | "paste" | "open" | "close" | "created" | "deleted" | "request";

const WORDS = ["thực", "hiện", "nghị", "quyết", "đẩy", "mạnh", "công", "tác", "tuyên", "truyền", "cơ", "sở", "đối", "ngoại", "số", "hóa", "chi", "bộ"];
const MIN_OPEN = 4;
const MAX_OPEN = 8;

export class SoakSession {
  readonly counts: Record<EditKind, number> = { typing: 0, name: 0, undo: 0, paste: 0, open: 0, close: 0, created: 0, deleted: 0, request: 0 };
  /** Latency of each completion and hover request (ms). */
  readonly requestMs: number[] = [];
  private readonly open = new Map<string, Doc>();
  /** Files this session wrote on disk, with the step at which each is deleted. */
  private readonly created: { rel: string; deleteAt: number }[] = [];
  private steps = 0;
  private serial = 0;

  constructor(
    private readonly rng: Rng,
    private readonly root: string,
    /** Plan files of the workspace, relative to `root` (never written by the session). */
    private readonly files: readonly string[],
    /** District plans (`huyen-uy.plan` …), relative: where new grassroots plans are created. */
    private readonly districts: readonly string[],
    private readonly driver: SoakDriver,
    private readonly pauseMs: number,
    /** The share of gestures that paste a plan, and that create a file (each). */
    private readonly rare = 0.001,
  ) {}

  /** Opens the first documents. */
  async start(): Promise<number> {
    let edits = 0;
    while (this.open.size < MIN_OPEN) edits += await this.openFile(this.rng.pick(this.files));
    return edits;
  }

  /** Files created on disk and not deleted yet, and documents open: what the end state holds. */
  state(): { open: number; created: number } {
    return { open: this.open.size, created: this.created.length };
  }

  /** One gesture; returns how many edits it sent. */
  async step(): Promise<number> {
    this.steps++;
    const due = this.created.findIndex((c) => c.deleteAt <= this.steps);
    if (due >= 0) return this.deleteCreated(due);
    const r = this.rng.float();
    const doc = this.rng.pick([...this.open.values()]);
    // A change to the unit tree (a file created or deleted, a plan pasted over another, and
    // undone) re-checks all 10,831 files (dependents.ts, case 3: ~10 s of CPU here), so those
    // are a few an hour, as in a working day; keystrokes are the rest.
    if (r < 0.45) return this.typeTitle(doc);
    if (r < 0.65) return this.breakName(doc);
    if (r < 0.8) return this.undo(doc);
    if (r < 0.8 + this.rare) return this.paste(doc);
    if (r < 0.86) return this.rotate();
    if (r < 0.86 + this.rare) return this.createFile();
    await this.ask(doc);
    return 0;
  }

  // ------------------------------------------------------------------------------------------
  // Gestures

  /** Types a word at the end of a task's title, one character per didChange; sometimes backspaces some. */
  private async typeTitle(doc: Doc): Promise<number> {
    const ends = titleEnds(doc.text);
    if (!ends.length) return this.typeAnywhere(doc);
    const at = this.rng.pick(ends);
    const word = ` ${this.rng.pick(WORDS)}`;
    const group: Group = { offset: at, removed: "", inserted: "" };
    doc.undo.push(group);
    let edits = 0;
    for (const ch of word) {
      await this.change(doc, at + group.inserted.length, at + group.inserted.length, ch);
      group.inserted += ch;
      edits++;
    }
    if (this.rng.chance(0.3)) {
      for (let k = this.rng.int(1, 3); k > 0 && group.inserted.length; k--) {
        const end = at + group.inserted.length;
        await this.change(doc, end - 1, end, "");
        group.inserted = group.inserted.slice(0, -1);
        edits++;
      }
    }
    this.counts.typing += edits;
    await this.driver.pause(this.pauseMs);
    return edits;
  }

  /** A document without tasks (a draft being written): types at its end. */
  private async typeAnywhere(doc: Doc): Promise<number> {
    const at = doc.text.length;
    const word = `\n// ${this.rng.pick(WORDS)}`;
    const group: Group = { offset: at, removed: "", inserted: "" };
    doc.undo.push(group);
    for (const ch of word) {
      await this.change(doc, at + group.inserted.length, at + group.inserted.length, ch);
      group.inserted += ch;
    }
    this.counts.typing += word.length;
    await this.driver.pause(this.pauseMs);
    return word.length;
  }

  /**
   * Types a few letters after a name (a reference, or a task's own name that other plans cover):
   * the name no longer resolves; the server says so; then backspaces them one by one (fixed).
   */
  private async breakName(doc: Doc): Promise<number> {
    const ends = nameEnds(doc.text);
    if (!ends.length) return this.typeTitle(doc);
    const at = this.rng.pick(ends);
    const typed = "xyz".slice(0, this.rng.int(1, 3));
    let edits = 0;
    for (let i = 0; i < typed.length; i++) {
      await this.change(doc, at + i, at + i, typed[i]);
      edits++;
    }
    // Long enough for the debounce and the check: the drafter sees the name underlined.
    await this.driver.pause(this.pauseMs * 3);
    for (let i = typed.length; i > 0; i--) {
      await this.change(doc, at + i - 1, at + i, "");
      edits++;
    }
    this.counts.name += edits;
    await this.driver.pause(this.pauseMs);
    return edits;
  }

  /** Ctrl+Z: the document's last group reversed, in one didChange. */
  private async undo(doc: Doc): Promise<number> {
    const group = doc.undo.pop();
    if (!group) return this.typeTitle(doc);
    await this.change(doc, group.offset, group.offset + group.inserted.length, group.removed);
    this.counts.undo++;
    await this.driver.pause(this.pauseMs);
    return 1;
  }

  /** Select all, paste another plan's whole text; usually undone soon after (the wrong clipboard). */
  private async paste(doc: Doc): Promise<number> {
    const other = readFileSync(join(this.root, this.rng.pick(this.files)), "utf8");
    const before = doc.text;
    doc.undo.push({ offset: 0, removed: before, inserted: other });
    await this.change(doc, 0, before.length, other);
    this.counts.paste++;
    await this.driver.pause(this.pauseMs * 5);
    if (this.rng.chance(0.7)) return 1 + (await this.undo(doc));
    return 1;
  }

  /** Closes a document (its edits dropped: the server reads the disk again) and opens another. */
  private async rotate(): Promise<number> {
    let edits = 0;
    if (this.open.size > MIN_OPEN || this.rng.chance(0.3)) {
      const doc = this.rng.pick([...this.open.values()]);
      await this.close(doc);
      edits++;
    }
    if (this.open.size < MAX_OPEN) edits += await this.openFile(this.rng.pick(this.files));
    await this.driver.pause(this.pauseMs);
    return edits;
  }

  /**
   * A new grassroots plan under a district, in one of three ways: written on disk (a tool, a
   * checkout: the watcher reports it; deleted some steps later), a new file in the editor
   * (didOpen of a file URI not on disk, the template pasted in; saved or not), or an
   * `untitled:` document. Each has a URI never used before.
   */
  private async createFile(): Promise<number> {
    const n = ++this.serial;
    const district = this.rng.pick(this.districts);
    const text = newPlanText(n, readFileSync(join(this.root, district), "utf8"));
    const rel = join(dirname(district), `soak-${n}.plan`);
    const way = n % 3;
    if (way === 0) {
      this.writeDisk(rel, text);
      await this.watched([{ rel, type: 1 }]);
      this.counts.created++;
      await this.driver.pause(this.pauseMs);
      return 1;
    }
    const uri = way === 1 ? this.uri(rel) : `untitled:Untitled-${n}`;
    const doc: Doc = { uri, text: "", version: 1, undo: [], kind: way === 1 ? "draft" : "untitled" };
    this.open.set(uri, doc);
    await this.driver.notify("textDocument/didOpen", { textDocument: { uri, languageId: "plan", version: 1, text: "" } });
    doc.undo.push({ offset: 0, removed: "", inserted: text });
    await this.change(doc, 0, 0, text);
    this.counts.created += 2;
    await this.driver.pause(this.pauseMs);
    return 2;
  }

  private async deleteCreated(index: number): Promise<number> {
    const [{ rel }] = this.created.splice(index, 1);
    rmSync(join(this.root, rel), { force: true });
    await this.watched([{ rel, type: 3 }]);
    this.counts.deleted++;
    await this.driver.pause(this.pauseMs);
    return 1;
  }

  /** Completion where a lead is typed, or hover over a name: answered while the edits go on. */
  private async ask(doc: Doc): Promise<void> {
    const ends = nameEnds(doc.text);
    const at = ends.length ? this.rng.pick(ends) : doc.text.length;
    const position = positionOf(doc.text, this.rng.chance(0.5) ? at : Math.max(0, at - 2));
    const t0 = performance.now();
    if (this.rng.chance(0.5)) await this.driver.request("textDocument/completion", { textDocument: { uri: doc.uri }, position, context: { triggerKind: 1 } });
    else await this.driver.request("textDocument/hover", { textDocument: { uri: doc.uri }, position });
    this.requestMs.push(performance.now() - t0);
    this.counts.request++;
  }

  // ------------------------------------------------------------------------------------------
  // Messages

  private uri(rel: string): string {
    return pathToFileURL(join(this.root, rel)).href;
  }

  private async openFile(rel: string): Promise<number> {
    const uri = this.uri(rel);
    if (this.open.has(uri)) return 0;
    const doc: Doc = { uri, text: readFileSync(join(this.root, rel), "utf8"), version: 1, undo: [], kind: "disk" };
    this.open.set(uri, doc);
    await this.driver.notify("textDocument/didOpen", { textDocument: { uri, languageId: "plan", version: 1, text: doc.text } });
    this.counts.open++;
    return 1;
  }

  /** didClose; a new file is sometimes saved first (on disk + the watcher's "created", deleted later). */
  private async close(doc: Doc): Promise<void> {
    this.open.delete(doc.uri);
    if (doc.kind === "draft" && this.rng.chance(0.5)) {
      const rel = doc.uri.slice(pathToFileURL(this.root).href.length + 1);
      this.writeDisk(decodeURIComponent(rel), doc.text);
      await this.watched([{ rel: decodeURIComponent(rel), type: 1 }]);
    }
    await this.driver.notify("textDocument/didClose", { textDocument: { uri: doc.uri } });
    this.counts.close++;
  }

  private writeDisk(rel: string, text: string): void {
    mkdirSync(dirname(join(this.root, rel)), { recursive: true });
    writeFileSync(join(this.root, rel), text);
    this.created.push({ rel, deleteAt: this.steps + this.rng.int(5, 60) });
  }

  private async watched(changes: { rel: string; type: number }[]): Promise<void> {
    await this.driver.notify("workspace/didChangeWatchedFiles", { changes: changes.map((c) => ({ uri: this.uri(c.rel), type: c.type })) });
  }

  /** One incremental didChange replacing [start, end) with `text` (the caller records the undo group). */
  private async change(doc: Doc, start: number, end: number, text: string): Promise<void> {
    const range = { start: positionOf(doc.text, start), end: positionOf(doc.text, end) };
    doc.text = doc.text.slice(0, start) + text + doc.text.slice(end);
    doc.version++;
    await this.driver.notify("textDocument/didChange", { textDocument: { uri: doc.uri, version: doc.version }, contentChanges: [{ range, text }] });
  }
}

/** Offsets of the closing quote of every task title. */
export function titleEnds(text: string): number[] {
  const out: number[] = [];
  const re = /\n[ \t]*task [^\s"]+ "/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let i = m.index + m[0].length;
    while (i < text.length && text[i] !== '"' && text[i] !== "\n") i += text[i] === "\\" ? 2 : 1;
    if (text[i] === '"') out.push(i);
  }
  return out;
}

/**
 * Offsets just after a name: a lead, support, parent or issuer, or a task's own name (not a unit's
 * container: that changes the unit tree, a rare edit, and re-checks every file).
 */
export function nameEnds(text: string): number[] {
  const out: number[] = [];
  const re = /\n[ \t]*(?:lead|support|parent|issuer|task) [^\s,{"]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index + m[0].length);
  return out;
}

/** 0-based line and UTF-16 character of an offset. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** A new grassroots committee and its plan under the district plan `districtText` (names of its own, `n` in each). */
export function newPlanText(n: number, districtText: string): string {
  const unit = /^unit (\S+)/m.exec(districtText)?.[1] ?? "huyen-uy";
  const plan = /^plan (\S+) \{/m.exec(districtText)?.[1] ?? "KH-HU";
  const tasks = [...districtText.matchAll(/\n {2}task (\S+) /g)].map((m) => m[1]);
  const covers = tasks.length ? ` covers ${tasks.slice(0, 2).join(", ")}` : "";
  return `// Bản nháp ${n}: kế hoạch của một đảng ủy xã mới.

unit dang-uy-soak-${n} "Đảng ủy xã Thử Nghiệm ${n}" level grassroots code "ĐU" in ${unit} {
  unit vp-du-soak-${n} "Văn phòng Đảng ủy"
  unit chi-bộ-thôn-soak-${n} "Chi bộ thôn Thử Nghiệm"
}

plan KH-SOAK-${n} {
  number "${n}-KH/ĐU"
  title "Kế hoạch thực hiện Kết luận số 57-KL/TW"
  issuer dang-uy-soak-${n}
  issued 2024-03-15
  implements KL57
  parent ${plan}
  horizon 2025

  task S1 "Quán triệt Kết luận số 57-KL/TW đến chi bộ"${covers} {
    lead vp-du-soak-${n}
    support chi-bộ-thôn-soak-${n}
    due 2024-12-31
    indicator "Tỷ lệ đảng viên được quán triệt" target 100%
  }
}
`;
}
