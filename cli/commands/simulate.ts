// `plancode simulate <plan-name> [paths...] [--seed N] [--runs N] [--format text|json|mermaid]
//                    [--as-of DATE] [--until DATE] [--locale vi|en]`
// Monte Carlo simulation from each document's state on `--as-of` (default: today). A plan: per
// milestone the median and 90th-percentile date and the probability of meeting its deadline. A
// directive: the whole cascade below it — the directive's reports and reviews, and the bodies
// most likely to make their parent late. The delay model comes from plancode.json's
// "simulation" key (workflows/README.md). `--format mermaid`: a plan's lifecycle machine with
// its current state, or the cascade with each document's results.
import { format, stateKey, type Locale } from "../../language/index.js";
import {
  cascadeGraph,
  planMachineMermaid,
  planSpec,
  replay,
  SIMULATION_CONFIG_MESSAGES,
  simulateCascade,
  simulatePlan,
  simulationSettings,
  stateLabel,
  whatLabel,
  type CascadeSimulation,
  type MilestoneStats,
  type PlanSimulation,
  type SimulationSettings,
} from "../../workflows/index.js";
import { parseArgs } from "../args.js";
import { paint, useColor, type Paint } from "../color.js";
import { CliError, errorLine, resolveLocale } from "../errors.js";
import { readBytes, type CliIO } from "../io.js";
import { displayPath, loadWorkspace, type LoadedWorkspace } from "../load-workspace.js";
import { decodeUtf8 } from "../utf8.js";
import { verbUsage } from "../usage.js";
import { asOfDay, percent, showDate, showIso, SimulationConfigError, table, unknownDocument } from "./workflow-shared.js";

export const FLAGS = {
  seed: { type: "integer", min: 0 },
  runs: { type: "integer", min: 1 },
  format: { type: "string", short: "f", choices: ["text", "json", "mermaid"] },
  "as-of": { type: "string", valueName: "DATE" },
  until: { type: "string", valueName: "DATE" },
  locale: { type: "string", choices: ["vi", "en"] },
  help: { type: "boolean", short: "h" },
} as const;

const DETAILS = {
  en: `A plan is simulated alone; a directive with every plan below it (a parent's report waits for
its children's reports of the same period).
--seed    seed of the random numbers (default: plancode.json "simulation.seed", else 1)
--runs    number of runs (default: plancode.json "simulation.runs", else 1000)
--format  text (default), json, or mermaid (the plan's machine, or the cascade with its results)
--as-of   start from each document's state on this date (default: today)
--until   simulate nothing due after this date (default: the document's horizon)
--locale  language: vi or en (default: plancode.json, then LANG)`,
  vi: `Một kế hoạch được mô phỏng riêng; một chỉ thị cùng mọi kế hoạch cấp dưới (báo cáo của cấp trên
chờ báo cáo cùng kỳ của cấp dưới).
--seed    hạt giống số ngẫu nhiên (mặc định: "simulation.seed" trong plancode.json, hoặc 1)
--runs    số lần chạy (mặc định: "simulation.runs" trong plancode.json, hoặc 1000)
--format  text (mặc định), json, hoặc mermaid (máy trạng thái của kế hoạch, hoặc sơ đồ chuỗi kèm kết quả)
--as-of   bắt đầu từ trạng thái của từng văn bản vào ngày này (mặc định: hôm nay)
--until   không mô phỏng việc đến hạn sau ngày này (mặc định: thời hạn horizon của văn bản)
--locale  ngôn ngữ: vi hoặc en (mặc định: plancode.json, rồi LANG)`,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(argv, FLAGS);
  if (flags.help) {
    io.stdout(verbUsage("simulate", resolveLocale(flags.locale, undefined, io.env), DETAILS));
    return 0;
  }
  const [name, ...paths] = positionals;
  if (name === undefined) throw new CliError("missingArgument", { what: "<plan-name>" });
  const asOf = asOfDay(flags["as-of"], io);
  const until = flags.until === undefined ? undefined : asOfDay(flags.until, io, "--until");
  const loaded = await loadWorkspace(paths, io, { locale: flags.locale });
  const { workspace, locale } = loaded;
  const settings = await readSettings(loaded, io);
  const doc = workspace.lookupDocument(name);
  if (!doc) {
    const names = workspace.documents().map((d) => d.decl.name.text);
    const error = unknownDocument(name, names);
    error.locale = locale;
    throw error;
  }
  const options = {
    asOf,
    until,
    seed: flags.seed ?? settings.seed ?? 1,
    runs: flags.runs ?? settings.runs ?? 1000,
    delays: settings.delays,
  };
  const out = flags.format ?? "text";
  const p = paint(useColor(io) && out === "text");
  if (doc.docKind === "directive") {
    const result = simulateCascade(name, workspace, options)!;
    if (out === "json") io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else if (out === "mermaid") io.stdout(cascadeMermaid(result, loaded, asOf, locale));
    else io.stdout(cascadeText(result, locale, p));
  } else {
    const result = simulatePlan(doc, workspace, options);
    if (out === "json") io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else if (out === "mermaid") io.stdout(planMachineMermaid(doc, stateKey(replay(planSpec(doc), asOf).state)));
    else io.stdout(planText(result, locale, p));
  }
  for (const failure of loaded.failures) io.stderr(errorLine(failure.render(locale)));
  return loaded.failures.length ? 2 : 0;
}

/** plancode.json's "simulation" key (the file was read and validated as JSON by the loader). */
async function readSettings(loaded: LoadedWorkspace, io: CliIO): Promise<SimulationSettings> {
  if (!loaded.configPath) return simulationSettings(undefined).settings;
  let raw: unknown;
  try {
    raw = JSON.parse(decodeUtf8(await readBytes(io, loaded.configPath)).text.replace(/^\uFEFF/, ""));
  } catch {
    raw = undefined; // unreadable now: the loader already read it once; use the defaults
  }
  const { settings, problems } = simulationSettings(raw);
  if (problems.length) {
    const messages = problems.map((pr) => ({
      vi: format(SIMULATION_CONFIG_MESSAGES[pr.messageId].vi, pr.data),
      en: format(SIMULATION_CONFIG_MESSAGES[pr.messageId].en, pr.data),
    }));
    throw new SimulationConfigError(displayPath(io, loaded.configPath), messages);
  }
  return settings;
}

const WORD = {
  vi: {
    simulate: "Mô phỏng",
    cascade: "Mô phỏng chuỗi",
    runs: "lần chạy",
    from: "từ",
    until: "đến",
    documents: "văn bản",
    milestone: "Mốc",
    deadline: "Hạn",
    median: "Trung vị",
    p90: "90%",
    onTime: "Đúng hạn",
    happened: "đã diễn ra",
    reports: "Báo cáo của",
    reviews: "Sơ kết, tổng kết của",
    culprits: "Dễ làm cấp trên chậm nhất",
    plan: "Kế hoạch",
    issuer: "Cơ quan ban hành",
    parent: "Cấp trên",
    madeLate: "Làm cấp trên chậm",
    lateShare: "Báo cáo chậm",
    worstReviews: "Sơ kết, tổng kết dễ trễ nhất",
    nothing: "không có mốc nào trong khoảng mô phỏng",
    noCulprits: "không văn bản cấp dưới nào làm cấp trên chậm",
    onTimeNote: "Đúng hạn",
  },
  en: {
    simulate: "Simulation of",
    cascade: "Cascade simulation of",
    runs: "runs",
    from: "from",
    until: "to",
    documents: "documents",
    milestone: "Milestone",
    deadline: "Deadline",
    median: "Median",
    p90: "90%",
    onTime: "On time",
    happened: "happened",
    reports: "Reports of",
    reviews: "Reviews of",
    culprits: "Most likely to make their parent late",
    plan: "Plan",
    issuer: "Issuer",
    parent: "Parent",
    madeLate: "Made parent late",
    lateShare: "Reports late",
    worstReviews: "Reviews least likely on time",
    nothing: "no milestone in the simulated period",
    noCulprits: "no document below made its parent late",
    onTimeNote: "On time",
  },
};

function milestoneRows(milestones: readonly MilestoneStats[], locale: Locale, p: Paint): string[][] {
  const w = WORD[locale];
  return milestones.map((m) => {
    const chance = m.pOnTime === null ? "—" : m.pOnTime < 0.5 ? p.red(percent(m.pOnTime)) : m.pOnTime < 0.8 ? p.yellow(percent(m.pOnTime)) : percent(m.pOnTime);
    return [
      whatLabel(m.what, locale, m.k),
      showIso(m.deadline, locale),
      showIso(m.median, locale),
      m.happened ? p.dim(`(${w.happened})`) : showIso(m.p90, locale),
      chance,
    ];
  });
}

function milestoneTable(milestones: readonly MilestoneStats[], locale: Locale, p: Paint): string {
  const w = WORD[locale];
  if (!milestones.length) return `${w.nothing}\n`;
  return table([w.milestone, w.deadline, w.median, w.p90, w.onTime], milestoneRows(milestones, locale, p));
}

export function planText(r: PlanSimulation, locale: Locale, p: Paint): string {
  const w = WORD[locale];
  const asOf = showIso(r.asOf, locale);
  const head = `${w.simulate} ${r.name} — ${r.runs} ${w.runs}, seed ${r.seed}, ${w.from} ${asOf} (${stateLabel(r.state, locale)}) ${w.until} ${showIso(r.until, locale)}`;
  return `${p.bold(head)}\n\n${milestoneTable(r.milestones, locale, p)}`;
}

export function cascadeText(r: CascadeSimulation, locale: Locale, p: Paint): string {
  const w = WORD[locale];
  const head = `${w.cascade} ${r.directive} — ${r.documents} ${w.documents}, ${r.runs} ${w.runs}, seed ${r.seed}, ${w.from} ${showIso(r.asOf, locale)} ${w.until} ${showIso(r.until, locale)}`;
  const parts = [p.bold(head), "", `${w.reports} ${r.directive}:`, milestoneTable(r.reports, locale, p), `${w.reviews} ${r.directive}:`, milestoneTable(r.reviews, locale, p)];
  parts.push(`${w.culprits}:`);
  if (!r.culprits.length) parts.push(`${w.noCulprits}\n`);
  else {
    parts.push(
      table(
        [w.plan, w.issuer, w.parent, w.madeLate, w.lateShare],
        r.culprits.map((c) => [c.name, c.issuerTitle ?? c.issuer, c.parent, percent(c.pMadeParentLate), percent(c.pLate)]),
      ),
    );
  }
  const worst = r.documentReviews.slice(0, 10);
  if (worst.length) {
    parts.push(`${w.worstReviews}:`);
    parts.push(table([w.plan, w.milestone, w.deadline, w.onTime], worst.map((x) => [x.name, whatLabel(x.what, locale), showIso(x.due, locale), percent(x.pOnTime)])));
  }
  return `${parts.join("\n").trimEnd()}\n`;
}

function cascadeMermaid(r: CascadeSimulation, loaded: LoadedWorkspace, asOf: number, locale: Locale): string {
  const w = WORD[locale];
  const notes = new Map<string, string>();
  for (const d of r.documentStats) {
    const parts: string[] = [];
    if (d.pReportsOnTime !== null) parts.push(`${whatLabel("report", locale)} ${w.onTimeNote.toLowerCase()}: ${percent(d.pReportsOnTime)}`);
    if (d.pMadeParentLate > 0) parts.push(`${w.madeLate.toLowerCase()}: ${percent(d.pMadeParentLate)}`);
    if (parts.length) notes.set(d.name, parts.join("; "));
  }
  const comment = `  %% ${w.cascade} ${r.directive}: ${r.runs} ${w.runs}, seed ${r.seed}, ${w.from} ${showDate(asOf, locale)}`;
  const graph = cascadeGraph(loaded.workspace, "mermaid", asOf, { locale, root: r.directive, notes });
  const newline = graph.indexOf("\n");
  return `${graph.slice(0, newline + 1)}${comment}${graph.slice(newline)}`;
}
