// `plancode simulate <plan-name> [paths...] [--seed N] [--runs N] [--format text|json|mermaid]
//                    [--as-of DATE] [--until DATE] [--locale vi|en]`
// Monte Carlo simulation from each document's state on `--as-of` (default: today). A plan: per
// milestone the median and 90th-percentile date and the probability of meeting its deadline. A
// directive: the whole cascade below it — the directive's reports and reviews, and the bodies
// most likely to make their parent late. The delay model comes from plancode.json's
// "simulation" key (workflows/README.md). `--format mermaid`: a plan's lifecycle machine with
// its current state, or the cascade with each document's results. The report itself is
// workflows/report.ts, the same the editor's "Simulate this plan" shows.
import { format } from "../../language/index.js";
import {
  cascadeReportMermaid,
  planStateMermaid,
  SIMULATION_CONFIG_MESSAGES,
  simulateDocument,
  simulationReport,
  simulationSettings,
  type SimulationSettings,
} from "../../workflows/index.js";
import { COLOR_FLAGS, colorFlag, paint, useColor } from "../color.js";
import { CliError } from "../errors.js";
import { displayPath } from "../../host/index.js";
import type { CliIO } from "../io.js";
import { loadWorkspace, type LoadedWorkspace } from "../workspace.js";
import { reportFailures, verbArgs } from "../verb.js";
import { asOfDay, SimulationConfigError, unknownDocument } from "./workflow-shared.js";

export const FLAGS = {
  seed: { type: "integer", min: 0 },
  runs: { type: "integer", min: 1 },
  format: { type: "string", short: "f", choices: ["text", "json", "mermaid"] },
  "as-of": { type: "string", valueName: "DATE" },
  until: { type: "string", valueName: "DATE" },
  ...COLOR_FLAGS,
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
--until   simulate nothing due after this date (default and latest: the document's horizon)
--locale  language: vi or en (default: plancode.json, then LANG)`,
  vi: `Một kế hoạch được mô phỏng riêng; một chỉ thị cùng mọi kế hoạch cấp dưới (báo cáo của cấp trên
chờ báo cáo cùng kỳ của cấp dưới).
--seed    hạt giống số ngẫu nhiên (mặc định: "simulation.seed" trong plancode.json, hoặc 1)
--runs    số lần chạy (mặc định: "simulation.runs" trong plancode.json, hoặc 1000)
--format  text (mặc định), json, hoặc mermaid (máy trạng thái của kế hoạch, hoặc sơ đồ chuỗi kèm kết quả)
--as-of   bắt đầu từ trạng thái của từng văn bản vào ngày này (mặc định: hôm nay)
--until   không mô phỏng việc đến hạn sau ngày này (mặc định và muộn nhất: thời hạn 'horizon' của văn bản)
--locale  ngôn ngữ: vi hoặc en (mặc định: plancode.json, rồi LANG)`,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = verbArgs("simulate", argv, FLAGS, io, DETAILS);
  if (!args) return 0;
  const { flags, positionals } = args;
  const [name, ...paths] = positionals;
  if (name === undefined) throw new CliError("missingArgument", { what: "<plan-name>" });
  const asOf = asOfDay(flags["as-of"], io);
  const until = flags.until === undefined ? undefined : asOfDay(flags.until, io, "--until");
  const loaded = await loadWorkspace(paths, io, { locale: flags.locale });
  const { workspace, locale } = loaded;
  const settings = simulationConfig(loaded, io);
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
    seed: flags.seed ?? settings.seed,
    runs: flags.runs ?? settings.runs,
    delays: settings.delays,
  };
  const out = flags.format ?? "text";
  const simulation = simulateDocument(doc, workspace, options);
  if (out === "json") io.stdout(`${JSON.stringify(simulation.result, null, 2)}\n`);
  else if (out === "mermaid") io.stdout(simulation.kind === "cascade" ? cascadeReportMermaid(simulation.result, workspace, asOf, locale) : planStateMermaid(doc, asOf, locale));
  else io.stdout(simulationReport(simulation, locale, paint(useColor(io, colorFlag(flags, argv)))));
  return reportFailures(loaded, io);
}

/** plancode.json's "simulation" key, from the JSON the loader read (problems: exit 2, like an invalid plancode.json). */
export function simulationConfig(loaded: LoadedWorkspace, io: CliIO): SimulationSettings {
  const { settings, problems } = simulationSettings(loaded.config?.raw);
  if (problems.length) {
    const messages = problems.map((pr) => ({
      vi: format(SIMULATION_CONFIG_MESSAGES[pr.messageId].vi, pr.data),
      en: format(SIMULATION_CONFIG_MESSAGES[pr.messageId].en, pr.data),
    }));
    throw new SimulationConfigError(displayPath(io, loaded.config?.path ?? "plancode.json"), messages);
  }
  return settings;
}
