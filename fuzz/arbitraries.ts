// Input generators for the robustness suite (test/robustness) and the fuzz runner (fuzz/run.ts):
//
// - `workspaceArb`: grammar-based valid workspaces (a hierarchy, a unit tree split over files
//   with nested blocks and `in`, a directive, plans that cascade from it with tasks, approval,
//   reporting and a history that walks the lifecycle table), laid out with varied whitespace and
//   comments. Built from a small model, so every reference resolves.
// - `historyCaseArb`: one plan with a history that is valid, or valid with one corruption, for the
//   lifecycle agreement invariant.
// - `mutatedArb`: a valid text (a sample or a generated file) after a few random mutations:
//   deleted, inserted, duplicated and swapped tokens and characters, truncation, hostile Unicode
//   (combining marks, RTL marks, NUL, lone surrogates, BOM, CR/CRLF), deep nesting.
// - `hugeArb`: the expensive cases, 1 MB strings and names, 10,000-deep blocks, large repeated files.
//
// Everything is deterministic given fast-check's seed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import {
  generateWorkspaceDetailed,
  planText,
  quote,
  unitBlock,
  type DocumentModel,
  type TaskModel as BenchTask,
  type UnitModel as BenchUnit,
} from "../bench/generate.js";
import { formatIso, formatVi, lex, toYMD, transitionsFrom, INITIAL_STATE, type EventWord, type LifecycleState } from "../language/index.js";

export { quote };

export interface GenFile {
  uri: string;
  text: string;
}

export interface GenWorkspace {
  files: GenFile[];
}

// ---------------------------------------------------------------------------------------------
// The samples workspace, read once (valid plans and the one-mistake-per-rule files).

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

function planFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...planFiles(path));
    else if (entry.endsWith(".plan")) out.push(path);
  }
  return out;
}

let samplesCache: GenFile[] | undefined;
/** Every `.plan` under samples/, as `file:///samples/...` URIs. */
export function sampleFiles(): GenFile[] {
  return (samplesCache ??= planFiles(join(ROOT, "samples")).map((path) => ({
    uri: `file:///${relative(ROOT, path).split("\\").join("/")}`,
    text: readFileSync(path, "utf8"),
  })));
}

/** The valid samples (samples/ without samples/mistakes/): one workspace. */
export function sampleWorkspace(): GenWorkspace {
  return { files: sampleFiles().filter((f) => !f.uri.includes("/mistakes/")) };
}

// ---------------------------------------------------------------------------------------------
// A tiny imperative facade over fc.gen() so the grammar reads like a recursive printer.

type Gen = fc.GeneratorValue;

// fc.gen() keeps, for the life of the arbitrary, every (builder, arguments) pair it was asked
// for, and finds a pair by scanning that builder's list with a deep compare. Called as
// `g(fc.integer, {min, max})` and `g(() => arb)`, the lists grew with every distinct range and
// every call (a fresh closure each time): the worker's memory grew without bound over a large
// run and the scan became its main cost. One stable builder per range and per arbitrary keeps the
// lists at one entry each; the values drawn are the same as before (same arbitrary, same stream).
const intBuilders = new Map<string, () => fc.Arbitrary<number>>();
function intBuilder(min: number, max: number): () => fc.Arbitrary<number> {
  const key = `${min},${max}`;
  let builder = intBuilders.get(key);
  if (!builder) {
    const arb = fc.integer({ min, max });
    builder = () => arb;
    intBuilders.set(key, builder);
  }
  return builder;
}
const arbBuilders = new WeakMap<fc.Arbitrary<unknown>, () => fc.Arbitrary<unknown>>();
function arbBuilder<T>(arb: fc.Arbitrary<T>): () => fc.Arbitrary<T> {
  let builder = arbBuilders.get(arb);
  if (!builder) {
    builder = () => arb;
    arbBuilders.set(arb, builder);
  }
  return builder as () => fc.Arbitrary<T>;
}

class Rand {
  constructor(private readonly g: Gen) {}
  int(min: number, max: number): number {
    return this.g(intBuilder(min, max));
  }
  bool(pTrue = 0.5): boolean {
    return this.int(0, 999) < pTrue * 1000;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
  /** A subset of `items` with at least `min` elements, in the original order. */
  some<T>(items: readonly T[], min = 0): T[] {
    const out = items.filter(() => this.bool(0.5));
    while (out.length < Math.min(min, items.length)) {
      const x = this.pick(items);
      if (!out.includes(x)) out.push(x);
    }
    return items.filter((x) => out.includes(x));
  }
  shuffle<T>(items: readonly T[]): T[] {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
  any<T>(arb: fc.Arbitrary<T>): T {
    return this.g(arbBuilder(arb));
  }
}

// ---------------------------------------------------------------------------------------------
// Lexical building blocks

const WORDS = [
  "Tổ chức", "quán triệt", "thực hiện", "Kết luận", "Nghị quyết", "công tác", "thông tin", "đối ngoại",
  "cán bộ", "đảng viên", "nhân dân", "chuyển đổi số", "nâng cao", "chất lượng", "hiệu quả", "tỉnh",
  "huyện", "xã", "Ban Tuyên giáo", "Văn phòng", "Sở Ngoại vụ", "Ủy ban", "đề án", "báo cáo", "sơ kết",
  "tổng kết", "Đảng bộ", "Hội đồng", "Quốc hội", "đẩy mạnh", "kiểm tra, giám sát", "100%", "(thí điểm)",
];

/** Text for a string literal: Vietnamese words, sometimes any printable grapheme, quotes and backslashes. */
const stringBodyArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
      { weight: 1, arbitrary: fc.constantFrom('"', "\\", "\n", "{", "}", "//", "/*", "*/", "\t", "  ") },
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((parts) => parts.join(" ").trim() || "Kế hoạch");


const NAME_STEMS = ["so", "ban", "tinh-uy", "huyen-uy", "dang-uy", "phòng", "sở", "ủy-ban", "Đảng_bộ", "bch", "vp", "btg"];

/** A fresh name: a stem (Unicode letters allowed) and a serial, so names never collide. */
function freshName(r: Rand, serial: number, stems = NAME_STEMS): string {
  const stem = r.pick(stems);
  return r.bool(0.2) ? `${stem}.${serial}` : `${stem}-${serial}`;
}

/** A day number rendered as one of the accepted date spellings. */
function dateText(r: Rand, day: number, allowPeriods: boolean): string {
  const { year, month } = toYMD(day);
  const choice = r.int(0, allowPeriods ? 6 : 2);
  switch (choice) {
    case 0:
      return formatIso(day);
    case 1:
      return formatVi(day);
    case 2: {
      const { day: d } = toYMD(day);
      return `${d}/${month}/${year}`;
    }
    case 3:
      return `${year}-${String(month).padStart(2, "0")}`;
    case 4:
      return `${month}/${year}`;
    case 5:
      return `Q${Math.ceil(month / 3)}/${year}`;
    default:
      return String(year);
  }
}

function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

// ---------------------------------------------------------------------------------------------
// Layout: the bench renderer writes the canonical layout; `relayout` varies it without changing a
// token: indentation (spaces or tabs, any width), spacing between tokens, blank lines, and
// comments at line ends and between lines. It works on the lexer's tokens, so strings that span
// lines and existing comments are never touched.

export interface LayoutOptions {
  comments: boolean;
  indent: string;
  /** Probability of changing the spacing between two tokens on one line. */
  spacing: number;
}

export function relayout(r: Rand, text: string, o: LayoutOptions): string {
  const { tokens, comments } = lex(text);
  const pieces = [
    ...tokens.map((t) => ({ start: t.startOffset, end: t.startOffset + t.image.length, kind: t.tokenType.name, comment: false })),
    ...comments.map((c) => ({ start: c.span.start, end: c.span.end, kind: c.block ? "BlockComment" : "LineComment", comment: true })),
  ].sort((x, y) => x.start - y.start);
  let out = "";
  let depth = 0;
  let prevEnd = 0;
  let prevKind = "";
  for (const piece of pieces) {
    const gap = text.slice(prevEnd, piece.start);
    const newlines = (gap.match(/\r\n|\r|\n/g) ?? []).length;
    const closing = piece.kind === "RBrace" ? 1 : 0;
    if (newlines > 0 || prevEnd === 0) {
      if (o.comments && prevKind && prevKind !== "LineComment" && r.bool(0.06)) out += `  // ${r.pick(WORDS)}`;
      let lines = newlines;
      if (lines === 1 && r.bool(0.05)) lines = 2;
      if (lines > 1 && r.bool(0.3)) lines = 1;
      out += prevEnd === 0 ? gap.replace(/[^\n]/g, "") : "\n".repeat(lines);
      if (o.comments && r.bool(0.03)) out += `${o.indent.repeat(Math.max(0, depth - closing))}// ${r.pick(WORDS)}\n`;
      out += o.indent.repeat(Math.max(0, depth - closing));
    } else if (gap.length === 0) {
      out += "";
    } else if (r.bool(o.spacing)) {
      out += r.pick(["  ", "\t", "   ", " \t "]);
      if (o.comments && r.bool(0.1) && prevKind !== "LineComment") out += `/* ${r.pick(WORDS)} */ `;
    } else out += " ";
    out += text.slice(piece.start, piece.end);
    if (piece.kind === "LBrace") depth++;
    else if (piece.kind === "RBrace") depth = Math.max(0, depth - 1);
    prevEnd = piece.end;
    prevKind = piece.kind;
  }
  return out + "\n";
}

// ---------------------------------------------------------------------------------------------
// The workspace model

interface UnitModel {
  name: string;
  title: string;
  level?: string;
  code?: string;
  /** Placed with `in` (declared at top level of some file) rather than nested. */
  placedIn?: string;
  children: UnitModel[];
  /** The levelled unit it belongs to (itself when it declares a level). */
  levelled?: UnitModel;
  levelIndex: number;
}

interface TaskModel {
  name: string;
  title: string;
  covers: string[];
  lead?: string;
  supports: string[];
  due?: string;
  indicator?: string;
  subtasks: TaskModel[];
}

interface DocModel {
  kind: "directive" | "plan";
  name: string;
  number: string;
  title: string;
  issuer: string;
  issued: number;
  implements?: string;
  parent?: string;
  horizon: number;
  tasks: TaskModel[];
  objectives: [string, string][];
  steps: { name: string; by: string; within: string }[] | undefined;
  reports: { title: string; months: number; dueDay: number; to: string }[];
  reviews: { which: "preliminary" | "final"; by: string }[];
  history: { date: string; word: string; note?: string }[];
  /** For plans: the levelled unit that issues it. */
  issuerUnit: UnitModel;
}

export interface WorkspaceOptions {
  /** Maximum number of files the declarations are spread over. */
  maxFiles?: number;
  /** Maximum number of units per level below the top. */
  maxUnitsPerLevel?: number;
  /** Maximum tasks per document. */
  maxTasks?: number;
  /** Declare the hierarchy (otherwise sometimes). */
  hierarchy?: boolean;
  /** Comments between and after lines. */
  comments?: boolean;
}

const DEFAULT_LEVELS = ["central", "province", "district", "grassroots"];
const STEP_NAMES = ["draft", "appraise", "approve", "consult", "sign"];

/** A valid workspace: parses without problems and every reference resolves. */
export function workspaceArb(options: WorkspaceOptions = {}): fc.Arbitrary<GenWorkspace> {
  return fc.gen().map((g) => buildWorkspace(new Rand(g), options));
}

function buildWorkspace(r: Rand, options: WorkspaceOptions): GenWorkspace {
  let serial = 0;
  const next = (): number => ++serial;
  const maxUnits = options.maxUnitsPerLevel ?? 3;

  // Hierarchy
  const customLevels = r.bool(0.2);
  const levels = customLevels ? Array.from({ length: r.int(2, 5) }, (_, i) => `cap${i}-${["tw", "tinh", "huyen", "xa", "thon"][i]}`) : DEFAULT_LEVELS.slice(0, r.int(2, 4));
  const declareHierarchy = customLevels || (options.hierarchy ?? r.bool(0.3));

  // Units: one root at the top level, then levelled units per lower level, each with organs.
  const allUnits: UnitModel[] = [];
  const organsOf = new Map<UnitModel, UnitModel[]>();
  const makeLevelled = (levelIndex: number, container?: UnitModel): UnitModel => {
    const u: UnitModel = {
      name: freshName(r, next(), ["tinh-uy", "huyen-uy", "đảng-ủy", "thành-ủy", "tw", "dang-bo"]),
      title: r.any(stringBodyArb),
      level: levels[levelIndex],
      code: r.bool(0.8) ? r.pick(["TW", "TU", "HU", "ĐU", "BCS", "QU"]) : undefined,
      placedIn: container && r.bool(0.5) ? container.name : undefined,
      children: [],
      levelIndex,
    };
    u.levelled = u;
    allUnits.push(u);
    const organs: UnitModel[] = [];
    for (let i = r.int(1, 3); i > 0; i--) {
      const organ: UnitModel = { name: freshName(r, next()), title: r.any(stringBodyArb), children: [], levelled: u, levelIndex };
      if (r.bool(0.1)) organ.code = r.pick(["BTG", "VP", "UBKT"]);
      u.children.push(organ);
      organs.push(organ);
      allUnits.push(organ);
    }
    organsOf.set(u, organs);
    if (container && !u.placedIn) container.children.push(u);
    return u;
  };
  const root = makeLevelled(0);
  const byLevel: UnitModel[][] = [[root]];
  for (let li = 1; li < levels.length; li++) {
    byLevel[li] = [];
    for (let i = r.int(li === 1 ? 1 : 0, maxUnits); i > 0; i--) {
      const container = r.pick(byLevel[li - 1]);
      byLevel[li].push(makeLevelled(li, container));
    }
    if (!byLevel[li].length) break;
  }
  const subtreeOrgans = (u: UnitModel): UnitModel[] => {
    const out = [...(organsOf.get(u) ?? [])];
    for (const list of byLevel) for (const v of list) if (v !== u && isBelow(v, u)) out.push(v, ...(organsOf.get(v) ?? []));
    return out;
  };
  const isBelow = (v: UnitModel, u: UnitModel): boolean => {
    for (let c = containerOf(v); c; c = containerOf(c)) if (c === u) return true;
    return false;
  };
  function containerOf(v: UnitModel): UnitModel | undefined {
    if (v.placedIn) return allUnits.find((x) => x.name === v.placedIn);
    return allUnits.find((x) => x.children.includes(v));
  }

  // The directive
  const directiveIssued = dayOf(r.int(2015, 2024), r.int(1, 12), r.int(1, 28));
  const horizonYear = toYMD(directiveIssued).year + r.int(3, 12);
  const horizonDay = dayOf(horizonYear, 12, 31);
  const docs: DocModel[] = [];
  const codeOf = (u: UnitModel): string | undefined => {
    for (let c: UnitModel | undefined = u; c; c = containerOf(c)) if (c.code) return c.code;
    return undefined;
  };
  const directiveIssuer = r.pick(organsOf.get(root)!);
  const directiveTasks = makeTasks(r, next, "T", options.maxTasks ?? 4, 2, () => undefined);
  const directive: DocModel = {
    kind: "directive",
    name: `KL${next()}`,
    number: `${r.int(1, 200)}-${r.pick(["KL", "NQ", "CT"])}/${codeOf(directiveIssuer) ?? "TW"}`,
    title: r.any(stringBodyArb),
    issuer: directiveIssuer.name,
    issued: directiveIssued,
    horizon: horizonYear,
    tasks: directiveTasks,
    objectives: Array.from({ length: r.int(0, 2) }, (_, i) => [`O${i + 1}`, r.any(stringBodyArb)]),
    steps: undefined,
    reports: r.bool(0.7) ? [{ title: r.any(stringBodyArb), months: r.pick([6, 12]), dueDay: r.int(15, 28), to: r.pick(organsOf.get(root)!).name }] : [],
    reviews: r.bool(0.5) ? [{ which: "preliminary", by: formatIso(directiveIssued + 700) }, { which: "final", by: formatIso(horizonDay) }] : [],
    history: [],
    issuerUnit: root,
  };
  docs.push(directive);

  // Plans: some levelled units below the top issue a plan whose parent is the plan of the
  // nearest levelled container that has one, or the directive.
  const planOf = new Map<UnitModel, DocModel>();
  for (let li = 1; li < byLevel.length; li++) {
    for (const u of byLevel[li]) {
      if (!r.bool(0.75)) continue;
      let parent: DocModel = directive;
      for (let c = containerOf(u); c; c = containerOf(c)) {
        const p = c.levelled === c ? planOf.get(c) : undefined;
        if (p) {
          parent = p;
          break;
        }
      }
      const organs = organsOf.get(u)!;
      const assignable = subtreeOrgans(u);
      const issued = parent.issued + r.int(1, 120);
      const parentTasks = flatten(parent.tasks);
      // Cover every parent task: each plan task covers a few leaves of the parent.
      const leaves = parentTasks.filter((t) => !t.subtasks.length);
      const groups: string[][] = [];
      for (const leaf of r.shuffle(leaves)) {
        if (!groups.length || r.bool(0.5)) groups.push([]);
        groups[groups.length - 1].push(leaf.name);
      }
      const dueDay = (): string =>
        r.bool(0.15) ? "ongoing" : dateText(r, r.int(issued + 1, horizonDay), true);
      const tasks: TaskModel[] = groups.map((covers, i) => {
        const lead = r.pick(assignable);
        const supports = r.some(assignable.filter((x) => x !== lead)).slice(0, 3);
        const t: TaskModel = {
          name: r.bool(0.8) ? `A${i + 1}` : `NV${i + 1}`,
          title: r.any(stringBodyArb),
          covers,
          lead: lead.name,
          supports: supports.map((s) => s.name),
          due: dueDay(),
          indicator: r.pick(["100%", "95%", String(r.int(1, 2000)), "12,5%"]),
          subtasks: [],
        };
        if (r.bool(0.2)) {
          t.subtasks.push({
            name: `${t.name}.1`,
            title: r.any(stringBodyArb),
            covers: [],
            lead: r.pick(assignable).name,
            supports: [],
            due: dueDay(),
            indicator: "100%",
            subtasks: [],
          });
        }
        return t;
      });
      const stepCount = r.int(0, 4);
      const steps = stepCount
        ? Array.from({ length: stepCount }, (_, i) => ({
            name: STEP_NAMES[i],
            by: r.pick(organs).name,
            within: `${r.int(1, 60)} ${r.pick(["days", "days", "months"])}`,
          }))
        : undefined;
      const parentEvery = parent.reports[0]?.months ?? 12;
      const parentDue = parent.reports[0]?.dueDay ?? 28;
      const plan: DocModel = {
        kind: "plan",
        name: `KH-${u.name}-${next()}`,
        number: `${r.int(1, 999)}-KH/${codeOf(u) ?? "TU"}`,
        title: r.any(stringBodyArb),
        issuer: u.name,
        issued,
        implements: directive.name,
        parent: parent.name,
        horizon: horizonYear,
        tasks,
        objectives: [],
        steps,
        reports: parent.reports.length || r.bool(0.8) ? [{ title: r.any(stringBodyArb), months: r.pick([1, 3, 6, parentEvery].filter((m) => m <= parentEvery)), dueDay: r.int(1, Math.max(1, parentDue - 1)), to: r.pick(parent.kind === "directive" ? organsOf.get(root)! : organsOf.get(parent.issuerUnit)!).name }] : [],
        reviews: r.bool(0.5) ? [{ which: "preliminary", by: formatIso(issued + 400) }, { which: "final", by: formatIso(horizonDay - 60) }] : [],
        history: [],
        issuerUnit: u,
      };
      plan.history = validHistory(r, Math.max(1, stepCount), issued, r.int(0, 12)).map((e) => ({ date: formatIso(e.day), word: e.word, note: e.note }));
      docs.push(plan);
      planOf.set(u, plan);
    }
  }

  // Top-level declarations, each rendered by the bench generator's renderer, spread over files
  // in random order, then laid out anew.
  const decls: string[] = [];
  if (declareHierarchy) decls.push(`hierarchy {\n${levels.map((l) => `  level ${l} ${quote(r.any(stringBodyArb))}`).join("\n")}\n}\n`);
  for (const u of allUnits) if (u === root || u.placedIn) decls.push(unitBlock(toBenchUnit(u), "", r.bool(0.5)));
  for (const d of docs) decls.push(planText(toBenchDocument(r, d)));

  const fileCount = Math.min(decls.length, r.int(1, options.maxFiles ?? 4));
  const parts: string[][] = Array.from({ length: fileCount }, () => []);
  for (const decl of r.shuffle(decls)) r.pick(parts).push(decl);
  const dirs = ["", "central/", "provinces/", "districts/", "Tỉnh ủy/"];
  return {
    files: parts.map((texts, i) => {
      const canonical = texts.join("\n");
      const text = r.bool(0.2)
        ? canonical
        : relayout(r, canonical, { comments: options.comments ?? r.bool(0.5), indent: r.pick(["  ", "    ", "\t", " "]), spacing: r.pick([0, 0.05, 0.3]) });
      return { uri: `file:///ws/${r.pick(dirs)}f${i}.plan`, text };
    }),
  };
}

function toBenchUnit(u: UnitModel): BenchUnit {
  return {
    name: u.name,
    title: u.title,
    level: u.level,
    code: u.code,
    placedIn: u.placedIn,
    children: u.children.filter((c) => !c.placedIn).map(toBenchUnit),
  };
}

function toBenchTask(r: Rand, t: TaskModel): BenchTask {
  return {
    name: t.name,
    title: t.title,
    covers: t.covers,
    leads: t.lead ? [[t.lead]] : [],
    supports: t.supports,
    due: t.due,
    indicators: t.indicator ? [{ text: r.pick(["Tỷ lệ hoàn thành", "Số lượt", "Số văn bản"]), target: t.indicator }] : [],
    subtasks: t.subtasks.map((s) => toBenchTask(r, s)),
  };
}

function toBenchDocument(r: Rand, d: DocModel): DocumentModel {
  return {
    kind: d.kind,
    name: d.name,
    number: d.number,
    title: d.title,
    issuer: d.issuer,
    issued: dateText(r, d.issued, false),
    implements: d.implements,
    parent: d.parent,
    horizon: String(d.horizon),
    objectives: d.objectives.map(([name, text]) => ({ name, text })),
    viewpoints: [],
    tasks: d.tasks.map((t) => toBenchTask(r, t)),
    approval: d.steps,
    reports: d.reports.map((rep) => ({ title: rep.title, every: `${rep.months} months`, dueDay: rep.dueDay, to: rep.to })),
    reviews: d.reviews,
    history: d.history.length ? d.history.map((e) => ({ date: e.date, word: e.word, note: e.note })) : undefined,
  };
}

function flatten(tasks: TaskModel[]): TaskModel[] {
  return tasks.flatMap((t) => [t, ...flatten(t.subtasks)]);
}

function makeTasks(r: Rand, next: () => number, prefix: string, max: number, depth: number, lead: () => string | undefined): TaskModel[] {
  return Array.from({ length: r.int(1, max) }, (_, i) => {
    const name = `${prefix}${i + 1}`;
    const t: TaskModel = { name, title: "", covers: [], lead: lead(), supports: [], subtasks: [] };
    t.title = r.any(stringBodyArb);
    if (depth > 1 && r.bool(0.3)) t.subtasks = makeTasks(r, next, `${name}.`, 3, depth - 1, lead);
    return t;
  });
}

/**
 * A realistic workspace from the benchmark generator (bench/generate.ts) at a tiny scale: the
 * central documents, a few provinces, districts and grassroots plans, sometimes with its
 * injected one-rule mistakes.
 */
export function benchWorkspaceArb(): fc.Arbitrary<GenWorkspace> {
  return fc
    .tuple(fc.integer({ min: 0, max: 0x7fffffff }), fc.constantFrom(0.0003, 0.0005, 0.001), fc.constantFrom(0, 0.3, 1))
    .map(([seed, scale, mistakes]) => {
      const ws = generateWorkspaceDetailed({ seed, scale, mistakes });
      return { files: [...ws.files].map(([rel, text]) => ({ uri: `file:///bench/${rel}`, text })) };
    });
}

/** A permutation of 0..n-1 (shrinks towards the identity, never changes length). */
export function permutationArb(n: number): fc.Arbitrary<number[]> {
  return fc
    .array(fc.nat(1000), { minLength: n, maxLength: n })
    .map((keys) => keys.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i));
}

/**
 * A workspace and an order to add its files in (sort keys drawn independently of the workspace,
 * not with `chain`, so shrinking the workspace never leaves a permutation of the wrong length).
 */
export function workspaceWithOrderArb(base: fc.Arbitrary<GenWorkspace>): fc.Arbitrary<[GenWorkspace, number[]]> {
  return fc.tuple(base, fc.array(fc.nat(1000), { minLength: 64, maxLength: 64 })).map(([ws, keys]) => {
    const order = ws.files.map((_, i) => i).sort((a, b) => keys[a % 64] - keys[b % 64] || a - b);
    return [ws, order];
  });
}

// ---------------------------------------------------------------------------------------------
// Histories

export interface GenEvent {
  day: number;
  /** The history line's words: `submitted`, `reviewed final`, or (when corrupted) anything. */
  word: string;
  note?: string;
}

/**
 * A random walk of `length` events through the lifecycle table from the initial state, with
 * strictly increasing dates and the `issued` event on `issuedDay` (the walk stops early in `closed`).
 */
function validHistory(r: Rand, stepCount: number, issuedDay: number, length: number): GenEvent[] {
  const words: EventWord[] = [];
  let state: LifecycleState = INITIAL_STATE;
  for (let i = 0; i < length; i++) {
    const options = transitionsFrom(state, stepCount);
    if (!options.length) break;
    const t = r.pick(options);
    words.push(t.event);
    state = t.to;
  }
  const issuedAt = words.indexOf("issued");
  // Dates: before `issued` they count back from issuedDay, after it they count forward.
  const days: number[] = new Array(words.length);
  if (issuedAt >= 0) {
    days[issuedAt] = issuedDay;
    for (let i = issuedAt - 1; i >= 0; i--) days[i] = days[i + 1] - r.int(1, 20);
    for (let i = issuedAt + 1; i < words.length; i++) days[i] = days[i - 1] + r.int(1, 90);
  } else {
    for (let i = words.length - 1; i >= 0; i--) days[i] = (i + 1 < words.length ? days[i + 1] : issuedDay) - r.int(1, 20);
  }
  return words.map((word, i) => ({ day: days[i], word, note: r.bool(0.2) ? r.any(stringBodyArb) : undefined }));
}

export interface HistoryCase {
  /** Approval steps declared (0: no `approval` block, one implicit step). */
  steps: number;
  issuedDay: number;
  events: GenEvent[];
  /** What was done to a valid walk, for messages. */
  corruption: string;
  /** The workspace: a unit tree, a directive and the plan `KH-X` with this history. */
  files: GenFile[];
}

/** A plan whose history is a valid walk, or one with a single corruption (a word, an order, a date). */
export function historyCaseArb(): fc.Arbitrary<HistoryCase> {
  return fc.gen().map((g) => {
    const r = new Rand(g);
    const steps = r.int(0, 4);
    const issuedDay = dayOf(r.int(2018, 2026), r.int(1, 12), r.int(1, 28));
    const events = validHistory(r, Math.max(1, steps), issuedDay, r.int(0, 14));
    let corruption = "none";
    if (r.bool(0.6) && events.length) {
      const i = r.int(0, events.length - 1);
      switch (r.int(0, 5)) {
        case 0:
          corruption = `word ${i}`;
          events[i] = { ...events[i], word: r.pick(["submitted", "returned", "approved", "issued", "disseminated", "reported", "reviewed preliminary", "reviewed final", "closed"]) };
          break;
        case 1: {
          const j = r.int(0, events.length - 1);
          corruption = `swap words ${i} ${j}`;
          [events[i].word, events[j].word] = [events[j].word, events[i].word];
          break;
        }
        case 2:
          corruption = `drop ${i}`;
          events.splice(i, 1);
          break;
        case 3:
          corruption = `date back ${i}`;
          if (i > 0) events[i] = { ...events[i], day: events[i - 1].day - r.int(1, 30) };
          break;
        case 4:
          corruption = `duplicate ${i}`;
          events.splice(i + 1, 0, { ...events[i], day: events[i].day + 1 });
          for (let k = i + 2; k < events.length; k++) events[k] = { ...events[k], day: events[k].day + 1 };
          break;
        default:
          corruption = `issued date`;
          for (const e of events) if (e.word === "issued") e.day += r.int(1, 3);
      }
    }
    const unit = `unit tw "Trung ương" level central code "TW" {\n  unit bct "Bộ Chính trị"\n  unit btg "Ban Tuyên giáo"\n  unit vp "Văn phòng"\n  unit ubkt "Ủy ban Kiểm tra"\n  unit bt "Ban Tổ chức"\n}\n`;
    const directive = `directive KL1 {\n  number "1-KL/TW"\n  issuer bct\n  issued 2015-01-01\n  horizon 2040\n  task T1 "Nhiệm vụ"\n}\n`;
    const by = ["btg", "vp", "ubkt", "bt"];
    const approval = steps
      ? `  approval {\n${Array.from({ length: steps }, (_, i) => `    step ${STEP_NAMES[i]} by ${by[i]} within 10 days\n`).join("")}  }\n`
      : "";
    const history = events.length
      ? `  history {\n${events.map((e) => `    ${r.bool(0.7) ? formatIso(e.day) : formatVi(e.day)} ${e.word}${e.note !== undefined ? ` ${quote(e.note)}` : ""}\n`).join("")}  }\n`
      : "";
    const plan =
      `plan KH-X {\n  number "2-KH/TW"\n  issuer tw\n  issued ${formatIso(issuedDay)}\n  implements KL1\n  parent KL1\n  horizon 2040\n` +
      `  task A1 "Việc" covers T1 {\n    lead btg\n    due 2040\n    indicator "Tỷ lệ" target 100%\n  }\n${approval}${history}}\n`;
    return {
      steps,
      issuedDay,
      events,
      corruption,
      files: [
        { uri: "file:///h/units.plan", text: unit + directive },
        { uri: "file:///h/plan.plan", text: plan },
      ],
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Mutations

/** Characters and snippets that break naive text handling. */
export const HOSTILE = [
  "\u0301", // combining acute accent
  "\u0323\u0302", // stacked combining marks (ậ decomposed)
  "a\u0300\u0301\u0302\u0303\u0309\u0323", // a pile of marks on one letter
  "\u200f", // right-to-left mark
  "\u202e", // right-to-left override
  "\u2066", // left-to-right isolate
  "\u200e", // left-to-right mark
  "\u200d", // zero-width joiner
  "\u00ad", // soft hyphen
  "\u0000", // NUL
  "\ud800", // lone high surrogate
  "\udc00", // lone low surrogate
  "\udbff\udfff", // the last astral code point
  "\ud835\udc00", // 𝐀: an astral letter (a name may start with it)
  "\ufeff", // BOM / zero-width no-break space
  "\r\n",
  "\r",
  "\u2028",
  "\u2029",
  "\u000b",
  "\u000c",
  "\u00a0",
  "\u3000",
  "\t",
  "\ufffd",
  "\ud83c\uddfb\ud83c\uddf3", // 🇻🇳
  "Đ",
  "ư\u031b", // ư with an extra horn
  "\\",
  '"',
  "'",
  "`",
  "/*",
  "*/",
  "//",
  "%",
  "\u0130", // İ (changes length when lower-cased)
  "ß",
  "\ufb01", // ﬁ ligature
];

/** Tokens of the language and near-misses, for insertion. */
export const TOKENS = [
  "{", "}", "{", "}", ",", "plan", "directive", "unit", "hierarchy", "level", "task", "lead", "support",
  "covers", "due", "indicator", "target", "approval", "step", "by", "within", "reporting", "report",
  "every", "day", "days", "months", "to", "review", "preliminary", "final", "history", "ongoing",
  "issuer", "issued", "implements", "parent", "continues", "horizon", "number", "title", "in", "code",
  "objective", "viewpoint", "submitted", "returned", "approved", "disseminated", "reported", "reviewed",
  "closed", "2023-09-12", "12/9/2023", "31/2/2024", "2024-13", "Q4/2023", "Q5/2023", "2030", "99999",
  "0", "100%", "12,5%", "30 days", '""', '"x"', '"\\"', "KL57", "KL57.T1", "T1.", "a-", "_", "-", ".",
  "A1", "tw", "2023-09-12 issued", "//", "/* */", "\n", "\n}\n", "plan P {", "task A {", "unit u {",
  // Names that are also properties of every JavaScript object (maps keyed by plain objects break on them).
  "__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype", "__proto__.x",
  "unit __proto__", "unit constructor", "plan constructor {", "task __proto__", "lead constructor", "covers toString",
];

export type Mutation =
  | { op: "deleteChars"; at: number; len: number }
  | { op: "insertText"; at: number; text: string }
  | { op: "deleteToken"; at: number }
  | { op: "duplicateToken"; at: number }
  | { op: "swapTokens"; a: number; b: number }
  | { op: "moveLine"; a: number; b: number }
  | { op: "truncate"; at: number }
  | { op: "newlines"; style: "crlf" | "cr" | "lf" }
  | { op: "bom" }
  | { op: "nest"; at: number; depth: number; closed: boolean; kind: "task" | "unit" | "brace" };

const fraction = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant("deleteChars" as const), at: fraction, len: fc.integer({ min: 1, max: 40 }) }) },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant("insertText" as const),
      at: fraction,
      text: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
        { weight: 4, arbitrary: fc.constantFrom(...TOKENS).map((t) => ` ${t} `) },
        { weight: 2, arbitrary: fc.constantFrom(...TOKENS) },
        { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
        { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
      ),
    }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("deleteToken" as const), at: fraction }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("duplicateToken" as const), at: fraction }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("swapTokens" as const), a: fraction, b: fraction }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("moveLine" as const), a: fraction, b: fraction }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("truncate" as const), at: fraction }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("newlines" as const), style: fc.constantFrom("crlf" as const, "cr" as const, "lf" as const) }) },
  { weight: 1, arbitrary: fc.constant({ op: "bom" as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("nest" as const),
      at: fraction,
      depth: fc.integer({ min: 1, max: 200 }),
      closed: fc.boolean(),
      kind: fc.constantFrom("task" as const, "unit" as const, "brace" as const),
    }),
  },
);

const TOKEN_RE = /"(?:[^"\\]|\\[\s\S])*"?|\/\/[^\n\r]*|\/\*[\s\S]*?(?:\*\/|$)|[{},]|[^\s{},"]+/g;

function tokenRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(TOKEN_RE)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function applyMutation(text: string, m: Mutation): string {
  const pos = (f: number): number => Math.floor(f * (text.length + 1));
  switch (m.op) {
    case "deleteChars": {
      const at = pos(m.at);
      return text.slice(0, at) + text.slice(at + m.len);
    }
    case "insertText": {
      const at = pos(m.at);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case "deleteToken":
    case "duplicateToken": {
      const tokens = tokenRanges(text);
      if (!tokens.length) return text;
      const [s, e] = tokens[Math.min(tokens.length - 1, Math.floor(m.at * tokens.length))];
      return m.op === "deleteToken" ? text.slice(0, s) + text.slice(e) : text.slice(0, e) + " " + text.slice(s, e) + text.slice(e);
    }
    case "swapTokens": {
      const tokens = tokenRanges(text);
      if (tokens.length < 2) return text;
      let [a, b] = [Math.floor(m.a * tokens.length), Math.floor(m.b * tokens.length)].map((i) => Math.min(tokens.length - 1, i));
      if (a === b) return text;
      if (a > b) [a, b] = [b, a];
      const [as, ae] = tokens[a];
      const [bs, be] = tokens[b];
      return text.slice(0, as) + text.slice(bs, be) + text.slice(ae, bs) + text.slice(as, ae) + text.slice(be);
    }
    case "moveLine": {
      const lines = text.split("\n");
      const a = Math.min(lines.length - 1, Math.floor(m.a * lines.length));
      const b = Math.min(lines.length - 1, Math.floor(m.b * lines.length));
      const [line] = lines.splice(a, 1);
      lines.splice(b, 0, line);
      return lines.join("\n");
    }
    case "truncate":
      return text.slice(0, pos(m.at));
    case "newlines":
      return text.replace(/\r\n|\r|\n/g, m.style === "crlf" ? "\r\n" : m.style === "cr" ? "\r" : "\n");
    case "bom":
      return "\ufeff" + text;
    case "nest": {
      const at = pos(m.at);
      const open = m.kind === "task" ? "task A { " : m.kind === "unit" ? "unit u { " : "{ ";
      return text.slice(0, at) + open.repeat(m.depth) + (m.closed ? "}".repeat(m.depth) : "") + text.slice(at);
    }
  }
}

export function applyMutations(text: string, ms: readonly Mutation[]): string {
  return ms.reduce(applyMutation, text);
}

/** One file's text from the samples or a generated workspace. */
export const validTextArb: fc.Arbitrary<GenFile> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...sampleFiles()) },
  { weight: 3, arbitrary: workspaceArb({ maxFiles: 1 }).map((ws) => ws.files[0]) },
  { weight: 1, arbitrary: fc.tuple(benchWorkspaceArb(), fraction).map(([ws, f]) => ws.files[Math.floor(f * ws.files.length) % ws.files.length]) },
);

export interface MutatedFile extends GenFile {
  original: string;
  mutations: Mutation[];
}

/** A valid file after 1–8 mutations. */
export function mutatedArb(base: fc.Arbitrary<GenFile> = validTextArb, maxMutations = 8): fc.Arbitrary<MutatedFile> {
  return fc
    .tuple(base, fc.array(mutationArb, { minLength: 1, maxLength: maxMutations }))
    .map(([file, mutations]) => ({ uri: file.uri, original: file.text, mutations, text: applyMutations(file.text, mutations) }));
}

/** A workspace (samples or generated) with some of its files mutated. */
export function mutatedWorkspaceArb(): fc.Arbitrary<GenWorkspace> {
  return fc
    .tuple(
      fc.oneof(fc.constant(sampleWorkspace()), workspaceArb(), benchWorkspaceArb()),
      fc.array(fc.tuple(fraction, fc.array(mutationArb, { minLength: 1, maxLength: 4 })), { maxLength: 4 }),
    )
    .map(([ws, edits]) => {
      const files = ws.files.map((f) => ({ ...f }));
      for (const [which, ms] of edits) {
        const f = files[Math.min(files.length - 1, Math.floor(which * files.length))];
        f.text = applyMutations(f.text, ms);
      }
      return { files };
    });
}

// ---------------------------------------------------------------------------------------------
// Huge inputs (slow: a few per run)

export const HUGE_KINDS = [
  "string1MB",
  "name1MB",
  "comment1MB",
  "unterminatedString1MB",
  "unterminatedComment1MB",
  "nest10kTasks",
  "nest10kUnits",
  "nest10kOpen",
  "braces10k",
  "closers10k",
  "manyFiles",
  "repeatedSamples",
  "manyStrayTokens",
  "combining1MB",
  "nul1MB",
  "crOnly",
] as const;
export type HugeKind = (typeof HUGE_KINDS)[number];

/** A huge input; `scale` shrinks the megabyte-sized ones (the mocha suite runs the slow ones smaller). */
export function hugeText(kind: HugeKind, scale = 1): string {
  const MB = Math.round((1 << 20) * scale);
  switch (kind) {
    case "string1MB":
      return `plan P {\n  title "${"ạ".repeat(MB)}"\n}\n`;
    case "name1MB":
      return `unit ${"ư".repeat(MB)} "x"\nplan P { issuer ${"ư".repeat(MB)} }\n`;
    case "comment1MB":
      return `// ${"x".repeat(MB)}\n/* ${"y\n".repeat(MB / 2)} */\nplan P { }\n`;
    case "unterminatedString1MB":
      return `plan P {\n  title "${"a\\\"".repeat(MB / 3)}`;
    case "unterminatedComment1MB":
      return `plan P {\n /* ${"*".repeat(MB)}`;
    case "nest10kTasks":
      return `plan P {\n${"task A { ".repeat(10_000)}${"}".repeat(10_000)}\n}\n`;
    case "nest10kUnits":
      return `${"unit u { ".repeat(10_000)}${"}".repeat(10_000)}\n`;
    case "nest10kOpen":
      return `plan P {\n${"task A { lead x\n".repeat(10_000)}`;
    case "braces10k":
      return "{".repeat(10_000) + "}".repeat(10_000);
    case "closers10k":
      return "plan P { }\n" + "}\n".repeat(10_000);
    case "manyFiles":
      return sampleWorkspace().files.map((f) => f.text).join("\n").repeat(Math.max(1, Math.round(20 * scale)));
    case "repeatedSamples": {
      const base = sampleFiles().map((f) => f.text).join("\n");
      return base.repeat(Math.ceil(MB / base.length));
    }
    case "manyStrayTokens":
      return "} plan P { }\n".repeat(Math.round(50_000 * scale));
    case "combining1MB":
      return `unit a${"\u0301".repeat(MB)} "x"\n`;
    case "nul1MB":
      return "\u0000".repeat(MB);
    case "crOnly":
      return sampleFiles().map((f) => f.text).join("\n").replace(/\n/g, "\r").repeat(10);
  }
}

// ---------------------------------------------------------------------------------------------
// Edit scripts: what an editor does to a workspace over time

export type ScriptEdit =
  | { kind: "edit"; uri: string; text: string }
  | { kind: "remove"; uri: string }
  | { kind: "add"; uri: string; text: string };

const scriptStepArb = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant("edit" as const), which: fraction, mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("undo" as const), which: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("remove" as const), which: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("add" as const), which: fraction }) },
);

/**
 * A workspace and a script of edits on it: mutations of a file, undoing a file back to its first
 * text, removing a file and adding one back (a removed file or a copy of another under a new name).
 */
export function editScriptArb(base: fc.Arbitrary<GenWorkspace>, maxSteps = 20): fc.Arbitrary<{ files: GenFile[]; edits: ScriptEdit[] }> {
  return fc.tuple(base, fc.array(scriptStepArb, { minLength: 1, maxLength: maxSteps })).map(([ws, steps]) => {
    const original = new Map(ws.files.map((f) => [f.uri, f.text]));
    const current = new Map(original);
    const removed: string[] = [];
    const edits: ScriptEdit[] = [];
    let copies = 0;
    const pickOpen = (f: number): string | undefined => {
      const uris = [...current.keys()];
      return uris.length ? uris[Math.floor(f * uris.length) % uris.length] : undefined;
    };
    for (const step of steps) {
      if (step.kind === "edit" || step.kind === "undo") {
        const uri = pickOpen(step.which);
        if (!uri) continue;
        const text = step.kind === "edit" ? applyMutations(current.get(uri)!, step.mutations) : (original.get(uri) ?? "");
        current.set(uri, text);
        edits.push({ kind: "edit", uri, text });
      } else if (step.kind === "remove") {
        const uri = pickOpen(step.which);
        if (!uri || current.size <= 1) continue;
        current.delete(uri);
        removed.push(uri);
        edits.push({ kind: "remove", uri });
      } else {
        if (removed.length) {
          const uri = removed.splice(Math.floor(step.which * removed.length) % removed.length, 1)[0];
          const text = original.get(uri) ?? "";
          current.set(uri, text);
          edits.push({ kind: "add", uri, text });
        } else {
          const from = pickOpen(step.which);
          if (!from) continue;
          const uri = from.replace(/\.plan$/, `-copy${++copies}.plan`);
          const text = current.get(from)!;
          current.set(uri, text);
          original.set(uri, text);
          edits.push({ kind: "add", uri, text });
        }
      }
    }
    return { files: ws.files, edits };
  });
}
