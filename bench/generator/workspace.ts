// The nationwide workspace: the hierarchy and central bodies, the directives KL16 and KL57, the
// central plans (Hướng dẫn 111 of the Central Propaganda Department, the Government's programme),
// then for every province a Party plan and a People's Committee plan, for every district a plan,
// and for every grassroots party committee a plan, each in its own file next to the unit it
// declares. Every reference resolves, every deadline, approval, report and history is consistent
// with LANGUAGE.md, except for the controlled share of mistakes (see mistakes.ts).
import { addMonths, dayNumber, dayOfSameMonth, daysInMonth, formatIso, toYMD } from "../../language/ast/calendar.js";
import {
  DISSEMINATION_NOTES,
  HIGHLAND_PREFIXES,
  INDICATORS,
  initials,
  KL16_TASKS,
  KL57_OBJECTIVES,
  KL57_TASKS,
  KL57_VIEWPOINTS,
  PROVINCES,
  REPORT_TITLES,
  RETURN_NOTES,
  SYLLABLES,
  slug,
  TASK_TITLES,
  VILLAGE_KINDS,
  type DirectiveTask,
  type ProvinceInfo,
  type Theme,
} from "./data.js";
import { MISTAKE_KINDS, type MistakeContext } from "./mistakes.js";
import {
  fileText,
  type DocumentModel,
  type EventModel,
  type FileModel,
  type IndicatorModel,
  type StepModel,
  type TaskModel,
  type UnitModel,
} from "./render.js";
import { Rng } from "./rng.js";

export interface GenerateOptions {
  /** Any integer; the same seed gives the same workspace byte for byte. Default 57. */
  seed?: number;
  /**
   * 1 = nationwide (63 provinces, ~700 districts, ~10,000 grassroots plans, ~11k files); 1/16,
   * 1/4, 2 ... scale the numbers of districts and grassroots units (provinces cap at 63). A tiny
   * scale (0.0005) gives a handful of files. Default 1.
   */
  scale?: number;
  /** Share of plan files that get one realistic mistake (0 … 1). Default 0.02. */
  mistakes?: number;
}

export interface Mistake {
  path: string;
  /** The rule the mistake is aimed at (other rules may fire as a consequence). */
  rule: string;
  what: string;
}

export interface WorkspaceCounts {
  provinces: number;
  districts: number;
  grassroots: number;
  files: number;
  plans: number;
  units: number;
  lines: number;
  bytes: number;
}

export interface GeneratedWorkspace {
  /** Relative path (`/`-separated) → file text, in generation order. */
  files: Map<string, string>;
  mistakes: Mistake[];
  counts: WorkspaceCounts;
}

/** The date plans' histories run up to (what "today" is for the generated workspace). */
export const AS_OF = dayNumber(2024, 12, 31);

const NATIONWIDE = { districts: 700, grassroots: 10_000 };

/** The generated workspace as relative path → text. */
export function generateWorkspace(options: GenerateOptions = {}): Map<string, string> {
  return generateWorkspaceDetailed(options).files;
}

/** The workspace plus the list of injected mistakes and its size. */
export function generateWorkspaceDetailed(options: GenerateOptions = {}): GeneratedWorkspace {
  return new Generator(options.seed ?? 57, options.scale ?? 1, options.mistakes ?? 0.02).run();
}

// ---------------------------------------------------------------------------------------------
// Dates

export type DateStyle = "iso" | "vi" | "vi0";

/** A day as written in a plan: `2023-09-12`, `12/9/2023`, or `12/09/2023`. */
export function formatDay(day: number, style: DateStyle): string {
  if (style === "iso") return formatIso(day);
  const { year, month, day: d } = toYMD(day);
  if (style === "vi0") return `${String(d).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
  return `${d}/${month}/${year}`;
}

const lastDayOfYear = (year: number): number => dayNumber(year, 12, 31);

/**
 * A deadline for work starting after `from` and ending by `to` (both day numbers): a date, a
 * month, a quarter, a year or `ongoing`, always with its whole period after `from` and its last
 * day by `to`, so neither "before issuance" nor "after the horizon" can fire.
 */
export function deadline(rng: Rng, from: number, to: number, style: DateStyle): string {
  if (rng.chance(0.18)) return "ongoing";
  const day = rng.int(from, Math.max(from, to));
  const { year, month } = toYMD(day);
  const kind = rng.float();
  if (kind < 0.3) {
    const q = Math.floor((month - 1) / 3) + 1;
    const first = dayNumber(year, q * 3 - 2, 1);
    const last = dayNumber(year, q * 3, daysInMonth(year, q * 3));
    if (first > from && last <= to) return `Q${q}/${year}`;
  } else if (kind < 0.5) {
    const first = dayNumber(year, month, 1);
    const last = dayNumber(year, month, daysInMonth(year, month));
    if (first > from && last <= to) return style === "iso" ? `${year}-${String(month).padStart(2, "0")}` : `${month}/${year}`;
  } else if (kind < 0.65) {
    if (dayNumber(year, 1, 1) > from && lastDayOfYear(year) <= to) return String(year);
  }
  return formatDay(day, style);
}

// ---------------------------------------------------------------------------------------------
// Names

/** A registry of global names: units and documents share one namespace. */
export class NameRegistry {
  readonly taken = new Set<string>();

  /** `base`, or `base-2`, `base-3`… (or `base<sep>suffix` first when a suffix is given). */
  unique(base: string, suffix?: string, sep = "-"): string {
    let name = base;
    if (this.taken.has(name) && suffix) name = `${base}${sep}${suffix}`;
    for (let i = 2; this.taken.has(name); i++) name = `${base}${sep}${i}`;
    this.taken.add(name);
    return name;
  }
}

/** A two-syllable Vietnamese place name ("Lăng Can", "Mường Chà"). */
export function placeName(rng: Rng, highland = false): string {
  const first = highland && rng.chance(0.5) ? rng.pick(HIGHLAND_PREFIXES) : rng.pick(SYLLABLES);
  let second = rng.pick(SYLLABLES);
  while (second === first) second = rng.pick(SYLLABLES);
  return `${first} ${second}`;
}

/** Distinct place names (`n` of them), for the districts of a province or the communes of a district. */
function placeNames(rng: Rng, n: number, highland: boolean): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let guard = 0; out.length < n; guard++) {
    let name = placeName(rng, highland);
    if (guard > n * 50) name = `${name} ${out.length + 1}`;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

/** A unit name keeping Vietnamese letters (names may hold them): "thôn Nà Khà" → "thôn-nà-khà". */
export function unicodeSlug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}

// ---------------------------------------------------------------------------------------------
// Plans

/** What a plan's children need to know about it. */
export interface PlanInfo {
  name: string;
  issuer: string;
  number: string;
  issued: number;
  /** Last day of the horizon. */
  horizon: number;
  horizonYear: number;
  everyMonths: number;
  dueDay: number;
  /** The top-level tasks children cover, with their theme and subtasks. */
  tasks: ParentTask[];
  /** The body children's reports go to. */
  reportTo: string;
}

export interface ParentTask {
  name: string;
  theme: Theme;
  subtasks: string[];
}

/** The bodies of one levelled unit, by role, and the words used in its plan. */
export interface Organs {
  /** Bodies that lead tasks of each theme (first is the usual one). */
  leads: Record<Theme, string[]>;
  /** Bodies that support tasks of each theme. */
  supports: Record<Theme, string[]>;
  /** Bodies that lead subtasks (party cells, departments). */
  subLeads: string[];
  /** `{noi}`: "trên địa bàn xã Lăng Can". */
  noi: string;
  /** `{cap}`: "cấp xã", "toàn tỉnh". */
  cap: string;
  /** `{ten}`: "Lăng Can". */
  ten: string;
}

export interface TaskOptions {
  prefix: string;
  subtaskChance: number;
  from: number;
  to: number;
  style: DateStyle;
  /** Chance of splitting each parent task into two tasks (default 0.3). */
  splitChance?: number;
  /** Chance of adding a qualified `KL57.T2.1` cover to a theme-2 task. */
  qualifiedChance?: number;
}

function fill(template: string, organs: Organs): string {
  return template.replace("{noi}", organs.noi).replace("{cap}", organs.cap).replace("{ten}", organs.ten);
}

function indicator(rng: Rng, theme: Theme, organs: Organs): IndicatorModel {
  const t = rng.pick(INDICATORS[theme]);
  const target = t.percent ? (rng.chance(0.8) ? "100%" : `${rng.int(8, 19) * 5}%`) : String(rng.int(t.min ?? 1, t.max ?? 10));
  return { text: fill(t.text, organs), target };
}

/**
 * The tasks of a plan covering every top-level task of its parent: parent tasks are taken one by
 * one or two at a time, sometimes one is split in two, and a parent task with subtasks is
 * sometimes covered subtask by subtask.
 */
export function planTasks(rng: Rng, parent: readonly ParentTask[], organs: Organs, o: TaskOptions): { tasks: TaskModel[]; info: ParentTask[] } {
  const groups: ParentTask[][] = [];
  for (let i = 0; i < parent.length; ) {
    if (i + 1 < parent.length && rng.chance(0.25)) {
      groups.push([parent[i], parent[i + 1]]);
      i += 2;
    } else groups.push([parent[i++]]);
  }
  // A parent task is often split into two tasks of the plan (one per body or per kind of work).
  for (let k = groups.length - 1; k >= 0; k--) if (rng.chance(o.splitChance ?? 0.3)) groups.splice(k + 1, 0, groups[k]);
  const tasks: TaskModel[] = [];
  groups.forEach((group, i) => {
    const theme = group[0].theme;
    const name = `${o.prefix}${i + 1}`;
    const covers = group.flatMap((p) => (p.subtasks.length && rng.chance(0.3) ? p.subtasks : [p.name]));
    if (theme === 2 && o.qualifiedChance && rng.chance(o.qualifiedChance)) covers.push("KL57.T2.1");
    const task = oneTask(rng, name, theme, covers, organs, o);
    if (rng.chance(o.subtaskChance)) {
      const n = rng.int(1, 2);
      for (let j = 1; j <= n; j++) {
        const sub = oneTask(rng, `${name}.${j}`, theme, [], organs, o);
        sub.title = `${rng.pick(["Triển khai", "Thực hiện", "Tổ chức thực hiện"])} tại ${rng.pick(organs.subLeads.length ? ["chi bộ", "đơn vị"] : ["cơ sở"])}: ${lowerFirst(sub.title)}`;
        if (organs.subLeads.length) sub.leads = [[rng.pick(organs.subLeads)]];
        sub.supports = sub.supports.filter((s) => s !== sub.leads[0][0]);
        task.subtasks.push(sub);
      }
    }
    task.theme = theme;
    tasks.push(task);
  });
  return { tasks, info: parentTasksOf(tasks) };
}

/** A plan's reporting as its children must follow it (read from the final models, after any mistake). */
export function cadenceOf(doc: DocumentModel): { everyMonths: number; dueDay: number } {
  const r = doc.reports[0];
  const m = r && /^(\d+) (month|months|year|years)$/.exec(r.every);
  return { everyMonths: m ? Number(m[1]) * (m[2].startsWith("year") ? 12 : 1) : 12, dueDay: r?.dueDay ?? 28 };
}

/** What children cover of a plan's tasks, read from its final models (after any mistake: the first of duplicate names wins). */
export function parentTasksOf(tasks: readonly TaskModel[]): ParentTask[] {
  const seen = new Set<string>();
  const out: ParentTask[] = [];
  for (const t of tasks) {
    if (seen.has(t.name)) continue;
    seen.add(t.name);
    out.push({ name: t.name, theme: (t.theme ?? 1) as Theme, subtasks: t.subtasks.map((s) => s.name) });
  }
  return out;
}

function lowerFirst(s: string): string {
  return s[0].toLowerCase() + s.slice(1);
}

function oneTask(rng: Rng, name: string, theme: Theme, covers: string[], organs: Organs, o: TaskOptions): TaskModel {
  const leads = organs.leads[theme];
  const lead = rng.chance(0.7) ? leads[0] : rng.pick(leads);
  const supports = rng.sample(
    organs.supports[theme].filter((s) => s !== lead),
    rng.int(0, 2),
  );
  const indicators = [indicator(rng, theme, organs)];
  if (rng.chance(0.15)) {
    const second = indicator(rng, theme, organs);
    if (second.text !== indicators[0].text) indicators.push(second);
  }
  return {
    name,
    title: fill(rng.pick(TASK_TITLES[theme]), organs),
    covers,
    leads: [[lead]],
    supports,
    due: deadline(rng, o.from, o.to, o.style),
    indicators,
    subtasks: [],
  };
}

/**
 * A plan's history up to `asOf`: its approval (submitted through the steps, now and then
 * returned once), approved, issued on its `issued` date, disseminated, each report due so far,
 * and a preliminary review when it is due.
 */
export function planHistory(
  rng: Rng,
  steps: number,
  issued: number,
  everyMonths: number,
  dueDay: number,
  preliminary: number,
  style: DateStyle,
  asOf = AS_OF,
  ten = "",
): EventModel[] {
  const approvalWords: string[] = [];
  const returned = steps >= 2 && rng.chance(0.12);
  for (let i = 0; i < steps - 1; i++) {
    approvalWords.push("submitted");
    if (i === 0 && returned) approvalWords.push("returned", "submitted");
  }
  approvalWords.push("approved");
  // Dates backwards from approval, which comes a few days before issuance.
  const dates: number[] = [];
  let cursor = issued - rng.int(0, 4);
  for (let i = approvalWords.length - 1; i >= 0; i--) {
    dates[i] = cursor;
    cursor -= rng.int(3, 12);
  }
  const events: EventModel[] = approvalWords.map((word, i) => ({
    date: formatDay(dates[i], style),
    word,
    note: word === "returned" ? rng.pick(RETURN_NOTES) : undefined,
  }));
  events.push({ date: formatDay(issued, style), word: "issued" });
  let last = issued + rng.int(3, 25);
  if (last > asOf) return events;
  events.push({
    date: formatDay(last, style),
    word: "disseminated",
    note: rng.chance(0.6) ? rng.pick(DISSEMINATION_NOTES).replace("{ten}", ten) : undefined,
  });
  const later: { day: number; event: EventModel }[] = [];
  for (let k = 1; ; k++) {
    const due = dayOfSameMonth(addMonths(issued, k * everyMonths), dueDay);
    if (due > asOf) break;
    if (!rng.chance(0.88)) continue;
    const day = Math.max(last + 1, due - rng.int(0, 6));
    if (day > asOf) break;
    later.push({
      day,
      event: { date: formatDay(day, style), word: "reported", note: rng.chance(0.5) ? `Báo cáo ${k * everyMonths} tháng` : undefined },
    });
    last = day;
  }
  if (preliminary <= asOf && rng.chance(0.6)) {
    const day = Math.max(preliminary - rng.int(0, 20), later.length ? later[later.length - 1].day + 1 : last + 1);
    if (day <= asOf) later.push({ day, event: { date: formatDay(day, style), word: "reviewed", which: "preliminary" } });
  }
  later.sort((a, b) => a.day - b.day);
  return [...events, ...later.map((l) => l.event)];
}

// ---------------------------------------------------------------------------------------------

const THEMES: readonly Theme[] = [1, 2, 3, 4, 5];

function byTheme(f: (t: Theme) => string[]): Record<Theme, string[]> {
  return Object.fromEntries(THEMES.map((t) => [t, f(t)])) as Record<Theme, string[]>;
}

function directiveParentTasks(tasks: readonly DirectiveTask[]): ParentTask[] {
  return tasks.map((t, i) => ({ name: t.name, theme: ((i % 5) + 1) as Theme, subtasks: (t.subtasks ?? []).map((s) => s.name) }));
}

function directiveTaskModels(tasks: readonly DirectiveTask[]): TaskModel[] {
  return tasks.map((t) => ({
    name: t.name,
    title: t.title,
    covers: [],
    leads: [],
    supports: [],
    indicators: [],
    subtasks: directiveTaskModels(t.subtasks ?? []),
  }));
}

interface DistrictPlan {
  /** "Huyện ủy Lâm Bình" */
  title: string;
  info: PlanInfo;
  unit: string;
  /** Bodies of the district (for upward-assignment mistakes below it). */
  bodies: string[];
}

class Generator {
  private readonly files = new Map<string, string>();
  private readonly mistakes: Mistake[] = [];
  private readonly names = new NameRegistry();
  /** The provincial Party plans generated so far. */
  private readonly provincePlans: string[] = [];
  private readonly counts: WorkspaceCounts = { provinces: 0, districts: 0, grassroots: 0, files: 0, plans: 0, units: 0, lines: 0, bytes: 0 };

  constructor(
    private readonly seed: number,
    private readonly scale: number,
    private readonly mistakeShare: number,
  ) {}

  private rng(label: string): Rng {
    return Rng.derive(this.seed, label);
  }

  run(): GeneratedWorkspace {
    const kl57 = this.central();
    const rng = this.rng("layout");
    const nProvinces = Math.max(1, Math.min(PROVINCES.length, Math.round(PROVINCES.length * this.scale)));
    const nDistricts = Math.max(nProvinces, Math.round(NATIONWIDE.districts * this.scale));
    const nGrassroots = Math.max(nDistricts, Math.round(NATIONWIDE.grassroots * this.scale));
    const provinces = rng.shuffle([...PROVINCES]).slice(0, nProvinces);
    const districtsPer = rng.split(nDistricts, nProvinces, 1, 3);
    const grassrootsPer = rng.split(nGrassroots, nDistricts, 1, 3);
    let d = 0;
    provinces.forEach((p, i) => {
      const counts = grassrootsPer.slice(d, d + districtsPer[i]);
      d += districtsPer[i];
      this.province(p, kl57, counts);
    });
    for (const text of this.files.values()) {
      this.counts.bytes += Buffer.byteLength(text);
      let lines = 0;
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
      this.counts.lines += lines;
    }
    this.counts.files = this.files.size;
    return { files: this.files, mistakes: this.mistakes, counts: this.counts };
  }

  private emit(path: string, file: FileModel, mistake?: (text: string) => string): void {
    const countUnits = (u: UnitModel): number => 1 + u.children.reduce((n, c) => n + countUnits(c), 0);
    this.counts.units += file.units.reduce((n, u) => n + countUnits(u), 0);
    this.counts.plans += file.documents.filter((d) => d.kind === "plan").length;
    const text = fileText(file);
    this.files.set(path, mistake ? mistake(text) : text);
  }

  /** Decides whether this plan file gets a mistake and applies it (models now, text at emit). */
  private maybeMistake(path: string, ctx: MistakeContext): ((text: string) => string) | undefined {
    const rng = ctx.rng;
    if (!rng.chance(this.mistakeShare)) return undefined;
    const start = rng.int(0, MISTAKE_KINDS.length - 1);
    for (let k = 0; k < MISTAKE_KINDS.length; k++) {
      const kind = MISTAKE_KINDS[(start + k) % MISTAKE_KINDS.length];
      if (kind.applyModel) {
        const what = kind.applyModel(ctx);
        if (what) {
          this.mistakes.push({ path, rule: kind.rule, what });
          return undefined;
        }
      } else if (kind.applyText) {
        return (text) => {
          const r = kind.applyText!(text, rng);
          if (!r) return text;
          this.mistakes.push({ path, rule: kind.rule, what: r.what });
          return r.text;
        };
      }
    }
    return undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Central level

  private central(): PlanInfo {
    const rng = this.rng("central");
    const n = this.names;
    const u = (name: string, title: string, extra: Partial<UnitModel> = {}): UnitModel => {
      n.taken.add(name);
      return { name, title, children: [], ...extra };
    };
    const trungUong = u("trung-uong", "Ban Chấp hành Trung ương", { level: "central", code: "TW" });
    trungUong.children = [
      u("bo-chinh-tri", "Bộ Chính trị"),
      u("ban-bi-thu", "Ban Bí thư"),
      u("btg-tw", "Ban Tuyên giáo Trung ương", { code: "BTGTW" }),
      u("bdn-tw", "Ban Đối ngoại Trung ương", { code: "BĐNTW" }),
      u("btc-tw", "Ban Tổ chức Trung ương", { code: "BTCTW" }),
      u("vp-tw", "Văn phòng Trung ương Đảng"),
      u("bcd-ttdn-tw", "Ban Chỉ đạo Công tác thông tin đối ngoại Trung ương"),
    ];
    const chinhPhu = u("chinh-phu", "Chính phủ", {
      code: "CP",
      placedIn: "trung-uong",
      comment: "Chính phủ đặt dưới Ban Chấp hành Trung ương (Đảng lãnh đạo Nhà nước), cùng cấp Trung ương.",
    });
    chinhPhu.children = [
      u("bo-ngoai-giao", "Bộ Ngoại giao"),
      u("bo-tttt", "Bộ Thông tin và Truyền thông", { children: [u("cuc-ttdn", "Cục Thông tin đối ngoại")] }),
      u("bo-vhttdl", "Bộ Văn hóa, Thể thao và Du lịch"),
      u("bo-gddt", "Bộ Giáo dục và Đào tạo"),
      u("bo-noi-vu", "Bộ Nội vụ"),
      u("ttxvn", "Thông tấn xã Việt Nam"),
      u("vtv", "Đài Truyền hình Việt Nam"),
      u("vov", "Đài Tiếng nói Việt Nam"),
    ];
    this.emit("hierarchy.plan", {
      header: ["Hệ thống các cấp và các cơ quan cấp Trung ương, dùng chung cho cả không gian làm việc."],
      hierarchy: [
        ["central", "Trung ương"],
        ["province", "Tỉnh, thành phố, đảng bộ trực thuộc Trung ương"],
        ["district", "Huyện, quận, thị xã"],
        ["grassroots", "Cơ sở"],
      ],
      units: [trungUong, chinhPhu],
      documents: [],
    });

    n.taken.add("KL16");
    this.emit("central/kl16.plan", {
      header: ["Kết luận số 16-KL/TW ngày 14/2/2012 của Bộ Chính trị (khóa XI): Chiến lược phát triển thông tin đối ngoại giai đoạn 2011 - 2020."],
      units: [],
      documents: [
        {
          kind: "directive",
          name: "KL16",
          number: "16-KL/TW",
          title: "Về Chiến lược phát triển thông tin đối ngoại giai đoạn 2011 - 2020",
          issuer: "bo-chinh-tri",
          issued: "14/2/2012",
          horizon: "2020",
          objectives: [],
          viewpoints: [],
          tasks: directiveTaskModels(KL16_TASKS),
          reports: [{ title: "Báo cáo tổng kết 10 năm", every: "12 months", dueDay: 15, to: "bo-chinh-tri" }],
          reviews: [{ which: "final", by: "2020-12-31" }],
          history: [
            { date: "2012-02-14", word: "approved" },
            { date: "2012-02-14", word: "issued" },
            { date: "2012-03-20", word: "disseminated" },
          ],
        },
      ],
    });

    const kl57Issued = dayNumber(2023, 6, 15);
    n.taken.add("KL57");
    this.emit("central/kl57.plan", {
      header: [
        "Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị (khóa XIII): văn bản gốc của cả chuỗi",
        "kế hoạch trong không gian làm việc này.",
      ],
      units: [],
      documents: [
        {
          kind: "directive",
          name: "KL57",
          number: "57-KL/TW",
          title: "Về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới",
          issuer: "bo-chinh-tri",
          issued: "15/6/2023",
          continues: "KL16",
          horizon: "2030",
          objectives: KL57_OBJECTIVES.map((text, i) => ({ name: `O${i + 1}`, text })),
          viewpoints: KL57_VIEWPOINTS.map((text, i) => ({ name: `V${i + 1}`, text })),
          taskComment: "Năm nhóm nhiệm vụ, giải pháp trọng tâm.",
          tasks: directiveTaskModels(KL57_TASKS),
          reports: [{ title: "Báo cáo kết quả thực hiện", every: "12 months", dueDay: 15, to: "bo-chinh-tri" }],
          reviews: [
            { which: "preliminary", by: "2025-12-31" },
            { which: "final", by: "2030-12-31" },
          ],
          history: [
            { date: "2023-06-15", word: "approved" },
            { date: "2023-06-15", word: "issued" },
            {
              date: "2023-10-11",
              word: "disseminated",
              note: "Hội nghị toàn quốc nghiên cứu, triển khai Kết luận số 57-KL/TW: 2000 điểm cầu, hơn 10 vạn đại biểu",
            },
          ],
        },
      ],
    });
    const kl57: PlanInfo = {
      name: "KL57",
      issuer: "bo-chinh-tri",
      number: "57-KL/TW",
      issued: kl57Issued,
      horizon: lastDayOfYear(2030),
      horizonYear: 2030,
      everyMonths: 12,
      dueDay: 15,
      tasks: directiveParentTasks(KL57_TASKS),
      reportTo: "btg-tw",
    };

    // Central plans: the Propaganda Department's guidance and the Government's programme.
    const centralOrgans = (ten: string, leads: string[], supports: string[]): Organs => ({
      leads: byTheme((t) => [leads[(t - 1) % leads.length], ...leads]),
      supports: byTheme(() => supports),
      subLeads: [],
      noi: "trong cả nước",
      cap: "các cấp, các ngành",
      ten,
    });
    const centralPlan = (
      path: string,
      name: string,
      number: string,
      title: string,
      issuer: string,
      issued: number,
      prefix: string,
      organs: Organs,
      steps: StepModel[],
      header: string,
    ): void => {
      n.taken.add(name);
      const { tasks } = planTasks(rng, kl57.tasks, organs, { prefix, subtaskChance: 0.3, from: issued + 20, to: lastDayOfYear(2030), style: "iso" });
      const preliminary = dayNumber(2025, 10, 31);
      this.emit(path, {
        header: [header],
        units: [],
        documents: [
          {
            kind: "plan",
            name,
            number,
            title,
            issuer,
            issued: formatDay(issued, "vi"),
            implements: "KL57",
            parent: "KL57",
            horizon: "2030",
            objectives: [],
            viewpoints: [],
            tasks,
            approval: steps,
            reports: [{ title: "Báo cáo kết quả thực hiện", every: "6 months", dueDay: 10, to: "bo-chinh-tri" }],
            reviews: [
              { which: "preliminary", by: formatIso(preliminary) },
              { which: "final", by: "2030-10-31" },
            ],
            history: planHistory(rng, steps.length, issued, 6, 10, preliminary, "iso"),
          },
        ],
      });
    };
    centralPlan(
      "central/hd111.plan",
      "HD-111",
      "111-HD/BTGTW",
      "Hướng dẫn nghiên cứu, học tập, quán triệt và tuyên truyền Kết luận số 57-KL/TW của Bộ Chính trị",
      "btg-tw",
      dayNumber(2023, 8, 11),
      "G",
      centralOrgans("Việt Nam", ["btg-tw", "bdn-tw", "btg-tw", "btc-tw", "bdn-tw"], ["bcd-ttdn-tw", "vp-tw", "bdn-tw"]),
      [
        { name: "draft", by: "btg-tw", within: "20 days" },
        { name: "approve", by: "ban-bi-thu", within: "7 days" },
      ],
      "Hướng dẫn số 111-HD/BTGTW ngày 11/8/2023 của Ban Tuyên giáo Trung ương.",
    );
    centralPlan(
      "central/ctr-chinh-phu.plan",
      "CTR-CP-57",
      "146/CTr-CP",
      "Chương trình hành động của Chính phủ thực hiện Kết luận số 57-KL/TW của Bộ Chính trị đến năm 2030",
      "chinh-phu",
      dayNumber(2023, 11, 20),
      "P",
      centralOrgans("Việt Nam", ["bo-ngoai-giao", "bo-tttt", "bo-tttt", "bo-noi-vu", "bo-gddt"], ["bo-vhttdl", "ttxvn", "vtv", "vov", "cuc-ttdn"]),
      [
        { name: "draft", by: "bo-ngoai-giao", within: "30 days" },
        { name: "appraise", by: "bo-noi-vu", within: "10 days" },
        { name: "approve", by: "chinh-phu", within: "7 days" },
      ],
      "Chương trình hành động của Chính phủ thực hiện Kết luận số 57-KL/TW (bản tin 001, 004).",
    );
    return kl57;
  }

  // -------------------------------------------------------------------------------------------
  // Provinces

  private province(p: ProvinceInfo, kl57: PlanInfo, grassrootsPerDistrict: number[]): void {
    this.counts.provinces++;
    const rng = this.rng(`province:${p.name}`);
    const n = this.names;
    const pslug = slug(p.name);
    const k = p.abbr.toLowerCase();
    const uy = p.city ? "Thành ủy" : "Tỉnh ủy";
    const tinh = p.city ? "thành phố" : "tỉnh";
    const style: DateStyle = rng.pick(["iso", "vi", "vi", "vi0"]);
    const mk = (role: string, title: string, extra: Partial<UnitModel> = {}): UnitModel => ({
      name: n.unique(`${role}-${k}`),
      title,
      children: [],
      ...extra,
    });
    const unitName = n.unique(`${p.city ? "thanh-uy" : "tinh-uy"}-${pslug}`);
    const btv = mk("btv-tu", `Ban Thường vụ ${uy}`);
    const btg = mk("btg-tu", `Ban Tuyên giáo ${uy}`);
    const btc = mk("btc-tu", `Ban Tổ chức ${uy}`);
    const bdv = mk("bdv-tu", `Ban Dân vận ${uy}`);
    const vp = mk("vp-tu", `Văn phòng ${uy}`);
    const bao = mk("bao", `Báo ${p.name}`);
    const partyUnit: UnitModel = {
      name: unitName,
      title: `${uy} ${p.name}`,
      level: "province",
      code: "TU",
      placedIn: "trung-uong",
      children: [btv, btg, btc, bdv, vp, bao],
    };
    const ubndName = n.unique(`ubnd-${pslug}`);
    const vpUb = mk("vp-ubnd", `Văn phòng Ủy ban nhân dân ${tinh}`);
    const soTttt = mk("so-tttt", "Sở Thông tin và Truyền thông");
    const soNgv = mk("so-ngoai-vu", "Sở Ngoại vụ");
    const soVh = mk("so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch");
    const soGd = mk("so-gddt", "Sở Giáo dục và Đào tạo");
    const soNv = mk("so-noi-vu", "Sở Nội vụ");
    const dai = mk("dai-ptth", `Đài Phát thanh và Truyền hình ${p.name}`);
    const ubnd: UnitModel = {
      name: ubndName,
      title: `Ủy ban nhân dân ${tinh} ${p.name}`,
      code: "UBND",
      placedIn: unitName,
      comment: `Ủy ban nhân dân ${tinh}: cơ quan Nhà nước, đặt dưới ${uy}; cùng cấp nên không ghi \`level\`.`,
      children: [vpUb, soTttt, soNgv, soVh, soGd, soNv, dai],
    };

    const issued = dayNumber(2023, 7, 10) + rng.int(0, 110);
    const planName = n.unique(`KH-${p.abbr}-57`);
    const number = `${rng.int(150, 290)}-KH/TU`;
    const organs: Organs = {
      leads: { 1: [btg.name, btc.name], 2: [btg.name, soNgv.name, ubndName], 3: [ubndName, soTttt.name], 4: [btc.name, btg.name], 5: [soNgv.name, btg.name] },
      supports: {
        1: [vp.name, bdv.name, btc.name, bao.name],
        2: [soTttt.name, soVh.name, bao.name, dai.name, bdv.name],
        3: [soTttt.name, soNgv.name, bao.name, dai.name],
        4: [btg.name, soNv.name, soNgv.name],
        5: [btc.name, soGd.name, soNgv.name],
      },
      subLeads: [soTttt.name, soNgv.name, soVh.name, bao.name, dai.name],
      noi: `trên địa bàn ${tinh} ${p.name}`,
      cap: `toàn ${tinh}`,
      ten: p.name,
    };
    const horizon = lastDayOfYear(2030);
    const { tasks } = planTasks(rng, kl57.tasks, organs, { prefix: "A", subtaskChance: 0.25, from: issued + 20, to: horizon, style });
    const dueDay = rng.int(8, 12);
    const preliminaryMonth = rng.pick([6, 10, 12]);
    const preliminary = dayNumber(2025, preliminaryMonth, daysInMonth(2025, preliminaryMonth));
    const steps: StepModel[] = [
      { name: "draft", by: btg.name, within: `${rng.pick([20, 30])} days` },
      { name: "appraise", by: vp.name, within: "10 days" },
      { name: "approve", by: btv.name, within: "7 days" },
    ];
    const partyPlan: DocumentModel = {
      kind: "plan",
      name: planName,
      number,
      numberComment: rng.chance(0.3) ? "số hiệu minh họa" : undefined,
      title: `Kế hoạch thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới`,
      issuer: unitName,
      issued: formatDay(issued, style),
      implements: "KL57",
      parent: "KL57",
      horizon: "2030",
      objectives: [],
      viewpoints: [],
      tasks,
      approval: steps,
      reports: [{ title: rng.pick(REPORT_TITLES), every: "6 months", dueDay, to: "btg-tw" }],
      reviews: [
        { which: "preliminary", by: formatIso(preliminary) },
        { which: "final", by: "2030-06-30" },
      ],
      history: planHistory(rng, 3, issued, 6, dueDay, preliminary, style, AS_OF, p.name),
    };
    const partyPath = `provinces/${pslug}/tinh-uy.plan`;
    const partyFile: FileModel = {
      header: [`${uy} ${p.name}: Kế hoạch số ${number} ngày ${formatDay(issued, "vi")} thực hiện Kết luận số 57-KL/TW của Bộ Chính trị.`],
      units: [partyUnit],
      documents: [partyPlan],
    };
    const fmt = (day: number): string => formatDay(day, style);
    const partyMistake = this.maybeMistake(partyPath, {
      rng,
      file: partyFile,
      plan: partyPlan,
      level: "province",
      leaf: false,
      upperBodies: ["btg-tw", "bdn-tw", "bo-tttt"],
      wrongParents: [],
      parentEveryMonths: 12,
      parentDueDay: 15,
      issuedDay: issued,
      parentIssuedDay: kl57.issued,
      formatDay: fmt,
    });
    this.emit(partyPath, partyFile, partyMistake);
    this.provincePlans.push(planName);
    const partyInfo: PlanInfo = {
      name: planName,
      issuer: unitName,
      number,
      issued,
      horizon,
      horizonYear: 2030,
      ...cadenceOf(partyPlan),
      tasks: parentTasksOf(partyPlan.tasks),
      reportTo: btg.name,
    };

    // The People's Committee plan implementing both KL57 and the Party plan.
    const ubIssued = issued + rng.int(20, 80);
    const ubPlanName = n.unique(`KH-UBND-${p.abbr}-57`);
    const ubNumber = `${rng.int(90, 400)}/KH-UBND`;
    const ubOrgans: Organs = {
      leads: { 1: [soTttt.name, vpUb.name], 2: [soNgv.name, soVh.name], 3: [soTttt.name], 4: [soNv.name, soNgv.name], 5: [soNgv.name, soGd.name] },
      supports: {
        1: [vpUb.name, soVh.name, dai.name],
        2: [soTttt.name, soVh.name, dai.name],
        3: [soNgv.name, dai.name, vpUb.name],
        4: [soTttt.name, soGd.name],
        5: [soNv.name, soGd.name, soTttt.name],
      },
      subLeads: [soVh.name, dai.name, soGd.name],
      noi: `trên địa bàn ${tinh}`,
      cap: `các sở, ban, ngành ${tinh}`,
      ten: p.name,
    };
    const ub = planTasks(rng, partyInfo.tasks, ubOrgans, { prefix: "U", subtaskChance: 0.2, from: ubIssued + 20, to: horizon, style });
    const ubDue = rng.int(3, dueDay - 1);
    const ubPlan: DocumentModel = {
      kind: "plan",
      name: ubPlanName,
      number: ubNumber,
      title: `Kế hoạch thực hiện Kết luận số 57-KL/TW của Bộ Chính trị và Kế hoạch số ${number} của ${uy} về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới`,
      issuer: ubndName,
      issued: formatDay(ubIssued, style),
      implements: "KL57",
      parent: planName,
      horizon: "2030",
      objectives: [],
      viewpoints: [],
      tasks: ub.tasks,
      approval: [
        { name: "draft", by: soTttt.name, within: "30 days" },
        { name: "appraise", by: vpUb.name, within: "10 days" },
        { name: "approve", by: ubndName, within: "7 days" },
      ],
      reports: [{ title: "Báo cáo 6 tháng, năm", every: "6 months", dueDay: ubDue, to: unitName }],
      reviews: [
        { which: "preliminary", by: formatIso(preliminary) },
        { which: "final", by: "2030-06-30" },
      ],
      history: planHistory(rng, 3, ubIssued, 6, ubDue, preliminary, style, AS_OF, p.name),
    };
    const ubPath = `provinces/${pslug}/ubnd.plan`;
    const ubFile: FileModel = {
      header: [
        `Ủy ban nhân dân ${tinh} ${p.name}: Kế hoạch số ${ubNumber} ngày ${formatDay(ubIssued, "vi")} thực hiện Kết luận số 57-KL/TW`,
        `và Kế hoạch số ${number} của ${uy}.`,
      ],
      units: [ubnd],
      documents: [ubPlan],
    };
    const ubMistake = this.maybeMistake(ubPath, {
      rng,
      file: ubFile,
      plan: ubPlan,
      level: "province",
      leaf: false,
      upperBodies: ["bo-tttt", "bo-ngoai-giao"],
      // Copied from a neighbouring province's People's Committee plan.
      wrongParents: this.provincePlans.filter((x) => x !== planName).slice(-3),
      parentEveryMonths: 6,
      parentDueDay: dueDay,
      issuedDay: ubIssued,
      parentIssuedDay: issued,
      formatDay: fmt,
    });
    this.emit(ubPath, ubFile, ubMistake);

    // Districts.
    const highland = /Hà Giang|Cao Bằng|Bắc Kạn|Lai Châu|Điện Biên|Sơn La|Lào Cai|Yên Bái|Kon Tum|Gia Lai|Đắk|Lâm Đồng|Hòa Bình|Tuyên Quang/.test(p.name);
    const dnames = placeNames(rng, grassrootsPerDistrict.length, highland);
    const districts: DistrictPlan[] = [];
    dnames.forEach((dname, i) => {
      const kind = p.city ? (i < Math.max(1, Math.round(dnames.length * 0.6)) ? "quận" : "huyện") : i === 0 ? "thành phố" : i === 1 && rng.chance(0.5) ? "thị xã" : "huyện";
      districts.push(
        this.district(p, { unitName, btg: btg.name, btv: btv.name, k, pslug, style, highland, upper: [btg.name, soTttt.name, btc.name] }, partyInfo, dname, kind, grassrootsPerDistrict[i], districts),
      );
    });
  }

  // -------------------------------------------------------------------------------------------
  // Districts

  private district(
    p: ProvinceInfo,
    prov: { unitName: string; btg: string; btv: string; k: string; pslug: string; style: DateStyle; highland: boolean; upper: string[] },
    parent: PlanInfo,
    dname: string,
    kind: string,
    nGrassroots: number,
    siblings: DistrictPlan[],
  ): DistrictPlan {
    this.counts.districts++;
    const rng = this.rng(`district:${p.name}:${dname}`);
    const n = this.names;
    const dslug = slug(dname);
    const dk = n.unique(`${prov.k}-${initials(dname).toLowerCase()}`);
    const uyWord = kind === "quận" ? "Quận ủy" : kind === "thị xã" ? "Thị ủy" : kind === "thành phố" ? "Thành ủy" : "Huyện ủy";
    const uyPrefix = kind === "quận" ? "quan-uy" : kind === "thị xã" ? "thi-uy" : kind === "thành phố" ? "thanh-uy" : "huyen-uy";
    const code = kind === "quận" ? "QU" : kind === "huyện" ? "HU" : "TU";
    const unitName = n.unique(`${uyPrefix}-${dslug}`, prov.k);
    const mk = (role: string, title: string, extra: Partial<UnitModel> = {}): UnitModel => ({
      name: n.unique(`${role}-${dk}`),
      title,
      children: [],
      ...extra,
    });
    const btv = mk("btv", `Ban Thường vụ ${uyWord}`);
    const bantg = mk("ban-tg", `Ban Tuyên giáo ${uyWord}`);
    const bantc = mk("ban-tc", `Ban Tổ chức ${uyWord}`);
    const vp = mk("vp", `Văn phòng ${uyWord}`);
    const mttq = mk("mttq", `Ủy ban Mặt trận Tổ quốc Việt Nam ${kind}`);
    const vhtt = mk("phong-vhtt", "Phòng Văn hóa và Thông tin");
    const nv = mk("phong-nv", "Phòng Nội vụ");
    const gd = mk("phong-gddt", "Phòng Giáo dục và Đào tạo");
    const ttvh = mk("ttvh", `Trung tâm Văn hóa, Thông tin và Thể thao ${kind}`);
    const ubnd = mk("ubnd", `Ủy ban nhân dân ${kind} ${dname}`, { code: "UBND", children: [vhtt, nv, gd, ttvh] });
    const unit: UnitModel = {
      name: unitName,
      title: `${uyWord} ${dname}`,
      level: "district",
      code,
      placedIn: prov.unitName,
      children: [btv, bantg, bantc, vp, mttq, ubnd],
    };
    const issued = parent.issued + rng.int(15, 70);
    const horizonYear = rng.chance(0.75) ? 2025 : 2030;
    const horizon = lastDayOfYear(horizonYear);
    const style: DateStyle = rng.chance(0.7) ? prov.style : rng.pick(["iso", "vi"]);
    const organs: Organs = {
      leads: { 1: [bantg.name, vp.name], 2: [vhtt.name, bantg.name], 3: [ubnd.name, vhtt.name], 4: [bantc.name, bantg.name], 5: [bantg.name, nv.name] },
      supports: {
        1: [vp.name, mttq.name, bantc.name],
        2: [ttvh.name, mttq.name, vhtt.name],
        3: [ttvh.name, vhtt.name],
        4: [nv.name, bantg.name],
        5: [mttq.name, gd.name],
      },
      subLeads: [vhtt.name, ttvh.name, gd.name],
      noi: `trên địa bàn ${kind} ${dname}`,
      cap: `cấp ${kind === "quận" ? "quận" : "huyện"}`,
      ten: dname,
    };
    const planName = n.unique(`KH-${dk.toUpperCase()}-57`);
    const number = `${rng.int(20, 120)}-KH/${code}`;
    const { tasks } = planTasks(rng, parent.tasks, organs, {
      prefix: "B",
      subtaskChance: 0.15,
      from: issued + 20,
      to: horizon,
      style,
      qualifiedChance: 0.08,
    });
    const dueDay = rng.int(3, Math.min(7, parent.dueDay - 1));
    const preliminary = dayNumber(2024, rng.pick([9, 10, 11]), 30);
    const final = horizonYear === 2025 ? dayNumber(2025, 9, 30) : dayNumber(2030, 6, 30);
    const threeSteps = rng.chance(0.4);
    const steps: StepModel[] = [
      { name: "draft", by: bantg.name, within: `${rng.pick([15, 20, 30])} days` },
      ...(threeSteps ? [{ name: "appraise", by: vp.name, within: "10 days" }] : []),
      { name: "approve", by: btv.name, within: "7 days" },
    ];
    const plan: DocumentModel = {
      kind: "plan",
      name: planName,
      number,
      numberComment: rng.chance(0.1) ? "số hiệu minh họa" : undefined,
      title: `Kế hoạch thực hiện Kết luận số 57-KL/TW của Bộ Chính trị và Kế hoạch số ${parent.number} của ${p.city ? "Thành ủy" : "Tỉnh ủy"} về công tác thông tin đối ngoại trong tình hình mới`,
      issuer: unitName,
      issued: formatDay(issued, style),
      implements: "KL57",
      parent: parent.name,
      horizon: String(horizonYear),
      objectives: [],
      viewpoints: [],
      tasks,
      approval: steps,
      reports: [{ title: rng.pick(REPORT_TITLES), every: "6 months", dueDay, to: prov.btg }],
      reviews: [
        { which: "preliminary", by: formatIso(preliminary) },
        { which: "final", by: formatIso(final) },
      ],
      history: planHistory(rng, steps.length, issued, 6, dueDay, preliminary, style, AS_OF, dname),
    };
    if (plan.history && rng.chance(0.3)) plan.history[0].comment = steps.length > 2 ? "draft -> appraise" : "draft -> approve";
    const dir = `provinces/${prov.pslug}/${dslug}-${dk}`;
    const path = `${dir}/${uyPrefix}.plan`;
    const file: FileModel = {
      header: [
        `${uyWord} ${dname} (${p.city ? "thành phố" : "tỉnh"} ${p.name}): kế hoạch thực hiện Kết luận số 57-KL/TW và Kế hoạch số ${parent.number}.`,
        ...(horizonYear === 2025 ? ["Thời hạn đến hết năm 2025: cuối nhiệm kỳ 2020 - 2025."] : []),
      ],
      units: [unit],
      documents: [plan],
    };
    const mistake = this.maybeMistake(path, {
      rng,
      file,
      plan,
      level: "district",
      leaf: nGrassroots === 0,
      upperBodies: prov.upper,
      wrongParents: [],
      parentEveryMonths: parent.everyMonths,
      parentDueDay: parent.dueDay,
      issuedDay: issued,
      parentIssuedDay: parent.issued,
      formatDay: (d) => formatDay(d, style),
    });
    this.emit(path, file, mistake);
    const result: DistrictPlan = {
      title: `${uyWord} ${dname}`,
      info: { name: planName, issuer: unitName, number, issued, horizon, horizonYear, ...cadenceOf(plan), tasks: parentTasksOf(plan.tasks), reportTo: bantg.name },
      unit: unitName,
      bodies: [bantg.name, vp.name, vhtt.name, ubnd.name],
    };

    const gnames = placeNames(rng, nGrassroots, prov.highland);
    gnames.forEach((gname, i) => {
      const gkind = kind === "quận" ? "phường" : kind === "huyện" ? (i === 0 ? "thị trấn" : "xã") : rng.chance(0.6) ? "phường" : "xã";
      this.grassroots(p, { dir, dk, unitName, style }, result, siblings, gname, gkind);
    });
    return result;
  }

  // -------------------------------------------------------------------------------------------
  // Grassroots

  private grassroots(
    p: ProvinceInfo,
    dist: { dir: string; dk: string; unitName: string; style: DateStyle },
    parent: DistrictPlan,
    siblings: DistrictPlan[],
    gname: string,
    gkind: string,
  ): void {
    this.counts.grassroots++;
    const rng = this.rng(`grassroots:${dist.dk}:${gname}`);
    const n = this.names;
    const gslug = slug(gname);
    const gk = n.unique(`${dist.dk}-${initials(gname).toLowerCase()}`);
    const kindSlug = gkind === "thị trấn" ? "tt" : slug(gkind);
    const unitName = n.unique(`dang-uy-${kindSlug}-${gslug}`, dist.dk);
    const mk = (role: string, title: string): UnitModel => ({ name: n.unique(`${role}-${gk}`), title, children: [] });
    const tt = mk("tt-du", "Thường trực Đảng ủy");
    const vp = mk("vp-du", "Văn phòng Đảng ủy");
    const ubnd = mk("ubnd", `Ủy ban nhân dân ${gkind} ${gname}`);
    const mttq = mk("mttq", `Ủy ban Mặt trận Tổ quốc Việt Nam ${gkind} ${gname}`);
    const doan = mk("doan-tn", `Đoàn Thanh niên Cộng sản Hồ Chí Minh ${gkind}`);
    const hoiPn = mk("hoi-pn", `Hội Liên hiệp Phụ nữ ${gkind}`);
    const hoiNd = mk("hoi-nd", `Hội Nông dân ${gkind}`);
    const villageKind = gkind === "phường" || gkind === "thị trấn" ? rng.pick(["tổ dân phố", "khu phố"]) : rng.pick(VILLAGE_KINDS.slice(0, 3).concat(["xóm"]));
    const cells = placeNames(rng, rng.int(2, 5), false).map((v) => {
      const village = `${villageKind} ${v}`;
      return { name: n.unique(`chi-bộ-${unicodeSlug(village)}`, gk), title: `Chi bộ ${village}`, children: [] as UnitModel[] };
    });
    const unit: UnitModel = {
      name: unitName,
      title: `Đảng ủy ${gkind} ${gname}`,
      level: "grassroots",
      code: "ĐU",
      placedIn: dist.unitName,
      children: [tt, vp, ubnd, mttq, doan, hoiPn, ...(rng.chance(0.5) ? [hoiNd] : []), ...cells],
    };
    const cellNames = cells.map((c) => c.name);
    const organs: Organs = {
      leads: { 1: [vp.name, tt.name], 2: [ubnd.name, mttq.name], 3: [ubnd.name, doan.name], 4: [vp.name], 5: [mttq.name, ubnd.name] },
      supports: {
        1: [mttq.name, ...cellNames.slice(0, 2)],
        2: [doan.name, hoiPn.name, ...cellNames.slice(0, 1)],
        3: [vp.name, doan.name],
        4: [doan.name, mttq.name],
        5: [hoiPn.name, doan.name],
      },
      subLeads: cellNames,
      noi: `trên địa bàn ${gkind} ${gname}`,
      cap: `cấp ${gkind === "thị trấn" ? "thị trấn" : gkind}`,
      ten: gname,
    };
    const par = parent.info;
    const style: DateStyle = rng.chance(0.8) ? dist.style : rng.pick(["iso", "vi", "vi0"]);
    const issued = par.issued + rng.int(10, 60);
    const horizonYear = par.horizonYear === 2025 || rng.chance(0.5) ? 2025 : 2030;
    const horizon = lastDayOfYear(horizonYear);
    const { tasks } = planTasks(rng, par.tasks, organs, { prefix: "C", subtaskChance: 0.2, splitChance: 0.35, from: issued + 15, to: horizon, style });
    const every = rng.chance(0.3) ? 3 : 6;
    const dueDay = rng.int(1, Math.max(1, par.dueDay - 1));
    const preliminary = dayNumber(2024, rng.pick([6, 9]), 30);
    const final = horizonYear === 2025 ? dayNumber(2025, 6, 30) : dayNumber(2030, 3, 31);
    const nSteps = rng.float();
    const steps: StepModel[] | undefined =
      nSteps < 0.15
        ? undefined
        : [
            { name: "draft", by: vp.name, within: `${rng.pick([10, 15, 20])} days` },
            ...(nSteps > 0.8 ? [{ name: "appraise", by: tt.name, within: "5 days" }] : []),
            { name: "approve", by: nSteps > 0.8 ? unitName : tt.name, within: `${rng.pick([5, 7])} days` },
          ];
    const planName = n.unique(`KH-${gk.toUpperCase()}-57`);
    const number = `${rng.int(1, 60)}-KH/ĐU`;
    const plan: DocumentModel = {
      kind: "plan",
      name: planName,
      number,
      title: `Kế hoạch thực hiện Kết luận số 57-KL/TW của Bộ Chính trị và Kế hoạch số ${par.number} của ${parent.title} về công tác thông tin đối ngoại`,
      issuer: unitName,
      issued: formatDay(issued, style),
      implements: "KL57",
      parent: par.name,
      horizon: String(horizonYear),
      objectives: [],
      viewpoints: [],
      tasks,
      approval: steps,
      reports: [{ title: rng.pick(REPORT_TITLES), every: `${every} months`, dueDay, to: par.reportTo }],
      reviews: [
        { which: "preliminary", by: formatIso(preliminary) },
        { which: "final", by: formatIso(final) },
      ],
      history: planHistory(rng, steps?.length ?? 1, issued, every, dueDay, preliminary, style, AS_OF, gname),
    };
    const path = `${dist.dir}/${unitName}.plan`;
    const file: FileModel = {
      header: [`Đảng ủy ${gkind} ${gname} (${parent.title}, ${p.city ? "thành phố" : "tỉnh"} ${p.name}): kế hoạch thực hiện Kết luận số 57-KL/TW và Kế hoạch số ${par.number}.`],
      units: [unit],
      documents: [plan],
    };
    const mistake = this.maybeMistake(path, {
      rng,
      file,
      plan,
      level: "grassroots",
      leaf: true,
      upperBodies: parent.bodies,
      wrongParents: siblings.map((s) => s.info.name),
      parentEveryMonths: par.everyMonths,
      parentDueDay: par.dueDay,
      issuedDay: issued,
      parentIssuedDay: par.issued,
      formatDay: (d) => formatDay(d, style),
    });
    this.emit(path, file, mistake);
  }
}
